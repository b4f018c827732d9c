"""Import indicators from CSV files, all or nothing.

Three kinds of file, told apart by their header (UTF-8, comma-separated):

- sources: ``source,title,url,note_en,note_es``
- indicators: ``indicator,name_en,name_es,definition_en,definition_es,unit,source``
- values: ``indicator,country,year,value,source,note``

A value's ``country`` is a covered country's ISO code (``mx``) or a region
(``world``, ``latin-america-caribbean``, ...). ``value`` is a plain number
with a point for decimals and no thousands separators. A value that is not
known has no row. Every row of every file is checked before anything is
written; one error anywhere imports nothing.
"""

import csv
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.db import transaction

from repository.areas import AREA_CHOICES
from repository.models import (
    FIRST_YEAR,
    LAST_YEAR,
    DataSource,
    Indicator,
    IndicatorUnit,
    IndicatorValue,
)

logger = logging.getLogger(__name__)

HEADERS = {
    "sources": ["source", "title", "url", "note_en", "note_es"],
    "indicators": [
        "indicator",
        "name_en",
        "name_es",
        "definition_en",
        "definition_es",
        "unit",
        "source",
    ],
    "values": ["indicator", "country", "year", "value", "source", "note"],
}
AREAS = {code for code, _name in AREA_CHOICES}
MAX_VALUE = Decimal("1e15")


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)
    sources: int = 0
    indicators: int = 0
    values_created: int = 0
    values_updated: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Plan:
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    indicators: dict[str, dict[str, str]] = field(default_factory=dict)
    values: dict[tuple[str, str, int], dict[str, Any]] = field(default_factory=dict)


def import_files(paths: Iterable[Path], dry_run: bool = False) -> ImportResult:
    """Check every file, then import them together, or import nothing."""
    result = ImportResult()
    plan = _Plan()
    known_sources = set(DataSource.objects.values_list("key", flat=True))
    known_indicators = set(Indicator.objects.values_list("slug", flat=True))
    for path in paths:
        _read(path, plan, result, known_sources, known_indicators)
    if result.errors or dry_run:
        return result
    _write(plan, result)
    logger.info(
        "Imported indicators: %s sources, %s indicators, %s values created, %s updated",
        result.sources,
        result.indicators,
        result.values_created,
        result.values_updated,
    )
    return result


def _read(
    path: Path,
    plan: _Plan,
    result: ImportResult,
    known_sources: set[str],
    known_indicators: set[str],
) -> None:
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        result.errors.append(f"{name}: cannot be read as UTF-8 text ({error})")
        return
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    kind = next((k for k, columns in HEADERS.items() if header == columns), None)
    if kind is None or header is None:
        expected = " or ".join(",".join(columns) for columns in HEADERS.values())
        result.errors.append(f"{name}:1: the header must be one of: {expected}")
        return
    for row in reader:
        where = f"{name}:{reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            result.errors.append(
                f"{where}: {len(row)} columns where the header has {len(header)}"
            )
            continue
        cells = {column: cell.strip() for column, cell in zip(header, row, strict=True)}
        problems = _CHECKS[kind](cells, plan, known_sources, known_indicators)
        result.errors.extend(f"{where}: {problem}" for problem in problems)


def _check_source(cells, plan, known_sources, known_indicators) -> list[str]:
    problems = []
    key = cells["source"]
    if not key or not key.replace("-", "").isalnum():
        problems.append("source must be a short key of letters, digits and hyphens")
    if not cells["title"]:
        problems.append("title is empty")
    if cells["url"] and not cells["url"].startswith(("https://", "http://")):
        problems.append("url must start with https:// or http://")
    if key in plan.sources:
        problems.append(f"source {key} is defined twice")
    if not problems:
        plan.sources[key] = cells
        known_sources.add(key)
    return problems


def _check_indicator(cells, plan, known_sources, known_indicators) -> list[str]:
    problems = []
    key = cells["indicator"]
    if not key or not key.replace("-", "").isalnum():
        problems.append("indicator must be a short key of letters, digits and hyphens")
    if not cells["name_en"]:
        problems.append("name_en is empty")
    if not cells["definition_en"]:
        problems.append("definition_en is empty")
    if cells["unit"] not in IndicatorUnit.values:
        units = ", ".join(IndicatorUnit.values)
        problems.append(f"unit {cells['unit']!r} is not one of {units}")
    if cells["source"] not in known_sources:
        problems.append(f"unknown source {cells['source']!r}")
    if key in plan.indicators:
        problems.append(f"indicator {key} is defined twice")
    if not problems:
        plan.indicators[key] = cells
        known_indicators.add(key)
    return problems


def _check_value(cells, plan, known_sources, known_indicators) -> list[str]:
    problems = []
    if cells["indicator"] not in known_indicators:
        problems.append(f"unknown indicator {cells['indicator']!r}")
    if cells["country"] not in AREAS:
        problems.append(f"unknown country or region {cells['country']!r}")
    year = _year(cells["year"])
    if year is None:
        problems.append(
            f"year {cells['year']!r} is not between {FIRST_YEAR} and {LAST_YEAR}"
        )
    value = _number(cells["value"])
    if value is None:
        problems.append(
            f"value {cells['value']!r} is not a plain number (no thousands "
            "separators; leave the row out when the value is not known)"
        )
    if cells["source"] not in known_sources:
        problems.append(f"unknown source {cells['source']!r}")
    if len(cells["note"]) > 300:
        problems.append("note is longer than 300 characters")
    key = (cells["indicator"], cells["country"], year or 0)
    if not problems and key in plan.values:
        problems.append(f"a second value for {key[0]}, {key[1]}, {key[2]}")
    if not problems:
        plan.values[key] = {
            "value": value,
            "source": cells["source"],
            "note": cells["note"],
        }
    return problems


_CHECKS = {
    "sources": _check_source,
    "indicators": _check_indicator,
    "values": _check_value,
}


def _year(text: str) -> int | None:
    if not text.isdigit() or len(text) != 4:
        return None
    year = int(text)
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def _number(text: str) -> Decimal | None:
    if not text or "," in text or "_" in text or " " in text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) >= MAX_VALUE:
        return None
    if value.as_tuple().exponent < -4:  # type: ignore[operator]
        return None
    return value


@transaction.atomic
def _write(plan: _Plan, result: ImportResult) -> None:
    sources = {source.key: source for source in DataSource.objects.all()}
    for key, cells in plan.sources.items():
        sources[key], _created = DataSource.objects.update_or_create(
            key=key,
            defaults={
                "title": cells["title"],
                "url": cells["url"],
                "note_en": cells["note_en"],
                "note_es": cells["note_es"],
            },
        )
        result.sources += 1

    indicators = {indicator.slug: indicator for indicator in Indicator.objects.all()}
    for order, (key, cells) in enumerate(plan.indicators.items()):
        indicators[key], _created = Indicator.objects.update_or_create(
            slug=key,
            defaults={
                "name_en": cells["name_en"],
                "name_es": cells["name_es"],
                "definition_en": cells["definition_en"],
                "definition_es": cells["definition_es"],
                "unit": cells["unit"],
                "source": sources[cells["source"]],
                "sort_order": order,
            },
        )
        result.indicators += 1

    existing = {
        (value.indicator.slug, value.area, value.year): value
        for value in IndicatorValue.objects.select_related("indicator", "source")
    }
    for (indicator, area, year), cells in plan.values.items():
        current = existing.get((indicator, area, year))
        if current is None:
            IndicatorValue.objects.create(
                indicator=indicators[indicator],
                area=area,
                year=year,
                value=cells["value"],
                source=sources[cells["source"]],
                note=cells["note"],
            )
            result.values_created += 1
        elif (current.value, current.source.key, current.note) != (
            cells["value"],
            cells["source"],
            cells["note"],
        ):
            current.value = cells["value"]
            current.source = sources[cells["source"]]
            current.note = cells["note"]
            current.save()
            result.values_updated += 1
