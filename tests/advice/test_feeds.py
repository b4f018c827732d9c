"""Atom feeds: valid, discoverable from the pages, in the page's language."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from countries.models import PathwayPage
from tests.advice.conftest import DAY, make_notice
from tests.advice.test_changes import note

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_change_notes")]

ATOM = "application/atom+xml"


def _feed_links(visitor, url: str) -> dict[str, str]:
    soup = BeautifulSoup(visitor.get(url).content, "html.parser")
    return {
        link["href"]: link["title"]
        for link in soup.find_all("link", rel="alternate", type=ATOM)
    }


def _parse(visitor, url: str):
    response = visitor.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(ATOM)
    return feedparser.parse(response.content)


def _assert_valid_atom(parsed) -> None:
    """The elements RFC 4287 requires of a feed and of each entry."""
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    feed = parsed.feed
    assert feed.id and feed.title and feed.updated_parsed
    assert feed.author_detail.name
    assert any(link.rel == "alternate" for link in feed.links)
    for entry in parsed.entries:
        assert entry.id and entry.title and entry.updated_parsed
        assert any(link.rel == "alternate" for link in entry.links)
    assert len({entry.id for entry in parsed.entries}) == len(parsed.entries)


def test_a_country_page_offers_its_changes_all_changes_and_notices(visitor):
    links = _feed_links(visitor, "/en/countries/mexico/")

    assert set(links) == {
        "/en/feeds/changes/mx/",
        "/en/feeds/changes/",
        "/en/feeds/notices/",
    }


def test_a_pathway_page_offers_its_countrys_changes(visitor):
    pathway = PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()

    assert "/en/feeds/changes/mx/" in _feed_links(visitor, pathway.url)


def test_every_page_offers_the_general_feeds(visitor):
    for url in ("/es/", "/es/advice/", "/es/notices/", "/es/institutions/"):
        links = _feed_links(visitor, url)
        assert {"/es/feeds/changes/", "/es/feeds/notices/"} <= set(links), url


def test_the_country_feed_found_on_its_page_is_valid_atom_with_its_notes(visitor):
    pathway = PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()
    note(pathway, datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC), en="Fee up")
    note(pathway, datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC), en="Fee down")
    feed_url = next(iter(_feed_links(visitor, "/en/countries/mexico/")))

    parsed = _parse(visitor, feed_url)

    _assert_valid_atom(parsed)
    assert [entry.summary for entry in parsed.entries] == ["Fee down", "Fee up"]
    assert parsed.entries[0].link.endswith(pathway.url)
    assert parsed.feed.language == "en"


def test_the_feed_of_all_changes_is_valid_even_when_empty(visitor):
    parsed = _parse(visitor, "/es/feeds/changes/")

    _assert_valid_atom(parsed)
    assert parsed.entries == []
    assert parsed.feed.language == "es"


def test_the_notices_feed_holds_started_notices_in_the_readers_language(visitor):
    make_notice(-DAY, title_en="Started", title_es="Iniciado")
    make_notice(DAY, title_en="Coming", title_es="Próximo")

    parsed = _parse(visitor, "/es/feeds/notices/")

    _assert_valid_atom(parsed)
    titles = [entry.title for entry in parsed.entries]
    assert "Iniciado" in titles and "Próximo" not in titles


def test_the_feed_of_an_unknown_country_is_not_found(visitor):
    assert visitor.get("/en/feeds/changes/zz/").status_code == 404
