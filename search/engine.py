"""Answer a search: read the query, match, rank, count, cut snippets.

Everything here is the same whichever backend matches (see docs/adr/008).
"""

import logging
import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.functional import Promise

from lib.countries import covered_country
from lib.i18n import content_languages
from search import analysis, query, ranking, registry
from search.backends import backend
from search.backends.base import Condition, Matches, MatchRequest, Tally
from search.models import Entry, IndexState, SynonymGroup, Term
from search.params import PAGE_SIZE, Query
from search.query import Plan
from search.snippets import Snippet, snippet
from search.synonyms import Group, Lexicon, curated_groups, group_of
from search.vocabulary import Vocabulary, Word

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Facet:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class Result:
    kind: str
    kind_label: str
    title: str
    title_language: str
    url: str
    country: str
    country_name: str
    snippet: Snippet
    language: str
    same_language: bool


@dataclass(frozen=True)
class Results:
    query: Query
    plan: Plan
    total: int = 0
    more: bool = False
    results: list[Result] = field(default_factory=list)
    kinds: list[Facet] = field(default_factory=list)
    countries: list[Facet] = field(default_factory=list)
    pages: int = 0
    matched_all: bool = True
    suggestion: str = ""

    @property
    def corrected(self) -> dict[str, str]:
        return self.plan.corrected


@dataclass
class _State:
    version: int = -1
    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary(()))
    lexicon: Lexicon = field(default_factory=lambda: Lexicon(()))


_state = _State()
_lock = threading.Lock()


def state() -> _State:
    """The vocabulary and synonyms, reloaded when the index has changed."""
    global _state
    version = IndexState.objects.values_list("version", flat=True).first() or 0
    if version == _state.version:
        return _state
    with _lock:
        if version != _state.version:
            _state = _State(version, load_vocabulary(), Lexicon(all_groups()))
    return _state


def load_vocabulary() -> Vocabulary:
    rows = Term.objects.values_list("word", "language", "documents", "stem")
    return Vocabulary(Word(*row) for row in rows.iterator(5000))


def all_groups() -> list[Group]:
    groups = list(curated_groups())
    for editors_group in SynonymGroup.objects.filter(active=True):
        group = group_of(editors_group.phrases())
        if group is not None:
            groups.append(group)
    return groups


def search(request: Query) -> Results:
    current = state()
    plan = query.plan(request.text, current.lexicon, current.vocabulary)
    if plan.is_empty:
        return Results(request, plan)

    matches = _match(plan, request, require_all=True)
    matched_all = bool(matches.tallies)
    if not matched_all:
        matches = _match(plan, request, require_all=False)

    results = _results(request, plan, matches, matched_all)
    if not results.total or not matched_all:
        suggestion = suggest(plan, request, current)
        if suggestion:
            results = _with(results, suggestion=suggestion)
    logger.debug("Search %r: %d results", request.text, results.total)
    return results


def _match(plan: query.Plan, request: Query, require_all: bool) -> Matches:
    conditions = tuple(
        Condition(
            language,
            tuple(
                tuple(
                    alternative.terms for alternative in concept.alternatives[language]
                )
                for concept in plan.concepts
            ),
        )
        for language in analysis.languages()
    )
    return backend().match(
        MatchRequest(
            conditions,
            require_all,
            timezone.now(),
            kind=request.kind,
            country=request.country,
        )
    )


def _results(
    request: Query, plan: query.Plan, matches: Matches, matched_all: bool
) -> Results:
    priorities = {kind.slug: kind.priority for kind in registry.kinds()}
    hits = [
        hit
        for hit in ranking.rank(matches.rows, plan, request.language, priorities)
        if _passes(hit.row.kind, hit.row.country, request)
    ]
    total, kinds, countries = _facets(matches.tallies, request)
    if matches.capped:
        total = max(total, len(hits), matches.large_filtered_count)

    pages = math.ceil(min(total, len(hits)) / PAGE_SIZE)
    start = (request.page - 1) * PAGE_SIZE
    shown = hits[start : start + PAGE_SIZE]
    return Results(
        request,
        plan,
        total=total,
        more=matches.capped,
        results=_displayed(shown, plan, request.language),
        kinds=kinds,
        countries=countries,
        pages=pages,
        matched_all=matched_all,
    )


def _passes(kind: str, country: str, request: Query) -> bool:
    return (not request.kind or kind == request.kind) and (
        not request.country or country == request.country
    )


def _facets(
    tallies: Iterable[Tally], request: Query
) -> tuple[int, list[Facet], list[Facet]]:
    """Count objects once each; a facet ignores its own filter, not the other."""
    total: set[str] = set()
    by_kind: dict[str, set[str]] = {}
    by_country: dict[str, set[str]] = {}
    for tally in tallies:
        if not request.country or tally.country == request.country:
            by_kind.setdefault(tally.kind, set()).add(tally.key)
        if not request.kind or tally.kind == request.kind:
            by_country.setdefault(tally.country, set()).add(tally.key)
        if _passes(tally.kind, tally.country, request):
            total.add(tally.key)

    kinds = [
        Facet(kind.slug, str(kind.label), len(by_kind[kind.slug]))
        for kind in registry.kinds()
        if kind.slug in by_kind
    ]
    countries = sorted(
        (
            Facet(code, _country_name(code), len(keys))
            for code, keys in by_country.items()
            if code
        ),
        key=lambda facet: (-facet.count, facet.label),
    )
    return len(total), kinds, countries


def _displayed(
    hits: list[ranking.Hit], plan: query.Plan, language: str
) -> list[Result]:
    entries = Entry.objects.in_bulk([hit.row.id for hit in hits])
    results = []
    for hit in hits:
        entry = entries.get(hit.row.id)
        if entry is None:
            continue
        kind = registry.kind(entry.kind)
        title, title_language = _title(entry.titles, language)
        terms = {
            term for concept in plan.concepts for term in concept.terms(entry.language)
        }
        results.append(
            Result(
                kind=entry.kind,
                kind_label=str(kind.label) if kind else entry.kind,
                title=title,
                title_language=title_language,
                url=entry.urls.get(language) or next(iter(entry.urls.values()), ""),
                country=entry.country,
                country_name=_country_name(entry.country),
                snippet=snippet(entry.text or entry.title, terms, entry.language),
                language=entry.language,
                same_language=hit.same_language,
            )
        )
    return results


def _title(titles: dict[str, str], language: str) -> tuple[str, str]:
    if titles.get(language):
        return titles[language], language
    for code in content_languages():
        if titles.get(code):
            return titles[code], code
    return "", language


def _country_name(code: str) -> str:
    country = covered_country(code) if code else None
    name: str | Promise = country.name if country else ""
    return str(name)


def suggest(plan: query.Plan, request: Query, current: _State) -> str:
    """Offer another spelling of the words that found nothing, if it finds all."""
    changed = False
    words = []
    for concept in plan.concepts:
        for word in concept.words:
            fix = ""
            if word not in current.lexicon.words and not current.vocabulary.known(word):
                found = current.vocabulary.corrections(
                    word, query.suggestion_distance(word)
                )
                fix = found[0] if found else ""
            words.append(fix or word)
            changed = changed or bool(fix)
    if not changed:
        return ""

    text = " ".join(words)
    suggested = query.plan(text, current.lexicon, current.vocabulary)
    matches = _match(suggested, Query(text, request.language), require_all=True)
    return text if matches.tallies else ""


def _with(results: Results, **changes) -> Results:
    from dataclasses import replace

    return replace(results, **changes)
