"""Indicator values arranged for pages: series, charts, tables and sources."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from repository.areas import COUNTRY_CODES, area_name
from repository.charts import Chart, Point, bar_chart, line_chart
from repository.models import DataSource, Indicator, IndicatorUnit, IndicatorValue


def format_value(value: Decimal, unit: str) -> str:
    """Write a value as the page shows it, in the active language."""
    places = -value.normalize().as_tuple().exponent  # type: ignore[operator]
    places = max(0, min(places, 3))
    text = number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
    if unit in (IndicatorUnit.PERCENT_GDP, IndicatorUnit.PERCENT_POPULATION):
        return f"{text} %"
    if unit == IndicatorUnit.USD:
        return f"US$ {text}"
    return text


@dataclass
class Figure:
    """One chart with its table, its sources and where to download it."""

    indicator: Indicator
    chart: Chart
    rows: list[tuple[str, str, str]]  # (label, value, note)
    sources: list[DataSource]
    label_heading: str
    notes: list[str] = field(default_factory=list)


def _sources(values: list[IndicatorValue]) -> list[DataSource]:
    seen: dict[int, DataSource] = {}
    for value in values:
        seen.setdefault(value.source_id, value.source)
    return list(seen.values())


def country_series(
    indicator: Indicator, area: str, values: list[IndicatorValue]
) -> Figure:
    """Draw one country's values of one indicator over the years."""
    values = sorted(values, key=lambda v: v.year)
    points = [
        Point(str(v.year), v.value, format_value(v.value, indicator.unit))
        for v in values
    ]
    name = area_name(area)
    title = f"{indicator.name}: {name}"
    listing = "; ".join(f"{p.label}: {p.shown}" for p in points)
    description = _("%(indicator)s in %(area)s, by year. %(values)s.") % {
        "indicator": indicator.name,
        "area": name,
        "values": listing,
    }
    chart = line_chart(title, description, points)
    rows = [(p.label, p.shown, v.note) for p, v in zip(points, values, strict=True)]
    return Figure(indicator, chart, rows, _sources(values), _("Year"))


def year_comparison(
    indicator: Indicator, year: int, values: list[IndicatorValue]
) -> Figure:
    """Draw the covered countries' values of one indicator in one year."""
    chosen = [v for v in values if v.year == year and v.area in COUNTRY_CODES]
    chosen.sort(key=lambda v: v.value, reverse=True)
    points = [
        Point(area_name(v.area), v.value, format_value(v.value, indicator.unit))
        for v in chosen
    ]
    title = _("%(indicator)s, %(year)s") % {"indicator": indicator.name, "year": year}
    listing = "; ".join(f"{p.label}: {p.shown}" for p in points)
    description = _(
        "%(indicator)s in %(year)s, by country, largest first. %(values)s."
    ) % {"indicator": indicator.name, "year": year, "values": listing}
    chart = bar_chart(title, description, points)
    rows = [(p.label, p.shown, v.note) for p, v in zip(points, chosen, strict=True)]
    return Figure(indicator, chart, rows, _sources(chosen), _("Country"))


def best_year(values: list[IndicatorValue]) -> int | None:
    """Return the latest year with values for the most covered countries."""
    by_year: dict[int, int] = {}
    for value in values:
        if value.area in COUNTRY_CODES:
            by_year[value.year] = by_year.get(value.year, 0) + 1
    if not by_year:
        return None
    return max(by_year, key=lambda year: (by_year[year], year))


def years_of(values: list[IndicatorValue]) -> list[int]:
    return sorted({v.year for v in values if v.area in COUNTRY_CODES}, reverse=True)
