"""Pick the text of a translated field, falling back to another language."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings


@dataclass(frozen=True)
class Translated:
    value: Any
    language: str
    requested: str

    @property
    def is_fallback(self) -> bool:
        return bool(self.value) and self.language != self.requested

    def __str__(self) -> str:
        return "" if self.value is None else str(self.value)

    def __bool__(self) -> bool:
        return bool(self.value)


def content_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def translated(obj: object, field: str, language: str) -> Translated:
    """Return the field in `language`, or in the first language that has it."""
    order = [language] + [code for code in content_languages() if code != language]
    for code in order:
        value = getattr(obj, f"{field}_{code}", None)
        if _has_text(value):
            return Translated(value, code, language)
    return Translated(None, language, language)


def languages_with_text(obj: object, field: str) -> list[str]:
    """Return the languages in which the field has text."""
    return [
        code
        for code in content_languages()
        if _has_text(getattr(obj, f"{field}_{code}", None))
    ]


def _has_text(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    return bool(value)
