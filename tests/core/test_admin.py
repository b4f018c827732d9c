"""Editors can open every kind of content in the admin."""

import pytest
from django.contrib.auth import get_user_model

from countries.models import CountryPage, EmployerGuidePage, PathwayPage
from institutions.models import Institution
from tests.forms import form_values

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    user = get_user_model().objects.create_superuser(
        "admin-of-tests", "admin@example.org", "a-long-test-password"
    )
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [CountryPage, PathwayPage, EmployerGuidePage])
def test_the_edit_form_of_each_page_type_opens(administrator, model):
    page = model.objects.live().first()

    response = administrator.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    assert "title_es" in response.content.decode()


def test_the_institution_edit_form_opens(administrator):
    institution = Institution.objects.first()

    response = administrator.get(
        f"/admin/snippets/institutions/institution/edit/{institution.pk}/"
    )

    assert response.status_code == 200
    assert "name_es" in response.content.decode()


def test_the_admin_is_closed_to_visitors(visitor):
    response = visitor.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_edit_saved_in_the_admin_changes_one_language_only(administrator):
    page = PathwayPage.objects.live().filter(summary_es__gt="").first()
    url = f"/admin/pages/{page.pk}/edit/"
    data = form_values(administrator.get(url).content.decode(), "page-edit-form")
    data["summary_es"] = ["Resumen corregido por la persona revisora."]
    data["change_note_es"] = ["Se corrigió el resumen."]
    data["action-publish"] = ["action-publish"]

    response = administrator.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.summary_es == "Resumen corregido por la persona revisora."
    assert page.summary_en != page.summary_es
