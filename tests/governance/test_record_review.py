"""A country's records are drafted by its Editors and published by its Reviewers.

Institutions, notices and recruiter registries keep their published values
in their row and unpublished changes in revisions, like pages: an Editor's
work reaches readers only once a Reviewer of the same country approves it.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import TaskState, WorkflowContentType

from advice.models import Notice, RecruiterRegistry
from countries.models import CountryPage
from governance.models import RecordReviewTask
from governance.setup import RECORD_WORKFLOW, setup_roles
from institutions.models import Institution
from tests.forms import form_values

pytestmark = pytest.mark.django_db

INSTITUTIONS = "/admin/snippets/institutions/institution/"
NOTICES = "/admin/snippets/advice/notice/"
NEW_NAME = "Oficina de prueba para personas trabajadoras migrantes"


def _new_institution(editor, button: str = "action-submit"):
    data = form_values(
        editor.get(f"{INSTITUTIONS}add/").content.decode(), "w-editor-form"
    )
    data.update(
        {
            "name_en": [NEW_NAME],
            "name_es": [NEW_NAME],
            "kind": ["other_government"],
            "country": ["mx"],
            button: [button],
        }
    )
    response = editor.post(f"{INSTITUTIONS}add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Institution.objects.get(name_en=NEW_NAME)


def _approve(reviewer, record, prefix: str = INSTITUTIONS):
    state = record.current_workflow_task_state
    return reviewer.post(
        f"{prefix}workflow/action/{record.pk}/approve/{state.pk}/", {"comment": ""}
    )


def _directory(visitor) -> str:
    with translation.override("es"):
        return visitor.get(reverse("institutions:directory")).content.decode()


def test_every_draftable_record_model_has_the_record_workflow():
    setup_roles()
    again = setup_roles()

    bound = {
        link.content_type.model_class()
        for link in WorkflowContentType.objects.filter(workflow__name=RECORD_WORKFLOW)
    }
    assert bound == {Institution, Notice, RecruiterRegistry}
    assert RecordReviewTask.objects.count() == 1
    assert [c for c in again.changes if "record" in c.lower()] == []


def test_an_editors_new_institution_is_hidden_until_the_reviewer_approves(
    editor_mx, reviewer_mx, visitor
):
    institution = _new_institution(editor_mx)
    with translation.override("es"):
        detail = reverse(
            "institutions:detail", kwargs={"pk": institution.pk, "slug": "x"}
        )

    assert not institution.live
    assert NEW_NAME not in _directory(visitor)
    assert visitor.get(detail).status_code == 404
    assert (
        NEW_NAME
        not in visitor.get("/es/search/", {"q": "oficina prueba"}).content.decode()
    )
    assert f"/{institution.pk}-" not in visitor.get("/sitemap.xml").content.decode()

    assert _approve(reviewer_mx, institution).status_code == 302
    institution.refresh_from_db()
    assert institution.live
    assert NEW_NAME in _directory(visitor)


def test_an_editors_change_to_a_live_institution_waits_for_review(
    editor_mx, reviewer_mx, visitor
):
    institution = Institution.objects.live().filter(country="mx").first()
    published = institution.name_es
    url = f"{INSTITUTIONS}edit/{institution.pk}/"
    data = form_values(editor_mx.get(url).content.decode(), "w-editor-form")
    data.update({"name_es": ["Nombre cambiado por la editora"], "action-submit": ["1"]})

    assert editor_mx.post(url, data).status_code == 302
    institution.refresh_from_db()
    assert institution.name_es == published
    assert "Nombre cambiado por la editora" not in _directory(visitor)

    _approve(reviewer_mx, institution)
    institution.refresh_from_db()
    assert institution.name_es == "Nombre cambiado por la editora"


def test_only_a_reviewer_of_the_records_country_may_approve(
    editor_mx, reviewer_hn, reviewer_mx
):
    institution = _new_institution(editor_mx)
    task = RecordReviewTask.objects.get()

    assert task.get_actions(institution, editor_mx.user) == []
    assert task.get_actions(institution, reviewer_hn.user) == []
    assert task.get_actions(institution, reviewer_mx.user)
    assert not task.get_task_states_user_can_moderate(reviewer_hn.user).exists()
    assert task.get_task_states_user_can_moderate(reviewer_mx.user).exists()

    _approve(reviewer_hn, institution)
    _approve(editor_mx, institution)
    institution.refresh_from_db()
    assert not institution.live
    assert (
        institution.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    )


def test_the_reviewers_dashboard_lists_the_record_awaiting_review(
    editor_mx, reviewer_mx, reviewer_hn
):
    _new_institution(editor_mx)

    assert NEW_NAME in reviewer_mx.get("/admin/").content.decode()
    assert NEW_NAME not in reviewer_hn.get("/admin/").content.decode()


def test_a_saved_draft_institution_is_listed_for_its_country_only(editor_mx, editor_hn):
    _new_institution(editor_mx, button="action-save")

    assert NEW_NAME in editor_mx.get(INSTITUTIONS).content.decode()
    assert NEW_NAME not in editor_hn.get(INSTITUTIONS).content.decode()


def test_an_editors_notice_shows_only_after_approval(editor_mx, reviewer_mx, visitor):
    now = timezone.now()
    data = form_values(
        editor_mx.get(f"{NOTICES}add/").content.decode(), "w-editor-form"
    )
    data.update(
        {
            "title_en": ["Test notice awaiting review"],
            "title_es": ["Aviso de prueba en revisión"],
            "text_en": ["Offices close for a day."],
            "text_es": ["Las oficinas cierran un día."],
            "severity": ["information"],
            "starts_at": [
                (now - datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
            ],
            "ends_at": [(now + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")],
            "scope": ["countries"],
            "countries": ["mx"],
            "country": ["mx"],
            "sources-TOTAL_FORMS": ["1"],
            "sources-INITIAL_FORMS": ["0"],
            "sources-0-title": ["Aviso oficial"],
            "sources-0-url": ["https://www.gob.mx/inm"],
            "sources-0-ORDER": ["1"],
            "action-submit": ["1"],
        }
    )
    response = editor_mx.post(f"{NOTICES}add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    notice = Notice.objects.get(title_es="Aviso de prueba en revisión")
    country = CountryPage.objects.get(iso_code="mx")
    with translation.override("es"):
        country_url = country.get_url()

    assert (
        "Aviso de prueba en revisión" not in visitor.get(country_url).content.decode()
    )
    assert "Aviso de prueba" not in visitor.get("/es/notices/").content.decode()

    assert _approve(reviewer_mx, notice, NOTICES).status_code == 302
    assert "Aviso de prueba en revisión" in visitor.get(country_url).content.decode()


def test_choosers_show_other_countries_published_records_but_not_their_drafts(
    editor_mx, editor_hn
):
    _new_institution(editor_mx, button="action-save")
    chooser = "/admin/snippets/choose/institutions/institution/results/"
    published = Institution.objects.live().filter(country="mx").first()

    seen_by_hn = editor_hn.get(chooser, {"p": 1}).content.decode()
    seen_by_mx = editor_mx.get(chooser, {"q": "Oficina de prueba"}).content.decode()

    assert (
        NEW_NAME
        not in editor_hn.get(chooser, {"q": "Oficina de prueba"}).content.decode()
    )
    assert NEW_NAME in seen_by_mx
    assert Institution.objects.live().count() > 0
    assert f"/chosen/{published.pk}/" in (
        seen_by_hn + editor_hn.get(chooser, {"q": published.name_en}).content.decode()
    )


def test_portal_editors_review_a_portal_wide_notice(portal_editor, reviewer_mx):
    notice = Notice.objects.filter(country="").first() or Notice.objects.create(
        title="Portal-wide notice of the tests",
        text="For everyone.",
        starts_at=timezone.now(),
        ends_at=timezone.now() + datetime.timedelta(days=1),
        scope="all",
        country="",
    )
    task = RecordReviewTask.objects.get()

    assert task.get_actions(notice, portal_editor.user)
    assert task.get_actions(notice, reviewer_mx.user) == []
