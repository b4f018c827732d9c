"""Advice, notices and resources are found; what is not public is not."""

import datetime

import pytest
from django.utils import timezone

from advice.models import Notice, Scope
from search import engine
from search.params import Query
from tests.repository.helpers import resource

pytestmark = pytest.mark.django_db


def _found(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(r.kind, r.url) for r in engine.search(Query(text, language)).results]


def test_an_advice_topic_is_found_by_a_spanish_phrase():
    kinds = [kind for kind, _url in _found("ofertas de trabajo falsas", "es")[:3]]

    assert "advice" in kinds


def test_a_past_notice_is_found_by_the_plain_word_of_its_code():
    found = _found("covid canada")

    assert any(kind == "notice" for kind, _url in found[:5])


def test_a_notice_is_found_only_from_its_start(django_capture_on_commit_callbacks):
    start = timezone.now() + datetime.timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        notice = Notice.objects.create(
            title_en="Quokkaword registration opens",
            title_es="Abre el registro quokkaword",
            text_en="Registration opens.",
            text_es="Abre el registro.",
            starts_at=start,
            ends_at=start + datetime.timedelta(days=5),
            scope=Scope.COUNTRIES,
            countries=["mx"],
            country="mx",
        )

    assert _found("quokkaword") == []

    notice.starts_at = timezone.now() - datetime.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        notice.save()

    assert _found("quokkaword") == [("notice", f"/en/notices/{notice.pk}/")]


def test_a_published_resource_is_found_and_a_draft_is_not(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        published = resource("Wombatword harvest study", areas=["gt"])
        resource("Wombatword draft study", live=False)

    assert _found("wombatword", "es") == [
        ("resource", f"/es/repository/{published.pk}-{published.slug}/")
    ]
