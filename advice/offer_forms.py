"""The job-offer check's questions as a form: answers in the query string."""

from django import forms
from django.utils.translation import gettext_lazy as _

from advice.offer_check import (
    Contact,
    Contract,
    Extra,
    Listing,
    OfferAnswers,
    Payment,
)
from lib.countries import COVERED_COUNTRIES

ELSEWHERE = "elsewhere"

CONTACT_LABELS = {
    Contact.EMPLOYER: _("The employer itself"),
    Contact.PUBLIC_SERVICE: _(
        "A labour ministry or a public employment service of my country"
    ),
    Contact.AGENCY: _("A recruitment or placement agency"),
    Contact.STRANGER_ONLINE: _(
        "Someone I do not know, on social media or a messaging app"
    ),
    Contact.ACQUAINTANCE: _("A friend, relative or neighbour"),
}
PAYMENT_LABELS = {
    Payment.NOTHING: _("Nothing"),
    Payment.RECRUITMENT_FEE: _(
        "A fee to get the job, to be placed or to be put on a list"
    ),
    Payment.PAPERS: _("The visa, permit or passport, paid to them"),
    Payment.TRAVEL: _("Tickets or lodging, paid to them"),
    Payment.DEPOSIT: _("A deposit or guarantee, or a loan to repay from my wages"),
}
LISTING_LABELS = {
    Listing.LISTED: _("Yes, I found it on an official list or programme page"),
    Listing.NOT_LISTED: _("I looked, and it is not there"),
    Listing.NOT_CHECKED: _("I have not checked, or I do not know where to look"),
}
CONTRACT_LABELS = {
    Contract.WRITTEN_BEFORE: _("In writing, before I leave, in a language I can read"),
    Contract.ON_ARRIVAL: _("They say I will get it when I arrive"),
    Contract.SPOKEN_ONLY: _("There is none: only spoken or chat promises"),
    Contract.UNREADABLE: _(
        "In a language I cannot read, or they want me to sign blank pages"
    ),
}
EXTRA_LABELS = {
    Extra.KEEP_DOCUMENTS: _("They want to keep my passport or identity document"),
    Extra.VISITOR_ENTRY: _(
        "They tell me to enter as a tourist or visitor and work anyway"
    ),
}


def _choices(labels: dict) -> list[tuple[str, object]]:
    return [(str(value), label) for value, label in labels.items()]


def _countries() -> list[tuple[str, object]]:
    return [(country.code, country.name) for country in COVERED_COUNTRIES]


class OfferCheckForm(forms.Form):
    destination = forms.ChoiceField(
        label=_("Which country is the job in?"), choices=(), required=True
    )
    residence = forms.ChoiceField(
        label=_("Which country do you live in?"), choices=(), required=True
    )
    contact = forms.ChoiceField(
        label=_("Who offered you the job?"),
        choices=_choices(CONTACT_LABELS),
        widget=forms.RadioSelect,
    )
    payments = forms.MultipleChoiceField(
        label=_("What do they ask you to pay before you start? Tick all that apply."),
        choices=_choices(PAYMENT_LABELS),
        widget=forms.CheckboxSelectMultiple,
    )
    listing = forms.ChoiceField(
        label=_("Is the employer, agency or programme on an official list?"),
        choices=_choices(LISTING_LABELS),
        widget=forms.RadioSelect,
    )
    contract = forms.ChoiceField(
        label=_("How does the contract come to you?"),
        choices=_choices(CONTRACT_LABELS),
        widget=forms.RadioSelect,
    )
    extras = forms.MultipleChoiceField(
        label=_("Does any of this also happen? Tick all that apply."),
        choices=_choices(EXTRA_LABELS),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        countries = sorted(_countries(), key=lambda item: str(item[1]))
        choose = [("", _("Choose…"))]
        self.fields["destination"].choices = choose + countries
        self.fields["residence"].choices = (
            choose + countries + [(ELSEWHERE, _("Another country"))]
        )

    def clean_payments(self) -> list[str]:
        payments = self.cleaned_data["payments"]
        if Payment.NOTHING in payments and len(payments) > 1:
            raise forms.ValidationError(
                _("Choose “Nothing” alone, or only the things they ask you to pay.")
            )
        return payments

    def answers(self) -> OfferAnswers:
        """The cleaned answers as the rules take them; call after is_valid()."""
        data = self.cleaned_data
        residence = data["residence"]
        return OfferAnswers(
            destination=data["destination"],
            residence="" if residence == ELSEWHERE else residence,
            contact=Contact(data["contact"]),
            payments=frozenset(Payment(value) for value in data["payments"]),
            listing=Listing(data["listing"]),
            contract=Contract(data["contract"]),
            extras=frozenset(Extra(value) for value in data["extras"]),
        )
