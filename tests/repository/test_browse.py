"""Browsing: facets that combine, counts that agree, bad input never 500."""

import itertools

import pytest
from bs4 import BeautifulSoup

from repository.facets import Filters, apply
from repository.models import Resource
from tests.repository.helpers import resource

pytestmark = pytest.mark.django_db


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def _shown_total(response) -> int:
    return int(_soup(response).select_one(".count[role=status]").get_text().split()[0])


def _listed(response) -> list[str]:
    return [
        a.get_text(strip=True) for a in _soup(response).select(".resource-item h2 a")
    ]


def _facet_counts(response, name: str) -> dict[str, int]:
    counts = {}
    for box in _soup(response).select(f"input[type=checkbox][name={name}]"):
        label = _soup(response).find("label", attrs={"for": box["id"]})
        counts[box["value"]] = int(label.select_one(".count").get_text().strip("()"))
    return counts


def test_the_repository_lists_every_public_resource_in_both_languages(visitor):
    for language in ("en", "es"):
        response = visitor.get(f"/{language}/repository/")

        assert response.status_code == 200
        assert _shown_total(response) == Resource.objects.filter(live=True).count()


@pytest.mark.parametrize(
    "base",
    [
        "",
        "type=report",
        "theme=remittances",
        "country=gt&type=study",
        "q=migration",
        "language=es",
    ],
)
@pytest.mark.parametrize("facet", ["type", "theme", "country", "language"])
def test_every_facet_count_is_the_number_of_results_its_choice_gives(
    visitor, base, facet
):
    page = visitor.get(f"/en/repository/?{base}")
    kept = "&".join(p for p in base.split("&") if p and not p.startswith(f"{facet}="))

    for value, count in _facet_counts(page, facet).items():
        chosen = visitor.get(f"/en/repository/?{kept}&{facet}={value}")
        assert _shown_total(chosen) == count, (base, facet, value)


def test_year_ranges_count_what_they_list(visitor):
    page = visitor.get("/en/repository/?theme=labour-migration")
    links = _soup(page).select(".facet a[href*=year_from]")

    assert links
    for link in links:
        count = int(link.find_next_sibling("span").get_text().strip("()"))
        assert _shown_total(visitor.get(f"/en/repository/{link['href']}")) == count


def test_values_of_one_facet_are_alternatives_and_facets_narrow_each_other():
    reports = apply(Filters(types=("report",))).count()
    studies = apply(Filters(types=("study",))).count()
    both = apply(Filters(types=("report", "study"))).count()
    narrowed = apply(Filters(types=("report", "study"), countries=("gt",))).count()

    assert both == reports + studies
    assert 0 < narrowed < both


def test_a_resource_is_counted_once_whatever_its_number_of_themes(visitor):
    themes = ["remittances", "diaspora", "migration-data"]
    resource("Counted once", themes=themes, areas=["mx", "gt"])

    response = visitor.get("/en/repository/?q=counted&theme=remittances&theme=diaspora")

    assert _shown_total(response) == 1
    assert _listed(response) == ["Counted once"]


def test_drafts_are_not_listed(visitor):
    resource("A draft under review", live=False)

    assert _listed(visitor.get("/en/repository/?q=draft")) == []


def test_results_can_be_sorted_by_date(visitor):
    newest = _listed(visitor.get("/en/repository/?sort=newest"))
    oldest = _listed(visitor.get("/en/repository/?sort=oldest"))

    assert newest[0] != oldest[0]
    undated = Resource.objects.filter(live=True, year__isnull=True).count()
    assert (
        oldest[undated]
        == "Migration for Employment Convention (Revised), 1949 (No. 97)"
    )
    undated_titles = Resource.objects.filter(live=True, year__isnull=True)
    assert set(oldest[:undated]) == set(undated_titles.values_list("title", flat=True))
    assert not set(newest) & set(oldest[:undated])


def test_the_list_is_paginated(visitor, monkeypatch):
    monkeypatch.setattr("repository.views.PAGE_SIZE", 10)

    first = visitor.get("/en/repository/")
    second = visitor.get("/en/repository/?page=2")

    assert len(_listed(first)) == 10
    assert set(_listed(first)).isdisjoint(_listed(second))
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "type=novel",
        "theme=unknown-theme",
        "country=zz",
        "country=MX",
        "language=xx",
        "year_from=abc",
        "year_from=99999999999999999999",
        "year_from=2020&year_to=2010",
        "page=0",
        "page=-3",
        "page=1e9",
        "page=99999999999999999999",
        "page=1&page=2",
        "q=a&q=b",
        "sort=random",
        "q=" + "x" * 500,
        "type=%00",
        "&".join(["type=report"] * 40),
        "theme=" + "a" * 10_000,
    ],
)
def test_bad_parameters_get_400_with_a_message(visitor, query):
    response = visitor.get(f"/en/repository/?{query}")

    assert response.status_code == 400
    assert "Please correct the search below." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ['q="', "q=*", "q=NEAR(a b)", "q=a OR", "q=-", "q=%E2%80%94", "q=migración"],
)
def test_search_syntax_of_the_engine_is_never_an_error(visitor, query):
    assert visitor.get(f"/en/repository/?{query}").status_code == 200


def test_unknown_parameters_are_ignored(visitor):
    assert visitor.get("/en/repository/?utm_source=newsletter").status_code == 200


def test_a_page_past_the_end_is_404(visitor):
    assert visitor.get("/en/repository/?page=500").status_code == 404


def test_combinations_of_three_facets_never_fail(visitor):
    for kind, theme, country in itertools.islice(
        itertools.product(
            ["report", "guide"], ["children", "remittances"], ["mx", "hn"]
        ),
        8,
    ):
        url = f"/es/repository/?type={kind}&theme={theme}&country={country}&q=migration"
        assert visitor.get(url).status_code == 200
