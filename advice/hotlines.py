"""Each country's emergency lines, from the directory of institutions."""

from dataclasses import dataclass

from django.db.models import Prefetch

from countries.models import CountryPage
from institutions.models import Institution, InstitutionKind, Phone


@dataclass(frozen=True)
class CountryHotlines:
    country: CountryPage
    lines: list[Institution]  # emergency lines with their phones
    fallback: Institution | None  # the migration authority, when no line


def hotlines_by_country() -> list[CountryHotlines]:
    """Every country, with its emergency lines or else its migration authority."""
    lines = (
        Institution.objects.live()
        .filter(kind=InstitutionKind.EMERGENCY_LINE)
        .prefetch_related(
            Prefetch("phones", queryset=Phone.objects.order_by("sort_order"))
        )
    )
    by_country: dict[str, list[Institution]] = {}
    for line in lines:
        by_country.setdefault(line.country, []).append(line)

    countries = (
        CountryPage.objects.live()
        .select_related("migration_authority")
        .order_by("title")
    )
    return [
        CountryHotlines(
            country,
            by_country.get(country.iso_code, []),
            None if country.iso_code in by_country else country.migration_authority,
        )
        for country in countries
    ]
