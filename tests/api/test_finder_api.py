import pytest

pytestmark = pytest.mark.django_db


def test_with_no_answers_the_api_asks_for_nationality(visitor):
    body = visitor.get("/api/v1/finder").json()

    question = body["next_question"]
    assert question["slug"] == "nationality"
    assert {"value": "GT", "label": "Guatemala"} in question["options"]
    assert {"value": "stateless", "label": "Stateless"} in question["options"]


def test_while_questions_remain_outcomes_list_what_is_still_possible(visitor):
    body = visitor.get(
        "/api/v1/finder", {"nationality": "gt", "destination": "mx"}
    ).json()

    assert body["next_question"]["slug"] == "purpose"
    mexico = body["outcomes"][0]
    assert mexico["country"] == "MX"
    assert {p["status"] for p in mexico["pathways"]} == {"possible"}
    assert "border-worker-visitor-card" in {p["slug"] for p in mexico["pathways"]}


def test_without_destination_every_country_is_evaluated(visitor):
    body = visitor.get(
        "/api/v1/finder", {"nationality": "MX", "purpose": "study"}
    ).json()

    assert body["next_question"]["slug"] == "destination"
    assert len(body["outcomes"]) == 14


def test_each_pathway_carries_its_comparable_attributes(visitor):
    query = {"nationality": "SV", "destination": "MX", "purpose": "visit"}

    pathway = visitor.get("/api/v1/finder", query).json()["outcomes"][0]["pathways"][0]

    assert set(pathway) >= {
        "slug",
        "name",
        "url",
        "purpose",
        "fits",
        "why",
        "missing",
        "attributes",
        "verified",
    }
    assert set(pathway["attributes"]) >= {
        "job_offer_needed",
        "fee",
        "processing_time",
        "validity",
        "work_allowed",
        "family_can_come",
        "leads_to_permanent_residence",
        "free",
        "verified",
    }
    assert pathway["url"].startswith("/en/countries/mexico/")


def test_spanish_answers_come_in_spanish(visitor):
    query = {"nationality": "SV", "destination": "MX", "purpose": "visit", "lang": "es"}

    body = visitor.get("/api/v1/finder", query).json()
    pathway = body["outcomes"][0]["pathways"][0]

    assert body["outcomes"][0]["country_name"] == "México"
    assert pathway["url"].startswith("/es/")
    assert pathway["why"].startswith("Abierta a personas de El Salvador")


@pytest.mark.parametrize(
    "query, parameter",
    [
        ({"nationality": "XX"}, "nationality"),
        ({"destination": "FR"}, "destination"),
        ({"purpose": "tourism"}, "purpose"),
        ({"job_offer": "perhaps"}, "job_offer"),
        ({"age": "-4"}, "age"),
        ({"lang": "fr"}, "lang"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_unknown_codes_or_values_give_400_naming_the_parameter(
    visitor, query, parameter
):
    response = visitor.get("/api/v1/finder", query)

    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


def test_codes_are_accepted_in_any_case(visitor):
    lower = visitor.get("/api/v1/finder", {"nationality": "gt", "destination": "mx"})
    upper = visitor.get("/api/v1/finder", {"nationality": "GT", "destination": "MX"})

    assert lower.json() == upper.json()


def test_the_api_refuses_other_methods(visitor):
    assert visitor.post("/api/v1/finder").status_code == 405
