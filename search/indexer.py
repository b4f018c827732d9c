"""Keep the index in step with what anonymous visitors can see.

Every write reads the object again from the database, so what gets indexed
is the published state, never a draft held in memory by an edit form.
"""

import logging
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import models, transaction
from django.db.models import F

from lib.countries import covered_country
from lib.i18n import content_languages
from search import analysis
from search.backends import backend
from search.models import Entry, IndexState, Term
from search.registry import Document, Kind, document, key_of, kind_for, kinds, labels

logger = logging.getLogger(__name__)

_paused = threading.local()

BATCH_SIZE = 500
# Words shorter than this are neither corrected nor suggested.
VOCABULARY_MIN_LENGTH = 3


def entries_for(doc: Document, kind: Kind) -> list[Entry]:
    """One entry per language the document is written in."""
    languages = doc.languages or (content_languages()[0],)
    # Words to match but not show: the kind and the country, in every language.
    context = [*doc.keywords, *labels(kind.label), *country_names(doc.country)]
    return [
        Entry(
            key=doc.key,
            kind=doc.kind,
            language=language,
            country=doc.country,
            tier=doc.tier,
            tags=tags(language, doc.tier, doc.kind, doc.country),
            starts_at=doc.starts_at,
            ends_at=doc.ends_at,
            titles=doc.titles,
            urls=doc.urls,
            title=doc.titles.get(language) or next(iter(doc.titles.values()), ""),
            text=doc.texts.get(language, ""),
            title_terms=" ".join(
                analysis.terms(doc.titles.get(language, ""), language)
            ),
            body_terms=" ".join(analysis.terms(doc.texts.get(language, ""), language)),
            extra_terms=" ".join(analysis.terms(" ".join(context), language)),
        )
        for language in languages
    ]


def country_names(code: str) -> list[str]:
    country = covered_country(code) if code else None
    return labels(country.name) if country else []


def tags(language: str, tier: int, kind: str, country: str) -> str:
    """Filter values as single tokens: "les t0 kpathway cmx"."""
    return f"l{language} t{tier} k{kind.replace('_', '')} c{country or 'none'}"


def vocabulary_words(entry: Entry) -> set[str]:
    return {
        word
        for word in analysis.words(f"{entry.title}\n{entry.text}")
        if len(word) >= VOCABULARY_MIN_LENGTH and not word.isdigit()
    }


@contextmanager
def paused() -> Iterator[None]:
    """Skip refreshes inside the block, e.g. while loading content in bulk.

    Whoever pauses rebuilds the index afterwards.
    """
    previous = getattr(_paused, "on", False)
    _paused.on = True
    try:
        yield
    finally:
        _paused.on = previous


def is_paused() -> bool:
    return getattr(_paused, "on", False)


def refresh(obj: models.Model) -> None:
    """Index the object as published now, or remove it if it is not visible."""
    kind = kind_for(obj)
    if kind is None:
        return
    fresh = kind.objects().filter(pk=obj.pk).first()
    key = key_of(obj)
    if fresh is None:
        remove([key])
        return
    replace(key, entries_for(document(kind, fresh), kind))


def remove(keys: Iterable[str]) -> None:
    keys = list(keys)
    with transaction.atomic():
        old = list(Entry.objects.filter(key__in=keys))
        if not old:
            return
        Entry.objects.filter(key__in=keys).delete()
        _count_words(old, -1)
        bump_version()
    backend().removed(keys)
    logger.info("Removed %s from the search index", ", ".join(keys))


def replace(key: str, entries: list[Entry]) -> None:
    """Write an object's entries in place of the ones it had."""
    with transaction.atomic():
        old = list(Entry.objects.filter(key=key))
        Entry.objects.filter(key=key).delete()
        Entry.objects.bulk_create(entries)
        _count_words(old, -1)
        _count_words(entries, +1)
        bump_version()
    backend().written(key, entries)
    logger.debug("Indexed %s in %s", key, ", ".join(e.language for e in entries))


def rebuild() -> int:
    """Index every visible object of every kind again; return the entry count."""
    with transaction.atomic():
        Entry.objects.all().delete()
        Term.objects.all().delete()
        backend().cleared()
        total = add(_all_entries())
        recount_vocabulary()
        bump_version()
    analyze()
    logger.info("Rebuilt the search index: %d entries", total)
    return total


def analyze() -> None:
    """Refresh PostgreSQL's statistics after a bulk change.

    Without them the planner takes a common word for a rare one and sorts
    every match instead of reading the newest few (see docs/adr/008).
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_entry")


def add(entries: Iterable[Entry]) -> int:
    """Insert entries in batches, without touching the vocabulary."""
    total = 0
    batch: list[Entry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= BATCH_SIZE:
            total += _insert(batch)
            batch = []
    if batch:
        total += _insert(batch)
    return total


def _insert(batch: list[Entry]) -> int:
    created = Entry.objects.bulk_create(batch)
    backend().added(created)
    return len(created)


def recount_vocabulary() -> None:
    """Count every word of the index again, from scratch."""
    counts: Counter[tuple[str, str]] = Counter()
    for entry in Entry.objects.only("language", "title", "text").iterator(2000):
        for word in vocabulary_words(entry):
            counts[(entry.language, word)] += 1

    Term.objects.all().delete()
    Term.objects.bulk_create(
        (
            Term(
                language=language,
                word=word,
                stem=analysis.stem(word, language),
                documents=documents,
            )
            for (language, word), documents in counts.items()
        ),
        batch_size=2000,
    )


def bump_version() -> None:
    updated = IndexState.objects.filter(pk=1).update(version=F("version") + 1)
    if not updated:
        IndexState.objects.create(pk=1, version=1)


def _all_entries() -> Iterator[Entry]:
    for kind in kinds():
        for obj in kind.objects().iterator(chunk_size=200):
            yield from entries_for(document(kind, obj), kind)


def _count_words(entries: Iterable[Entry], step: int) -> None:
    per_language: dict[str, Counter[str]] = {}
    for entry in entries:
        per_language.setdefault(entry.language, Counter()).update(
            vocabulary_words(entry)
        )
    for language, counts in per_language.items():
        for documents, words in _by_count(counts).items():
            _apply(language, words, documents * step)


def _by_count(counts: Counter[str]) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = {}
    for word, count in counts.items():
        grouped.setdefault(count, []).append(word)
    return grouped


def _apply(language: str, words: list[str], change: int) -> None:
    terms = Term.objects.filter(language=language, word__in=words)
    terms.update(documents=F("documents") + change)
    if change < 0:
        Term.objects.filter(
            language=language, word__in=words, documents__lte=0
        ).delete()
        return
    existing = set(terms.values_list("word", flat=True))
    Term.objects.bulk_create(
        Term(
            language=language,
            word=word,
            stem=analysis.stem(word, language),
            documents=change,
        )
        for word in words
        if word not in existing
    )
