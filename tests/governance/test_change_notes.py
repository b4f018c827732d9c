"""Published pages say when they were last updated and what materially changed."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from countries.models import CountryPage, EmployerGuidePage, PathwayPage
from governance.models import ChangeNote

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_change_notes")]


def _url(page, language: str) -> str:
    with translation.override(language):
        return page.get_url()


def _note(page, when, en, es="", material=True):
    values = {"note_en": en, "note_es": es} if es else {"note_en": en}
    return ChangeNote.objects.create(
        page=page, country="mx", published_at=when, material=material, **values
    )


def _history(visitor, url):
    soup = BeautifulSoup(visitor.get(url).content, "html.parser")
    return soup.find("section", class_="page-history")


@pytest.mark.parametrize("model", [CountryPage, PathwayPage, EmployerGuidePage])
def test_each_governed_page_type_says_when_it_was_last_updated(visitor, model):
    page = model.objects.live().filter(url_path__contains="/mexico/").first()

    history = _history(visitor, _url(page, "en"))

    assert history is not None
    stamp = history.find("time")["datetime"]
    assert stamp == timezone.localtime(page.last_published_at).strftime("%Y-%m-%d")


def test_material_changes_are_listed_with_their_dates_in_each_language(visitor):
    page = PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()
    _note(
        page,
        timezone.now() - datetime.timedelta(days=3),
        "Fee raised.",
        "Subió el arancel.",
    )
    _note(
        page,
        timezone.now(),
        "Wording corrected.",
        "Redacción corregida.",
        material=False,
    )

    english = _history(visitor, _url(page, "en")).get_text()
    spanish = _history(visitor, _url(page, "es")).get_text()

    assert "Fee raised." in english and "Wording corrected." not in english
    assert "Subió el arancel." in spanish


def test_a_note_written_only_in_english_is_marked_on_the_spanish_page(visitor):
    page = PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()
    _note(page, timezone.now(), "New document required.")

    spanish = _history(visitor, _url(page, "es"))

    item = spanish.find("li")
    assert item.find("span", lang="en").get_text() == "New document required."


def test_only_the_latest_five_material_changes_are_listed(visitor):
    page = PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()
    for day in range(7):
        _note(page, timezone.now() - datetime.timedelta(days=day), f"Change {day}.")

    items = _history(visitor, _url(page, "en")).find_all("li")

    assert [item.get_text().split(": ", 1)[1].strip() for item in items] == [
        f"Change {day}." for day in range(5)
    ]
