"""Read the notices that belong on a page, in a bounded number of queries."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from wagtail.models import Page

from advice.models import Notice
from advice.notices import HOME, Place, Reach, Scope, Window, applies, next_change


@dataclass(frozen=True)
class NoticesHere:
    place: Place
    current: list[Notice]
    refresh_at: datetime.datetime | None  # when this list next changes


def place_of(page: Page | None) -> Place | None:
    """Return where a page stands for notices, or None where none show."""
    if page is None:
        return None
    if not hasattr(page, "_notice_place"):
        page._notice_place = _place_of(page)
    return page._notice_place


def _place_of(page: Page) -> Place | None:
    from core.models import HomePage
    from countries.models import CountryPage, PathwayPage

    if isinstance(page, HomePage):
        return HOME
    if isinstance(page, CountryPage):
        return Place(page.iso_code, page.path)
    if isinstance(page, PathwayPage):
        parent_path = page.path[: -Page.steplen]
        code = (
            CountryPage.objects.filter(path=parent_path)
            .values_list("iso_code", flat=True)
            .first()
        )
        return Place(code or "", page.path)
    return None


def notices_at(place: Place, now: datetime.datetime | None = None) -> NoticesHere:
    """The notices in force at `place` now, and when that next changes."""
    now = now or timezone.now()
    notices = list(Notice.objects.live().filter(ends_at__gt=now).order_by("-starts_at"))
    reaches = reach_of_notices(notices)
    here = [notice for notice in notices if applies(reaches[notice.pk], place)]

    windows = [Window(notice.starts_at, notice.ends_at) for notice in here]
    current = [notice for notice in here if notice.starts_at <= now]
    return NoticesHere(place, current, next_change(windows, now))


def next_notice_change(now: datetime.datetime) -> datetime.datetime | None:
    """The next moment any notice starts or ends, wherever it shows."""
    windows = [
        Window(starts_at, ends_at)
        for starts_at, ends_at in Notice.objects.live()
        .filter(ends_at__gt=now)
        .order_by()
        .values_list("starts_at", "ends_at")
    ]
    return next_change(windows, now)


def refresh_caches_by(request: Any, moment: datetime.datetime | None) -> None:
    """Record on the request when its page goes stale, for the middleware."""
    if request is None or moment is None:
        return
    earlier = getattr(request, "notices_refresh_at", None)
    request.notices_refresh_at = min(filter(None, (earlier, moment)))


def reach_of_notices(notices: list[Notice]) -> dict[int, Reach]:
    paths: dict[int, set[str]] = {}
    with_pathways = [n.pk for n in notices if n.scope == Scope.PATHWAYS]
    if with_pathways:
        through = Notice.pathways.through.objects.filter(notice_id__in=with_pathways)
        for notice_id, path in through.values_list("notice_id", "pathwaypage__path"):
            paths.setdefault(notice_id, set()).add(path)
    return {
        notice.pk: Reach(
            notice.scope,
            frozenset(notice.countries or ()),
            frozenset(paths.get(notice.pk, ())),
        )
        for notice in notices
    }
