"""Shared fixtures: the demo content, loaded once, and the test personas."""

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
