"""Where and when a notice shows, below HTTP."""

import datetime

from advice.notices import HOME, Place, Reach, Scope, Window, applies, next_change

NOON = datetime.datetime(2021, 6, 1, 12, tzinfo=datetime.UTC)
HOUR = datetime.timedelta(hours=1)
MEXICO = Place("mx", "000100010005")
MEXICAN_PATHWAY = Place("mx", "0001000100050002")
OTHER_MEXICAN_PATHWAY = Place("mx", "0001000100050003")


def test_a_notice_is_current_from_its_start_until_just_before_its_end():
    window = Window(NOON, NOON + HOUR)

    assert not window.is_current(NOON - datetime.timedelta(microseconds=1))
    assert window.is_current(NOON)
    assert window.is_current(NOON + HOUR - datetime.timedelta(microseconds=1))
    assert not window.is_current(NOON + HOUR)
    assert window.is_past(NOON + HOUR)


def test_a_notice_for_all_countries_shows_everywhere():
    reach = Reach(Scope.ALL)

    assert all(applies(reach, place) for place in (HOME, MEXICO, MEXICAN_PATHWAY))


def test_a_notice_for_some_countries_shows_on_their_pages_and_pathways_only():
    reach = Reach(Scope.COUNTRIES, frozenset({"mx"}))

    assert applies(reach, MEXICO)
    assert applies(reach, MEXICAN_PATHWAY)
    assert not applies(reach, HOME)
    assert not applies(reach, Place("gt", "000100010006"))


def test_a_notice_for_a_pathway_shows_on_it_and_on_its_country_only():
    reach = Reach(Scope.PATHWAYS, pathway_paths=frozenset({MEXICAN_PATHWAY.page_path}))

    assert applies(reach, MEXICAN_PATHWAY)
    assert applies(reach, MEXICO)
    assert not applies(reach, OTHER_MEXICAN_PATHWAY)
    assert not applies(reach, HOME)


def test_the_next_change_is_the_nearest_start_or_end_still_to_come():
    windows = [
        Window(NOON - HOUR, NOON + 3 * HOUR),
        Window(NOON + 2 * HOUR, NOON + 5 * HOUR),
        Window(NOON - 5 * HOUR, NOON - HOUR),
    ]

    assert next_change(windows, NOON) == NOON + 2 * HOUR
    assert next_change(windows, NOON + 4 * HOUR) == NOON + 5 * HOUR
    assert next_change(windows, NOON + 6 * HOUR) is None
