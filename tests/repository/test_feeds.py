"""Atom feeds of new resources, overall and per theme, found from the pages."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from repository.models import Resource

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(response) -> list[ET.Element]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 -- the portal's own output
    return feed.findall(f"{ATOM}entry")


def test_the_feed_lists_new_resources_newest_first(visitor):
    entries = _entries(visitor.get("/en/repository/feed/"))

    newest = Resource.objects.filter(live=True).order_by("-first_published_at", "-pk")
    assert [e.find(f"{ATOM}title").text for e in entries[:3]] == [
        r.title for r in newest[:3]
    ]


def test_a_theme_feed_lists_only_that_theme(visitor):
    entries = _entries(visitor.get("/es/repository/themes/remittances/feed/"))

    expected = Resource.objects.filter(live=True, themes__slug="remittances")
    assert len(entries) == expected.count() > 0
    for entry in entries:
        terms = [c.get("term") for c in entry.findall(f"{ATOM}category")]
        assert "Remesas" in terms


def test_an_unknown_theme_has_no_feed(visitor):
    assert visitor.get("/en/repository/themes/nothing/feed/").status_code == 404


def test_the_repository_page_announces_its_feeds(visitor):
    soup = BeautifulSoup(
        visitor.get("/en/repository/?theme=children").content, "html.parser"
    )

    feeds = soup.find_all("link", rel="alternate", type="application/atom+xml")
    assert [feed["href"] for feed in feeds] == [
        "/en/feeds/changes/",
        "/en/feeds/notices/",
        "/en/repository/feed/",
        "/en/repository/themes/children/feed/",
    ]
