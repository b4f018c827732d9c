"""Full-text search over metadata and over the text of uploaded PDFs."""

import pytest

from repository.facets import public_resources
from repository.models import Resource
from repository.pdftext import extract_text
from repository.search import order_by_relevance, search_resources
from tests.repository.helpers import pdf_bytes, pdf_document, resource

pytestmark = pytest.mark.django_db


def _titles(query: str) -> list[str]:
    found = search_resources(query, public_resources())
    return list(order_by_relevance(query, found).values_list("title", flat=True))


def test_search_finds_words_of_the_title_abstract_and_authors():
    assert "Harnessing Northern Triangle Migration for Mutual Benefit" in _titles(
        "northern triangle"
    )
    assert (
        "Beyond the Border: Opportunities for Managing Regional Migration between "
        "Central and North America"
    ) in _titles("selee")
    assert "International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020)" in _titles(
        "232 countries"
    )


def test_search_finds_the_spanish_abstract_and_theme_names():
    assert (
        "Interrelations between Public Policies, Migration and Development in "
        "Costa Rica"
    ) in _titles("protección social")
    assert _titles("remesas")


def test_search_ignores_accents_and_word_endings_where_the_engine_can():
    assert set(_titles("proteccion social")) == set(_titles("protección social"))


def test_spanish_word_endings_match_on_every_database():
    assert _titles("remesa") == _titles("remesas")
    assert set(_titles("politica publica")) == set(_titles("políticas públicas"))


def test_every_word_must_match():
    assert _titles("remittances 1949") == []


def test_the_text_of_an_uploaded_pdf_is_extracted_when_the_resource_is_saved():
    document = pdf_document("Seasonal agricultural workers in Chiapas coffee farms")

    item = resource("A study with a PDF", document=document)

    item.refresh_from_db()
    assert "coffee farms" in item.document_text
    assert "A study with a PDF" in _titles("chiapas coffee")


def test_replacing_the_document_replaces_its_text():
    item = resource(
        "A study whose PDF changes", document=pdf_document("cardamom harvest")
    )

    item.document = pdf_document("banana plantations")
    item.save()

    assert _titles("cardamom") == []
    assert _titles("plantations") == ["A study whose PDF changes"]


def test_removing_the_document_removes_its_text():
    item = resource(
        "A study losing its PDF", document=pdf_document("sugarcane cutters")
    )

    item.document = None
    item.save()

    assert _titles("sugarcane") == []


def test_a_broken_pdf_gives_no_text_and_no_error():
    assert extract_text(b"%PDF-1.4 this is not really a PDF") == ""
    assert extract_text(pdf_bytes("fine")) == "fine"


def test_an_empty_or_symbol_only_query_matches_nothing():
    assert _titles("") == []
    assert _titles('"*()') == []


def test_unpublished_resources_are_not_found():
    resource("A hidden draft about vanilla growers", live=False)

    assert _titles("vanilla") == []
    assert Resource.objects.filter(title__contains="vanilla").exists()
