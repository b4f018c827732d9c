"""An Editor's change goes public only when a Reviewer of the country approves."""

from io import StringIO

import pytest
from django.utils import translation

from countries.models import CountryPage, PathwayPage
from governance.models import ChangeNote
from tests.forms import form_values

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_change_notes")]


def _url(page, language: str) -> str:
    with translation.override(language):
        return page.get_url()


NOTE = {
    "change_note_en": "The summary was rewritten.",
    "change_note_es": "Se reescribió el resumen.",
}


def _pathway(code: str = "mx") -> PathwayPage:
    country = CountryPage.objects.get(iso_code=code)
    return PathwayPage.objects.child_of(country).live().order_by("path").first()


# The edit form of a page, as a browser would submit it unchanged. Every
# test starts from the same demo content, so it is read once per page.
_FORMS: dict[int, dict[str, list[str]]] = {}


def _form(client, page) -> dict[str, list[str]]:
    if page.pk not in _FORMS:
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        _FORMS[page.pk] = form_values(html, "page-edit-form")
    return {key: list(values) for key, values in _FORMS[page.pk].items()}


def _edit(client, page, button: str, **changes):
    url = f"/admin/pages/{page.pk}/edit/"
    data = _form(client, page)
    data.update({key: [value] for key, value in changes.items()})
    data[button] = [button]
    return client.post(url, data)


def _submit(editor, page, **changes):
    response = _edit(editor, page, "action-submit", **{**NOTE, **changes})
    assert response.status_code == 302, response.content.decode()[:2000]
    return PathwayPage.objects.get(pk=page.pk).current_workflow_task_state


def _refused(response) -> bool:
    """Wagtail answers a refused admin action with 403 or a redirect home."""
    home = response.status_code == 302 and response["Location"] == "/admin/"
    return response.status_code == 403 or home


def _approve_url(page, state, action: str = "approve") -> str:
    return f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/"


def test_an_editors_change_is_public_only_after_the_reviewer_approves(
    editor_mx, reviewer_mx, visitor
):
    page = _pathway()
    summary = "Resumen nuevo que espera revisión."

    state = _submit(editor_mx, page, summary_es=summary)

    assert summary not in visitor.get(_url(page, "es")).content.decode()
    response = reviewer_mx.post(_approve_url(page, state), {"comment": ""})
    assert response.status_code == 302
    assert summary in visitor.get(_url(page, "es")).content.decode()
    note = ChangeNote.objects.get(page=page)
    assert (note.note_en, note.note_es) == (
        NOTE["change_note_en"],
        NOTE["change_note_es"],
    )
    assert note.country == "mx" and note.material
    assert note.revision_id == PathwayPage.objects.get(pk=page.pk).live_revision_id


def test_an_editor_cannot_publish_from_the_edit_form(editor_mx):
    page = _pathway()

    _edit(
        editor_mx, page, "action-publish", summary_en="Published by an editor?", **NOTE
    )

    page.refresh_from_db()
    assert page.summary_en != "Published by an editor?"
    assert page.has_unpublished_changes


def test_an_editor_cannot_approve_even_when_asked_directly(editor_mx, reviewer_mx):
    page = _pathway()
    state = _submit(reviewer_mx, page, summary_en="Submitted by the reviewer.")

    response = editor_mx.post(_approve_url(page, state), {"comment": ""})

    assert _refused(response)
    assert (
        PathwayPage.objects.get(pk=page.pk).summary_en != "Submitted by the reviewer."
    )


def test_a_reviewer_cannot_approve_their_own_submission(reviewer_mx):
    page = _pathway()
    state = _submit(reviewer_mx, page, summary_en="My own change.")

    response = reviewer_mx.post(_approve_url(page, state), {"comment": ""})

    assert _refused(response)
    assert PathwayPage.objects.get(pk=page.pk).summary_en != "My own change."


def test_a_reviewer_of_another_country_cannot_approve(editor_mx, reviewer_hn):
    page = _pathway()
    state = _submit(editor_mx, page, summary_en="Waiting for Mexico.")

    response = reviewer_hn.post(_approve_url(page, state), {"comment": ""})

    assert _refused(response)
    assert PathwayPage.objects.get(pk=page.pk).summary_en != "Waiting for Mexico."


def test_the_reviewer_rejects_with_a_comment_and_nothing_is_published(
    editor_mx, reviewer_mx
):
    page = _pathway()
    state = _submit(editor_mx, page, summary_en="Not quite right.")

    response = reviewer_mx.post(
        _approve_url(page, state, "reject"), {"comment": "Cite the official fee."}
    )

    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == "rejected"
    assert state.comment == "Cite the official fee."
    assert PathwayPage.objects.get(pk=page.pk).summary_en != "Not quite right."
    assert not ChangeNote.objects.filter(page=page).exists()


def test_submitting_without_a_change_note_is_refused_with_a_message(editor_mx):
    page = _pathway()

    response = _edit(
        editor_mx, page, "action-submit", change_note_en="", change_note_es=""
    )

    assert response.status_code == 200
    assert "Say in a sentence what changed" in response.content.decode()
    assert PathwayPage.objects.get(pk=page.pk).current_workflow_state is None


def test_publishing_without_spanish_needs_the_fallback_decision(reviewer_mx, visitor):
    page = _pathway()

    refused = _edit(reviewer_mx, page, "action-publish", summary_es="", **NOTE)
    assert refused.status_code == 200
    assert "Publish with fallback" in refused.content.decode()
    assert PathwayPage.objects.get(pk=page.pk).summary_es

    published = _edit(
        reviewer_mx,
        page,
        "action-publish",
        summary_es="",
        publish_with_fallback="on",
        **NOTE,
    )
    assert published.status_code == 302
    assert PathwayPage.objects.get(pk=page.pk).summary_es == ""
    spanish = visitor.get(_url(page, "es")).content.decode()
    assert (
        "Not yet available in Spanish" in spanish
        or "Aún no disponible en español" in spanish
    )
    assert page.get_latest_revision() is not None
    from wagtail.models import PageLogEntry

    assert PageLogEntry.objects.filter(
        page=page, action="governance.publish_with_fallback"
    ).exists()


def test_approving_a_submission_missing_spanish_offers_only_approval_with_fallback(
    editor_mx, reviewer_mx
):
    page = _pathway()
    state = _submit(editor_mx, page, summary_es="")

    plain = reviewer_mx.post(_approve_url(page, state), {"comment": ""})
    assert _refused(plain)

    unconfirmed = reviewer_mx.post(
        _approve_url(page, state, "approve_with_fallback"), {}
    )
    assert PathwayPage.objects.get(pk=page.pk).summary_es != ""
    assert unconfirmed.status_code == 302

    confirmed = reviewer_mx.post(
        _approve_url(page, state, "approve_with_fallback"), {"confirm": "on"}
    )
    assert confirmed.status_code == 302
    assert PathwayPage.objects.get(pk=page.pk).summary_es == ""


def test_a_scheduled_publication_waits_for_the_scheduler(reviewer_mx, visitor):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    page = _pathway()
    go_live = timezone.now() + datetime.timedelta(hours=1)
    response = _edit(
        reviewer_mx,
        page,
        "action-publish",
        summary_en="Scheduled summary.",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **NOTE,
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert "Scheduled summary." not in visitor.get(_url(page, "en")).content.decode()

    from wagtail.models import Revision

    # Let the hour pass: move the scheduled time of the revision into the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    scheduled = Revision.objects.get(
        object_id=str(page.pk),
        approved_go_live_at=go_live.replace(second=0, microsecond=0),
    )
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.approved_go_live_at = past
    scheduled.save()
    call_command("publish_scheduled", stdout=StringIO())

    assert "Scheduled summary." in visitor.get(_url(page, "en")).content.decode()
    assert ChangeNote.objects.filter(page=page).exists()
