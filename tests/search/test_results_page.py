"""The search page, in both languages, with facets, snippets and bad input."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_every_page_has_a_labelled_search_box(visitor):
    soup = _soup(visitor.get("/es/countries/"))
    form = soup.find("form", role="search")
    assert form["action"] == "/es/search/"
    assert soup.find("label", attrs={"for": "site-search-q"})


def test_a_spanish_query_without_accents_finds_the_pathway(visitor):
    response = visitor.get("/es/search/", {"q": "trabajador agricola canada"})
    soup = _soup(response)

    first = soup.select("ol.results > li")[0]
    assert (
        first.h2.a["href"]
        == "/es/countries/canada/seasonal-agricultural-worker-program/"
    )
    assert "agrícola" in [mark.text for mark in first.select(".snippet mark")]


def test_an_english_query_finds_pages_in_english(visitor):
    soup = _soup(visitor.get("/en/search/", {"q": "green card family"}))
    urls = [a["href"] for a in soup.select("ol.results h2 a")]
    assert "/en/countries/united-states/family-based-immigrant-visas/" in urls[:5]


def test_facets_filter_by_kind_and_by_country(visitor):
    soup = _soup(visitor.get("/en/search/", {"q": "work permit"}))
    kind_links = {
        a.text.split(" (")[0]: a["href"]
        for a in soup.select(".facets nav")[0].find_all("a")
    }
    assert "Institution" in kind_links

    filtered = _soup(visitor.get("/en/search/" + kind_links["Institution"]))
    tags = {tag.text for tag in filtered.select("ol.results .meta .tag:first-child")}
    assert tags == {"Institution"}

    by_country = _soup(
        visitor.get("/en/search/", {"q": "work permit", "country": "bz"})
    )
    countries = {
        li.select(".tag")[1].text for li in by_country.select("ol.results > li")
    }
    assert countries == {"Belize"}


def test_a_query_that_finds_nothing_points_to_the_finder_and_the_countries(visitor):
    response = visitor.get("/es/search/", {"q": "xyzzyqwv"})
    soup = _soup(response)

    assert response.status_code == 200
    assert soup.find("a", href="/es/finder/")
    assert soup.find("a", href="/es/countries/costa-rica/")


def test_a_misspelt_query_offers_did_you_mean(visitor):
    soup = _soup(visitor.get("/en/search/", {"q": "vsa canda"}))
    suggestion = soup.select_one(".suggestion a")
    assert suggestion.text == "visa canada"


def test_the_query_is_escaped_wherever_it_is_shown(visitor):
    attack = '"><script>alert(1)</script>'
    html = visitor.get("/en/search/", {"q": attack}).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;" in html


def test_unknown_filters_answer_400_with_a_message(visitor):
    for params in ({"q": "visa", "kind": "spaceship"}, {"q": "visa", "country": "zz"}):
        response = visitor.get("/es/search/", params)
        assert response.status_code == 400
        assert _soup(response).find(role="alert")


def test_pages_past_the_last_are_empty_not_errors(visitor):
    response = visitor.get("/en/search/", {"q": "visa", "page": "900"})
    assert response.status_code == 200
    assert "No results on this page." in response.content.decode()
