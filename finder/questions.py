"""The finder's questions: their slugs and the answers each accepts.

Wording lives in `finder.wording`; which question comes next in
`finder.flow`. Here only what an answer may be, and how to read it from a
query string.
"""

from collections.abc import Callable
from dataclasses import dataclass

from countries.models import Purpose
from finder.choices import FamilyStatus, Relationship, ResidenceMeans, WorkKind
from lib.countries import COVERED_COUNTRIES
from lib.nationalities import STATUSES, country_codes, parse_nationality

ALL_DESTINATIONS = "all"
MAX_AGE = 120


class InvalidAnswer(ValueError):
    """An answer the question does not accept."""


@dataclass(frozen=True)
class Question:
    slug: str
    kind: str  # "choice" or "number"
    parse: Callable[[str], object]
    values: Callable[[], tuple[str, ...]]  # accepted values, for choices


def _choice(values: tuple[str, ...]) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in values:
            raise InvalidAnswer(raw)
        return value

    return parse


def _nationality(raw: str) -> str:
    value = parse_nationality(raw)
    if value is None:
        raise InvalidAnswer(raw)
    return value


def _destination(raw: str) -> str:
    value = raw.strip()
    if value.lower() == ALL_DESTINATIONS:
        return ALL_DESTINATIONS
    if value.lower() in DESTINATION_CODES:
        return value.upper()
    raise InvalidAnswer(raw)


def _yes_no(raw: str) -> bool:
    value = raw.strip().lower()
    if value not in ("yes", "no"):
        raise InvalidAnswer(raw)
    return value == "yes"


def _age(raw: str) -> int:
    value = raw.strip()
    if not value.isdigit() or len(value) > 3 or int(value) > MAX_AGE:
        raise InvalidAnswer(raw)
    return int(value)


DESTINATION_CODES = tuple(country.code for country in COVERED_COUNTRIES)
PURPOSES = tuple(Purpose.values)

NATIONALITY = Question(
    "nationality",
    "choice",
    _nationality,
    lambda: (*sorted(country_codes()), *STATUSES),
)
DESTINATION = Question(
    "destination",
    "choice",
    _destination,
    lambda: (*(code.upper() for code in DESTINATION_CODES), ALL_DESTINATIONS),
)
PURPOSE = Question("purpose", "choice", _choice(PURPOSES), lambda: PURPOSES)
WORK_KIND = Question(
    "work_kind",
    "choice",
    _choice(tuple(WorkKind.values)),
    lambda: tuple(WorkKind.values),
)
JOB_OFFER = Question("job_offer", "choice", _yes_no, lambda: ("yes", "no"))
RELATIONSHIP = Question(
    "relationship",
    "choice",
    _choice(tuple(Relationship.values)),
    lambda: tuple(Relationship.values),
)
FAMILY_STATUS = Question(
    "family_status",
    "choice",
    _choice(tuple(FamilyStatus.values)),
    lambda: tuple(FamilyStatus.values),
)
RESIDENCE_MEANS = Question(
    "residence_means",
    "choice",
    _choice(tuple(ResidenceMeans.values)),
    lambda: tuple(ResidenceMeans.values),
)
AGE = Question("age", "number", _age, lambda: ())

QUESTIONS: tuple[Question, ...] = (
    NATIONALITY,
    DESTINATION,
    PURPOSE,
    WORK_KIND,
    JOB_OFFER,
    RELATIONSHIP,
    FAMILY_STATUS,
    RESIDENCE_MEANS,
    AGE,
)
BY_SLUG = {question.slug: question for question in QUESTIONS}
