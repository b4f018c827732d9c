"""Filtering the repository and counting its facets.

Facets combine: values of one facet are alternatives (OR), facets narrow
each other (AND). The count beside a value is the number of resources the
visitor gets by choosing that value with the other facets as they are, so
it always agrees with the list shown after the click.
"""

from dataclasses import dataclass, field, replace

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
    """Count every facet's values over the resources the other facets allow."""
    return {
        "type": _type_facet(filters),
        "theme": _theme_facet(filters, themes),
        "country": _country_facet(filters),
        "language": _language_facet(filters),
        "year": _year_facet(filters),
    }


def _counts(rows, key: str) -> dict[str, int]:
    return {str(row[key]): row["n"] for row in rows}


def _type_facet(filters: Filters) -> Facet:
    rows = (
        apply(filters.without("type"))
        .order_by()
        .values("resource_type")
        .annotate(n=Count("pk"))
    )
    counts = _counts(rows, "resource_type")
    return Facet(
        "type",
        [
            FacetValue(value, str(label), counts.get(value, 0), value in filters.types)
            for value, label in ResourceType.choices
        ],
    )


def _language_facet(filters: Filters) -> Facet:
    rows = (
        apply(filters.without("language"))
        .order_by()
        .values("language")
        .annotate(n=Count("pk"))
    )
    counts = _counts(rows, "language")
    return Facet(
        "language",
        [
            FacetValue(code, str(name), counts.get(code, 0), code in filters.languages)
            for code, name in RESOURCE_LANGUAGES
            if counts.get(code) or code in filters.languages
        ],
    )


def _theme_facet(filters: Filters, themes: list[Theme]) -> Facet:
    matching = apply(filters.without("theme")).order_by().values("pk")
    rows = (
        Resource.themes.through.objects.filter(resource_id__in=matching)
        .values("theme_id")
        .annotate(n=Count("resource_id"))
    )
    counts = _counts(rows, "theme_id")
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


def _country_facet(filters: Filters) -> Facet:
    matching = apply(filters.without("country")).order_by().values("pk")
    rows = (
        Coverage.objects.filter(resource_id__in=matching, area__in=COUNTRY_CODES)
        .values("area")
        .annotate(n=Count("resource_id"))
    )
    counts = _counts(rows, "area")
    values = [
        FacetValue(
            code, area_name(code), counts.get(code, 0), code in filters.countries
        )
        for code in COUNTRY_CODES
    ]
    values.sort(key=lambda value: value.label)
    return Facet("country", values)


def _year_facet(filters: Filters) -> Facet:
    rows = (
        apply(filters.without("year")).order_by().values("year").annotate(n=Count("pk"))
    )
    by_year = {row["year"]: row["n"] for row in rows if row["year"] is not None}
    values = []
    for first, last in YEAR_RANGES:
        count = sum(n for year, n in by_year.items() if first <= year <= last)
        selected = (filters.year_from, filters.year_to) == (first, last)
        values.append(FacetValue(f"{first}-{last}", f"{first}–{last}", count, selected))
    return Facet("year", values)
