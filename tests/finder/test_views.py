"""The finder's pages: one question at a time, without JavaScript."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from countries.models import PathwayPage
from finder.models import ShortLink

pytestmark = pytest.mark.django_db


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_the_first_question_is_nationality_with_every_country(visitor):
    soup = _soup(visitor.get("/es/finder/"))

    select = soup.find("select", attrs={"name": "nationality"})
    labels = [option.get_text() for option in select.find_all("option")]

    assert (
        soup.find("label", attrs={"for": "answer"}).get_text()
        == "¿Cuál es su nacionalidad?"
    )
    assert "Guatemala" in labels and "Estados Unidos" in labels
    assert len(labels) == 1 + 2 + 249  # "choose", two statuses, every country


def test_each_question_carries_the_earlier_answers_as_hidden_fields(visitor):
    soup = _soup(visitor.get("/en/finder/?nationality=gt&destination=mx"))

    hidden = {i["name"]: i["value"] for i in soup.find_all("input", type="hidden")}

    assert hidden == {"nationality": "gt", "destination": "mx"}
    assert soup.find("form")["method"] == "get"
    assert soup.find_all("input", attrs={"name": "purpose", "type": "radio"})


def test_the_back_link_reopens_the_previous_question_with_its_answer(visitor):
    soup = _soup(visitor.get("/en/finder/?nationality=gt&destination=mx"))
    back = soup.find("a", string="Back to the previous question")["href"]

    previous = _soup(visitor.get(back))

    assert previous.find("select")["name"] == "destination"
    assert previous.find("option", selected=True)["value"] == "MX"
    hidden = {i["name"]: i["value"] for i in previous.find_all("input", type="hidden")}
    assert hidden == {"nationality": "gt"}


def test_start_again_clears_everything(visitor):
    soup = _soup(visitor.get("/en/finder/?nationality=gt&destination=mx"))

    assert soup.find("a", string="Start again")["href"] == "/en/finder/"


def test_answers_to_questions_that_do_not_apply_are_dropped(visitor):
    query = "nationality=sv&destination=mx&purpose=visit&work_kind=skilled&age=40"

    soup = _soup(visitor.get(f"/en/finder/?{query}"))
    summary = soup.find("h2", id="answers-heading").find_next("dl").get_text()

    assert "What kind of work?" not in summary
    assert "How old are you?" not in summary


def test_an_invalid_answer_gets_400_and_the_question_again(visitor):
    response = visitor.get("/en/finder/?nationality=gt&destination=atlantis")
    soup = _soup(response)

    assert response.status_code == 400
    assert soup.find("select")["name"] == "destination"
    assert soup.find(attrs={"role": "alert"})


def test_an_invalid_age_gets_a_clear_message(visitor):
    query = "nationality=us&destination=bz&purpose=residence&residence_means=pension"

    response = visitor.get(f"/en/finder/?{query}&age=two+hundred")

    assert response.status_code == 400
    assert "whole number of years" in response.content.decode()


def test_when_nothing_fits_the_page_says_why_and_whom_to_ask(visitor):
    query = urlencode({"nationality": "NI", "destination": "MX", "purpose": "visit"})

    text = " ".join(_soup(visitor.get(f"/en/finder/?{query}")).get_text(" ").split())

    assert "No pathway fits your answers" in text
    assert "Only for nationals of Belize, El Salvador, Guatemala, Honduras." in text
    assert "National Migration Institute" in text
    assert "Do not pay anyone who offers to take you across a border" in text


def test_the_comparison_shows_one_kind_of_pathway_across_countries(visitor):
    soup = _soup(
        visitor.get("/en/finder/compare/?purpose=work&work_kind=seasonal_agriculture")
    )

    countries = {row.th.get_text(strip=True) for row in soup.select("tbody tr")}

    assert {"Canada", "Mexico", "United States"} <= countries


@pytest.mark.parametrize(
    "query", ["", "purpose=tourism", "purpose=study&work_kind=skilled"]
)
def test_a_bad_comparison_gets_400(visitor, query):
    assert visitor.get(f"/en/finder/compare/?{query}").status_code == 400


def test_the_checklist_has_documents_a_qr_code_and_a_short_link(visitor):
    pathway = PathwayPage.objects.get(slug="border-worker-visitor-card")
    query = "nationality=gt&destination=mx&purpose=work"

    response = visitor.get(f"/en/finder/checklist/{pathway.pk}/?{query}")
    soup = _soup(response)
    link = ShortLink.objects.get()

    assert response.status_code == 200
    assert soup.find("svg") is not None
    assert f"/s/{link.code}/" in response.content.decode()
    assert link.target == f"/en/finder/?{query}"
    assert visitor.get(f"/s/{link.code}/")["Location"] == link.target


def test_the_same_result_always_gets_the_same_short_link(visitor):
    pathway = PathwayPage.objects.get(slug="border-worker-visitor-card")
    url = f"/en/finder/checklist/{pathway.pk}/?nationality=gt"

    visitor.get(url)
    visitor.get(url)

    assert ShortLink.objects.count() == 1


def test_an_unknown_short_link_or_checklist_is_404(visitor):
    assert visitor.get("/s/nope/").status_code == 404
    assert visitor.get("/en/finder/checklist/999999/").status_code == 404


def test_editors_see_the_flow_drawn_as_a_graph(client):
    user = get_user_model().objects.create_superuser(
        "flow-admin", "f@example.org", "pw-long-enough"
    )
    client.force_login(user)

    response = client.get("/admin/finder/flow/")
    soup = _soup(response)

    assert response.status_code == 200
    node_names = {g.title.get_text() for g in soup.select("svg g") if g.find("rect")}
    assert {
        "nationality",
        "destination",
        "purpose",
        "job_offer",
        "age",
        "outcome",
    } <= node_names


def test_visitors_cannot_see_the_flow_graph(visitor):
    assert visitor.get("/admin/finder/flow/").status_code == 302
