"""Places a resource covers or an indicator value belongs to.

The covered countries come from `lib.countries`; the regions are the ones
the sources use (UN DESA's regions, the World Bank's Latin America and the
Caribbean, and the whole world).
"""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from lib.countries import COUNTRY_CHOICES

REGION_CHOICES: list[tuple[str, str | Promise]] = [
    ("world", _("World")),
    ("americas", _("Americas")),
    ("latin-america-caribbean", _("Latin America and the Caribbean")),
    ("central-america", _("Central America")),
    ("caribbean", _("Caribbean")),
    ("northern-america", _("Northern America")),
]

AREA_CHOICES = [*COUNTRY_CHOICES, *REGION_CHOICES]
COUNTRY_CODES = frozenset(code for code, _name in COUNTRY_CHOICES)
REGION_CODES = frozenset(code for code, _name in REGION_CHOICES)
_NAMES = dict(AREA_CHOICES)


def area_name(code: str) -> str:
    """Return the name of a country or region in the active language."""
    return str(_NAMES.get(code, code))


def is_country(code: str) -> bool:
    return code in COUNTRY_CODES
