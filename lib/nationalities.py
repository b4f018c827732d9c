"""Nationalities the finder knows: every ISO 3166 country, plus two statuses.

Country names come from pycountry, which ships the ISO 3166 names with their
translations, so no list is kept by hand.
"""

import gettext
import unicodedata
from functools import cache

import pycountry

STATELESS = "stateless"
REFUGEE = "refugee"
STATUSES = (STATELESS, REFUGEE)

# Named groups an editor may use in a nationality rule. CARICOM: the 15 full
# member states (caricom.org, "Member States and Associate Members").
# CA-4: the Central America-4 Border Control Agreement of 2006.
GROUPS: dict[str, frozenset[str]] = {
    "caricom": frozenset(
        {
            "AG",
            "BS",
            "BB",
            "BZ",
            "DM",
            "GD",
            "GY",
            "HT",
            "JM",
            "MS",
            "KN",
            "LC",
            "VC",
            "SR",
            "TT",
        }
    ),  # fmt: skip
    "ca4": frozenset({"GT", "SV", "HN", "NI"}),
}
GROUP_PREFIX = "group:"


@cache
def country_codes() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries)


@cache
def _names(language: str) -> dict[str, str]:
    translation = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )
    return {
        country.alpha_2: translation.gettext(
            getattr(country, "common_name", None) or country.name
        )
        for country in pycountry.countries
    }


def country_name(code: str, language: str) -> str:
    return _names(language).get(code.upper(), code)


def sorted_countries(language: str) -> list[tuple[str, str]]:
    """Return (code, name) pairs sorted by name in the given language."""
    names = _names(language)
    return sorted(names.items(), key=lambda item: _sort_key(item[1]))


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def parse_nationality(raw: str) -> str | None:
    """Return a canonical nationality (upper-case code or status), or None."""
    value = raw.strip()
    if value.lower() in STATUSES:
        return value.lower()
    if value.upper() in country_codes():
        return value.upper()
    return None


def parse_rule_entry(raw: str) -> str | None:
    """Return a canonical entry of a nationality rule: a code or a group."""
    value = raw.strip()
    if value.lower().startswith(GROUP_PREFIX):
        group = value[len(GROUP_PREFIX) :].lower()
        return GROUP_PREFIX + group if group in GROUPS else None
    if value.upper() in country_codes():
        return value.upper()
    return None


def expand(entries: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Expand groups in a rule's entries into country codes."""
    codes: set[str] = set()
    for entry in entries:
        if entry.startswith(GROUP_PREFIX):
            codes |= GROUPS[entry[len(GROUP_PREFIX) :]]
        else:
            codes.add(entry)
    return frozenset(codes)
