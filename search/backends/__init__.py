"""Pick the search backend from settings.

`PORTAL_SEARCH_BACKEND` is a dotted path to a `Backend` class; the default
matches in the database itself (FTS5 on SQLite, GIN on PostgreSQL).
"""

from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string

from search.backends.base import Backend

DEFAULT_BACKEND = "search.backends.database.DatabaseBackend"


@lru_cache(maxsize=1)
def backend() -> Backend:
    path = getattr(settings, "PORTAL_SEARCH_BACKEND", "") or DEFAULT_BACKEND
    options = getattr(settings, "PORTAL_SEARCH_OPTIONS", {}) or {}
    return import_string(path)(**options)


def reset() -> None:
    """Forget the chosen backend, for tests that change the settings."""
    backend.cache_clear()
