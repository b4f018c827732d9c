"""The job-offer check's rules and form, below HTTP."""

import pytest

from advice.offer_check import (
    Contact,
    Contract,
    Evaluation,
    Extra,
    Level,
    Listing,
    OfferAnswers,
    Payment,
    Verdict,
    evaluate,
)
from advice.offer_forms import OfferCheckForm
from advice.offer_wording import sign_text

SAFE_LOOKING = OfferAnswers(
    destination="ca",
    residence="mx",
    contact=Contact.PUBLIC_SERVICE,
    payments=frozenset({Payment.NOTHING}),
    listing=Listing.LISTED,
    contract=Contract.WRITTEN_BEFORE,
)


def _with(**changes) -> OfferAnswers:
    values = {**SAFE_LOOKING.__dict__, **changes}
    return OfferAnswers(**values)


def _codes(evaluation: Evaluation) -> list[str]:
    return [sign.code for sign in evaluation.signs]


def test_an_offer_that_asks_for_a_recruitment_fee_is_flagged_as_serious():
    evaluation = evaluate(_with(payments=frozenset({Payment.RECRUITMENT_FEE})))

    assert evaluation.asks_recruitment_fee
    assert evaluation.verdict is Verdict.STOP
    assert evaluation.signs[0].level is Level.HIGH


def test_an_offer_showing_no_sign_is_never_called_safe():
    evaluation = evaluate(SAFE_LOOKING)

    assert evaluation.signs == ()
    assert evaluation.verdict is Verdict.NO_SIGNS
    assert not evaluation.asks_recruitment_fee


@pytest.mark.parametrize(
    "changes, code",
    [
        ({"payments": frozenset({Payment.PAPERS})}, "papers_paid_to_recruiter"),
        ({"payments": frozenset({Payment.TRAVEL})}, "travel_paid_to_recruiter"),
        ({"payments": frozenset({Payment.DEPOSIT})}, "deposit_or_debt"),
        ({"contract": Contract.ON_ARRIVAL}, "contract_on_arrival"),
        ({"contract": Contract.SPOKEN_ONLY}, "no_written_contract"),
        ({"contract": Contract.UNREADABLE}, "unreadable_contract"),
        ({"extras": frozenset({Extra.KEEP_DOCUMENTS})}, "keeps_documents"),
        ({"extras": frozenset({Extra.VISITOR_ENTRY})}, "work_without_permit"),
        ({"listing": Listing.NOT_LISTED}, "not_on_official_list"),
    ],
)
def test_each_serious_sign_stops_the_person(changes, code):
    evaluation = evaluate(_with(**changes))

    assert _codes(evaluation) == [code]
    assert evaluation.verdict is Verdict.STOP


@pytest.mark.parametrize(
    "changes, code",
    [
        ({"listing": Listing.NOT_CHECKED}, "not_checked_yet"),
        ({"contact": Contact.STRANGER_ONLINE}, "unknown_contact_online"),
    ],
)
def test_lesser_signs_ask_to_check_before_going_further(changes, code):
    evaluation = evaluate(_with(**changes))

    assert _codes(evaluation) == [code]
    assert evaluation.verdict is Verdict.CHECK


def test_serious_signs_come_before_lesser_ones():
    evaluation = evaluate(
        _with(
            contact=Contact.STRANGER_ONLINE,
            listing=Listing.NOT_CHECKED,
            payments=frozenset({Payment.RECRUITMENT_FEE, Payment.TRAVEL}),
        )
    )

    levels = [sign.level for sign in evaluation.signs]
    assert levels == sorted(levels, key=lambda level: level is not Level.HIGH)
    assert _codes(evaluation)[:2] == [
        "recruitment_fee",
        "travel_paid_to_recruiter",
    ]


def test_every_sign_has_words_in_both_languages():
    from django.utils import translation

    codes = set()
    for payment in Payment:
        codes |= set(_codes(evaluate(_with(payments=frozenset({payment})))))
    for contract in Contract:
        codes |= set(_codes(evaluate(_with(contract=contract))))
    for extra in Extra:
        codes |= set(_codes(evaluate(_with(extras=frozenset({extra})))))
    for listing in Listing:
        codes |= set(_codes(evaluate(_with(listing=listing))))
    codes |= set(_codes(evaluate(_with(contact=Contact.STRANGER_ONLINE))))

    with translation.override("es"):
        spanish = {code: sign_text(code).title for code in codes}
    with translation.override("en"):
        english = {code: sign_text(code).title for code in codes}
    assert len(codes) == 12
    assert all(spanish[code] != english[code] for code in codes)


QUERY = {
    "destination": "ca",
    "residence": "mx",
    "contact": "agency",
    "payments": ["recruitment_fee"],
    "listing": "not_checked",
    "contract": "written_before",
}


def test_nothing_cannot_be_ticked_with_something_to_pay():
    form = OfferCheckForm({**QUERY, "payments": ["nothing", "travel"]})

    assert not form.is_valid()
    assert "payments" in form.errors


def test_the_form_turns_answers_into_the_rules_input():
    form = OfferCheckForm({**QUERY, "residence": "elsewhere", "extras": []})

    assert form.is_valid(), form.errors
    assert form.answers().residence == ""
    assert form.answers().payments == frozenset({Payment.RECRUITMENT_FEE})
