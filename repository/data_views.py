"""The data on migration trends: indicators, charts and CSV downloads."""

import csv

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from repository.areas import AREA_CHOICES, COUNTRY_CODES, area_name
from repository.figures import best_year, format_value, year_comparison, years_of
from repository.models import Indicator, IndicatorValue

AREAS = {code for code, _name in AREA_CHOICES}


def _values_by_indicator() -> dict[int, list[IndicatorValue]]:
    grouped: dict[int, list[IndicatorValue]] = {}
    for value in IndicatorValue.objects.select_related("source"):
        grouped.setdefault(value.indicator_id, []).append(value)
    return grouped


@require_safe
def data(request: HttpRequest) -> HttpResponse:
    indicators = list(Indicator.objects.select_related("source"))
    grouped = _values_by_indicator()
    figures = []
    for indicator in indicators:
        values = grouped.get(indicator.pk, [])
        year = best_year(values)
        if year is not None:
            figures.append(year_comparison(indicator, year, values))
    return render(request, "repository/data.html", {"figures": figures})


@require_safe
def indicator(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Indicator.objects.select_related("source"), slug=slug)
    values = list(item.values.select_related("source"))
    years = years_of(values)
    year = best_year(values)
    asked = request.GET.getlist("year")
    if asked:
        if len(asked) > 1 or not asked[0].isdigit() or int(asked[0]) not in years:
            return HttpResponseBadRequest(_("No values for this year."))
        year = int(asked[0])
    context = {
        "indicator": item,
        "figure": year_comparison(item, year, values) if year else None,
        "year": year,
        "years": years,
        "table": _table(values, item.unit),
        "sources": list({v.source_id: v.source for v in values}.values()),
    }
    return render(request, "repository/indicator.html", context)


def _table(values: list[IndicatorValue], unit: str) -> dict:
    """Return every value as rows of countries and regions by columns of years."""
    chronological = sorted({v.year for v in values})
    by_area: dict[str, dict[int, IndicatorValue]] = {}
    for value in values:
        by_area.setdefault(value.area, {})[value.year] = value
    rows = []
    for code, name in AREA_CHOICES:
        if code not in by_area:
            continue
        cells = []
        for year in chronological:
            found = by_area[code].get(year)
            cells.append(format_value(found.value, unit) if found else "")
        rows.append(
            {"name": str(name), "cells": cells, "region": code not in COUNTRY_CODES}
        )
    return {"years": chronological, "rows": rows}


@require_safe
def indicator_csv(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(Indicator.objects.select_related("source"), slug=slug)
    values = item.values.select_related("source").order_by("area", "year")
    countries = request.GET.getlist("country")
    if countries:
        if len(countries) > 1 or countries[0] not in AREAS:
            return HttpResponseBadRequest(_("Unknown country or region."))
        values = values.filter(area=countries[0])

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{item.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        ["indicator", "country", "country_name", "year", "value", "unit"]
        + ["source", "source_url", "note"]
    )
    for value in values:
        writer.writerow(
            [item.slug, value.area, area_name(value.area), value.year]
            + [_plain(value.value), item.unit, value.source.title, value.source.url]
            + [value.note]
        )
    return response


def _plain(number) -> str:
    return format(number.normalize(), "f")
