"""Keep shared caches from serving a page past the moment a notice starts or ends.

Notices are decided at request time, so a page cached by a CDN (purged on
publish) would keep showing a notice that has ended, or miss one that has
started, since nothing is published at those moments. Pages that show
notices record when their list next changes (`request.notices_refresh_at`);
this middleware caps `s-maxage` and `max-age` to that moment.
"""

import math
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control


class NoticeCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        refresh_at = getattr(request, "notices_refresh_at", None)
        if refresh_at is None or response.status_code != 200:
            return response

        seconds = max(0, math.floor((refresh_at - timezone.now()).total_seconds()))
        max_age = get_max_age(response)
        limits = {"s_maxage": seconds}
        if max_age is not None:
            limits["max_age"] = min(max_age, seconds)
        patch_cache_control(response, **limits)
        return response
