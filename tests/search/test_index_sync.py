"""The index follows publishing: drafts and unpublished pages are never found."""

import pytest
from wagtail.models import PageViewRestriction

from search import engine
from search.models import Entry
from search.params import Query
from tests import factories

pytestmark = pytest.mark.django_db

WORD = "zanahoriaplan"


def _found(text: str, language: str = "en") -> list[str]:
    return [result.url for result in engine.search(Query(text, language)).results]


def _publish(django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return factories.pathway(
            slug="carrot-plan",
            title_en=f"Carrot plan {WORD}",
            title_es=f"Plan zanahoria {WORD}",
            **fields,
        )


def test_a_published_page_is_found_in_both_languages(
    django_capture_on_commit_callbacks,
):
    page = _publish(django_capture_on_commit_callbacks)

    assert _found(WORD, "en") == [f"/en/countries/mexico/{page.slug}/"]
    assert _found(WORD, "es") == [f"/es/countries/mexico/{page.slug}/"]


def test_a_draft_change_is_not_found_until_it_is_published(
    django_capture_on_commit_callbacks,
):
    page = _publish(django_capture_on_commit_callbacks)
    page.summary_en = "Secret draft words berenjenaword."
    with django_capture_on_commit_callbacks(execute=True):
        revision = page.save_revision()

    assert _found("berenjenaword") == []

    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    assert len(_found("berenjenaword")) == 1


def test_an_unpublished_page_disappears(django_capture_on_commit_callbacks):
    page = _publish(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert _found(WORD) == []
    assert not Entry.objects.filter(key=f"page:{page.pk}").exists()


def test_a_deleted_page_disappears(django_capture_on_commit_callbacks):
    page = _publish(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()

    assert _found(WORD) == []


def test_a_page_behind_a_password_is_not_found(django_capture_on_commit_callbacks):
    page = _publish(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type="password", password="kept-private-1"
        )

    assert _found(WORD) == []


def test_an_institution_edit_is_found_with_its_services(
    django_capture_on_commit_callbacks,
):
    from institutions.models import Institution, Service

    institution = Institution.objects.filter(country="mx").first()
    with django_capture_on_commit_callbacks(execute=True):
        Service.objects.create(
            institution=institution, name_en="Pomelo desk", name_es="Mesa pomelo"
        )

    assert _found("pomelo") == [
        f"/en/institutions/{institution.pk}-{institution.slug}/"
    ]


def test_content_only_in_english_is_found_by_spanish_readers_after_spanish_pages(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        english = factories.pathway(
            slug="english-only",
            title_en="Quince work permit",
            title_es="",
            summary_en="Only in English.",
            summary_es="",
        )
        spanish = factories.pathway(
            slug="spanish-too",
            title_en="Quince visa",
            title_es="Permiso de trabajo quince",
            summary_en="In English.",
            summary_es="También en español.",
        )

    results = engine.search(Query("permiso de trabajo quince", "es")).results
    urls = [result.url for result in results]
    assert urls[:2] == [
        f"/es/countries/mexico/{spanish.slug}/",
        f"/es/countries/mexico/{english.slug}/",
    ]
    assert [result.same_language for result in results[:2]] == [True, False]


def test_the_rebuild_command_indexes_what_is_live(django_capture_on_commit_callbacks):
    from django.core.management import call_command

    page = _publish(django_capture_on_commit_callbacks)
    Entry.objects.all().delete()

    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert Entry.objects.filter(key=f"page:{page.pk}").count() == 2
    assert _found(WORD)
