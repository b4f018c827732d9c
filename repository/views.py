"""Public views of the repository: browse, resources, citations, OAI-PMH."""

import logging

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from repository import citations, facets, oai
from repository.forms import BrowseForm, SortOrder
from repository.models import Resource, Theme
from repository.search import order_by_relevance

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
# The columns a result shows; the long texts stay in the database.
LISTED = ("pk", "title", "year", "resource_type", "language", "verified_on")


@require_safe
def browse(request: HttpRequest) -> HttpResponse:
    themes = sorted(Theme.objects.all(), key=lambda theme: theme.name.lower())
    form = BrowseForm(request.GET, [theme.slug for theme in themes])
    context = {"form": form, "themes": themes}
    if not form.is_valid():
        return render(request, "repository/browse.html", context, status=400)

    filters = form.filters()
    sort = form.sort_order()
    results = _ordered(facets.apply(filters), filters.query, sort).only(*LISTED)
    paginator = Paginator(results, PAGE_SIZE)
    # Counted without the ranking join, which only orders the page shown.
    paginator.count = facets.apply(filters).count()
    try:
        page = paginator.page(form.cleaned_data["page"] or 1)
    except EmptyPage as error:
        raise Http404("No such page of the repository.") from error

    query = request.GET.copy()
    query.pop("page", None)
    single_theme = _single_theme(filters, themes)
    context.update(
        {
            "filters": filters,
            "facets": facets.facets(filters, themes),
            "page_obj": page,
            "resources": _with_list_relations(page.object_list),
            "total": paginator.count,
            "query": query.urlencode(),
            "sort": sort,
            "feed_theme": single_theme,
        }
    )
    return render(request, "repository/browse.html", context)


def _ordered(resources, query: str, sort: str):
    """Sort results by date; resources of unknown date count as the oldest."""
    if sort == SortOrder.OLDEST:
        return resources.order_by("date_key", "pk")
    if sort == SortOrder.RELEVANCE and query:
        return order_by_relevance(query, resources)
    return resources.order_by("-date_key", "-pk")


def _with_list_relations(resources) -> list[Resource]:
    return list(resources.prefetch_related("authors"))


def _single_theme(filters: facets.Filters, themes: list[Theme]) -> Theme | None:
    if len(filters.themes) != 1:
        return None
    return next((theme for theme in themes if theme.slug == filters.themes[0]), None)


def _public_resource(pk: int) -> Resource:
    resources = Resource.objects.filter(live=True).select_related("document")
    resources = resources.prefetch_related("authors", "themes", "coverage", "sources")
    return get_object_or_404(resources, pk=pk)


@require_safe
def resource(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    item = _public_resource(pk)
    if slug != item.slug:
        return redirect("repository:resource", pk=pk, slug=item.slug)
    address = request.build_absolute_uri(item.get_absolute_url())
    context = {
        "resource": item,
        "apa": citations.apa(item, address),
        "address": address,
        "pdf_address": request.build_absolute_uri(item.pdf_url) if item.pdf_url else "",
    }
    return render(request, "repository/resource.html", context)


@require_safe
def bibtex(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    item = _public_resource(pk)
    address = request.build_absolute_uri(item.get_absolute_url())
    body = citations.bibtex(item, address)
    return _download(body, "application/x-bibtex", f"resource-{item.pk}.bib")


@require_safe
def ris(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    item = _public_resource(pk)
    address = request.build_absolute_uri(item.get_absolute_url())
    with translation.override("en"):
        keywords = [theme.name_en or theme.slug for theme in item.themes.all()]
    body = citations.ris(item, address, keywords)
    return _download(
        body, "application/x-research-info-systems", f"resource-{item.pk}.ris"
    )


def _download(body: str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@csrf_exempt  # harvesters POST without a session; nothing is changed
@require_http_methods(["GET", "HEAD", "POST"])
def oai_pmh(request: HttpRequest) -> HttpResponse:
    values = request.POST if request.method == "POST" else request.GET
    arguments = {name: values.getlist(name) for name in values}
    base_url = request.build_absolute_uri(reverse("oai"))
    body = oai.respond(arguments, base_url)
    return HttpResponse(body, content_type="text/xml; charset=utf-8")
