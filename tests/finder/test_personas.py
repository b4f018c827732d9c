"""Personas asked through the API and the pages: who must and must not fit."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup

from tests.finder.personas import PERSONAS

pytestmark = pytest.mark.django_db


def _api(client, query: dict[str, str], lang: str = "en") -> dict:
    response = client.get("/api/v1/finder", {**query, "lang": lang})
    assert response.status_code == 200, response.content
    return response.json()


def _fitting_slugs(body: dict) -> set[str]:
    return {
        pathway["slug"]
        for country in body["outcomes"]
        for pathway in country["pathways"]
        if pathway["fits"]
    }


def _page_slugs(client, query: dict[str, str], lang: str) -> set[str]:
    response = client.get(f"/{lang}/finder/?{urlencode(query)}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    links = []
    for section in soup.select("section[aria-labelledby^=country-]"):
        for block in section.find_all("ul", class_="cards"):
            previous = block.find_previous_sibling("h3")
            if previous is not None and previous.get_text(strip=True) in FITS_HEADINGS:
                links += [a["href"] for a in block.select("li.card h4 a")]
    return {href.rstrip("/").rsplit("/", 1)[-1] for href in links}


FITS_HEADINGS = {"Pathways that fit", "Vías que se ajustan"}


@pytest.mark.parametrize("name", PERSONAS)
def test_persona_outcomes_through_the_api(visitor, name):
    persona = PERSONAS[name]

    body = _api(visitor, persona["query"])
    fitting = _fitting_slugs(body)

    assert body["next_question"] is None
    assert set(persona["fits"]) <= fitting
    assert not set(persona["not"]) & fitting


@pytest.mark.parametrize("name", PERSONAS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_persona_outcomes_through_the_pages(visitor, name, lang):
    persona = PERSONAS[name]

    fitting = _page_slugs(visitor, persona["query"], lang)

    assert set(persona["fits"]) <= fitting
    assert not set(persona["not"]) & fitting


def test_a_guatemalan_looking_for_work_abroad_sees_the_programme_at_home(visitor):
    query = {"nationality": "GT", "destination": "US", "purpose": "work"}
    query.update({"work_kind": "seasonal_agriculture", "job_offer": "yes"})

    response = visitor.get(f"/en/finder/?{urlencode(query)}")

    assert "Official programmes in your own country" in response.content.decode()
    assert "temporary-work-abroad-programme" in response.content.decode()


def test_nationals_of_the_destination_are_told_they_need_no_pathway(visitor):
    query = {"nationality": "MX", "destination": "MX", "purpose": "study"}

    response = visitor.get(f"/en/finder/?{urlencode(query)}")

    assert "You are a national of this country" in response.content.decode()


def test_a_shared_result_link_gives_the_same_result(visitor):
    persona = PERSONAS["guatemalan-farm-worker-in-mexico"]
    first = visitor.get(f"/en/finder/?{urlencode(persona['query'])}")
    soup = BeautifulSoup(first.content, "html.parser")
    change_links = [a["href"] for a in soup.find_all("a") if "edit=" in a["href"]]

    shared = _api(visitor, persona["query"])["answers"]
    again = visitor.get(f"/en/finder/?{urlencode(shared)}")

    def main(response):
        return BeautifulSoup(response.content, "html.parser").find("main")

    assert main(again) == main(first)
    assert len(set(change_links)) == len(persona["query"])
