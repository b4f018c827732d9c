"""The review digest: each country's Reviewers hear what is due."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from governance import freshness
from governance.roles import Role, country_group_name
from lib.countries import COVERED_COUNTRIES

logger = logging.getLogger(__name__)


@dataclass
class DigestReport:
    sent: int = 0
    countries: int = 0


def _language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = getattr(profile, "preferred_language", "") if profile else ""
    codes = [code for code, _name in settings.LANGUAGES]
    return preferred if preferred in codes else settings.LANGUAGE_CODE


def send_digests(codes: list[str] | None = None) -> DigestReport:
    """Email every Reviewer of each country with reviews or translations due."""
    report = DigestReport()
    users = get_user_model()
    for country in COVERED_COUNTRIES:
        if codes and country.code not in codes:
            continue
        reviews = freshness.reviews_due(frozenset({country.code}))
        translations = freshness.translation_gaps(frozenset({country.code}))
        if not reviews and not translations:
            continue
        group = country_group_name(country.code, Role.REVIEWER)
        reviewers = users.objects.filter(groups__name=group, is_active=True).exclude(
            email=""
        )
        if not reviewers:
            logger.warning("No Reviewer with an email for %s", country.code)
            continue
        report.countries += 1
        for reviewer in reviewers:
            _send(reviewer, country, reviews, translations)
            report.sent += 1
    return report


def _send(reviewer, country, reviews, translations) -> None:
    context = {
        "country": country,
        "reviews": reviews,
        "translations": translations,
        "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        "admin_path": settings.WAGTAIL_ADMIN_PATH,
        "user": reviewer,
    }
    with translation.override(_language(reviewer)):
        subject = render_to_string("governance/digest_subject.txt", context).strip()
        body = render_to_string("governance/digest.txt", context)
    send_mail(subject, body, None, [reviewer.email])
    logger.info("Review digest sent: country=%s user=%s", country.code, reviewer.pk)
