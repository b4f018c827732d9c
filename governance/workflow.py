"""Rules of the review workflow that do not belong to one view."""

import logging
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from governance.languages import missing_languages, required_fields
from lib.i18n import content_languages

logger = logging.getLogger(__name__)

APPROVE_WITH_FALLBACK = "approve_with_fallback"
FALLBACK_LOG_ACTION = "governance.publish_with_fallback"


def missing_translations(obj: Any) -> dict[str, list[str]]:
    """Return the required fields of a page that lack a language."""
    fields = required_fields(obj._meta.label_lower)
    values = {
        f"{field}_{code}": getattr(obj, f"{field}_{code}", None)
        for field in fields
        for code in content_languages()
    }
    return missing_languages(values, fields, content_languages())


def submitted_by(obj: Any, user: Any) -> bool:
    """Say whether the user asked for the review now in progress."""
    state = getattr(obj, "current_workflow_state", None)
    return state is not None and state.requested_by_id == user.pk


class FallbackApprovalForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    confirm = forms.BooleanField(
        label=_("Publish with fallback"),
        help_text=_(
            "Some required texts are missing in a language. Readers of that "
            "language will see the text in the other language, with a note "
            "that it is not yet available in theirs."
        ),
    )


def record_fallback(task_state: Any, user: Any) -> None:
    obj = task_state.revision.as_object()
    missing = missing_translations(obj)
    log(
        instance=task_state.workflow_state.content_object,
        action=FALLBACK_LOG_ACTION,
        user=user,
        revision=task_state.revision,
        data={"missing": missing},
    )
    logger.info(
        "Publication with fallback approved: page=%s revision=%s user=%s",
        obj.pk,
        task_state.revision_id,
        user.pk,
    )
