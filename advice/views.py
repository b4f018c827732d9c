"""Notices, what changed per country, and email subscriptions to changes."""

import hashlib
import logging

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)

from advice import subscriptions
from advice.forms import ChangesPageForm, NoticeFilterForm, SubscribeForm
from advice.models import Notice, Subscription
from advice.notice_data import (
    next_notice_change,
    reach_of_notices,
    refresh_caches_by,
)
from advice.notices import Place, applies
from advice.throttle import allow
from countries.models import CountryPage
from governance.models import ChangeNote
from lib.countries import covered_country

logger = logging.getLogger(__name__)

PAGE_SIZE = 50
# Per address of the sender, and per email address asked for.
SUBSCRIBE_LIMIT_PER_CLIENT = (10, 60 * 60)
SUBSCRIBE_LIMIT_PER_EMAIL = (3, 24 * 60 * 60)


def _paginate(items, number: int | None):
    try:
        return Paginator(items, PAGE_SIZE).page(number or 1)
    except EmptyPage as error:
        raise Http404("No such page.") from error


# ---------------------------------------------------------------- notices


@require_safe
def notices(request: HttpRequest) -> HttpResponse:
    form = NoticeFilterForm(request.GET)
    if not form.is_valid():
        context = {"form": form, "current": [], "past": None}
        return render(request, "advice/notices.html", context, status=400)

    now = timezone.now()
    code = form.cleaned_data["country"]
    current = list(Notice.objects.current(now))
    past = list(Notice.objects.past(now).order_by("-ends_at", "-pk"))
    refresh_caches_by(request, next_notice_change(now))
    if code:
        place = Place(code, "")
        page = CountryPage.objects.filter(iso_code=code).first()
        if page is not None:
            place = Place(code, page.path)
        reaches = reach_of_notices(current + past)
        current = [n for n in current if applies(reaches[n.pk], place)]
        past = [n for n in past if applies(reaches[n.pk], place)]

    context = {
        "form": form,
        "country": covered_country(code) if code else None,
        "current": current,
        "past": _paginate(past, form.cleaned_data["page"]),
    }
    return render(request, "advice/notices.html", context)


@require_safe
def notice_detail(request: HttpRequest, pk: int) -> HttpResponse:
    notice = get_object_or_404(
        Notice.objects.started().prefetch_related("sources", "pathways"), pk=pk
    )
    if notice.is_current():
        refresh_caches_by(request, notice.ends_at)
    context = {"notice": notice, "is_current": notice.is_current()}
    return render(request, "advice/notice_detail.html", context)


# ---------------------------------------------------------------- changes


def _country_or_404(code: str) -> CountryPage:
    if covered_country(code) is None or code != code.lower():
        raise Http404("Not a covered country.")
    return get_object_or_404(CountryPage.objects.live(), iso_code=code)


def _notes(country: CountryPage | None):
    notes = ChangeNote.objects.filter(material=True).select_related("page")
    if country is not None:
        notes = notes.filter(country=country.iso_code)
    return notes


def _changes_page(
    request: HttpRequest,
    country: CountryPage | None,
    form: SubscribeForm | None = None,
    status: int = 200,
) -> HttpResponse:
    query = ChangesPageForm(request.GET)
    if not query.is_valid():
        status = 400
        notes = None
    else:
        notes = _paginate(_notes(country), query.cleaned_data["page"])
    context = {
        "country": country,
        "notes": notes,
        "form": form if form is not None else SubscribeForm(),
        "countries": [] if country else CountryPage.objects.live().order_by("title"),
    }
    return render(request, "advice/changes.html", context, status=status)


@require_safe
def changes(request: HttpRequest) -> HttpResponse:
    return _changes_page(request, None)


@require_safe
def country_changes(request: HttpRequest, code: str) -> HttpResponse:
    return _changes_page(request, _country_or_404(code))


# ---------------------------------------------------------------- subscriptions


def _client(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@require_POST
def subscribe(request: HttpRequest, code: str) -> HttpResponse:
    country = _country_or_404(code)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return _changes_page(request, country, form, status=400)

    if not allow(f"subscribe:client:{_client(request)}", *SUBSCRIBE_LIMIT_PER_CLIENT):
        logger.warning("Subscription requests over the limit from one client")
        return render(request, "advice/too_many.html", {"country": country}, status=429)

    email = subscriptions.normalise_email(form.cleaned_data["email"])
    # The same answer whatever happens next, so that nobody learns from it
    # whether an address is subscribed; past the limit, nothing is sent.
    if allow(f"subscribe:email:{_digest(email)}", *SUBSCRIBE_LIMIT_PER_EMAIL):
        language = translation.get_language() or "en"
        request_ = subscriptions.Request(email, country.iso_code, language)
        subscriptions.send_confirmation(request_, country.title)
    return render(request, "advice/subscribe_sent.html", {"country": country})


def _invalid_link(request: HttpRequest) -> HttpResponse:
    return render(request, "advice/invalid_link.html", status=400)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request: HttpRequest) -> HttpResponse:
    token = request.POST.get("token") or request.GET.get("token") or ""
    wanted = subscriptions.read_confirmation_token(token)
    if wanted is None or covered_country(wanted.country) is None:
        return _invalid_link(request)
    country = get_object_or_404(CountryPage.objects.live(), iso_code=wanted.country)

    context = {"country": country, "token": token}
    if request.method != "POST":
        # A button, not the link itself, confirms: mail scanners follow links.
        return render(request, "advice/confirm.html", context)

    now = timezone.now()
    subscription, created = Subscription.objects.get_or_create(
        email=wanted.email,
        country=wanted.country,
        defaults={
            "language": wanted.language,
            "confirmed_at": now,
            "notified_until": now,
        },
    )
    if created:
        logger.info(
            "Subscription %s confirmed for %s", subscription.pk, country.iso_code
        )
    return render(request, "advice/confirmed.html", context)


# The token is the credential; mail programs send one-click unsubscribes
# (RFC 8058) as a plain POST without any CSRF cookie.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest) -> HttpResponse:
    token = request.POST.get("token") or request.GET.get("token") or ""
    parsed = subscriptions.read_unsubscribe_token(token)
    if parsed is None:
        return _invalid_link(request)
    email, code = parsed
    country = CountryPage.objects.live().filter(iso_code=code).first()

    context = {"country": country, "token": token}
    if request.method != "POST":
        return render(request, "advice/unsubscribe.html", context)

    deleted, _rows = Subscription.objects.filter(email=email, country=code).delete()
    if deleted:
        logger.info("A subscription to %s was cancelled", code)
    return render(request, "advice/unsubscribed.html", context)
