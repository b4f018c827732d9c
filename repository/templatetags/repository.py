"""Template helpers of the repository: the country page's data section."""

from django import template

from repository.figures import Figure, country_series
from repository.models import Coverage, Indicator, IndicatorValue, Resource

register = template.Library()

LATEST_RESOURCES = 5


@register.simple_tag
def country_figures(code: str) -> list[Figure]:
    """Return one chart per indicator with values for the country (2 queries)."""
    values = IndicatorValue.objects.filter(area=code).select_related("source")
    grouped: dict[int, list[IndicatorValue]] = {}
    for value in values:
        grouped.setdefault(value.indicator_id, []).append(value)
    if not grouped:
        return []
    indicators = Indicator.objects.filter(pk__in=grouped).order_by("sort_order", "slug")
    return [country_series(item, code, grouped[item.pk]) for item in indicators]


@register.simple_tag
def country_resources(code: str) -> dict:
    """Return the newest public resources about the country, and their number."""
    covering = Coverage.objects.filter(area=code).values("resource_id")
    resources = Resource.objects.filter(live=True, pk__in=covering)
    latest = list(resources.order_by("-year", "-pk")[:LATEST_RESOURCES])
    return {"latest": latest, "total": resources.count()}
