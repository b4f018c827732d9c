"""What a governed page needs before it is published, by any route."""

from typing import Any

from governance.forms import ReviewedPageForm
from governance.notes import pending_note
from governance.workflow import missing_translations


def is_governed(page: Any) -> bool:
    """Say whether the page's form asks for a change note and both languages."""
    form_class = getattr(page.specific_class, "base_form_class", None)
    return isinstance(form_class, type) and issubclass(form_class, ReviewedPageForm)


def held_back(page: Any) -> bool:
    """Say whether the latest draft of a governed page may not be published
    without its form: no change note written, or a required text missing."""
    if not is_governed(page):
        return False
    if not page.has_unpublished_changes and page.live:
        return False
    draft = page.get_latest_revision_as_object()
    return pending_note(page) is None or bool(missing_translations(draft))
