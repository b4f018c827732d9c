"""The search results page."""

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe

from countries.models import CountryIndexPage, CountryPage
from search import engine
from search.params import PAGE_SIZE, parse


@require_safe
def results(request: HttpRequest) -> HttpResponse:
    language = translation.get_language() or "en"
    query, errors = parse(request.GET, language)
    found = engine.search(query) if query.text and not errors else None

    context = {
        "query": query,
        "errors": errors,
        "found": found,
        "search_links": _links(query, found),
        "search_text": query.text,
        "start_number": (query.page - 1) * PAGE_SIZE + 1,
    }
    if found is None or not found.total:
        context["country_pages"] = CountryPage.objects.live().order_by("title")
        context["countries_index"] = CountryIndexPage.objects.live().first()
    return render(
        request, "search/results.html", context, status=400 if errors else 200
    )


def _links(query, found) -> dict[str, object]:
    """Addresses for facets and pages, each keeping the other choices."""
    if found is None:
        return {}

    def address(**changes: object) -> str:
        values = {"q": query.text, "kind": query.kind, "country": query.country}
        values.update(changes)
        kept = {
            name: value for name, value in values.items() if value not in ("", None, 1)
        }
        return "?" + urlencode(kept)

    return {
        "all_kinds": address(kind=""),
        "all_countries": address(country=""),
        "kinds": [(facet, address(kind=facet.value)) for facet in found.kinds],
        "countries": [
            (facet, address(country=facet.value)) for facet in found.countries
        ],
        "previous": address(page=query.page - 1) if query.page > 1 else "",
        "next": address(page=query.page + 1) if query.page < found.pages else "",
        "first": address(page=1),
        "suggestion": "?" + urlencode({"q": found.suggestion})
        if found.suggestion
        else "",
    }
