"""Each question below HTTP: what it accepts, what it refuses, where it leads."""

import pytest

from finder import data as finder_data
from finder.flow import candidates, next_question, with_answer
from finder.questions import (
    AGE,
    BY_SLUG,
    DESTINATION,
    NATIONALITY,
    PURPOSE,
    QUESTIONS,
    InvalidAnswer,
)
from finder.rules import Answers

pytestmark = pytest.mark.django_db

INVALID = {
    "nationality": ["XX", "", "gtm", "<script>", "guatemala"],
    "destination": ["FR", "ZZ", "todos", "1"],
    "purpose": ["tourism", "WORKING", "0"],
    "work_kind": ["farm", "seasonal"],
    "job_offer": ["maybe", "true", "1"],
    "relationship": ["cousin", "sibling"],
    "family_status": ["resident", "national"],
    "residence_means": ["savings", "lottery"],
    "age": ["-1", "121", "abc", "12.5", "1e3", "9" * 50],
}


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.slug)
def test_every_option_is_accepted_in_any_case(question):
    for value in question.values():
        assert question.parse(value) is not None
        assert question.parse(value.upper()) == question.parse(value)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.slug)
def test_invalid_answers_are_refused(question):
    for raw in INVALID[question.slug]:
        with pytest.raises(InvalidAnswer):
            question.parse(raw)


def test_every_iso_country_and_both_statuses_are_nationalities():
    values = NATIONALITY.values()

    assert len(values) == 249 + 2
    assert {"GT", "CU", "VE", "HT", "stateless", "refugee"} <= set(values)


def test_destinations_are_the_14_countries_or_all():
    assert len(DESTINATION.values()) == 15
    assert DESTINATION.parse("all") == "all"
    assert DESTINATION.parse("mx") == "MX"


def test_ages_are_whole_years_up_to_120():
    assert AGE.parse("0") == 0
    assert AGE.parse("120") == 120


@pytest.mark.parametrize("slug", [q.slug for q in QUESTIONS if q.kind == "choice"])
def test_every_option_leads_to_a_question_or_an_outcome(slug):
    rules = finder_data.load().rules
    question = BY_SLUG[slug]
    start = _answers_reaching(question, rules)

    for value in question.values():
        answers = with_answer(start, question, question.parse(value))
        following = next_question(answers, rules)
        assert following is None or following in QUESTIONS
        assert following is not question


def _answers_reaching(question, rules) -> Answers:
    """Some answers after which the flow asks `question`."""
    if question is NATIONALITY:
        return Answers()
    if question is DESTINATION:
        return Answers(nationality="GT")
    if question is PURPOSE:
        return Answers(nationality="GT", destination="all")
    for nationality in ("GT", "MX", "JM", "US"):
        for purpose in ("work", "family", "residence"):
            answers = Answers(
                nationality=nationality, destination="all", purpose=purpose
            )
            while (asked := next_question(answers, rules)) is not None:
                if asked is question:
                    return answers
                value = asked.parse(asked.values()[0]) if asked.values() else 30
                answers = with_answer(answers, asked, value)
    raise AssertionError(f"no answers lead to {question.slug}")


def test_follow_up_questions_are_asked_only_when_they_change_the_outcome():
    rules = finder_data.load().rules
    study = Answers(nationality="GT", destination="all", purpose="study")
    visit = Answers(nationality="SV", destination="MX", purpose="visit")

    assert next_question(study, rules) is None or next_question(study, rules) is AGE
    assert next_question(visit, rules) is None
    assert all(not rule.work_kinds for rule in candidates(rules, visit))
