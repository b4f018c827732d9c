from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    HistoryView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from repository import roles
from repository.models import DataSource, Indicator, Resource, Theme
from repository.permissions import ResourcePermissionPolicy


class ResourceIndexView(IndexView):
    """List only the resources the user may edit: a partner sees their own."""

    def get_base_queryset(self):
        allowed = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change"]
        )
        return super().get_base_queryset().filter(pk__in=allowed.values("pk"))


class _OwnResourceMixin:
    """Refuse a resource the user may not act on (another partner's)."""

    instance_action = "change"

    def get_object(self, queryset=None):
        resource = super().get_object(queryset)
        allowed = self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.instance_action, resource
        )
        if not allowed:
            raise PermissionDenied
        return resource


class ResourceEditView(_OwnResourceMixin, EditView):
    pass


class ResourceDeleteView(_OwnResourceMixin, DeleteView):
    instance_action = "delete"


class ResourceHistoryView(_OwnResourceMixin, HistoryView):
    pass


class ResourceViewSet(SnippetViewSet):
    model = Resource
    index_view_class = ResourceIndexView
    edit_view_class = ResourceEditView
    delete_view_class = ResourceDeleteView
    history_view_class = ResourceHistoryView
    icon = "doc-full"
    menu_label = _("Resources")
    list_display = ["title", "resource_type", "year", "live"]
    list_filter = ["resource_type", "language", "live"]
    search_fields = ["title", "publisher"]
    ordering = ["-pk"]

    @cached_property
    def permission_policy(self):
        return ResourcePermissionPolicy(self.model)


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    list_display = ["name", "slug", "unit"]


class DataSourceViewSet(SnippetViewSet):
    model = DataSource
    icon = "link"
    menu_label = _("Data sources")


class RepositoryGroup(SnippetViewSetGroup):
    items = (ResourceViewSet, ThemeViewSet, IndicatorViewSet, DataSourceViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Repository")
    menu_order = 250


register_snippet(RepositoryGroup)


@hooks.register("role_permissions")
def repository_role_permissions() -> dict[str, list[tuple[str, str]]]:
    """What Portal editors may do in the repository, kept by setup_roles."""
    return {roles.EDITORS: roles.EDITOR_PERMISSIONS}


@hooks.register("setup_roles")
def repository_roles(report) -> None:
    """Create the partners' group and the review workflow with the other roles."""
    roles.ensure_groups()
