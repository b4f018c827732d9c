"""Personas of the repository: partners who submit, an editor who publishes."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from repository.roles import EDITORS, PARTNERS


def _member(username: str, group: str):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "a-long-test-password"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def partner(db):
    """A university researcher with a partner account."""
    return _member("uni-researcher", PARTNERS)


@pytest.fixture
def other_partner(db):
    """A civil-society organisation with a partner account."""
    return _member("ngo-analyst", PARTNERS)


@pytest.fixture
def portal_editor(db):
    """A member of the portal's editorial staff."""
    return _member("portal-editor-of-tests", EDITORS)


@pytest.fixture(autouse=True)
def english():
    """Start each test in English; a request in Spanish leaves Spanish active."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def fresh_counts():
    """Forget cached facet counts: a rolled-back test leaves no trace in them."""
    cache.clear()
