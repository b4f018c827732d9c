"""Login lock-out: the address of a client, and the page a locked user sees."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_ip(request: HttpRequest) -> str:
    """Return the client's address, trusting only the configured proxies.

    Behind TRUSTED_PROXY_COUNT reverse proxies, the client is that many
    entries from the right of X-Forwarded-For; anything further left was
    written by the client itself and cannot be trusted.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR", "")
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]


def lockout_response(
    request: HttpRequest, response=None, credentials=None
) -> HttpResponse:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "governance/locked_out.html",
        {"lockout_minutes": minutes},
        status=429,
    )
