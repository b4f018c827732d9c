"""The job-offer check page: a GET form, so a result can be bookmarked."""

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse

from advice.offer_check import evaluate
from advice.offer_data import where_to_verify
from advice.offer_forms import OfferCheckForm
from advice.offer_wording import sign_text, verdict_text


def serve_offer_check(page, request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])

    form = OfferCheckForm(request.GET if request.GET else None)
    context = page.get_context(request)
    context["form"] = form
    context["sources"] = list(page.sources.all())
    status = 200

    if form.is_bound and not form.is_valid():
        status = 400
    elif form.is_bound:
        answers = form.answers()
        evaluation = evaluate(answers)
        context["evaluation"] = evaluation
        context["verdict_text"] = verdict_text(evaluation.verdict)
        context["signs"] = [(sign, sign_text(sign.code)) for sign in evaluation.signs]
        context["verify"] = where_to_verify(answers.destination, answers.residence)

    return TemplateResponse(request, page.get_template(request), context, status=status)
