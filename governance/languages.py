"""Which languages a page is written in, and when each last changed.

Pure functions over field values and revision content; no database.
"""

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from lib.i18n import content_languages

# The translated fields a page must have in every language before it is
# published, unless a Reviewer publishes with fallback. Keyed by model label.
REQUIRED_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "countries.countrypage": ("title", "overview"),
    "countries.pathwaypage": ("title", "summary"),
}


# Fields holding official names, such as the title of a law, written in the
# language they were enacted in. One language is enough: readers of the
# other see the name as written, marked with its language, and the field
# is never listed as a missing translation.
ORIGINAL_LANGUAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "countries.pathwaypage": ("legal_basis",),
}


def required_fields(model_label: str) -> tuple[str, ...]:
    return REQUIRED_TRANSLATIONS.get(model_label.lower(), ())


def original_language_fields(model_label: str) -> tuple[str, ...]:
    return ORIGINAL_LANGUAGE_FIELDS.get(model_label.lower(), ())


def _has_text(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    return bool(value)


def missing_languages(
    values: Mapping[str, Any], fields: Iterable[str], languages: Iterable[str]
) -> dict[str, list[str]]:
    """Return, for each field, the languages in which it has no text.

    `values` maps `<field>_<language>` to the stored value. A field with no
    text in any language is not a missing translation but a missing field,
    which the form itself refuses.
    """
    codes = list(languages)
    missing: dict[str, list[str]] = {}
    for field in fields:
        empty = [code for code in codes if not _has_text(values.get(f"{field}_{code}"))]
        if empty and len(empty) < len(codes):
            missing[field] = empty
    return missing


def language_texts(content: Any, language: str) -> list[tuple[str, str]]:
    """Collect every `<name>_<language>` text in revision content, with its path."""
    suffix = f"_{language}"
    found: list[tuple[str, str]] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, Mapping):
            for key in sorted(node):
                value = node[key]
                where = f"{path}.{key}"
                if (
                    isinstance(key, str)
                    and key.endswith(suffix)
                    and not isinstance(value, Mapping | list)
                ):
                    found.append((where, "" if value is None else str(value)))
                else:
                    walk(value, where)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{path}[{index}]")

    walk(content, "")
    return found


def fingerprints(
    content: Any, languages: Iterable[str] | None = None
) -> dict[str, str]:
    """Digest the text of each language in revision content."""
    result = {}
    for code in languages or content_languages():
        texts = [(path, text) for path, text in language_texts(content, code) if text]
        encoded = json.dumps(texts, ensure_ascii=False).encode()
        result[code] = hashlib.sha256(encoded).hexdigest()
    return result
