"""Records of a registered model are listed, edited and chosen per country."""

import pytest
from bs4 import BeautifulSoup

from governance import ownership
from institutions.models import Institution
from tests.forms import form_values

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/institutions/institution/"


def test_institutions_are_registered_for_country_ownership():
    assert ownership.owner_field(Institution) == "country"


def test_the_listing_shows_only_the_reviewers_own_country(reviewer_mx):
    response = reviewer_mx.get(LIST, {"p": 1})

    shown = {
        link["href"].rstrip("/").rsplit("/", 1)[1]
        for link in BeautifulSoup(response.content, "html.parser").select(
            "a[href*='/institution/edit/']"
        )
    }
    mexican = {
        str(pk)
        for pk in Institution.objects.filter(country="mx").values_list("pk", flat=True)
    }
    assert response.status_code == 200
    assert shown and shown <= mexican


def test_the_country_field_offers_only_the_own_country(reviewer_mx):
    response = reviewer_mx.get(f"{LIST}add/")

    select = BeautifulSoup(response.content, "html.parser").find(
        "select", {"name": "country"}
    )
    values = [
        option["value"] for option in select.find_all("option") if option["value"]
    ]
    assert values == ["mx"]


def test_an_institution_cannot_be_moved_to_another_country(reviewer_mx):
    institution = Institution.objects.filter(country="mx").first()
    url = f"{LIST}edit/{institution.pk}/"
    data = form_values(reviewer_mx.get(url).content.decode(), "w-editor-form")
    data["country"] = ["hn"]

    response = reviewer_mx.post(url, data)

    assert response.status_code == 200
    institution.refresh_from_db()
    assert institution.country == "mx"


def test_a_reviewer_saves_a_draft_then_publishes_their_countrys_institution(
    reviewer_mx,
):
    institution = Institution.objects.filter(country="mx").first()
    url = f"{LIST}edit/{institution.pk}/"
    data = form_values(reviewer_mx.get(url).content.decode(), "w-editor-form")
    data["description_es"] = ["Descripción revisada."]

    saved = reviewer_mx.post(url, data)
    institution.refresh_from_db()
    published_before = institution.description_es
    draft = institution.get_latest_revision_as_object().description_es
    data["action-publish"] = ["action-publish"]
    reviewer_mx.post(url, data)
    institution.refresh_from_db()

    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert published_before != "Descripción revisada."
    assert draft == "Descripción revisada."
    assert institution.description_es == "Descripción revisada."


def test_an_editors_direct_publish_of_an_institution_is_refused(editor_mx):
    institution = Institution.objects.filter(country="mx").first()
    name = institution.name_en
    url = f"{LIST}edit/{institution.pk}/"
    data = form_values(editor_mx.get(url).content.decode(), "w-editor-form")
    data["name_en"] = ["Changed by an editor"]
    data["action-publish"] = ["action-publish"]

    editor_mx.post(url, data)

    institution.refresh_from_db()
    assert institution.name_en == name


def test_a_bulk_delete_of_another_countrys_institution_is_refused(reviewer_mx):
    institution = Institution.objects.filter(country="hn").first()
    url = f"/admin/bulk/institutions/institution/delete/?id={institution.pk}"

    response = reviewer_mx.post(url)

    assert response.status_code in (302, 403)
    assert Institution.objects.filter(pk=institution.pk).exists()


def test_a_portal_administrator_sees_every_country(portal_administrator):
    policy = Institution.snippet_viewset.permission_policy

    changeable = policy.instances_user_has_permission_for(
        portal_administrator.user, "change"
    )

    assert changeable.count() == Institution.objects.count()
