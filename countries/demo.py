"""Load the demo content from the TOML files beside this module.

Loading creates what is missing and leaves everything that exists alone, so
running it twice changes nothing and never overwrites an editor's work.
"""

import datetime
import logging
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Page

from countries.models import (
    CountryIndexPage,
    CountryPage,
    CountrySource,
    Document,
    EmployerGuideFee,
    EmployerGuidePage,
    EmployerGuideSource,
    EmployerStep,
    Law,
    PathwayFee,
    PathwayPage,
    PathwaySource,
    Requirement,
    Step,
)
from countries.translation import (
    EmployerGuidePageTranslation,
    PathwayPageTranslation,
)
from finder.models import EligibilityCondition, PathwayRule
from institutions.models import Institution, Location, Phone, Service
from lib.countries import covered_country
from lib.i18n import content_languages

logger = logging.getLogger(__name__)

CONTENT_DIR = Path(__file__).resolve().parent / "demo_content"

Data = dict[str, Any]


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)


def _texts(*names: str) -> set[str]:
    return {f"{name}_{code}" for name in names for code in content_languages()}


# The prose fields of each page type, as registered for translation.
_PATHWAY_TEXTS = ("title", *PathwayPageTranslation.fields)
_GUIDE_TEXTS = ("title", *EmployerGuidePageTranslation.fields)
_VERIFICATION = {"verified_on", "verified_by"}
_SOURCE_KEYS = {"title", "url", "kind", "confirmed"}
_FEE_KEYS = {
    "amount",
    "currency",
    "source_title",
    "source_url",
    "valid_on",
    "valid_year",
    "verified",
} | _texts("pays_for")
_ELIGIBILITY_KEYS = {
    "direction",
    "extra_purposes",
    "nationalities",
    "excluded_nationalities",
    "job_offer",
    "work_kinds",
    "relationships",
    "family_member_statuses",
    "residence_means",
    "min_age",
    "max_age",
    "source",
    "conditions",
}
_PATHWAY_KEYS = (
    {"slug", "purpose", "requirements", "documents", "steps", "fees", "sources"}
    | {"eligibility"}
    | {"allows_work", "family_can_come", "leads_to_permanent_residence"}
    | {"where_to_apply", "official_url", "is_free"}
    | _VERIFICATION
    | _texts(*_PATHWAY_TEXTS)
)
_GUIDE_KEYS = (
    {"slug", "steps", "fees", "sources", "institutions"}
    | _VERIFICATION
    | _texts(*_GUIDE_TEXTS)
)
_INSTITUTION_KEYS = {
    "key",
    "kind",
    "acronym",
    "website",
    "email",
    "source_url",
    "verified",
    "services",
    "locations",
    "phones",
} | _texts("name", "description")
_COUNTRY_KEYS = (
    {"code", "slug", "sources", "laws", "institutions", "pathways"}
    | {"employer_guide", "migration_authority", "labour_ministry"}
    | _VERIFICATION
    | _texts("title", "overview")
)


class ContentError(ValueError):
    """A content file that does not follow SCHEMA.md."""


def _check_keys(where: str, data: Data, allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ContentError(f"{where}: unknown keys {', '.join(unknown)}")


def _check_fees_and_sources(where: str, data: Data) -> None:
    for fee in data.get("fees", []):
        _check_keys(f"{where} fee", fee, _FEE_KEYS)
    for source in data.get("sources", []):
        _check_keys(f"{where} source", source, _SOURCE_KEYS)


def validate_country(name: str, country: Data) -> None:
    """Refuse keys the loader does not know: in TOML they are misplaced."""
    _check_keys(name, country, _COUNTRY_KEYS)
    _check_fees_and_sources(name, country)
    for law in country.get("laws", []):
        _check_keys(f"{name} law", law, {"name", "url"} | _texts("description"))
    for institution in country.get("institutions", []):
        _check_keys(f"{name} institution", institution, _INSTITUTION_KEYS)
    for pathway in country.get("pathways", []):
        where = f"{name} pathway {pathway.get('slug')}"
        _check_keys(where, pathway, _PATHWAY_KEYS)
        _check_fees_and_sources(where, pathway)
        if "eligibility" in pathway:
            _check_keys(
                f"{where} eligibility", pathway["eligibility"], _ELIGIBILITY_KEYS
            )
    guide = country.get("employer_guide")
    if guide:
        _check_keys(f"{name} employer guide", guide, _GUIDE_KEYS)
        _check_fees_and_sources(f"{name} employer guide", guide)


def read_country_files(directory: Path = CONTENT_DIR) -> list[Data]:
    """Read and check every country file."""
    data = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as handle:
            country = tomllib.load(handle)
        if covered_country(country.get("code", "")) is None:
            raise ContentError(f"{path.name}: unknown country {country.get('code')!r}")
        validate_country(path.name, country)
        data.append(country)
    return data


def translations(data: Data, name: str) -> dict[str, Any]:
    """Return the `<name>_<lang>` keys of `data` as model field values."""
    return {
        f"{name}_{code}": data[f"{name}_{code}"]
        for code in content_languages()
        if f"{name}_{code}" in data
    }


def item_translations(item: Data) -> dict[str, str]:
    """Return the per-language texts of a list item ({"en": .., "es": ..})."""
    return {f"text_{code}": item[code] for code in content_languages() if code in item}


def verification(data: Data) -> dict[str, Any]:
    verified_on = data.get("verified_on")
    if not verified_on:
        return {}
    if isinstance(verified_on, str):
        verified_on = datetime.date.fromisoformat(verified_on)
    return {"verified_on": verified_on, "verified_by": data.get("verified_by", "")}


def _bool_or_none(data: Data, key: str) -> bool | None:
    value = data.get(key)
    return value if isinstance(value, bool) else None


def _fee_values(fee: Data) -> dict[str, Any]:
    valid_on = fee.get("valid_on")
    if isinstance(valid_on, str):
        valid_on = datetime.date.fromisoformat(valid_on)
    return {
        "amount": Decimal(str(fee["amount"])),
        "currency": fee["currency"].upper(),
        "source_title": fee["source_title"],
        "source_url": fee.get("source_url", ""),
        "valid_on": valid_on,
        "valid_year": fee.get("valid_year"),
        "verified": bool(fee.get("verified", False)),
        **translations(fee, "pays_for"),
    }


def _source_values(source: Data) -> dict[str, Any]:
    return {
        "title": source["title"],
        "url": source.get("url", ""),
        "kind": source.get("kind", "official"),
        "confirmed": bool(source.get("confirmed", False)),
    }


# The change note of a page's first publication: true of every page the
# loader creates, and what a reader following a country wants to know.
FIRST_PUBLICATION = {
    "en": "First published on the portal.",
    "es": "Publicada por primera vez en el portal.",
}


def _publish(page: Page) -> None:
    """Publish a page the loader created, noting that it is new."""
    from governance.notes import NoteDraft, store_note

    store_note(page, NoteDraft(dict(FIRST_PUBLICATION), material=True))
    page.save_revision().publish()


def _find_child(parent: Page, slug: str) -> Page | None:
    return parent.get_children().filter(slug=slug).first()


@transaction.atomic
def load_institutions(country: Data, report: LoadReport) -> dict[str, Institution]:
    institutions = {}
    for data in country.get("institutions", []):
        institution = Institution.objects.filter(
            country=country["code"], name_en=data["name_en"]
        ).first()
        if institution is None:
            institution = _create_institution(country["code"], data)
            report.add(f"institution {institution}")
        institutions[data["key"]] = institution
    return institutions


def _create_institution(code: str, data: Data) -> Institution:
    institution = Institution(
        country=code,
        kind=data["kind"],
        acronym=data.get("acronym", ""),
        website=data.get("website", ""),
        email=data.get("email", ""),
        source_url=data.get("source_url", ""),
        verified=bool(data.get("verified", False)),
        **translations(data, "name"),
        **translations(data, "description"),
    )
    institution.services = [
        Service(
            url=service.get("url", ""),
            is_free=bool(service.get("is_free", False)),
            **translations(service, "name"),
            **translations(service, "description"),
        )
        for service in data.get("services", [])
    ]
    institution.locations = [
        Location(
            name=location["name"],
            address=location.get("address", ""),
            city=location.get("city", ""),
            region=location.get("region", ""),
            languages=location.get("languages", ""),
            **translations(location, "opening_hours"),
        )
        for location in data.get("locations", [])
    ]
    institution.phones = [
        Phone(
            number=phone["number"],
            kind=phone.get("kind", "voice"),
            description=phone.get("description", ""),
        )
        for phone in data.get("phones", [])
    ]
    institution.save()
    return institution


@transaction.atomic
def load_country(index: CountryIndexPage, country: Data, report: LoadReport) -> None:
    institutions = load_institutions(country, report)

    page = _find_child(index, country["slug"])
    if page is None:
        page = _create_country_page(index, country, institutions)
        report.add(f"country {country['code']}")
    country_page = page.specific

    for pathway in country.get("pathways", []):
        if _find_child(country_page, pathway["slug"]) is None:
            _create_pathway(country_page, pathway, institutions)
            report.add(f"pathway {country['code']}/{pathway['slug']}")

    guide = country.get("employer_guide")
    if guide and _find_child(country_page, guide["slug"]) is None:
        _create_employer_guide(country_page, guide, institutions)
        report.add(f"employer guide {country['code']}")


def _create_country_page(
    index: CountryIndexPage, data: Data, institutions: dict[str, Institution]
) -> CountryPage:
    page = CountryPage(
        slug=data["slug"],
        iso_code=data["code"],
        migration_authority=_institution_for(data, "migration_authority", institutions),
        labour_ministry=_institution_for(data, "labour_ministry", institutions),
        **translations(data, "title"),
        **translations(data, "overview"),
        **verification(data),
    )
    page.title = data["title_en"]
    page.laws = [
        Law(
            name=law["name"], url=law.get("url", ""), **translations(law, "description")
        )
        for law in data.get("laws", [])
    ]
    page.sources = [CountrySource(**_source_values(s)) for s in data.get("sources", [])]
    index.add_child(instance=page)
    _publish(page)
    return page


def _institution_for(
    data: Data, kind: str, institutions: dict[str, Institution]
) -> Institution | None:
    """Return the institution named for a role, or the first of that kind."""
    if data.get(kind):
        return institutions[data[kind]]
    for entry in data.get("institutions", []):
        if entry["kind"] == kind:
            return institutions[entry["key"]]
    return None


def _create_pathway(
    country: CountryPage, data: Data, institutions: dict[str, Institution]
) -> PathwayPage:
    text_fields: dict[str, Any] = {}
    for name in _PATHWAY_TEXTS:
        text_fields.update(translations(data, name))

    page = PathwayPage(
        slug=data["slug"],
        purpose=data["purpose"],
        allows_work=_bool_or_none(data, "allows_work"),
        family_can_come=_bool_or_none(data, "family_can_come"),
        leads_to_permanent_residence=_bool_or_none(
            data, "leads_to_permanent_residence"
        ),
        where_to_apply=institutions.get(data.get("where_to_apply", "")),
        official_url=data.get("official_url", ""),
        is_free=bool(data.get("is_free", False)),
        **text_fields,
        **verification(data),
    )
    page.title = data["title_en"]
    page.requirements = [
        Requirement(**item_translations(i)) for i in data.get("requirements", [])
    ]
    page.documents = [
        Document(**item_translations(i)) for i in data.get("documents", [])
    ]
    page.steps = [Step(**item_translations(i)) for i in data.get("steps", [])]
    page.fees = [PathwayFee(**_fee_values(fee)) for fee in data.get("fees", [])]
    page.sources = [PathwaySource(**_source_values(s)) for s in data.get("sources", [])]
    eligibility = data.get("eligibility")
    if eligibility:
        page.eligibility = [_rule(eligibility)]
        page.conditions = [
            EligibilityCondition(**item_translations(condition))
            for condition in eligibility.get("conditions", [])
        ]
    country.add_child(instance=page)
    _publish(page)
    return page


def _rule(data: Data) -> PathwayRule:
    """Build a pathway's eligibility rule, refusing what the admin would."""
    rule = PathwayRule(
        direction=data.get("direction", "inbound"),
        extra_purposes=data.get("extra_purposes", []),
        nationalities=data.get("nationalities", []),
        excluded_nationalities=data.get("excluded_nationalities", []),
        job_offer=data.get("job_offer", ""),
        work_kinds=data.get("work_kinds", []),
        relationships=data.get("relationships", []),
        family_member_statuses=data.get("family_member_statuses", []),
        residence_means=data.get("residence_means", []),
        min_age=data.get("min_age"),
        max_age=data.get("max_age"),
        source=data.get("source", ""),
    )
    try:
        rule.full_clean(exclude=["page"])
    except ValidationError as error:
        raise ContentError(f"eligibility {data}: {error}") from error
    return rule


def _create_employer_guide(
    country: CountryPage, data: Data, institutions: dict[str, Institution]
) -> EmployerGuidePage:
    text_fields: dict[str, Any] = {}
    for name in _GUIDE_TEXTS:
        text_fields.update(translations(data, name))

    page = EmployerGuidePage(slug=data["slug"], **text_fields, **verification(data))
    page.title = data["title_en"]
    page.steps = [EmployerStep(**item_translations(i)) for i in data.get("steps", [])]
    page.fees = [EmployerGuideFee(**_fee_values(fee)) for fee in data.get("fees", [])]
    page.sources = [
        EmployerGuideSource(**_source_values(s)) for s in data.get("sources", [])
    ]
    page.institutions = [
        institutions[key] for key in data.get("institutions", []) if key in institutions
    ]
    country.add_child(instance=page)
    _publish(page)
    return page
