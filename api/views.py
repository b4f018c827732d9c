"""The public JSON API."""

import logging

from django.http import HttpRequest, JsonResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from finder import data as finder_data
from finder import wording
from finder.flow import next_question, parse_answers, relevant_answers, to_query
from finder.outcomes import PathwayResult, outcomes
from finder.questions import BY_SLUG, Question
from finder.rules import Fit
from lib.i18n import content_languages

logger = logging.getLogger(__name__)

FINDER_PARAMETERS = set(BY_SLUG) | {"lang"}


def _error(parameter: str, message: str) -> JsonResponse:
    return JsonResponse({"error": message, "parameter": parameter}, status=400)


@require_safe
def finder(request: HttpRequest) -> JsonResponse:
    """Evaluate finder answers given as query parameters."""
    unknown = sorted(set(request.GET) - FINDER_PARAMETERS)
    if unknown:
        return _error(unknown[0], f"Unknown parameter {unknown[0]!r}.")

    language = request.GET.get("lang", "en")
    if language not in content_languages():
        return _error("lang", "lang must be one of: " + ", ".join(content_languages()))

    answers, errors = parse_answers(request.GET)
    if errors:
        slug = next(iter(errors))
        return _error(slug, f"{errors[slug]!r} is not an accepted value of {slug}.")

    with translation.override(language):
        return JsonResponse(
            _finder_body(answers), json_dumps_params={"ensure_ascii": False}
        )


def _finder_body(answers) -> dict[str, object]:
    data = finder_data.load()
    answers = relevant_answers(answers, data.rules)
    question = next_question(answers, data.rules)

    countries = []
    for result in outcomes(data, answers):
        entries = result.fits + result.almost + result.possible
        countries.append(
            {
                "country": result.code,
                "country_name": result.country.title,
                "pathways": [_pathway(entry, data) for entry in entries],
            }
        )
    return {
        "answers": to_query(answers),
        "next_question": _question(question) if question else None,
        "outcomes": countries,
    }


def _question(question: Question) -> dict[str, object]:
    body: dict[str, object] = {
        "slug": question.slug,
        "text": wording.question_text(question),
        "options": [
            {"value": value, "label": label}
            for value, label in wording.options(question)
        ],
    }
    if question.kind == "number":
        body.update({"type": "number", "min": 0, "max": 120})
    return body


def _pathway(entry: PathwayResult, data: finder_data.FinderData) -> dict[str, object]:
    verdict, rule, pathway = entry.verdict, entry.rule, entry.pathway
    fees = data.fees.get(pathway.pk, [])
    conditions = data.conditions.get(pathway.pk, [])
    return {
        "slug": pathway.slug,
        "name": pathway.title,
        "url": pathway.get_url(),
        "purpose": pathway.purpose,
        "fits": verdict.fit is Fit.FITS,
        "status": verdict.fit.value,
        "why": wording.why_line(verdict, rule),
        "missing": [wording.missing_text(reason, rule) for reason in verdict.missing],
        "conditions": [str(condition.text) for condition in conditions],
        "attributes": wording.attributes(pathway, rule, fees),
        "verified": pathway.is_verified,
    }
