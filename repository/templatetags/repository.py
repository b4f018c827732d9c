"""Template helpers of the repository: the country page's data section."""

from django import template
from django.db.models import Count, F, Window

from repository.figures import Figure, country_series
from repository.models import Coverage, Indicator, IndicatorValue, Resource

register = template.Library()

LATEST_RESOURCES = 5


@register.simple_tag
def country_figures(code: str) -> list[Figure]:
    """Return one chart per indicator with values for the country, in one query."""
    values = (
        IndicatorValue.objects.filter(area=code)
        .select_related("source", "indicator")
        .order_by("indicator__sort_order", "indicator__slug", "year")
    )
    grouped: dict[int, list[IndicatorValue]] = {}
    indicators: dict[int, Indicator] = {}
    for value in values:
        grouped.setdefault(value.indicator_id, []).append(value)
        indicators[value.indicator_id] = value.indicator
    return [country_series(indicators[pk], code, grouped[pk]) for pk in grouped]


@register.simple_tag
def country_resources(code: str) -> dict:
    """Return the newest public resources about the country, and their number.

    One query: the number of all of them rides on each row as a window count.
    """
    covering = Coverage.objects.filter(area=code).values("resource_id")
    resources = Resource.objects.filter(live=True, pk__in=covering)
    latest = list(
        resources.annotate(total=Window(Count("pk")))
        .order_by(F("year").desc(nulls_last=True), "-pk")
        .only("pk", "title", "year", "language")[:LATEST_RESOURCES]
    )
    return {"latest": latest, "total": latest[0].total if latest else 0}
