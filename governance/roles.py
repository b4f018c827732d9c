"""The roles of the portal and the names of their groups, defined once.

Per country: Editors draft and submit, Reviewers approve and publish.
Portal-wide: Portal administrators run everything, Portal editors look after
the shared sections (every page outside the countries index, and records
that belong to no country).
"""

from dataclasses import dataclass
from enum import Enum

from django.utils import translation

from lib.countries import COVERED_COUNTRIES, covered_country

PORTAL_ADMINISTRATORS = "Portal administrators"
PORTAL_EDITORS = "Portal editors"


class Role(Enum):
    EDITOR = "editor"
    REVIEWER = "reviewer"


_ROLE_WORDS = {Role.EDITOR: "editors", Role.REVIEWER: "reviewers"}


def country_group_name(code: str, role: Role) -> str:
    """Return the group name of a role in a country, e.g. 'Mexico reviewers'."""
    country = covered_country(code)
    if country is None:
        raise ValueError(f"not a covered country: {code!r}")
    # Group names are identifiers shared by every language of the admin.
    with translation.override("en"):
        name = str(country.name)
    return f"{name} {_ROLE_WORDS[role]}"


@dataclass(frozen=True)
class CountryGroup:
    name: str
    country: str
    role: Role


def country_groups() -> list[CountryGroup]:
    """Return every per-country group, in the order of the covered countries."""
    return [
        CountryGroup(country_group_name(country.code, role), country.code, role)
        for country in COVERED_COUNTRIES
        for role in Role
    ]


def group_roles() -> dict[str, CountryGroup]:
    """Map each per-country group name to its country and role."""
    return {group.name: group for group in country_groups()}
