"""A resource's page: its facts, how to cite it, and tags for citation tools."""

import pytest
from bs4 import BeautifulSoup

from repository.models import Resource
from tests.repository.helpers import resource

pytestmark = pytest.mark.django_db


def _meta(soup: BeautifulSoup, name: str) -> list[str]:
    return [tag["content"] for tag in soup.find_all("meta", attrs={"name": name})]


def test_the_page_carries_highwire_and_dublin_core_tags(visitor):
    item = Resource.objects.get(title__startswith="Beyond the Border")

    response = visitor.get(item.get_absolute_url())

    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert _meta(soup, "citation_title") == [item.title]
    assert _meta(soup, "citation_author") == ["Ruiz Soto, Ariel G.", "Selee, Andrew"]
    assert _meta(soup, "citation_publication_date") == ["2022/04/14"]
    assert _meta(soup, "DC.creator") == ["Ruiz Soto, Ariel G.", "Selee, Andrew"]
    assert _meta(soup, "DC.date") == ["2022-04-14"]
    assert (
        soup.find("link", rel="schema.DC")["href"] == "http://purl.org/dc/elements/1.1/"
    )


def test_the_page_gives_the_doi_the_apa_citation_and_the_downloads_in_spanish(visitor):
    item = Resource.objects.get(
        title__startswith="Interrelations between Public Policies"
    )

    response = visitor.get(f"/es{item.get_absolute_url()[3:]}")

    soup = BeautifulSoup(response.content, "html.parser")
    assert _meta(soup, "citation_doi") == ["10.1787/9789264278967-en"]
    assert _meta(soup, "citation_isbn") == ["9789264278950"]
    assert soup.find("h1").get("lang") == "en"
    citation = soup.select_one(".citation").get_text(" ", strip=True)
    assert citation.startswith("OECD, & FUNDEVI. (2017, 31 de julio).")
    assert soup.select_one(".citation cite").get_text() == item.title
    assert soup.find("a", href=f"/es{item.get_absolute_url()[3:]}cite.bib")
    assert "Cómo citarlo" in response.content.decode()


def test_an_unverified_entry_says_so(visitor):
    item = Resource.objects.get(title="World Migration Report 2018")

    response = visitor.get(item.get_absolute_url())

    assert (
        "have not yet been checked against the publisher" in response.content.decode()
    )


def test_a_pdf_is_offered_and_tagged_for_scholar_indexes(visitor):
    from tests.repository.helpers import pdf_document

    item = resource("A study with its PDF", document=pdf_document("some text"))

    soup = BeautifulSoup(visitor.get(item.get_absolute_url()).content, "html.parser")

    [pdf] = _meta(soup, "citation_pdf_url")
    assert pdf.startswith("http://testserver/documents/")


def test_a_wrong_slug_redirects_to_the_right_address(visitor):
    item = Resource.objects.filter(live=True).first()

    response = visitor.get(f"/en/repository/{item.pk}-wrong/")

    assert response.status_code == 302
    assert response["Location"] == item.get_absolute_url()


def test_drafts_and_unknown_resources_are_404(visitor):
    draft = resource("An unpublished draft", live=False)

    assert visitor.get(draft.get_absolute_url()).status_code == 404
    assert visitor.get(f"{draft.get_absolute_url()}cite.bib").status_code == 404
    assert visitor.get("/en/repository/99999999-nothing/").status_code == 404
