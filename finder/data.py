"""Load the rules and the pathways they belong to, in a few queries."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from countries.models import CountryPage, PathwayFee, PathwayPage
from finder.choices import JobOffer
from finder.models import EligibilityCondition, PathwayRule
from finder.rules import Direction, Rule
from lib.nationalities import expand


@dataclass(frozen=True)
class FinderData:
    rules: list[Rule]
    pathways: dict[int, PathwayPage]
    countries: dict[str, CountryPage]  # by upper-case ISO code
    conditions: dict[int, list[EligibilityCondition]]  # by pathway id
    fees: dict[int, list[PathwayFee]]  # by pathway id


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


def _by_page(items: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for item in items:
        grouped[item.page_id].append(item)
    return grouped


def load() -> FinderData:
    """Read every live pathway with its rule, conditions and fees.

    Child rows are read with one plain query each and grouped here:
    modelcluster's managers make prefetching them per page slow.
    """
    countries = {
        country.iso_code.upper(): country
        for country in CountryPage.objects.live().select_related(
            "migration_authority", "labour_ministry"
        )
    }
    by_path = {country.path: code for code, country in countries.items()}
    pathways = list(
        PathwayPage.objects.live().select_related("where_to_apply").order_by("path")
    )
    ids = [pathway.pk for pathway in pathways]
    stored_rules = {
        rule.page_id: rule for rule in PathwayRule.objects.filter(page_id__in=ids)
    }
    conditions = _by_page(
        EligibilityCondition.objects.filter(page_id__in=ids).order_by("sort_order")
    )
    fees = _by_page(PathwayFee.objects.filter(page_id__in=ids).order_by("sort_order"))

    rules: list[Rule] = []
    kept: dict[int, PathwayPage] = {}
    for pathway in pathways:
        code = by_path.get(pathway.path[: -PathwayPage.steplen])
        if code is None:
            continue
        rules.append(rule_for(pathway, code, stored_rules.get(pathway.pk)))
        kept[pathway.pk] = pathway
    return FinderData(rules, kept, countries, dict(conditions), dict(fees))
