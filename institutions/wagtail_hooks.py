from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from institutions.models import Institution


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    menu_label = _("Institutions")
    menu_order = 200
    add_to_admin_menu = True
    list_display = [
        "name",
        "acronym",
        "kind",
        "country",
        "verified",
        LiveStatusTagColumn(),
    ]
    list_filter = ["country", "kind", "verified", "live"]
    search_fields = ["name", "acronym"]


register_snippet(InstitutionViewSet)
