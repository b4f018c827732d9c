"""Which question comes next, given the answers so far and the rules.

A question beyond the first three is asked only when its answer can change
the outcome: when some pathway still possible depends on it.
"""

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from finder.questions import (
    AGE,
    ALL_DESTINATIONS,
    DESTINATION,
    FAMILY_STATUS,
    JOB_OFFER,
    NATIONALITY,
    PURPOSE,
    QUESTIONS,
    RELATIONSHIP,
    RESIDENCE_MEANS,
    WORK_KIND,
    InvalidAnswer,
    Question,
)
from finder.rules import Answers, Fit, Rule, evaluate
from lib.nationalities import STATUSES, country_codes

ALWAYS_ASKED = (NATIONALITY, DESTINATION, PURPOSE)

# The purpose a follow-up question belongs to; None: any purpose.
FOLLOW_UPS: dict[str, str | None] = {
    WORK_KIND.slug: "work",
    JOB_OFFER.slug: "work",
    RELATIONSHIP.slug: "family",
    FAMILY_STATUS.slug: "family",
    RESIDENCE_MEANS.slug: "residence",
    AGE.slug: None,
}


def parse_answers(query: Mapping[str, str]) -> tuple[Answers, dict[str, str]]:
    """Read answers from a query string; return them and the invalid ones."""
    values: dict[str, object] = {}
    errors: dict[str, str] = {}
    for question in QUESTIONS:
        raw = query.get(question.slug)
        if raw is None or raw == "":
            continue
        try:
            values[question.slug] = question.parse(raw)
        except InvalidAnswer:
            errors[question.slug] = raw
    return Answers(**values), errors  # type: ignore[arg-type]


def answer_of(answers: Answers, question: Question) -> object:
    return getattr(answers, question.slug)


def with_answer(answers: Answers, question: Question, value: object) -> Answers:
    return replace(answers, **{question.slug: value})  # type: ignore[arg-type]


def in_scope(rule: Rule, answers: Answers) -> bool:
    """Whether a rule belongs to the destinations the person asked about."""
    destination = answers.destination
    return destination in (None, ALL_DESTINATIONS) or rule.country == destination


def candidates(rules: Iterable[Rule], answers: Answers) -> list[Rule]:
    """The rules in scope that the answers so far do not rule out."""
    return [
        rule
        for rule in rules
        if in_scope(rule, answers) and evaluate(rule, answers).fit is not Fit.NO
    ]


def depends_on(rule: Rule, question: Question) -> bool:
    """Whether the answer to a follow-up question matters for a rule."""
    if question is WORK_KIND:
        return bool(rule.work_kinds)
    if question is JOB_OFFER:
        return rule.job_offer_required is True
    if question is RELATIONSHIP:
        return bool(rule.relationships)
    if question is FAMILY_STATUS:
        return bool(rule.family_member_statuses)
    if question is RESIDENCE_MEANS:
        return bool(rule.residence_means)
    if question is AGE:
        return rule.has_age_limit
    return True


def next_question(answers: Answers, rules: Sequence[Rule]) -> Question | None:
    for question in ALWAYS_ASKED:
        if answer_of(answers, question) is None:
            return question

    remaining = candidates(rules, answers)
    for question in QUESTIONS:
        if question in ALWAYS_ASKED or answer_of(answers, question) is not None:
            continue
        purpose = FOLLOW_UPS[question.slug]
        if purpose is not None and purpose != answers.purpose:
            continue
        if any(depends_on(rule, question) for rule in remaining):
            return question
    return None


def asked(answers: Answers, rules: Sequence[Rule]) -> list[Question]:
    """The questions asked, in order, to reach these answers."""
    path: list[Question] = []
    so_far = Answers()
    while (question := next_question(so_far, rules)) is not None:
        value = answer_of(answers, question)
        if value is None:
            break
        path.append(question)
        so_far = with_answer(so_far, question, value)
    return path


def relevant_answers(answers: Answers, rules: Sequence[Rule]) -> Answers:
    """Keep only the answers to questions the flow actually asks."""
    kept = {q.slug: answer_of(answers, q) for q in asked(answers, rules)}
    return Answers(**kept)  # type: ignore[arg-type]


def to_query(answers: Answers) -> dict[str, str]:
    """Write answers back as query-string values."""
    query: dict[str, str] = {}
    for question in QUESTIONS:
        value = answer_of(answers, question)
        if value is None:
            continue
        if isinstance(value, bool):
            query[question.slug] = "yes" if value else "no"
        else:
            query[question.slug] = (
                str(value).lower() if question is not AGE else str(value)
            )
    return query


def age_values(rules: Iterable[Rule]) -> list[int]:
    """Ages on each side of every limit: all the ages that decide anything."""
    ages = {30}
    for rule in rules:
        for limit in (rule.min_age, rule.max_age):
            if limit is not None:
                ages |= {max(limit - 1, 0), limit, limit + 1}
    return sorted(ages)


def nationality_classes(rules: Iterable[Rule]) -> list[str]:
    """One nationality for each way the rules can treat a person."""
    named: set[str] = set()
    for rule in rules:
        named |= rule.nationalities | rule.excluded_nationalities | {rule.country}
    unnamed = next(code for code in sorted(country_codes()) if code not in named)
    return [*sorted(named), unnamed, *STATUSES]


def enumerate_paths(
    rules: Sequence[Rule], nationalities: Iterable[str], destinations: Iterable[str]
) -> Iterator[Answers]:
    """Every complete set of answers the flow can produce."""
    for nationality in nationalities:
        for destination in destinations:
            start = Answers(nationality=nationality, destination=destination)
            yield from _complete(start, rules)


def _complete(answers: Answers, rules: Sequence[Rule]) -> Iterator[Answers]:
    question = next_question(answers, rules)
    if question is None:
        yield answers
        return
    for value in _values(question, rules):
        yield from _complete(with_answer(answers, question, value), rules)


def _values(question: Question, rules: Sequence[Rule]) -> list[object]:
    if question is AGE:
        return list(age_values(rules))
    if question is JOB_OFFER:
        return [True, False]
    return [question.parse(value) for value in question.values()]
