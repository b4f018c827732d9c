"""`GET /api/v1/search`: the portal search as JSON."""

from django.http import HttpRequest, JsonResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from lib.i18n import content_languages
from search import engine
from search.params import PAGE_SIZE, parse

PARAMETERS = {"q", "lang", "kind", "country", "page"}


def _error(parameter: str, message: str) -> JsonResponse:
    return JsonResponse(
        {"error": message, "parameter": parameter},
        status=400,
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def search(request: HttpRequest) -> JsonResponse:
    unknown = sorted(set(request.GET) - PARAMETERS)
    if unknown:
        return _error(unknown[0], f"Unknown parameter {unknown[0][:40]!r}.")

    language = request.GET.get("lang", "en")
    if language not in content_languages():
        return _error("lang", "lang must be one of: " + ", ".join(content_languages()))

    # Errors are in English, like the rest of the API; results in `lang`.
    with translation.override("en"):
        query, errors = parse(request.GET, language)
    if not errors and not query.text:
        errors["q"] = "q must contain at least one word."
    if errors:
        parameter = next(iter(errors))
        return _error(parameter, errors[parameter])

    with translation.override(language):
        found = engine.search(query)
        return JsonResponse(_body(found), json_dumps_params={"ensure_ascii": False})


def _body(found: engine.Results) -> dict[str, object]:
    return {
        "query": found.query.text,
        "lang": found.query.language,
        "total": found.total,
        "total_is_lower_bound": found.more,
        "page": found.query.page,
        "pages": found.pages,
        "page_size": PAGE_SIZE,
        "matched_all_words": found.matched_all,
        "corrected": found.corrected,
        "suggestion": found.suggestion or None,
        "results": [
            {
                "kind": result.kind,
                "title": result.title,
                "url": result.url,
                "country": result.country or None,
                "snippet": str(result.snippet.html()),
                "language": result.language,
            }
            for result in found.results
        ],
        "facets": {
            "kind": [
                {"value": facet.value, "label": facet.label, "count": facet.count}
                for facet in found.kinds
            ],
            "country": [
                {"value": facet.value, "label": facet.label, "count": facet.count}
                for facet in found.countries
            ],
        },
    }
