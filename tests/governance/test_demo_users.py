"""Demo users exist for each role only when DEBUG is on."""

import pytest
from django.contrib.auth import get_user_model

from governance.demo import ensure_role_users

pytestmark = pytest.mark.django_db

DEMO_USERS = [
    "editor-mx",
    "reviewer-mx",
    "editor-hn",
    "reviewer-hn",
    "editor-ca",
    "reviewer-ca",
]


def test_the_demo_loader_creates_no_demo_user_without_debug():
    assert not get_user_model().objects.filter(username__in=DEMO_USERS).exists()


def test_demo_users_sign_in_with_the_demo_password_and_hold_their_role():
    created = ensure_role_users("demo-portal-2026")

    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=DEMO_USERS)
    }
    assert sorted(users) == sorted(DEMO_USERS)
    assert len(created) == len(DEMO_USERS)
    assert users["reviewer-hn"].check_password("demo-portal-2026")
    assert [g.name for g in users["editor-ca"].groups.all()] == ["Canada editors"]
    assert [g.name for g in users["reviewer-mx"].groups.all()] == ["Mexico reviewers"]


def test_creating_the_demo_users_twice_changes_nothing():
    ensure_role_users("demo-portal-2026")

    assert ensure_role_users("demo-portal-2026") == []
