"""Editors change who a pathway is for in the admin, with the pathway."""

import pytest
from django.contrib.auth import get_user_model

from countries.models import PathwayPage
from tests.forms import form_values

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    user = get_user_model().objects.create_superuser(
        "rules-admin", "rules@example.org", "a-long-test-password"
    )
    client.force_login(user)
    return client


def _edit(client, page, **changes):
    url = f"/admin/pages/{page.pk}/edit/"
    data = form_values(client.get(url).content.decode(), "page-edit-form")
    data.update({key: [value] for key, value in changes.items()})
    data["change_note_en"] = ["Eligibility rule changed."]
    data["action-publish"] = ["action-publish"]
    return client.post(url, data)


def _sawp_fits(client, nationality: str) -> bool:
    query = {
        "nationality": nationality,
        "destination": "CA",
        "purpose": "work",
        "work_kind": "seasonal_agriculture",
        "job_offer": "no",
        "age": "30",
    }
    body = client.get("/api/v1/finder", query).json()
    return any(
        p["slug"] == "seasonal-agricultural-worker-program" and p["fits"]
        for country in body["outcomes"]
        for p in country["pathways"]
    )


def test_a_nationality_added_in_the_admin_changes_the_finder(administrator):
    page = PathwayPage.objects.get(slug="seasonal-agricultural-worker-program")
    assert not _sawp_fits(administrator, "GT")

    response = _edit(
        administrator,
        page,
        **{"eligibility-0-nationalities": "MX, JM, group:ca4"},
    )

    assert response.status_code == 302
    assert _sawp_fits(administrator, "GT")
    assert _sawp_fits(administrator, "MX")
    assert not _sawp_fits(administrator, "DM")


def test_the_rule_is_kept_in_the_page_revision(administrator):
    page = PathwayPage.objects.get(slug="seasonal-agricultural-worker-program")

    _edit(administrator, page, **{"eligibility-0-min_age": "21"})

    revision = PathwayPage.objects.get(pk=page.pk).get_latest_revision()
    assert revision.content["eligibility"][0]["min_age"] == 21


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("eligibility-0-nationalities", "MX, Narnia", "Not a country code or group"),
        (
            "eligibility-0-nationalities",
            "group:mercosur",
            "Not a country code or group",
        ),
        ("eligibility-0-max_age", "10", "The maximum age is below the minimum age."),
    ],
)
def test_a_bad_rule_is_a_form_error_and_changes_nothing(
    administrator, field, value, message
):
    page = PathwayPage.objects.get(slug="seasonal-agricultural-worker-program")
    before = list(page.eligibility.values())

    response = _edit(administrator, page, **{field: value})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(page.eligibility.values()) == before
