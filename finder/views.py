"""The finder's pages: one question at a time, results, comparison, checklist."""

from urllib.parse import urlencode

import segno
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.models import InformationPage
from countries.models import Purpose
from finder import data as finder_data
from finder import wording
from finder.flow import (
    answer_of,
    asked,
    next_question,
    parse_answers,
    relevant_answers,
    to_query,
)
from finder.models import ShortLink
from finder.outcomes import (
    CountryResult,
    PathwayResult,
    for_pathway,
    outcomes,
    programmes_at_home,
)
from finder.questions import BY_SLUG, PURPOSE, WORK_KIND, Question
from finder.rules import Answers, Direction


def _query(answers: Answers, **extra: str) -> str:
    return urlencode({**to_query(answers), **extra})


def _answers_before(
    answers: Answers, path: list[Question], question: Question
) -> Answers:
    """The answers given before `question` on the path."""
    kept = {}
    for asked_question in path:
        if asked_question is question:
            break
        kept[asked_question.slug] = answer_of(answers, asked_question)
    return Answers(**kept)


@require_safe
def finder(request: HttpRequest) -> HttpResponse:
    answers, errors = parse_answers(request.GET)
    data = finder_data.load()

    if errors:
        slug = next(iter(errors))
        question = BY_SLUG[slug]
        before = _answers_before(answers, asked(answers, data.rules), question)
        return _question_page(request, before, question, data, errors[slug], status=400)

    answers = relevant_answers(answers, data.rules)
    path = asked(answers, data.rules)

    edit = BY_SLUG.get(request.GET.get("edit", ""))
    if edit is not None and edit in path:
        before = _answers_before(answers, path, edit)
        return _question_page(
            request, before, edit, data, selected=answer_of(answers, edit)
        )

    question = next_question(answers, data.rules)
    if question is not None:
        return _question_page(request, answers, question, data)
    return _results_page(request, answers, path, data)


def _question_page(
    request: HttpRequest,
    answers: Answers,
    question: Question,
    data: finder_data.FinderData,
    invalid: str | None = None,
    selected: object = None,
    status: int = 200,
) -> HttpResponse:
    path = asked(answers, data.rules)
    previous = path[-1] if path else None
    if isinstance(selected, bool):
        selected = "yes" if selected else "no"
    context = {
        "question": question,
        "text": wording.question_text(question),
        "hint": wording.question_hint(question),
        "options": wording.options(question) if question.kind == "choice" else [],
        "selected": "" if selected is None else str(selected),
        "hidden": to_query(answers),
        "invalid": invalid,
        "step": len(path) + 1,
        "back_query": _query(answers, edit=previous.slug) if previous else None,
        "candidates": _candidate_count(answers, data) if path else None,
    }
    return render(request, "finder/question.html", context, status=status)


def _candidate_count(answers: Answers, data: finder_data.FinderData) -> int:
    results = outcomes(data, answers)
    return sum(len(r.fits) + len(r.possible) + len(r.almost) for r in results)


def _results_page(
    request: HttpRequest,
    answers: Answers,
    path: list[Question],
    data: finder_data.FinderData,
) -> HttpResponse:
    results = outcomes(data, answers)
    summary = [
        {
            "question": wording.question_text(question),
            "answer": _answer_label(question, answer_of(answers, question)),
            "change": _query(answers, edit=question.slug),
        }
        for question in path
    ]
    query = _query(answers)
    countries = [_country_view(result, query, data) for result in results]
    context = {
        "answers": answers,
        "query": query,
        "summary": summary,
        "with_fits": [c for c in countries if c["fits"] or c["almost"]],
        "without_fits": [c for c in countries if not (c["fits"] or c["almost"])],
        "at_home": [
            _card(entry, query, data) for entry in programmes_at_home(data, answers)
        ],
        "compare_query": urlencode(_compare_params(answers)),
        "back_query": _query(answers, edit=path[-1].slug),
        "advice_page": InformationPage.objects.live()
        .filter(slug="labour-migration")
        .first(),
    }
    return render(request, "finder/results.html", context)


def _card(
    entry: PathwayResult, query: str, data: finder_data.FinderData
) -> dict[str, object]:
    verdict, rule, pk = entry.verdict, entry.rule, entry.pathway.pk
    return {
        "pathway": entry.pathway,
        "why": wording.why_line(verdict, rule),
        "missing": [wording.missing_text(reason, rule) for reason in verdict.missing],
        "attributes": wording.attributes(entry.pathway, rule, data.fees.get(pk, [])),
        "conditions": data.conditions.get(pk, []),
        "checklist": reverse("finder:checklist", args=[entry.pathway.pk]) + "?" + query,
    }


def _country_view(
    result: CountryResult, query: str, data: finder_data.FinderData
) -> dict[str, object]:
    closed = [
        {
            "pathway": entry.pathway,
            "reasons": [
                wording.failed_text(reason, entry.rule)
                for reason in entry.verdict.failed
            ],
        }
        for entry in result.ruled_out
    ]
    return {
        "code": result.code,
        "country": result.country,
        "is_own_country": result.is_own_country,
        "fits": [_card(entry, query, data) for entry in result.fits],
        "almost": [_card(entry, query, data) for entry in result.almost],
        "closed": closed,
    }


def _answer_label(question: Question, value: object) -> str:
    if question.kind == "number":
        return str(value)
    if isinstance(value, bool):
        value = "yes" if value else "no"
    return wording.option_label(question, str(value))


def _compare_params(answers: Answers) -> dict[str, str]:
    params = {"purpose": answers.purpose or ""}
    if answers.work_kind:
        params["work_kind"] = answers.work_kind
    return params


@require_safe
def compare(request: HttpRequest) -> HttpResponse:
    """One kind of pathway, side by side across the 14 countries."""
    purpose = request.GET.get("purpose", "")
    work_kind = request.GET.get("work_kind", "")
    if purpose not in Purpose.values or (work_kind and purpose != "work"):
        return _bad_compare(request)
    if work_kind and work_kind not in WORK_KIND.values():
        return _bad_compare(request)

    data = finder_data.load()
    rows = []
    for rule in data.rules:
        if rule.direction is not Direction.INBOUND or purpose not in rule.purposes:
            continue
        if work_kind and rule.work_kinds and work_kind not in rule.work_kinds:
            continue
        pathway = data.pathways[rule.pathway_id]
        rows.append(
            {
                "country": data.countries[rule.country],
                "pathway": pathway,
                "attributes": wording.attributes(
                    pathway, rule, data.fees.get(pathway.pk, [])
                ),
                "who": _restriction(rule),
            }
        )
    rows.sort(key=lambda row: (row["country"].title, row["pathway"].title))
    context = {
        "purpose": Purpose(purpose).label,
        "work_kind": wording.option_label(WORK_KIND, work_kind) if work_kind else "",
        "rows": rows,
        "purposes": wording.options(PURPOSE),
    }
    return render(request, "finder/compare.html", context)


def _restriction(rule) -> str:
    if rule.nationalities:
        return _("Only for nationals of %(countries)s.") % {
            "countries": wording.nationality_list(rule.nationalities)
        }
    return _("Open to all nationalities.")


def _bad_compare(request: HttpRequest) -> HttpResponse:
    context = {"purposes": wording.options(PURPOSE), "invalid": True, "rows": []}
    return render(request, "finder/compare.html", context, status=400)


@require_safe
def checklist(request: HttpRequest, pathway_id: int) -> HttpResponse:
    """A printable list of the documents and steps of one pathway."""
    answers, errors = parse_answers(request.GET)
    if errors:
        raise Http404("Invalid answers.")
    data = finder_data.load()
    result = for_pathway(data, pathway_id, answers)
    if result is None:
        raise Http404("No such pathway.")

    pathway = result.pathway
    result_url = request.build_absolute_uri(
        reverse("finder:finder") + "?" + _query(answers)
    )
    link = ShortLink.for_target(reverse("finder:finder") + "?" + _query(answers))
    short_url = request.build_absolute_uri(reverse("short_link", args=[link.code]))
    context = {
        "pathway": pathway,
        "country": data.countries[result.rule.country],
        "why": wording.why_line(result.verdict, result.rule),
        "requirements": list(pathway.requirements.all()),
        "documents": list(pathway.documents.all()),
        "steps": list(pathway.steps.all()),
        "fees": data.fees.get(pathway.pk, []),
        "conditions": data.conditions.get(pathway.pk, []),
        "result_url": result_url,
        "short_url": short_url,
        "qr_svg": segno.make(short_url, error="m").svg_inline(
            scale=3, title=_("QR code of the link to your result")
        ),
        "query": _query(answers),
    }
    return render(request, "finder/checklist.html", context)


@require_safe
def short_link(request: HttpRequest, code: str) -> HttpResponse:
    link = get_object_or_404(ShortLink, code=code.lower())
    return HttpResponseRedirect(link.target)
