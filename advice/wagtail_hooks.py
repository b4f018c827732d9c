from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from advice.models import Notice, RecruiterRegistry


class NoticeViewSet(SnippetViewSet):
    model = Notice
    icon = "warning"
    menu_label = _("Notices")
    list_display = [
        "title",
        "severity",
        "starts_at",
        "ends_at",
        "scope",
        "country",
        LiveStatusTagColumn(),
    ]
    list_filter = ["severity", "scope", "country", "live"]
    search_fields = ["title_en", "title_es"]
    ordering = ["-starts_at"]


class RecruiterRegistryViewSet(SnippetViewSet):
    model = RecruiterRegistry
    icon = "list-ul"
    menu_label = _("Recruiter registries")
    list_display = ["name", "country", "verified", LiveStatusTagColumn()]
    list_filter = ["country", "verified", "live"]


class AdviceViewSetGroup(SnippetViewSetGroup):
    items = (NoticeViewSet, RecruiterRegistryViewSet)
    menu_icon = "warning"
    menu_label = _("Advice")
    menu_order = 210


register_snippet(AdviceViewSetGroup)
