"""What can be found: one declaration per kind of content.

A kind says which model it reads, which translated fields hold its title
and text, how to get its address and country, and which rows anonymous
visitors may see. Adding a kind is one `register(Kind(...))` call (see
`search/kinds.py`); the index, the signals, the rebuild command, the
facets and the API pick it up from here.
"""

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.apps import apps
from django.db import models
from django.utils import translation
from django.utils.functional import Promise
from wagtail.models import Page

from lib.i18n import content_languages

_TAG = re.compile(r"<[^>]+>")


def key_of(obj: models.Model) -> str:
    """Name an object in the index; every page is "page:<id>" whatever its type."""
    if isinstance(obj, Page):
        return f"page:{obj.pk}"
    return f"{obj._meta.label_lower}:{obj.pk}"


def page_url(page: Page, language: str) -> str:
    with translation.override(language):
        return page.get_url() or ""


def live_pages(queryset: models.QuerySet) -> models.QuerySet:
    """Published pages without a view restriction."""
    return queryset.live().public()


def live_records(queryset: models.QuerySet) -> models.QuerySet:
    """Published snippets: drafts that were never published stay out."""
    return queryset.filter(live=True)


def everything(queryset: models.QuerySet) -> models.QuerySet:
    return queryset


@dataclass(frozen=True)
class Kind:
    """How to index one model.

    `title` and `text` name fields: a field translated by modeltranslation
    is read per language; any other field is the same in every language.
    `title` may instead be a function of the object and a language.
    `"relation.field"` reads a field of each related row. `keywords`
    returns more words to match but not to show (a purpose, an acronym).
    `visible` restricts a queryset to what an anonymous visitor may see;
    `window` gives the start and end of a time-bound object, checked when
    a query runs, so an expired notice disappears without a reindex.
    `tier` 1 is for kinds with many rows (resources): their matches are
    counted up to a limit and ranked in a window of the newest ones.
    """

    slug: str
    label: str | Promise
    model: str
    title: str | Callable[[Any, str], str]
    text: tuple[str, ...]
    url: Callable[[Any, str], str]
    country: Callable[[Any], str]
    visible: Callable[[models.QuerySet], models.QuerySet] = everything
    keywords: Callable[[Any], Iterable[str]] | None = None
    window: Callable[[Any], tuple[datetime | None, datetime | None]] | None = None
    related: tuple[str, ...] = ()
    tier: int = 0
    priority: int = 2

    @property
    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)

    def objects(self) -> models.QuerySet:
        """Every object of this kind an anonymous visitor may see."""
        queryset = self.model_class._default_manager.all()
        queryset = self.visible(queryset)
        if self.related:
            queryset = queryset.prefetch_related(*self.related)
        return queryset.order_by("pk")

    def is_visible(self, obj: models.Model) -> bool:
        return self.visible(type(obj)._default_manager.filter(pk=obj.pk)).exists()


@dataclass(frozen=True)
class Document:
    """An object as the index sees it: texts per language and its facts."""

    key: str
    kind: str
    country: str
    titles: dict[str, str]
    texts: dict[str, str]
    urls: dict[str, str]
    keywords: tuple[str, ...] = ()
    tier: int = 0
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    languages: tuple[str, ...] = field(default=())


_KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    if kind.slug in _KINDS:
        raise ValueError(f"The search kind {kind.slug!r} is registered twice.")
    _KINDS[kind.slug] = kind
    return kind


def kinds() -> list[Kind]:
    return list(_KINDS.values())


def kind(slug: str) -> Kind | None:
    return _KINDS.get(slug)


def kind_for(obj: models.Model) -> Kind | None:
    """Return the kind that indexes this object's exact model, if any."""
    label = obj._meta.label
    for candidate in _KINDS.values():
        if candidate.model == label:
            return candidate
    return None


def document(kind: Kind, obj: models.Model) -> Document:
    """Read an object into the texts and facts the index stores."""
    languages = content_languages()
    titles, texts = {}, {}
    for language in languages:
        title = (
            kind.title(obj, language)
            if callable(kind.title)
            else _field_text(obj, kind.title, language)
        )
        body = "\n".join(
            text for name in kind.text if (text := _field_text(obj, name, language))
        )
        if title:
            titles[language] = title
        if body:
            texts[language] = body

    named = kind.text if callable(kind.title) else (kind.title, *kind.text)
    own = tuple(
        language for language in languages if _has_own_text(obj, named, language)
    )
    start, end = kind.window(obj) if kind.window else (None, None)
    return Document(
        key=key_of(obj),
        kind=kind.slug,
        country=kind.country(obj) or "",
        titles=titles,
        texts=texts,
        urls={language: kind.url(obj, language) for language in languages},
        keywords=tuple(kind.keywords(obj)) if kind.keywords else (),
        tier=kind.tier,
        starts_at=start,
        ends_at=end,
        languages=own,
    )


def labels(label: str | Promise) -> list[str]:
    """Return a translatable label in every content language."""
    found = []
    for language in content_languages():
        with translation.override(language):
            found.append(str(label))
    return found


def _field_text(obj: Any, name: str, language: str) -> str:
    return "\n".join(_plain(value) for value in _values(obj, name, language) if value)


def _values(obj: Any, name: str, language: str) -> Iterator[str]:
    relation, _dot, rest = name.partition(".")
    if rest:
        for row in getattr(obj, relation).all():
            yield from _values(row, rest, language)
        return
    translated = f"{name}_{language}"
    if hasattr(obj, translated):
        yield getattr(obj, translated) or ""
        return
    yield str(getattr(obj, name) or "")


def _has_own_text(obj: Any, names: Iterable[str], language: str) -> bool:
    """A language counts when a translated field is written in it."""
    for name in names:
        relation, _dot, rest = name.partition(".")
        if rest:
            rows = getattr(obj, relation).all()
            if any(_has_own_text(row, [rest], language) for row in rows):
                return True
            continue
        value = getattr(obj, f"{name}_{language}", None)
        if isinstance(value, str) and value.strip():
            return True
    return False


def _plain(value: str) -> str:
    """Rich text becomes plain text; plain text is left as it is."""
    if "<" not in value:
        return value.strip()
    text = _TAG.sub(" ", value.replace("</p>", "\n").replace("<br/>", "\n"))
    return html.unescape(re.sub(r"[ \t]+", " ", text)).strip()
