from django import forms
from django.utils.translation import gettext_lazy as _

from institutions.models import InstitutionKind
from lib.countries import COUNTRY_CHOICES


class DirectoryFilterForm(forms.Form):
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("All countries")), *COUNTRY_CHOICES],
    )
    kind = forms.ChoiceField(
        label=_("Type of institution"),
        required=False,
        choices=[("", _("All types")), *InstitutionKind.choices],
    )

    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def clean_country(self) -> str:
        return self.cleaned_data["country"].lower()
