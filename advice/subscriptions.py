"""Subscriptions to a country's changes: signed links, no account, no draft rows.

A request to subscribe stores nothing: the address, country and language
travel inside a signed, expiring token in the confirmation link. Only the
click on that link creates a `Subscription`. Unsubscribe links carry a
signed token that does not expire.
"""

import datetime
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)

CONFIRM_SALT = "advice.subscription.confirm"
UNSUBSCRIBE_SALT = "advice.subscription.unsubscribe"
CONFIRM_MAX_AGE = datetime.timedelta(days=3)


@dataclass(frozen=True)
class Request:
    """What a confirmation link asks for."""

    email: str
    country: str
    language: str


def normalise_email(email: str) -> str:
    return email.strip().lower()


def confirmation_token(request: Request) -> str:
    payload = {"e": request.email, "c": request.country, "l": request.language}
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def read_confirmation_token(
    token: str, max_age: datetime.timedelta = CONFIRM_MAX_AGE
) -> Request | None:
    """Return the request inside a valid, unexpired token, or None."""
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
        return Request(str(payload["e"]), str(payload["c"]), str(payload["l"]))
    except (signing.BadSignature, KeyError, TypeError):
        return None


def unsubscribe_token(email: str, country: str) -> str:
    return signing.dumps({"e": email, "c": country}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[str, str] | None:
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        return str(payload["e"]), str(payload["c"])
    except (signing.BadSignature, KeyError, TypeError):
        return None


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _link(language: str, name: str, token: str) -> str:
    with translation.override(language):
        path = reverse(name)
    return absolute(f"{path}?token={token}")


def send_confirmation(request: Request, country_name: str) -> None:
    """Mail the link that confirms a subscription; nothing is stored."""
    link = _link(request.language, "advice:confirm", confirmation_token(request))
    context = {
        "country_name": country_name,
        "link": link,
        "days": CONFIRM_MAX_AGE.days,
    }
    _send(
        request.email,
        request.language,
        "advice/email/confirm_subject.txt",
        "advice/email/confirm.txt",
        context,
        unsubscribe=None,
    )
    logger.info("Sent a subscription confirmation link for %s", request.country)


def send_changes(
    email: str, country: str, language: str, country_name: str, notes: Iterable[Any]
) -> None:
    """Mail a digest of change notes, with a link to unsubscribe."""
    unsubscribe = _link(
        language, "advice:unsubscribe", unsubscribe_token(email, country)
    )
    with translation.override(language):
        changes_url = absolute(reverse("advice:changes", args=[country]))
    context = {
        "country_name": country_name,
        "notes": list(notes),
        "changes_url": changes_url,
        "unsubscribe": unsubscribe,
        "language": language,
    }
    _send(
        email,
        language,
        "advice/email/changes_subject.txt",
        "advice/email/changes.txt",
        context,
        unsubscribe=unsubscribe,
    )


def _send(
    to: str,
    language: str,
    subject_template: str,
    body_template: str,
    context: dict[str, Any],
    unsubscribe: str | None,
) -> None:
    with translation.override(language):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    headers = {}
    if unsubscribe:
        # RFC 2369 and RFC 8058: mail programs offer a one-click unsubscribe.
        headers["List-Unsubscribe"] = f"<{unsubscribe}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    EmailMessage(subject, body, to=[to], headers=headers).send()
