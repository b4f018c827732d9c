"""Who a pathway is for, and whether a person's answers fit it.

Pure functions over plain data: no database, no wording. Reasons are codes
with parameters; templates and the API turn them into sentences.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from lib.nationalities import STATUSES


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Fit(StrEnum):
    FITS = "fits"
    ALMOST = "almost"  # fails only on things a person can change or obtain
    POSSIBLE = "possible"  # nothing fails yet, but questions are unanswered
    NO = "no"


@dataclass(frozen=True)
class Rule:
    """The eligibility of one pathway, with groups already expanded."""

    pathway_id: int
    country: str  # ISO code of the country the pathway belongs to, upper case
    purposes: frozenset[str]
    direction: Direction = Direction.INBOUND
    nationalities: frozenset[str] = frozenset()  # empty: anyone
    excluded_nationalities: frozenset[str] = frozenset()
    job_offer_required: bool | None = None
    work_kinds: frozenset[str] = frozenset()
    relationships: frozenset[str] = frozenset()
    family_member_statuses: frozenset[str] = frozenset()
    residence_means: frozenset[str] = frozenset()
    min_age: int | None = None
    max_age: int | None = None

    @property
    def has_age_limit(self) -> bool:
        return self.min_age is not None or self.max_age is not None


@dataclass(frozen=True)
class Answers:
    nationality: str | None = None  # upper-case ISO code, or a status
    destination: str | None = None  # upper-case ISO code, or "ALL"
    purpose: str | None = None
    work_kind: str | None = None
    job_offer: bool | None = None
    relationship: str | None = None
    family_status: str | None = None
    residence_means: str | None = None
    age: int | None = None


@dataclass(frozen=True)
class Reason:
    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> "Reason":
        return cls(code, tuple(sorted(params.items())))

    def as_dict(self) -> dict[str, object]:
        return dict(self.params)


@dataclass(frozen=True)
class Verdict:
    fit: Fit
    why: tuple[Reason, ...] = ()
    missing: tuple[Reason, ...] = ()
    failed: tuple[Reason, ...] = ()


@dataclass
class _Check:
    why: list[Reason] = field(default_factory=list)
    missing: list[Reason] = field(default_factory=list)
    failed: list[Reason] = field(default_factory=list)
    undecided: bool = False


def evaluate(rule: Rule, answers: Answers) -> Verdict:
    """Decide whether a pathway fits the answers given so far."""
    check = _Check()

    _check_purpose(rule, answers, check)
    _check_nationality(rule, answers, check)
    _check_listed(rule.work_kinds, answers.work_kind, "work_kind", check)
    _check_listed(rule.relationships, answers.relationship, "relationship", check)
    _check_listed(
        rule.family_member_statuses, answers.family_status, "family_status", check
    )
    _check_listed(
        rule.residence_means, answers.residence_means, "residence_means", check
    )
    _check_job_offer(rule, answers, check)
    _check_age(rule, answers, check)

    if check.failed:
        fit = Fit.NO
    elif check.missing:
        fit = Fit.ALMOST
    elif check.undecided:
        fit = Fit.POSSIBLE
    else:
        fit = Fit.FITS
    return Verdict(fit, tuple(check.why), tuple(check.missing), tuple(check.failed))


def _check_purpose(rule: Rule, answers: Answers, check: _Check) -> None:
    if answers.purpose is None:
        check.undecided = True
    elif answers.purpose not in rule.purposes:
        check.failed.append(Reason.of("purpose", purpose=answers.purpose))


def _check_nationality(rule: Rule, answers: Answers, check: _Check) -> None:
    nationality = answers.nationality
    if nationality is None:
        check.undecided = True
        return

    if rule.direction is Direction.OUTBOUND:
        # A programme for a country's own nationals going abroad.
        if nationality == rule.country:
            check.why.append(Reason.of("own_nationals", country=rule.country))
        else:
            check.failed.append(Reason.of("own_nationals", country=rule.country))
        return

    if nationality == rule.country:
        check.failed.append(Reason.of("already_national", country=rule.country))
    elif rule.nationalities:
        if nationality in rule.nationalities:
            check.why.append(Reason.of("nationality_included", nationality=nationality))
        else:
            check.failed.append(
                Reason.of("nationality_not_included", nationality=nationality)
            )
    elif nationality in rule.excluded_nationalities:
        check.failed.append(Reason.of("nationality_excluded", nationality=nationality))
    elif nationality not in STATUSES:
        check.why.append(Reason.of("open_to_all_nationalities"))


def _check_listed(
    allowed: frozenset[str], answer: str | None, name: str, check: _Check
) -> None:
    if not allowed:
        return
    if answer is None:
        check.undecided = True
    elif answer in allowed:
        check.why.append(Reason.of(name, value=answer))
    else:
        check.failed.append(Reason.of(name, value=answer))


def _check_job_offer(rule: Rule, answers: Answers, check: _Check) -> None:
    if rule.job_offer_required is not True:
        if rule.job_offer_required is False:
            check.why.append(Reason.of("no_job_offer_needed"))
        return
    if answers.job_offer is None:
        check.undecided = True
    elif answers.job_offer:
        check.why.append(Reason.of("job_offer_required"))
    else:
        check.missing.append(Reason.of("job_offer_required"))


def _check_age(rule: Rule, answers: Answers, check: _Check) -> None:
    if not rule.has_age_limit:
        return
    if answers.age is None:
        check.undecided = True
        return

    too_young = rule.min_age is not None and answers.age < rule.min_age
    too_old = rule.max_age is not None and answers.age > rule.max_age
    limits = Reason.of("age", min_age=rule.min_age, max_age=rule.max_age)
    if too_old:
        check.failed.append(limits)
    elif too_young:
        # Someone too young may apply later: worth knowing, not a dead end.
        check.missing.append(limits)
    else:
        check.why.append(limits)
