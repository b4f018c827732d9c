from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import (
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from governance.admin_scope import filtered_chooser
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


class _OwnResourceGuard:
    """Refuse a view of a resource the user may not act on (another partner's).

    Wagtail checks model permissions only, and a partner holds "add" on the
    model, so without this check any view addressed to one resource would
    show its drafts to every partner.
    """

    instance_action = "change"

    def dispatch(self, request, *args, **kwargs):
        pk = unquote(str(kwargs.get("pk", "")))
        item = Resource.objects.filter(pk=pk).first() if pk.isdigit() else None
        if item is not None and not (
            ResourcePermissionPolicy(Resource).user_has_permission_for_instance(
                request.user, self.instance_action, item
            )
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# The views of a snippet viewset that are addressed to one object, with the
# action each needs on it. The revert view derives from the edit view.
_OBJECT_VIEWS = {
    "edit": "change",
    "delete": "delete",
    "copy": "change",
    "usage": "change",
    "history": "change",
    "inspect": "change",
    "revisions": "change",
    "revisions_compare": "change",
    "revisions_unschedule": "change",
    "unpublish": "change",
    "preview_on_edit": "change",
    "lock": "change",
    "unlock": "change",
    "workflow_action": "change",
    "collect_workflow_action_data": "change",
    "confirm_workflow_cancellation": "change",
    "workflow_preview": "change",
    "workflow_history": "change",
    "workflow_history_detail": "change",
}


def _guarded(view_class, action: str):
    return type(
        view_class.__name__,
        (_OwnResourceGuard, view_class),
        {"instance_action": action},
    )


class _ChoosableResources:
    """A partner chooses among published resources and their own drafts."""

    def get_object_list(self):
        objects = super().get_object_list()
        user = self.request.user
        if ResourcePermissionPolicy(Resource).user_has_permission(user, "publish"):
            return objects
        return objects.filter(Q(live=True) | Q(owner=user))


class ResourceViewSet(SnippetViewSet):
    model = Resource
    index_view_class = ResourceIndexView
    chooser_viewset_class = filtered_chooser(SnippetChooserViewSet, _ChoosableResources)
    icon = "doc-full"
    menu_label = _("Resources")
    list_display = ["title", "resource_type", "year", "live"]
    list_filter = ["resource_type", "language", "live"]
    search_fields = ["title", "publisher"]
    ordering = ["-pk"]

    @cached_property
    def permission_policy(self):
        return ResourcePermissionPolicy(self.model)


for _name, _action in _OBJECT_VIEWS.items():
    _attribute = f"{_name}_view_class"
    setattr(
        ResourceViewSet,
        _attribute,
        _guarded(getattr(SnippetViewSet, _attribute), _action),
    )


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
