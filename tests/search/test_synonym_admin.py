"""Editors extend the synonyms in the admin, and searches use them at once."""

import pytest
from django.contrib.auth import get_user_model

from search import engine
from search.models import SynonymGroup
from search.params import Query

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/search/synonymgroup/add/"


@pytest.fixture
def portal_admin(client):
    user = get_user_model().objects.create_superuser(
        "synonym-admin", "synonym-admin@example.org", "a-long-test-password-1"
    )
    client.force_login(user)
    return client


def test_an_editor_adds_a_group_that_the_next_search_uses(
    portal_admin, django_capture_on_commit_callbacks
):
    assert not engine.search(Query("chamba mexico", "es")).matched_all

    with django_capture_on_commit_callbacks(execute=True):
        response = portal_admin.post(
            ADD_URL,
            {
                "terms_en": "work",
                "terms_es": "chamba",
                "names": "",
                "note": "Colloquial Mexican Spanish for work.",
                "active": "on",
            },
        )

    assert response.status_code == 302
    assert SynonymGroup.objects.count() == 1
    found = engine.search(Query("chamba mexico", "es"))
    assert found.matched_all
    assert {result.country for result in found.results[:3]} == {"mx"}


def test_a_group_with_a_single_phrase_is_refused(portal_admin):
    response = portal_admin.post(
        ADD_URL, {"terms_en": "lonely", "terms_es": "", "names": "", "active": "on"}
    )

    assert response.status_code == 200
    assert SynonymGroup.objects.count() == 0
