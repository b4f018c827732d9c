"""The public directory of institutions."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from institutions.forms import DirectoryFilterForm
from institutions.models import Institution

PAGE_SIZE = 50


def directory(request: HttpRequest) -> HttpResponse:
    data = request.GET.copy()
    if "country" in data:
        data["country"] = data["country"].strip().lower()
    form = DirectoryFilterForm(data)
    institutions = Institution.objects.live()

    if not form.is_valid():
        context = {"form": form, "institutions": institutions.none()}
        return render(request, "institutions/directory.html", context, status=400)

    if form.cleaned_data["country"]:
        institutions = institutions.filter(country=form.cleaned_data["country"])
    if form.cleaned_data["kind"]:
        institutions = institutions.filter(kind=form.cleaned_data["kind"])

    paginator = Paginator(institutions, PAGE_SIZE)
    try:
        page = paginator.page(form.cleaned_data["page"] or 1)
    except EmptyPage as error:
        raise Http404("No such page of the directory.") from error

    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page_obj": page,
        "institutions": page.object_list,
        "total": paginator.count,
        "query": query.urlencode(),
    }
    return render(request, "institutions/directory.html", context)


def detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    institution = get_object_or_404(
        Institution.objects.live().prefetch_related("services", "locations", "phones"),
        pk=pk,
    )
    if slug != institution.slug:
        return redirect("institutions:detail", pk=pk, slug=institution.slug)
    return render(request, "institutions/detail.html", {"institution": institution})
