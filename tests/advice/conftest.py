"""Fixtures of the advice tests: notices at known moments, a clean cache."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone

from advice.models import Notice, NoticeSource


@pytest.fixture(autouse=True)
def clean_cache():
    """Rate limits live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def administrator(client):
    """A portal administrator, logged in."""
    user = get_user_model().objects.create_superuser(
        "admin-of-advice-tests", "admin@example.org", "a-long-test-password"
    )
    client.force_login(user)
    return client


def make_notice(
    starts_in: datetime.timedelta,
    lasts: datetime.timedelta = datetime.timedelta(days=2),
    pathways=(),
    **fields,
) -> Notice:
    """A notice starting `starts_in` from now (negative: already started)."""
    starts_at = timezone.now() + starts_in
    values = {
        "title_en": "Test border measure",
        "title_es": "Medida fronteriza de prueba",
        "text_en": "A measure made up by the tests.",
        "text_es": "Una medida inventada por las pruebas.",
        "scope": "countries",
        "countries": ["mx"],
        "country": "mx",
        "starts_at": starts_at,
        "ends_at": starts_at + lasts,
    }
    values.update(fields)
    notice = Notice(**values)
    notice.pathways = list(pathways)
    notice.full_clean()
    notice.save()
    NoticeSource.objects.create(notice=notice, title="Test source", confirmed=True)
    return notice


HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)
