"""Template helpers of governed pages: last update and material changes."""

import datetime
from dataclasses import dataclass

from django import template
from wagtail.models import Page

from governance.models import ChangeNote

register = template.Library()

# How many dated changes a page lists; the rest are on the changes pages.
HISTORY_LENGTH = 5


@dataclass(frozen=True)
class PageHistory:
    updated: datetime.datetime | None
    notes: list[ChangeNote]


@register.simple_tag
def page_history(page: Page) -> PageHistory:
    """Return when the page was last published and its latest material changes."""
    notes = list(
        ChangeNote.objects.filter(page_id=page.pk, material=True)[:HISTORY_LENGTH]
    )
    return PageHistory(page.last_published_at, notes)
