"""Filtering the repository and counting its facets.

Facets combine: values of one facet are alternatives (OR), facets narrow
each other (AND). The count beside a value is the number of resources the
visitor gets by choosing that value with the other facets as they are, so
it always agrees with the list shown after the click.
"""

import hashlib
import uuid
from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, QuerySet

from repository.areas import COUNTRY_CODES, area_name
from repository.models import (
    RESOURCE_LANGUAGES,
    Coverage,
    Resource,
    ResourceType,
    Theme,
)
from repository.search import search_resources

FACETS = ("type", "theme", "country", "language", "year")

# Year ranges offered as links; each is (first, last) inclusive.
YEAR_RANGES: tuple[tuple[int, int], ...] = (
    (2020, 2029),
    (2010, 2019),
    (2000, 2009),
    (1900, 1999),
)


@dataclass(frozen=True)
class Filters:
    query: str = ""
    types: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    def without(self, facet: str) -> "Filters":
        if facet == "year":
            return replace(self, year_from=None, year_to=None)
        if facet == "type":
            return replace(self, types=())
        if facet == "theme":
            return replace(self, themes=())
        if facet == "country":
            return replace(self, countries=())
        return replace(self, languages=())

    @property
    def is_empty(self) -> bool:
        return self == Filters(query=self.query)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    values: list[FacetValue] = field(default_factory=list)


def public_resources() -> QuerySet:
    return Resource.objects.filter(live=True)


def apply(filters: Filters, queryset: QuerySet | None = None) -> QuerySet:
    """Return the public resources that pass every filter."""
    resources = public_resources() if queryset is None else queryset
    if filters.query:
        resources = search_resources(filters.query, resources)
    if filters.types:
        resources = resources.filter(resource_type__in=filters.types)
    if filters.languages:
        resources = resources.filter(language__in=filters.languages)
    if filters.year_from is not None:
        resources = resources.filter(year__gte=filters.year_from)
    if filters.year_to is not None:
        resources = resources.filter(year__lte=filters.year_to)
    if filters.themes:
        through = Resource.themes.through.objects.filter(
            resource_id=OuterRef("pk"), theme__slug__in=filters.themes
        )
        resources = resources.filter(Exists(through))
    if filters.countries:
        covered = Coverage.objects.filter(
            resource_id=OuterRef("pk"), area__in=filters.countries
        )
        resources = resources.filter(Exists(covered))
    return resources


def facets(filters: Filters, themes: list[Theme]) -> dict[str, Facet]:
    """Count every facet's values over the resources the other facets allow.

    Counts are cached per set of filters until the next publication, so
    the same question is counted once (see `content_version`).
    """
    key = f"repository:facets:{content_version()}:{hash_filters(filters)}"
    counts = cache.get(key)
    if counts is None:
        counts = _count_everything(filters)
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return {
        "type": _type_facet(filters, counts["type"]),
        "theme": _theme_facet(filters, themes, counts["theme"]),
        "country": _country_facet(filters, counts["country"]),
        "language": _language_facet(filters, counts["language"]),
        "year": _year_facet(filters, counts["year"]),
    }


FACET_CACHE_SECONDS = 600
_VERSION_KEY = "repository:content-version"


def content_version() -> str:
    version = cache.get(_VERSION_KEY)
    if version is None:
        version = "1"
        cache.add(_VERSION_KEY, version, None)
    return str(version)


def content_changed() -> None:
    """Forget every cached count; called when a resource is (un)published."""
    cache.set(_VERSION_KEY, uuid.uuid4().hex, None)


def hash_filters(filters: Filters) -> str:
    return hashlib.sha256(repr(filters).encode()).hexdigest()[:32]


_COLUMNS = {"type": "resource_type", "language": "language", "year": "year"}


def _chosen(filters: Filters, facet: str) -> bool:
    return filters.without(facet) != filters


def _count_everything(filters: Filters) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    shared = [facet for facet in _COLUMNS if not _chosen(filters, facet)]
    if shared:
        rows = list(
            apply(filters)
            .order_by()
            .values(*(_COLUMNS[facet] for facet in shared))
            .annotate(n=Count("pk"))
        )
        for facet in shared:
            counts[facet] = _sum_by(rows, _COLUMNS[facet])
    for facet in _COLUMNS:
        if facet not in counts:
            column = _COLUMNS[facet]
            rows = list(
                apply(filters.without(facet))
                .order_by()
                .values(column)
                .annotate(n=Count("pk"))
            )
            counts[facet] = _sum_by(rows, column)
    counts["theme"] = _related_counts(
        Resource.themes.through.objects.all(), "theme_id", filters.without("theme")
    )
    counts["country"] = _related_counts(
        Coverage.objects.filter(area__in=COUNTRY_CODES),
        "area",
        filters.without("country"),
    )
    return counts


def _sum_by(rows: list[dict], column: str) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in rows:
        key = str(row[column])
        totals[key] = totals.get(key, 0) + row["n"]
    return totals


def _related_counts(rows: QuerySet, column: str, filters: Filters) -> dict[str, int]:
    """Count matching resources per theme or country, from the link rows.

    With no filter at all, every link row is counted and those of
    unpublished resources (few) taken away, which spares a scan of every
    resource.
    """
    if filters == Filters():
        hidden = Resource.objects.filter(live=False).values("pk")
        counts = _grouped(rows, column)
        for key, n in _grouped(rows.filter(resource_id__in=hidden), column).items():
            counts[key] -= n
        return counts
    matching = apply(filters).order_by().values("pk")
    return _grouped(rows.filter(resource_id__in=matching), column)


def _grouped(rows: QuerySet, column: str) -> dict[str, int]:
    grouped = rows.order_by().values(column).annotate(n=Count("resource_id"))
    return {str(row[column]): row["n"] for row in grouped}


def _type_facet(filters: Filters, counts: dict[str, int]) -> Facet:
    return Facet(
        "type",
        [
            FacetValue(value, str(label), counts.get(value, 0), value in filters.types)
            for value, label in ResourceType.choices
        ],
    )


def _language_facet(filters: Filters, counts: dict[str, int]) -> Facet:
    return Facet(
        "language",
        [
            FacetValue(code, str(name), counts.get(code, 0), code in filters.languages)
            for code, name in RESOURCE_LANGUAGES
            if counts.get(code) or code in filters.languages
        ],
    )


def _theme_facet(
    filters: Filters, themes: list[Theme], counts: dict[str, int]
) -> Facet:
    return Facet(
        "theme",
        [
            FacetValue(
                theme.slug,
                theme.name,
                counts.get(str(theme.pk), 0),
                theme.slug in filters.themes,
            )
            for theme in themes
        ],
    )


def _country_facet(filters: Filters, counts: dict[str, int]) -> Facet:
    values = [
        FacetValue(
            code, area_name(code), counts.get(code, 0), code in filters.countries
        )
        for code in COUNTRY_CODES
    ]
    values.sort(key=lambda value: value.label)
    return Facet("country", values)


def _year_facet(filters: Filters, counts: dict[str, int]) -> Facet:
    by_year = {int(year): n for year, n in counts.items() if year != "None"}
    values = []
    for first, last in YEAR_RANGES:
        count = sum(n for year, n in by_year.items() if first <= year <= last)
        selected = (filters.year_from, filters.year_to) == (first, last)
        values.append(FacetValue(f"{first}-{last}", f"{first}–{last}", count, selected))
    return Facet("year", values)
