"""GET /api/v1/search: results, facets and errors that name the parameter."""

import pytest

pytestmark = pytest.mark.django_db


def test_results_have_the_documented_shape(visitor):
    body = visitor.get(
        "/api/v1/search", {"q": "permiso de trabajo", "lang": "es"}
    ).json()

    assert body["total"] > 0
    result = body["results"][0]
    assert set(result) >= {"kind", "title", "url", "country", "snippet"}
    assert result["url"].startswith("/es/")
    assert {"kind", "country"} <= set(body["facets"])
    assert sum(f["count"] for f in body["facets"]["kind"]) == body["total"]


def test_filters_narrow_the_results(visitor):
    body = visitor.get(
        "/api/v1/search",
        {"q": "visa", "lang": "en", "kind": "pathway", "country": "us"},
    ).json()
    assert body["results"]
    assert {(r["kind"], r["country"]) for r in body["results"]} == {("pathway", "us")}


def test_snippets_mark_matches_and_escape_the_rest(visitor):
    body = visitor.get("/api/v1/search", {"q": "h-2a", "lang": "en"}).json()
    snippet = body["results"][0]["snippet"]
    assert "<mark>" in snippet
    assert "<script" not in snippet


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"q": "visa", "lang": "fr"}, "lang"),
        ({"q": "visa", "kind": "spaceship"}, "kind"),
        ({"q": "visa", "country": "zz"}, "country"),
        ({"q": "visa", "page": "0"}, "page"),
        ({"q": "visa", "page": "-3"}, "page"),
        ({"q": "visa", "page": "two"}, "page"),
        ({"q": "visa", "page": "1000000000"}, "page"),
        ({"q": ""}, "q"),
        ({"q": "x" * 201}, "q"),
        ({"q": "visa", "sort": "new"}, "sort"),
    ],
)
def test_bad_parameters_answer_400_naming_the_parameter(visitor, params, parameter):
    response = visitor.get("/api/v1/search", params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
