from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from repository.models import DataSource, Indicator, Resource, Theme
from repository.permissions import ResourcePermissionPolicy


class ResourceViewSet(SnippetViewSet):
    model = Resource
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
