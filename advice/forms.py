from django import forms
from django.utils.translation import gettext_lazy as _

from lib.countries import COUNTRY_CHOICES


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_(
            "We send you a link to confirm. Nothing is kept until you click it."
        ),
    )


class NoticeFilterForm(forms.Form):
    country = forms.ChoiceField(
        label=_("Country"),
        choices=[("", _("All countries")), *COUNTRY_CHOICES],
        required=False,
    )
    page = forms.IntegerField(min_value=1, required=False)


class ChangesPageForm(forms.Form):
    page = forms.IntegerField(min_value=1, required=False)
