"""Publishing pages in bulk keeps the page form's rules.

The bulk action publishes a page's latest revision without its form, so a
change note and the required texts in both languages are checked there.
"""

import pytest

from countries.models import CountryPage, PathwayPage
from governance.models import ChangeNote
from governance.notes import NoteDraft, store_note

pytestmark = pytest.mark.django_db


def _pathway(code: str = "mx") -> PathwayPage:
    country = CountryPage.objects.get(iso_code=code)
    return PathwayPage.objects.child_of(country).live().order_by("path").first()


def _bulk_publish(client, page):
    url = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/"
    return client.post(url, {})


def _draft(page, user, note: str | None = None, **changes) -> PathwayPage:
    page = page.specific
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision(user=user)
    if note:
        store_note(page, NoteDraft({"en": note, "es": note}, material=True, user=user))
    return PathwayPage.objects.get(pk=page.pk)


def test_a_draft_with_its_note_and_both_languages_is_published(reviewer_mx):
    page = _draft(
        _pathway(), reviewer_mx.user, note="Fee updated.", summary_es="Resumen nuevo."
    )

    response = _bulk_publish(reviewer_mx, page)

    page.refresh_from_db()
    assert response.status_code == 302
    assert not page.has_unpublished_changes
    assert page.specific.summary_es == "Resumen nuevo."
    assert ChangeNote.objects.filter(page=page, note_en="Fee updated.").exists()


def test_a_draft_without_a_change_note_is_not_published(reviewer_mx):
    page = _draft(_pathway(), reviewer_mx.user, summary_es="Resumen sin nota.")

    response = reviewer_mx.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/",
        {},
        follow=True,
    )

    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.specific.summary_es != "Resumen sin nota."
    assert "Nothing was published" in response.content.decode()


def test_a_draft_missing_a_language_is_not_published(reviewer_mx):
    page = _draft(_pathway(), reviewer_mx.user, note="Summary removed.", summary_es="")

    _bulk_publish(reviewer_mx, page)

    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.specific.summary_es
