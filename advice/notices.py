"""Where and when a notice shows: pure functions over plain data.

The decision is taken at request time from the clock, so a notice appears
and moves to the archive by itself, with no scheduled job.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    ALL = "all", _("All countries")
    COUNTRIES = "countries", _("Some countries")
    PATHWAYS = "pathways", _("Some pathways")


@dataclass(frozen=True)
class Window:
    starts_at: datetime.datetime
    ends_at: datetime.datetime

    def is_current(self, now: datetime.datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def is_past(self, now: datetime.datetime) -> bool:
        return self.ends_at <= now


@dataclass(frozen=True)
class Reach:
    """Where a notice shows: its scope, countries and pathways' tree paths."""

    scope: str
    countries: frozenset[str] = frozenset()
    pathway_paths: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Place:
    """Where the reader is: blank for the home page, else a country's code
    and the tree path of the country or pathway page."""

    country: str = ""
    page_path: str = ""


HOME = Place()


def applies(reach: Reach, place: Place) -> bool:
    """Say whether a notice with this reach belongs on the page at `place`."""
    if reach.scope == Scope.ALL:
        return True
    if reach.scope == Scope.COUNTRIES:
        return place.country != "" and place.country in reach.countries
    if reach.scope == Scope.PATHWAYS and place.page_path:
        # A pathway's own page, or the page of the country it belongs to.
        return any(path.startswith(place.page_path) for path in reach.pathway_paths)
    return False


def next_change(
    windows: Iterable[Window], now: datetime.datetime
) -> datetime.datetime | None:
    """Return the next moment a notice starts or ends, after `now`."""
    moments = [
        moment
        for window in windows
        for moment in (window.starts_at, window.ends_at)
        if moment > now
    ]
    return min(moments, default=None)
