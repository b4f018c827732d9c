"""Each country's "what changed" page, built on the change notes."""

import datetime

import pytest
from bs4 import BeautifulSoup

from countries.models import CountryPage, PathwayPage
from governance.models import ChangeNote

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_change_notes")]


def note(page, when: datetime.datetime, material: bool = True, **texts) -> ChangeNote:
    country = CountryPage.objects.ancestor_of(page, inclusive=True).get()
    return ChangeNote.objects.create(
        page=page,
        country=country.iso_code,
        published_at=when,
        material=material,
        note_en=texts.get("en", "The fee changed."),
        note_es=texts.get("es", "Cambió el costo."),
    )


def _mexican_pathway() -> PathwayPage:
    return PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()


def test_a_country_without_notes_says_there_are_no_recorded_changes(visitor):
    response = visitor.get("/en/changes/mx/")

    assert response.status_code == 200
    assert b"There are no recorded changes yet." in response.content


def test_the_page_lists_material_notes_of_its_country_newest_first(visitor):
    pathway = _mexican_pathway()
    note(pathway, datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC), en="Older")
    note(pathway, datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC), en="Newer")
    note(
        pathway,
        datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC),
        material=False,
        en="Typo fixed",
    )
    guatemala = PathwayPage.objects.live().filter(url_path__contains="/guatemala/")
    note(guatemala.first(), datetime.datetime(2026, 8, 1, tzinfo=datetime.UTC))

    soup = BeautifulSoup(visitor.get("/en/changes/mx/").content, "html.parser")

    items = soup.select("ol.changes > li")
    texts = [li.get_text(" ", strip=True) for li in items]
    assert len(texts) == 2
    assert "Newer" in texts[0] and "Older" in texts[1]
    assert items[0].find("a", href=pathway.url)


def test_a_note_shows_in_spanish_with_a_fallback_note_when_missing(visitor):
    note(_mexican_pathway(), datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC), es="")

    response = visitor.get("/es/changes/mx/")

    assert b"Not yet available in Spanish" not in response.content
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("ol.changes li div[lang=en]").get_text(strip=True) == (
        "The fee changed."
    )


@pytest.mark.parametrize(
    "url, status",
    [
        ("/en/changes/zz/", 404),
        ("/en/changes/MX/", 404),
        ("/en/changes/mx/?page=abc", 400),
        ("/en/changes/mx/?page=5", 404),
    ],
)
def test_unknown_countries_and_pages_are_refused(visitor, url, status):
    assert visitor.get(url).status_code == status


def test_the_country_page_links_its_changes_and_past_notices(visitor):
    soup = BeautifulSoup(visitor.get("/en/countries/mexico/").content, "html.parser")

    assert soup.find("a", href="/en/changes/mx/")
    assert soup.find("a", href="/en/notices/?country=mx")


def test_the_number_of_queries_does_not_grow_with_the_notes(
    visitor, django_assert_max_num_queries
):
    pathways = PathwayPage.objects.live().filter(url_path__contains="/mexico/")
    when = datetime.datetime(2026, 5, 1, tzinfo=datetime.UTC)
    note(pathways[0], when)
    visitor.get("/en/changes/mx/")
    with django_assert_max_num_queries(10) as one:
        visitor.get("/en/changes/mx/")

    for pathway in pathways[1:5]:
        note(pathway, when)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert visitor.get("/en/changes/mx/").status_code == 200
