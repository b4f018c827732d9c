"""The browse form: what a visitor may ask of the repository."""

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from repository.areas import COUNTRY_CODES, area_name
from repository.facets import Filters
from repository.models import FIRST_YEAR, LAST_YEAR, RESOURCE_LANGUAGES, ResourceType
from repository.search import MAX_QUERY_LENGTH

# Single-valued parameters; sending one twice is a mistake worth a 400.
SINGLE = ("q", "year_from", "year_to", "sort", "page")
MAX_VALUES = 30
MAX_PAGE = 10_000


class SortOrder:
    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"
    CHOICES = [
        (RELEVANCE, _("Relevance")),
        (NEWEST, _("Newest first")),
        (OLDEST, _("Oldest first")),
    ]


class BrowseForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=MAX_QUERY_LENGTH)
    type = forms.MultipleChoiceField(
        label=_("Type"), required=False, choices=ResourceType.choices
    )
    theme = forms.MultipleChoiceField(label=_("Theme"), required=False)
    country = forms.MultipleChoiceField(label=_("Country"), required=False)
    language = forms.MultipleChoiceField(
        label=_("Language"), required=False, choices=RESOURCE_LANGUAGES
    )
    year_from = forms.IntegerField(
        label=_("From year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    year_to = forms.IntegerField(
        label=_("To year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=SortOrder.CHOICES
    )
    page = forms.IntegerField(
        label=_("Page"), required=False, min_value=1, max_value=MAX_PAGE
    )

    def __init__(self, data: QueryDict, theme_slugs: list[str]):
        super().__init__(data)
        self.repeated = [name for name in SINGLE if len(data.getlist(name)) > 1]
        self.fields["theme"].choices = [(slug, slug) for slug in theme_slugs]
        self.fields["country"].choices = [
            (c, area_name(c)) for c in sorted(COUNTRY_CODES)
        ]

    def clean(self):
        cleaned = super().clean()
        for name in self.repeated:
            self.add_error(name, _("Give this only once."))
        for name in ("type", "theme", "country", "language"):
            if len(self.data.getlist(name)) > MAX_VALUES:
                self.add_error(name, _("Too many values."))
        first, last = cleaned.get("year_from"), cleaned.get("year_to")
        if first is not None and last is not None and first > last:
            raise ValidationError(_("The first year comes after the last."))
        return cleaned

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            query=data["q"].strip(),
            types=tuple(data["type"]),
            themes=tuple(data["theme"]),
            countries=tuple(data["country"]),
            languages=tuple(data["language"]),
            year_from=data["year_from"],
            year_to=data["year_to"],
        )

    def sort_order(self) -> str:
        chosen = self.cleaned_data.get("sort")
        if chosen:
            return chosen
        return (
            SortOrder.RELEVANCE if self.cleaned_data["q"].strip() else SortOrder.NEWEST
        )
