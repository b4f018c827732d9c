"""Language prefix handling that does not redirect to pages that do not exist."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Site


class PortalLocaleMiddleware(LocaleMiddleware):
    """Add the language prefix only where the prefixed address exists.

    Django's middleware redirects any unprefixed 404 to the prefixed path
    when that path matches a pattern; Wagtail's catch-all pattern matches
    everything, so `/nonexistent/` would bounce to `/en/nonexistent/`
    before failing. Here an unknown address is a 404 at once.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponse
    ) -> HttpResponse:
        needs_check = response.status_code == 404 and not (
            translation.get_language_from_path(request.path_info)
        )
        if needs_check and not self._prefixed_path_exists(request):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)

    def _prefixed_path_exists(self, request: HttpRequest) -> bool:
        language = translation.get_language() or settings.LANGUAGE_CODE
        path = f"/{language}{request.path_info}"
        if not path.endswith("/"):
            path += "/"
        try:
            match = resolve(path, getattr(request, "urlconf", None))
        except Resolver404:
            return False
        if match.url_name != "wagtail_serve":
            return True
        return _wagtail_page_exists(request, match.args[0] if match.args else "")


def _wagtail_page_exists(request: HttpRequest, page_path: str) -> bool:
    site = Site.find_for_request(request)
    if site is None:
        return False
    components = [component for component in page_path.split("/") if component]
    try:
        site.root_page.specific.route(request, components)
    except Http404:
        return False
    return True
