"""Site-wide views: the language choice at `/`, error pages, health."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from lib.i18n import content_languages


@require_safe
def choose_language(request: HttpRequest) -> HttpResponse:
    """Send the visitor to the home page in the language they prefer."""
    language = translation.get_language_from_request(request, check_path=False)
    if language not in content_languages():
        language = settings.LANGUAGE_CODE

    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


def _language_for_error(request: HttpRequest) -> str:
    prefix = request.path_info.lstrip("/").split("/", 1)[0]
    if prefix in content_languages():
        return prefix
    return translation.get_language_from_request(request, check_path=False)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    language = _language_for_error(request)
    with translation.override(language):
        body = render_to_string("404.html", {"language": language}, request=request)
    return HttpResponse(body, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    language = _language_for_error(request)
    with translation.override(language):
        body = render_to_string("500.html", {"language": language})
    return HttpResponse(body, status=500)


@never_cache
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})
