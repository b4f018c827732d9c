from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 800
    add_to_settings_menu = True
    list_display = ["__str__", "note", "active", "updated_at"]
    list_filter = ["active"]
    search_fields = ["terms_en", "terms_es", "names", "note"]
    panels = [
        FieldPanel("terms_en", heading=_("English words and phrases")),
        FieldPanel("terms_es", heading=_("Spanish words and phrases")),
        FieldPanel("names"),
        FieldPanel("note"),
        FieldPanel("active"),
    ]


register_snippet(SynonymGroupViewSet)
