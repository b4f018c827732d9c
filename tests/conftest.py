"""Shared fixtures: the demo content, loaded once, and the test personas.

Each persona is a test client signed in as a new user of that role; the
user is at `<persona>.user`.
"""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once; each test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0, stdout=_Discard())


class _Discard:
    def write(self, text: str) -> None:
        pass

    def flush(self) -> None:
        pass


@pytest.fixture
def visitor(client):
    """An anonymous visitor."""
    return client


def _persona(django_user_model, username: str, groups: list[str], **extra):
    from django.contrib.auth.models import Group
    from django.test import Client

    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", **extra
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def _country_role(code: str, role: str) -> str:
    from governance.roles import Role, country_group_name

    return country_group_name(code, Role(role))


@pytest.fixture
def editor_mx(db, django_user_model):
    """An Editor of Mexico, signed in to the admin."""
    return _persona(
        django_user_model, "persona-editor-mx", [_country_role("mx", "editor")]
    )


@pytest.fixture
def reviewer_mx(db, django_user_model):
    """A Reviewer of Mexico, signed in to the admin."""
    return _persona(
        django_user_model, "persona-reviewer-mx", [_country_role("mx", "reviewer")]
    )


@pytest.fixture
def editor_hn(db, django_user_model):
    """An Editor of Honduras, signed in to the admin."""
    return _persona(
        django_user_model, "persona-editor-hn", [_country_role("hn", "editor")]
    )


@pytest.fixture
def reviewer_hn(db, django_user_model):
    """A Reviewer of Honduras, signed in to the admin."""
    return _persona(
        django_user_model, "persona-reviewer-hn", [_country_role("hn", "reviewer")]
    )


@pytest.fixture
def portal_administrator(db, django_user_model):
    """A Portal administrator (a superuser), signed in to the admin."""
    from governance.roles import PORTAL_ADMINISTRATORS

    return _persona(
        django_user_model,
        "persona-portal-admin",
        [PORTAL_ADMINISTRATORS],
        is_superuser=True,
        is_staff=True,
    )


@pytest.fixture
def portal_editor(db, django_user_model):
    """A Portal editor: the shared sections and portal-wide records."""
    from governance.roles import PORTAL_EDITORS

    return _persona(django_user_model, "persona-portal-editor", [PORTAL_EDITORS])


@pytest.fixture
def no_change_notes(db):
    """Start from no change notes: the demo pages each have their first one."""
    from governance.models import ChangeNote

    ChangeNote.objects.all().delete()
