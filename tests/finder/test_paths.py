"""Every path through the questionnaire ends in an outcome both languages render."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from finder import data as finder_data
from finder.flow import enumerate_paths, nationality_classes, next_question, to_query
from finder.outcomes import outcomes, programmes_at_home
from finder.questions import ALL_DESTINATIONS, DESTINATION_CODES

DESTINATIONS = [code.upper() for code in DESTINATION_CODES] + [ALL_DESTINATIONS]


@pytest.fixture(scope="module")
def every_path(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        data = finder_data.load()
        classes = nationality_classes(data.rules)
        return data, list(enumerate_paths(data.rules, classes, DESTINATIONS))


def test_every_path_ends_with_no_question_left(every_path):
    data, paths = every_path

    assert len(paths) > 1000
    assert all(next_question(answers, data.rules) is None for answers in paths)


def _features(data, answers) -> set[tuple]:
    """What an outcome shows: each pathway in each state, with its reasons."""
    shown: set[tuple] = set()
    for result in outcomes(data, answers):
        shown.add(("country", result.code, result.is_own_country, result.nothing_fits))
        for state, entries in (
            ("fits", result.fits),
            ("almost", result.almost),
            ("ruled_out", result.ruled_out),
        ):
            for entry in entries:
                verdict = entry.verdict
                reasons = tuple(
                    r.code for r in verdict.why + verdict.missing + verdict.failed
                )
                shown.add((state, entry.pathway.pk, reasons))
    for entry in programmes_at_home(data, answers):
        shown.add(("at_home", entry.pathway.pk))
    return shown


def _covering_paths(data, paths) -> list:
    """Few paths that together show everything any path can show."""
    features = [(answers, _features(data, answers)) for answers in paths]
    uncovered = set().union(*(shown for _answers, shown in features))
    chosen = []
    while uncovered:
        answers, shown = max(features, key=lambda item: len(item[1] & uncovered))
        chosen.append(answers)
        uncovered -= shown
    return chosen


@pytest.mark.django_db
def test_every_outcome_a_path_can_show_renders_in_both_languages(every_path):
    """Render a set of paths covering every pathway in every state it can take."""
    data, paths = every_path
    client = Client()

    for answers in _covering_paths(data, paths):
        query = urlencode(to_query(answers))
        for language in ("en", "es"):
            response = client.get(f"/{language}/finder/?{query}")
            assert response.status_code == 200, query
            soup = BeautifulSoup(response.content, "html.parser")
            assert soup.html["lang"] == language
            assert len(soup.find_all("h1")) == 1
            assert soup.find("h2", id="answers-heading"), query
