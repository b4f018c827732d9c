"""A partner reaches no other partner's resource through any admin address.

The resource views are read from the resolver, so a view Wagtail adds later
is swept too. Each is filled with another partner's draft, its revision and
its workflow, and requested by GET and by POST: every answer must be a
refusal that shows nothing of the draft and changes nothing.
"""

import pytest
from wagtail.models import Revision, TaskState, WorkflowState

from repository.models import Resource
from repository.roles import WORKFLOW
from tests.admin_routes import admin_routes, fill
from tests.repository.helpers import resource

pytestmark = pytest.mark.django_db

NAMESPACE = ":wagtailsnippets_repository_resource:"
REFUSED = {302, 403, 404, 405}
SECRET = "Unpublished findings of another partner"


@pytest.fixture
def theirs(other_partner):
    """Another partner's draft, submitted for review and edited since."""
    from wagtail.models import Workflow

    item = resource(SECRET, live=False, owner=other_partner)
    revision = item.save_revision(user=other_partner)
    state = Workflow.objects.get(name=WORKFLOW).start(item, other_partner)
    return item, revision, state


def _urls(item: Resource, revision: Revision, state: WorkflowState) -> list[str]:
    values = {
        "pk": item.pk,
        "revision_id": revision.pk,
        "revision_id_a": revision.pk,
        "revision_id_b": "latest",
        "workflow_state_id": state.pk,
        "task_state_id": state.current_task_state.pk,
        "action_name": "approve",
    }
    return [
        fill(route.template, values)
        for route in admin_routes()
        if route.name.startswith(NAMESPACE) and "pk" in route.params
    ]


def _state(item: Resource) -> tuple:
    item.refresh_from_db()
    return (
        item.live,
        item.title,
        item.owner_id,
        Revision.objects.for_instance(item).count(),
        list(TaskState.objects.values_list("pk", "status")),
    )


def test_the_sweep_reaches_the_revision_and_workflow_views(theirs):
    urls = "\n".join(_urls(*theirs))

    for fragment in (
        "/edit/",
        "/delete/",
        "/history/",
        "/revisions/",
        "/compare/",
        "/workflow_history/",
        "/usage/",
    ):
        assert fragment in urls, fragment


def test_a_partner_is_refused_every_view_of_another_partners_resource(
    client, partner, theirs
):
    item = theirs[0]
    before = _state(item)
    client.force_login(partner)

    shown = {}
    for url in _urls(*theirs):
        for method in ("get", "post"):
            data = {"title": "Taken over", "action-publish": "action-publish"}
            response = getattr(client, method)(
                url, *([data] if method == "post" else [])
            )
            body = response.content.decode(errors="replace")
            if response.status_code not in REFUSED or SECRET in body:
                shown[f"{method.upper()} {url}"] = response.status_code

    assert shown == {}
    assert _state(item) == before


def test_a_partner_opens_the_history_of_their_own_submission(client, partner):
    from wagtail.models import Workflow

    item = resource("My own submission", live=False, owner=partner)
    revision = item.save_revision(user=partner)
    Workflow.objects.get(name=WORKFLOW).start(item, partner)
    client.force_login(partner)
    base = "/admin/snippets/repository/resource"

    statuses = {
        url: client.get(url).status_code
        for url in (
            f"{base}/history/{item.pk}/",
            f"{base}/workflow_history/{item.pk}/",
            f"{base}/history/{item.pk}/revisions/compare/{revision.pk}...latest/",
        )
    }

    assert statuses == dict.fromkeys(statuses, 200)


def _every_chooser_page(client, url: str) -> str:
    """The chooser's listing, all its pages together."""
    pages = []
    for number in range(1, 100):
        response = client.get(url, {"p": number})
        if response.status_code != 200 or "/chosen/" not in response.content.decode():
            break
        pages.append(response.content.decode())
    return "".join(pages)


def test_the_resource_chooser_hides_other_partners_drafts(client, partner, theirs):
    mine = resource("My draft for the chooser", live=False, owner=partner)
    public = resource("A published study for the chooser")
    client.force_login(partner)

    listed = _every_chooser_page(
        client, "/admin/snippets/choose/repository/resource/results/"
    )

    assert f"/chosen/{mine.pk}/" in listed
    assert f"/chosen/{public.pk}/" in listed
    assert f"/chosen/{theirs[0].pk}/" not in listed
    assert SECRET not in listed
