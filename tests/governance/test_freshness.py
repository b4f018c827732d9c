"""Reviews due and stale translations reach the dashboard and the Reviewers."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from countries.models import CountryPage, PathwayPage
from governance import freshness
from governance.models import LanguageVersion

pytestmark = pytest.mark.django_db


def _mexican_pathway() -> PathwayPage:
    country = CountryPage.objects.get(iso_code="mx")
    return PathwayPage.objects.child_of(country).live().order_by("path").first()


def _overdue(page, days: int = 3) -> None:
    page.review_by = timezone.localdate() - datetime.timedelta(days=days)
    page.save_revision().publish()


def _republish(page, **changes) -> None:
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_page_past_its_review_date_is_listed_as_overdue_for_its_country():
    page = _mexican_pathway()
    _overdue(page)

    mexico = freshness.reviews_due(frozenset({"mx"}))
    honduras = freshness.reviews_due(frozenset({"hn"}))

    assert [
        (item.page.pk, item.overdue) for item in mexico if item.page.pk == page.pk
    ] == [(page.pk, True)]
    assert page.pk not in [item.page.pk for item in honduras]


def test_a_page_past_its_review_date_tells_readers(visitor):
    page = _mexican_pathway()
    page.verified_on = timezone.localdate() - datetime.timedelta(days=200)
    page.verified_by = "Test reviewer"
    page.review_by = None
    _republish(page)

    body = visitor.get(page.get_url()).content.decode()

    assert "past its review date and may be out of date" in body


def test_changing_only_english_makes_spanish_older_than_its_source():
    page = _mexican_pathway()
    _republish(page, summary_en="English changed on its own.")

    versions = dict(
        LanguageVersion.objects.filter(page=page).values_list("language", "changed_at")
    )
    gaps = {
        item.page.pk: item for item in freshness.translation_gaps(frozenset({"mx"}))
    }

    assert versions["en"] > versions["es"]
    assert gaps[page.pk].older == ["es"]


def test_updating_the_spanish_too_clears_the_older_flag():
    page = _mexican_pathway()
    _republish(page, summary_en="English changed.")
    _republish(page, summary_es="Español actualizado.")

    gaps = {
        item.page.pk: item for item in freshness.translation_gaps(frozenset({"mx"}))
    }

    assert page.pk not in gaps or "es" not in gaps[page.pk].older


def test_a_republication_that_changes_no_text_keeps_the_dates():
    page = _mexican_pathway()
    before = dict(
        LanguageVersion.objects.filter(page=page).values_list("language", "changed_at")
    )

    _republish(page, is_free=not page.is_free)

    after = dict(
        LanguageVersion.objects.filter(page=page).values_list("language", "changed_at")
    )
    assert after == before


def test_a_missing_spanish_text_is_listed():
    page = _mexican_pathway()
    _republish(page, who_for_en="Workers from Guatemala and Belize.", who_for_es="")

    gaps = {
        item.page.pk: item for item in freshness.translation_gaps(frozenset({"mx"}))
    }

    assert "es" in gaps[page.pk].missing


def test_the_dashboard_shows_a_reviewer_the_overdue_pages_of_their_country(
    reviewer_mx, reviewer_hn
):
    page = _mexican_pathway()
    _overdue(page)

    mexico = reviewer_mx.get("/admin/").content.decode()
    honduras = reviewer_hn.get("/admin/").content.decode()

    assert f"/admin/pages/{page.pk}/edit/" in mexico
    assert "overdue" in mexico
    assert f"/admin/pages/{page.pk}/edit/" not in honduras


def test_the_digest_emails_each_reviewer_of_a_country_with_reviews_due(
    reviewer_mx, reviewer_hn
):
    page = _mexican_pathway()
    _overdue(page)
    mail.outbox.clear()

    call_command("send_review_digest", country=["mx", "hn"], stdout=StringIO())

    to_mexico = [m for m in mail.outbox if reviewer_mx.user.email in m.to]
    assert len(to_mexico) == 1
    assert page.title in to_mexico[0].body
    assert f"/admin/pages/{page.pk}/edit/" in to_mexico[0].body
    assert all(
        page.title not in m.body for m in mail.outbox if reviewer_hn.user.email in m.to
    )


def test_the_digest_refuses_an_unknown_country():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="zz"):
        call_command("send_review_digest", country=["zz"])


def test_the_lists_of_every_country_take_a_fixed_number_of_queries(
    django_assert_max_num_queries,
):
    _republish(_mexican_pathway(), who_for_en="Workers of the tests.", who_for_es="")
    # Two per verifiable page model and a few more, whatever the content.
    with django_assert_max_num_queries(16):
        due = freshness.reviews_due(None)
        gaps = freshness.translation_gaps(None)

    assert isinstance(due, list) and gaps


def test_a_law_named_in_spanish_only_is_not_a_missing_translation(visitor):
    page = _mexican_pathway()
    _republish(page, legal_basis_es="Ley de Migración, artículo 52", legal_basis_en="")

    gaps = {
        item.page.pk: item for item in freshness.translation_gaps(frozenset({"mx"}))
    }
    with translation.override("en"):
        body = visitor.get(page.get_url()).content.decode()

    assert page.pk not in gaps or "legal basis" not in gaps[page.pk].missing_fields
    assert '<div lang="es"><p>Ley de Migración, artículo 52</p></div>' in body
    assert (
        "Not yet available in English; shown in Spanish."
        not in body.split('id="legal-heading"')[1].split("</section>")[0]
    )
