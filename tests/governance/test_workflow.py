"""An Editor's change goes public only when a Reviewer of the country approves."""

import pytest

from countries.models import PathwayPage
from governance.models import ChangeNote
from tests.forms import form_values

pytestmark = pytest.mark.django_db

SLUG = "visitor-visa"


def _mexican_pathway() -> PathwayPage:
    return PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()


def _edit(client, page, button: str, **changes):
    url = f"/admin/pages/{page.pk}/edit/"
    data = form_values(client.get(url).content.decode(), "page-edit-form")
    data.update({key: [value] for key, value in changes.items()})
    data[button] = [button]
    return client.post(url, data)


def _task_state(page):
    return PathwayPage.objects.get(pk=page.pk).current_workflow_task_state


def test_an_editor_submits_and_the_reviewer_approves(editor_mx, reviewer_mx, visitor):
    page = _mexican_pathway()
    summary = "Resumen nuevo que espera revisión."

    response = _edit(
        editor_mx,
        page,
        "action-submit",
        summary_es=summary,
        change_note_en="The summary was rewritten.",
        change_note_es="Se reescribió el resumen.",
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assert (
        summary
        not in visitor.get(f"/es{page.url_path[len('/home') :]}").content.decode()
    )
    state = _task_state(page)
    assert state is not None

    url = f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/"
    response = reviewer_mx.post(url, {"comment": ""})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.summary_es == summary
    note = ChangeNote.objects.get(page=page)
    assert note.note_es == "Se reescribió el resumen."
    assert note.country == "mx"
    assert note.material
