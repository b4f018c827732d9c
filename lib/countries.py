"""The covered countries: codes and names that do not depend on content."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class CoveredCountry:
    code: str
    name: str | Promise
    official_languages: tuple[str, ...]


# ISO 3166-1 alpha-2 codes, lower case as used in URLs and data files.
COVERED_COUNTRIES: tuple[CoveredCountry, ...] = (
    CoveredCountry("bs", _("Bahamas"), ("en",)),
    CoveredCountry("bz", _("Belize"), ("en",)),
    CoveredCountry("ca", _("Canada"), ("en", "fr")),
    CoveredCountry("cr", _("Costa Rica"), ("es",)),
    CoveredCountry("dm", _("Dominica"), ("en",)),
    CoveredCountry("do", _("Dominican Republic"), ("es",)),
    CoveredCountry("sv", _("El Salvador"), ("es",)),
    CoveredCountry("gt", _("Guatemala"), ("es",)),
    CoveredCountry("gy", _("Guyana"), ("en",)),
    CoveredCountry("hn", _("Honduras"), ("es",)),
    CoveredCountry("mx", _("Mexico"), ("es",)),
    CoveredCountry("ni", _("Nicaragua"), ("es",)),
    CoveredCountry("pa", _("Panama"), ("es",)),
    CoveredCountry("us", _("United States"), ("en",)),
)

COUNTRY_CHOICES = [(country.code, country.name) for country in COVERED_COUNTRIES]
_BY_CODE = {country.code: country for country in COVERED_COUNTRIES}


def covered_country(code: str) -> CoveredCountry | None:
    """Return the covered country with this code, in any case, or None."""
    return _BY_CODE.get(code.strip().lower())
