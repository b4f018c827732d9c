import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from tests import factories

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.get_text(" ").split())


def test_a_fee_is_stored_once_and_shown_in_both_languages(visitor):
    page = factories.pathway()
    fee = factories.fee(page, amount="339.00")

    fee.amount = Decimal("410.50")
    fee.save()

    for language, shown in (("en", "410.50 MXN"), ("es", "410,50 MXN")):
        text = _text(visitor.get(f"/{language}/countries/mexico/test-pathway/"))
        assert shown in text
        assert "339" not in text


def test_fee_text_follows_the_language(visitor):
    page = factories.pathway()
    factories.fee(page)

    assert "Issuing the card" in _text(
        visitor.get("/en/countries/mexico/test-pathway/")
    )
    assert "Expedición de la tarjeta" in _text(
        visitor.get("/es/countries/mexico/test-pathway/")
    )


def test_text_missing_in_spanish_is_shown_in_english_with_a_note(visitor):
    factories.pathway(who_for_en="Nationals of Guatemala.", who_for_es="")

    response = visitor.get("/es/countries/mexico/test-pathway/")
    soup = BeautifulSoup(response.content, "html.parser")

    shown = soup.find(string=lambda s: s and "Nationals of Guatemala." in s)
    assert shown is not None
    assert shown.find_parent(attrs={"lang": "en"}) is not None
    assert "Aún no disponible en español" in _text(response)


def test_text_in_the_visitors_language_has_no_fallback_note(visitor):
    factories.pathway(
        who_for_en="Nationals of Guatemala.", who_for_es="Personas de Guatemala."
    )

    text = _text(visitor.get("/es/countries/mexico/test-pathway/"))

    assert "Personas de Guatemala." in text
    assert "Aún no disponible en español" not in text


def test_an_unverified_pathway_says_so(visitor):
    factories.pathway()

    text = _text(visitor.get("/en/countries/mexico/test-pathway/"))

    assert "Not yet verified." in text


def test_a_verified_pathway_shows_who_verified_it_and_when(visitor):
    factories.pathway(
        verified_on=datetime.date.today(), verified_by="Reviewer of Mexico"
    )

    text = _text(visitor.get("/en/countries/mexico/test-pathway/"))

    assert "by Reviewer of Mexico" in text
    assert "Not yet verified." not in text
    assert "may be out of date" not in text


def test_a_pathway_past_its_review_date_warns_readers(visitor):
    factories.pathway(
        verified_on=datetime.date(2020, 1, 1), verified_by="Reviewer of Mexico"
    )

    text = _text(visitor.get("/en/countries/mexico/test-pathway/"))

    assert "may be out of date" in text


def test_review_by_defaults_to_180_days_after_verification():
    page = factories.pathway(verified_on=datetime.date(2026, 1, 1))

    assert page.review_by == datetime.date(2026, 6, 30)


def test_a_free_procedure_is_flagged(visitor):
    factories.pathway(is_free=True)

    text = _text(visitor.get("/en/countries/mexico/test-pathway/"))

    assert "This procedure is free." in text


def test_unknown_rights_read_as_not_stated(visitor):
    factories.pathway(allows_work=None, family_can_come=False)

    soup = BeautifulSoup(
        visitor.get("/en/countries/mexico/test-pathway/").content, "html.parser"
    )
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in soup.select("dl.facts dt")
    }

    assert facts["Allows work"] == "Not stated in our sources"
    assert facts["Family can come"] == "No"


def test_drafts_are_not_shown_to_visitors(visitor):
    page = factories.pathway()
    page.unpublish()

    assert visitor.get("/en/countries/mexico/test-pathway/").status_code == 404
    assert "test-pathway" not in visitor.get("/en/countries/mexico/").content.decode()
