"""Where to verify a job offer: official pages, registries and whom to tell."""

from dataclasses import dataclass, field

from advice.models import RecruiterRegistry
from countries.models import CountryPage, PathwayPage, Purpose
from finder.choices import Direction
from finder.models import PathwayRule
from institutions.models import Institution, InstitutionKind


@dataclass(frozen=True)
class CountryContacts:
    country: CountryPage
    registries: list[RecruiterRegistry] = field(default_factory=list)
    emergency_lines: list[Institution] = field(default_factory=list)


@dataclass(frozen=True)
class Programme:
    """A work pathway of the destination with an official page to check."""

    pathway: PathwayPage
    # Its finder rule admits only some nationalities or excludes some: an
    # offer naming it may not be open to the person at all.
    nationality_limited: bool = False


@dataclass(frozen=True)
class WhereToVerify:
    destination: CountryContacts
    residence: CountryContacts | None  # None when it is elsewhere or the same
    programmes: list[Programme]  # the destination's, for people coming to work
    # The residence country's programmes for its nationals working abroad,
    # such as a labour ministry's placement service.
    abroad_programmes: list[PathwayPage] = field(default_factory=list)


def _work_programmes(
    country: CountryPage,
) -> tuple[list[Programme], list[PathwayPage]]:
    """A country's work pathways with an official page: those for people who
    come to work there, and those for its own nationals going abroad."""
    pathways = [
        pathway
        for pathway in PathwayPage.objects.live()
        .child_of(country)
        .filter(purpose=Purpose.WORK)
        .order_by("title")
        if pathway.official_url
    ]
    rules = {
        rule.page_id: rule
        for rule in PathwayRule.objects.filter(page_id__in=[p.pk for p in pathways])
    }
    inbound: list[Programme] = []
    outbound: list[PathwayPage] = []
    for pathway in pathways:
        rule = rules.get(pathway.pk)
        if rule is not None and rule.direction == Direction.OUTBOUND:
            outbound.append(pathway)
        else:
            limited = rule is not None and bool(
                rule.nationalities or rule.excluded_nationalities
            )
            inbound.append(Programme(pathway, limited))
    return inbound, outbound


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
    inbound, _ = _work_programmes(countries[destination])
    other = residence if residence in countries and residence != destination else ""
    abroad = _work_programmes(countries[other])[1] if other else []

    def contacts(code: str) -> CountryContacts:
        return CountryContacts(
            countries[code],
            [r for r in registries if r.country == code],
            [line for line in lines if line.country == code],
        )

    return WhereToVerify(
        contacts(destination),
        contacts(other) if other else None,
        inbound,
        abroad,
    )
