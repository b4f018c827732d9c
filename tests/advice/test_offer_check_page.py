"""The job-offer check page: a GET form with results and form errors."""

import pytest
from bs4 import BeautifulSoup

from advice.models import RecruiterRegistry
from tests.advice.test_offer_rules import QUERY

URL = "/en/advice/check-a-job-offer/"

pytestmark = pytest.mark.django_db


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_the_page_asks_the_questions_in_a_get_form(visitor):
    soup = _soup(visitor.get(URL))

    form = soup.find("form", id="offer-check")
    assert form["method"] == "get"
    names = {control["name"] for control in form.find_all(["input", "select"])}
    assert names == {
        "destination",
        "residence",
        "contact",
        "payments",
        "listing",
        "contract",
        "extras",
    }


def test_a_recruitment_fee_shows_as_a_serious_sign_with_where_to_verify(visitor):
    response = visitor.get(URL, QUERY)
    soup = _soup(response)

    assert response.status_code == 200
    signs = [li.strong.get_text() for li in soup.select("ul.signs li")]
    assert signs[0] == "They ask you to pay to get the job."
    links = [a["href"] for a in soup.select(".offer-result a[rel=external]")]
    assert "https://www.canada.ca/en/immigration-refugees-citizenship.html" in links
    assert "Whom to tell" in soup.get_text()


def test_the_result_names_the_licensed_recruiter_registry_where_one_exists(visitor):
    RecruiterRegistry.objects.create(
        country="ca",
        name_en="Test registry of licensed recruiters",
        name_es="Registro de prueba",
        url="https://example.org/registry",
    )

    soup = _soup(visitor.get(URL, QUERY))

    registry = soup.find("a", href="https://example.org/registry")
    assert registry.get_text() == "Test registry of licensed recruiters"


def test_the_result_is_in_spanish_on_the_spanish_page(visitor):
    soup = _soup(visitor.get(URL.replace("/en/", "/es/"), QUERY))

    assert soup.select("ul.signs li strong")[0].get_text() == (
        "Le piden pagar para obtener el empleo."
    )


@pytest.mark.parametrize(
    "query",
    [
        {"destination": "zz"},
        {**QUERY, "payments": ["nothing", "deposit"]},
        {**QUERY, "contact": "<script>alert(1)</script>"},
        {**QUERY, "listing": ""},
        {**QUERY, "residence": "x" * 5000},
    ],
)
def test_bad_answers_get_form_errors_never_a_server_error(visitor, query):
    response = visitor.get(URL, query)
    soup = _soup(response)

    assert response.status_code == 400
    assert soup.find("p", class_="error", role="alert")
    assert soup.select(".offer-check .error")
    assert b"<script>alert(1)</script>" not in response.content


def test_the_check_refuses_posts(visitor):
    response = visitor.post(URL, QUERY)

    assert response.status_code == 405


@pytest.mark.parametrize("destination, slug", [("ca", "canada"), ("bz", "belize")])
def test_programmes_open_only_to_some_nationalities_say_so(visitor, destination, slug):
    from countries.models import PathwayPage
    from finder.models import PathwayRule

    soup = _soup(visitor.get(URL, {**QUERY, "destination": destination}))
    tagged = {
        li.a.get_text(): "not open to every nationality" in li.get_text()
        for li in soup.select(".offer-result ul li")
        if li.a is not None and li.a.get("rel") == ["external"]
    }
    limited = {
        PathwayPage.objects.get(pk=rule.page_id).title
        for rule in PathwayRule.objects.filter(page__url_path__contains=f"/{slug}/")
        if rule.nationalities or rule.excluded_nationalities
    }

    assert tagged
    assert {title for title, is_tagged in tagged.items() if is_tagged} == (
        limited & set(tagged)
    )


def test_the_residence_countrys_programme_for_working_abroad_is_named(visitor):
    from countries.models import PathwayPage
    from finder.models import PathwayRule

    outbound = PathwayPage.objects.get(
        pk=PathwayRule.objects.get(
            direction="outbound", page__url_path__contains="/guatemala/"
        ).page_id
    )
    query = {**QUERY, "destination": "us", "residence": "gt"}

    abroad = _soup(visitor.get(URL, query)).find(
        "a", href=outbound.official_url, rel="external"
    )
    in_guatemala = _soup(visitor.get(URL, {**query, "destination": "gt"}))

    assert abroad is not None
    assert "official programmes for working abroad" in abroad.find_previous("p").text
    assert in_guatemala.find("a", href=outbound.official_url) is None
