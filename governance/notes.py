"""Change notes: written with a draft, published with the page.

The page form hands its note to `stash_note`; it is stored as the page's
PendingChangeNote as soon as the page has a primary key, and turned into a
ChangeNote, with the publication's date and revision, when the page is
published, by whichever route: the editor's form, a Reviewer's approval, or
the scheduler.
"""

import logging
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Page

from governance import ownership
from governance.models import ChangeNote, PendingChangeNote
from governance.workflow import FALLBACK_LOG_ACTION
from lib.i18n import content_languages

logger = logging.getLogger(__name__)

_STASH = "_governance_note"


@dataclass
class NoteDraft:
    notes: dict[str, str]
    material: bool
    user: Any = None
    fallback: dict[str, list[str]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not any(self.notes.values())


def pending_note(page: Page) -> PendingChangeNote | None:
    return PendingChangeNote.objects.filter(page_id=page.pk).first()


def stash_note(page: Page, draft: NoteDraft) -> None:
    """Keep the form's note with the page; store it once the page exists."""
    if page.pk:
        store_note(page, draft)
    else:
        setattr(page, _STASH, draft)


def store_stashed_note(page: Page) -> None:
    """Store a note stashed on a page that has just been created."""
    draft = page.__dict__.pop(_STASH, None)
    if draft is not None and page.pk:
        store_note(page, draft)


def store_note(page: Page, draft: NoteDraft) -> None:
    user = draft.user if draft.user and draft.user.is_authenticated else None
    if draft.fallback:
        log(
            instance=page,
            action=FALLBACK_LOG_ACTION,
            user=user,
            data={"missing": draft.fallback},
        )
    if draft.is_empty:
        PendingChangeNote.objects.filter(page_id=page.pk).delete()
        return
    values = {f"note_{code}": text for code, text in draft.notes.items()}
    PendingChangeNote.objects.update_or_create(
        page_id=page.pk,
        defaults={"material": draft.material, "written_by": user, **values},
    )


@transaction.atomic
def publish_note(page: Page, revision: Any) -> ChangeNote | None:
    """Turn the page's pending note into a dated ChangeNote."""
    pending = (
        PendingChangeNote.objects.select_for_update().filter(page_id=page.pk).first()
    )
    if pending is None:
        return None

    # Only the per-language columns: the bare `note` would be written in
    # whatever language happens to be active.
    texts = {
        f"note_{code}": getattr(pending, f"note_{code}")
        for code in content_languages()
        if getattr(pending, f"note_{code}")
    }
    note = ChangeNote.objects.create(
        page_id=page.pk,
        revision=revision,
        country=ownership.country_of_page(page),
        published_at=page.last_published_at or revision.created_at,
        material=pending.material,
        **texts,
    )
    pending.delete()
    logger.info(
        "Change note published: page=%s revision=%s material=%s",
        page.pk,
        getattr(revision, "pk", None),
        note.material,
    )
    return note
