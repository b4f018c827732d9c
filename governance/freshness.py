"""What is due for review, and which translations are missing or older.

"Older": a page's text in one language is older than its source when the
text of another language changed on a later publication (see
LanguageVersion and docs/adr/005).
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from wagtail.models import Page

from core.verification import Verifiable
from governance.languages import (
    fingerprints,
    missing_languages,
    original_language_fields,
)
from governance.models import LanguageVersion
from lib.i18n import content_languages

# How far ahead a review counts as due.
DUE_WITHIN_DAYS = 30


def verifiable_page_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and issubclass(model, Verifiable)
    ]


def record_language_versions(
    page: Page, content: dict, when: datetime.datetime
) -> None:
    """Date the languages whose text changed in this publication."""
    existing = {v.language: v for v in LanguageVersion.objects.filter(page_id=page.pk)}
    for code, digest in fingerprints(content).items():
        version = existing.get(code)
        if version is None:
            LanguageVersion.objects.create(
                page_id=page.pk, language=code, fingerprint=digest, changed_at=when
            )
        elif version.fingerprint != digest:
            version.fingerprint = digest
            version.changed_at = when
            version.save(update_fields=["fingerprint", "changed_at"])


@dataclass
class ReviewItem:
    page: Page
    country: str
    review_by: datetime.date | None
    overdue: bool


@dataclass
class TranslationItem:
    page: Page
    country: str
    missing: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    # Labels of the fields missing in some language, for the editor.
    missing_fields: list[str] = field(default_factory=list)


def _country_paths(codes: frozenset[str] | None) -> dict[str, str]:
    from countries.models import CountryPage

    pages = CountryPage.objects.all()
    if codes is not None:
        pages = pages.filter(iso_code__in=codes)
    return dict(pages.values_list("path", "iso_code"))


def _country_for(path: str, paths: dict[str, str]) -> str | None:
    for prefix, code in paths.items():
        if path.startswith(prefix):
            return code
    return None


def reviews_due(
    codes: frozenset[str] | None, today: datetime.date | None = None
) -> list[ReviewItem]:
    """Live pages of these countries (None: all) whose review is due or past."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=DUE_WITHIN_DAYS)
    paths = _country_paths(codes)
    items = []
    for model in verifiable_page_models():
        pages = (
            model.objects.live().filter(review_by__lte=horizon).order_by("review_by")
        )
        for page in pages:
            country = _country_for(page.path, paths)
            if country is None:
                continue
            items.append(
                ReviewItem(page, country, page.review_by, page.review_by < today)
            )
    return sorted(items, key=lambda item: (item.review_by, item.page.pk))


def translation_gaps(codes: frozenset[str] | None) -> list[TranslationItem]:
    """Live pages of these countries with a language missing or older."""
    paths = _country_paths(codes)
    languages = content_languages()
    versions: dict[int, dict[str, datetime.datetime]] = {}
    for version in LanguageVersion.objects.all():
        versions.setdefault(version.page_id, {})[version.language] = version.changed_at

    items = []
    for model in verifiable_page_models():
        for page in model.objects.live().order_by("path"):
            country = _country_for(page.path, paths)
            if country is None:
                continue
            item = TranslationItem(page, country)
            gaps = _gaps(page, languages)
            item.missing = sorted({code for codes in gaps.values() for code in codes})
            item.missing_fields = [_label(type(page), name) for name in gaps]
            item.older = _older(versions.get(page.pk, {}), item.missing)
            if item.missing or item.older:
                items.append(item)
    return items


def _gaps(page: Page, languages: list[str]) -> dict[str, list[str]]:
    """The page's fields written in some languages but not in others.

    Official names kept in their own language are not gaps.
    """
    kept = original_language_fields(page._meta.label_lower)
    names = [name for name in translated_fields(type(page)) if name not in kept]
    values = {
        f"{name}_{code}": getattr(page, f"{name}_{code}", None)
        for name in names
        for code in languages
    }
    return missing_languages(values, names, languages)


def _label(model: type[Page], name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)


def translated_fields(model: type) -> tuple[str, ...]:
    from modeltranslation.translator import NotRegistered, translator

    try:
        return tuple(sorted(translator.get_options_for_model(model).all_fields))
    except NotRegistered:
        return ()


def _older(stamps: dict[str, datetime.datetime], missing: list[str]) -> list[str]:
    if not stamps:
        return []
    newest = max(stamps.values())
    return sorted(
        code for code, when in stamps.items() if when < newest and code not in missing
    )
