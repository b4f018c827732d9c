"""Partners submit resources; portal editors review and publish them."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowContentType

from repository.models import Resource
from repository.roles import EDITORS, PARTNERS, WORKFLOW, ensure_groups
from tests.forms import form_values
from tests.repository.helpers import resource

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/repository/resource/add/"


def _edit_url(item: Resource) -> str:
    return f"/admin/snippets/repository/resource/edit/{item.pk}/"


def _submission(client, **changes) -> dict:
    data = form_values(client.get(ADD_URL).content.decode(), "w-editor-form")
    data.update(
        {
            "title": ["Working conditions of seasonal farm workers"],
            "resource_type": ["study"],
            "year": ["2025"],
            "language": ["es"],
            "publisher": ["Universidad de Prueba"],
            "coverage_areas": ["gt", "mx"],
            "authors-TOTAL_FORMS": ["1"],
            "authors-INITIAL_FORMS": ["0"],
            "authors-0-kind": ["organisation"],
            "authors-0-name": ["Universidad de Prueba"],
            "authors-0-role": ["author"],
            "authors-0-ORDER": ["1"],
        }
    )
    data.update(changes)
    return data


def test_the_groups_and_the_review_workflow_are_created_once():
    ensure_groups()
    ensure_groups()

    assert Group.objects.filter(name__in=[PARTNERS, EDITORS]).count() == 2
    link = WorkflowContentType.objects.get(content_type__model="resource")
    assert link.workflow.name == WORKFLOW
    assert link.workflow.workflow_tasks.count() == 1


def test_a_partner_submits_a_resource_for_review_and_cannot_publish_it(client, partner):
    client.force_login(partner)
    data = _submission(client, **{"action-submit": ["action-submit"]})

    response = client.post(ADD_URL, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    item = Resource.objects.get(title="Working conditions of seasonal farm workers")
    assert not item.live
    assert item.owner == partner
    assert item.workflow_in_progress
    assert sorted(item.country_codes()) == ["gt", "mx"]
    assert not partner.has_perm("repository.publish_resource")


def test_a_partners_publish_button_is_refused(client, partner):
    client.force_login(partner)
    data = _submission(client, **{"action-publish": ["action-publish"]})

    client.post(ADD_URL, data)

    assert not Resource.objects.filter(live=True, owner=partner).exists()


def test_an_editor_approves_the_submission_and_it_is_published(
    client, partner, portal_editor
):
    client.force_login(partner)
    client.post(ADD_URL, _submission(client, **{"action-submit": ["action-submit"]}))
    item = Resource.objects.get(owner=partner)

    item.current_workflow_task_state.task.specific.on_action(
        item.current_workflow_task_state, portal_editor, "approve"
    )

    item.refresh_from_db()
    assert item.live
    assert client.get(item.get_absolute_url()).status_code == 200


def test_a_partner_sees_and_edits_only_their_own_resources(
    client, partner, other_partner
):
    mine = resource("Mine", live=False, owner=partner)
    theirs = resource("Theirs", live=False, owner=other_partner)
    client.force_login(partner)

    listing = client.get("/admin/snippets/repository/resource/").content.decode()

    assert "Mine" in listing and "Theirs" not in listing
    assert client.get(_edit_url(mine)).status_code == 200
    assert client.get(_edit_url(theirs)).status_code in (302, 403)


def test_a_partner_cannot_delete_a_published_resource(client, partner):
    published = resource("Published and owned", owner=partner)
    client.force_login(partner)

    client.post(f"/admin/snippets/repository/resource/delete/{published.pk}/")

    assert Resource.objects.filter(pk=published.pk).exists()


def test_an_editor_publishes_directly(client, portal_editor):
    client.force_login(portal_editor)
    data = _submission(client, **{"action-publish": ["action-publish"]})

    response = client.post(ADD_URL, data)

    assert response.status_code == 302
    assert Resource.objects.get(
        title="Working conditions of seasonal farm workers"
    ).live


def test_a_bad_doi_or_isbn_is_a_form_error_and_saves_nothing(client, portal_editor):
    client.force_login(portal_editor)
    data = _submission(client, doi=["not-a-doi"], isbn=["978-0-00-000000-1"])

    response = client.post(ADD_URL, data)

    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter a DOI" in body and "Enter a valid ISBN" in body
    assert not Resource.objects.filter(
        title="Working conditions of seasonal farm workers"
    ).exists()


def test_visitors_cannot_open_the_repository_admin(client):
    response = client.get(ADD_URL)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
