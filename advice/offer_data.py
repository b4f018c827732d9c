"""Where to verify a job offer: official pages, registries and whom to tell."""

from dataclasses import dataclass, field

from advice.models import RecruiterRegistry
from countries.models import CountryPage, PathwayPage, Purpose
from institutions.models import Institution, InstitutionKind


@dataclass(frozen=True)
class CountryContacts:
    country: CountryPage
    registries: list[RecruiterRegistry] = field(default_factory=list)
    emergency_lines: list[Institution] = field(default_factory=list)


@dataclass(frozen=True)
class WhereToVerify:
    destination: CountryContacts
    residence: CountryContacts | None  # None when it is elsewhere or the same
    programmes: list[PathwayPage]  # the destination's work pathways, with pages


def where_to_verify(destination: str, residence: str) -> WhereToVerify | None:
    """Gather the places to check an offer; None for an unpublished country."""
    codes = {destination, residence} - {""}
    countries = {
        page.iso_code: page
        for page in CountryPage.objects.live()
        .filter(iso_code__in=codes)
        .select_related("migration_authority", "labour_ministry")
    }
    if destination not in countries:
        return None

    registries = list(RecruiterRegistry.objects.live().filter(country__in=codes))
    lines = list(
        Institution.objects.live()
        .filter(country__in=codes, kind=InstitutionKind.EMERGENCY_LINE)
        .prefetch_related("phones")
    )
    programmes = [
        pathway
        for pathway in PathwayPage.objects.live()
        .child_of(countries[destination])
        .filter(purpose=Purpose.WORK)
        .order_by("title")
        if pathway.official_url
    ]

    def contacts(code: str) -> CountryContacts:
        return CountryContacts(
            countries[code],
            [r for r in registries if r.country == code],
            [line for line in lines if line.country == code],
        )

    other = residence if residence in countries and residence != destination else ""
    return WhereToVerify(
        contacts(destination), contacts(other) if other else None, programmes
    )
