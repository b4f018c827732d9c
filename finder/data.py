"""Load the rules and the pathways they belong to, in a few queries."""

from dataclasses import dataclass

from countries.models import CountryPage, PathwayPage
from finder.choices import JobOffer
from finder.models import PathwayRule
from finder.rules import Direction, Rule
from lib.nationalities import expand


@dataclass(frozen=True)
class FinderData:
    rules: list[Rule]
    pathways: dict[int, PathwayPage]
    countries: dict[str, CountryPage]  # by upper-case ISO code


def rule_for(
    pathway: PathwayPage, country_code: str, stored: PathwayRule | None
) -> Rule:
    """Turn a pathway and its stored rule into the finder's plain rule."""
    purposes = frozenset({pathway.purpose})
    if stored is None:
        return Rule(pathway.pk, country_code, purposes)

    job_offer = {JobOffer.REQUIRED: True, JobOffer.NOT_REQUIRED: False}.get(
        stored.job_offer
    )
    return Rule(
        pathway_id=pathway.pk,
        country=country_code,
        purposes=purposes | frozenset(stored.extra_purposes or ()),
        direction=Direction(stored.direction or Direction.INBOUND),
        nationalities=expand(stored.nationalities or ()),
        excluded_nationalities=expand(stored.excluded_nationalities or ()),
        job_offer_required=job_offer,
        work_kinds=frozenset(stored.work_kinds or ()),
        relationships=frozenset(stored.relationships or ()),
        family_member_statuses=frozenset(stored.family_member_statuses or ()),
        residence_means=frozenset(stored.residence_means or ()),
        min_age=stored.min_age,
        max_age=stored.max_age,
    )


def load() -> FinderData:
    """Read every live pathway with its rule and conditions."""
    countries = {
        country.iso_code.upper(): country
        for country in CountryPage.objects.live().select_related(
            "migration_authority", "labour_ministry"
        )
    }
    by_path = {country.path: code for code, country in countries.items()}
    pathways = (
        PathwayPage.objects.live()
        .select_related("where_to_apply")
        .prefetch_related("eligibility", "conditions", "fees")
        .order_by("path")
    )

    rules: list[Rule] = []
    kept: dict[int, PathwayPage] = {}
    for pathway in pathways:
        code = by_path.get(pathway.path[: -PathwayPage.steplen])
        if code is None:
            continue
        stored = next(iter(pathway.eligibility.all()), None)
        rules.append(rule_for(pathway, code, stored))
        kept[pathway.pk] = pathway
    return FinderData(rules, kept, countries)
