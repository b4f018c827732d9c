"""Keep every admin view addressed to one object inside its owner's roles.

Wagtail checks its own permissions view by view; this check runs before
any admin view that names a page (by any of its URL parameters), a record
of a model registered for country ownership, or a bulk action on either,
and refuses it, as Wagtail refuses (a redirect to the dashboard with a
message, 403 to scripts), when the object belongs to a country, or to the
portal, that the user holds no role for. Choosers stay open: linking to
another country's page or institution is allowed; changing it is not.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from governance import ownership

logger = logging.getLogger(__name__)

PAGE_KWARGS = (
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "destination_id",
    "page_pk",
)
BULK_ACTION_URL = "wagtail_bulk_action"


class CountryBoundaryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.WAGTAIL_ADMIN_PATH

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(self.admin_prefix):
            return None
        user = request.user
        if not user.is_authenticated or ownership.is_portal_administrator(user):
            return None
        match = request.resolver_match
        if match is None or _is_chooser(match):
            return None

        reading = request.method in ("GET", "HEAD")
        for obj in _addressed_objects(request, match, view_func, view_kwargs):
            if reading and isinstance(obj, Page) and ownership.leads_to_own(user, obj):
                continue  # the way down to one's own pages, e.g. breadcrumbs
            if not ownership.may_change(user, obj):
                logger.warning(
                    "Refused %s %s to user %s: %r belongs to another owner",
                    request.method,
                    request.path_info,
                    user.pk,
                    obj,
                )
                return _refusal(request)

        if _is_stream_copy(view_func) and not _is_ajax_post(request):
            # wagtail-modeltranslation 0.16.1 fails with a 500 on anything but
            # an XHR POST to this address; answer such requests with 400.
            return HttpResponseBadRequest("Expected an XMLHttpRequest POST.")
        return None


def _refusal(request):
    """Answer as Wagtail does: back to the dashboard, saying why."""
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        raise PermissionDenied
    messages.error(
        request,
        _(
            "This belongs to another country or to the portal's shared "
            "sections. You can change only the content of your own countries."
        ),
    )
    return redirect("wagtailadmin_home")


def _is_stream_copy(view_func) -> bool:
    return view_func.__name__ == "return_translation_target_field_rendered_html"


def _is_ajax_post(request) -> bool:
    xhr = request.headers.get("X-Requested-With") == "XMLHttpRequest"
    return request.method == "POST" and xhr


def _is_chooser(match) -> bool:
    names = [*match.namespaces, match.url_name or ""]
    return any("choose" in name for name in names)


def _addressed_objects(request, match, view_func, kwargs):
    if match.url_name == BULK_ACTION_URL:
        yield from _bulk_objects(request, kwargs)
        return

    for name in PAGE_KWARGS:
        if name in kwargs:
            page = Page.objects.filter(pk=kwargs[name]).first()
            if page is not None:
                yield page

    if "pk" in kwargs:
        model = _view_model(match, view_func)
        if model is not None:
            obj = model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
            if obj is not None:
                yield obj


def _view_model(match, view_func):
    if "wagtailadmin_api" in match.namespaces and "pages" in match.namespaces:
        return Page
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    if isinstance(model, str):
        model = apps.get_model(model)
    if model is not None and (
        issubclass(model, Page) or ownership.owner_field(model) is not None
    ):
        return model
    return None


def _bulk_objects(request, kwargs):
    try:
        model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except LookupError:
        return
    if not (issubclass(model, Page) or ownership.owner_field(model)):
        return
    ids = request.GET.getlist("id")
    if "all" in ids:
        raise PermissionDenied  # "select all" spans owners; pick items instead
    numeric = [value for value in ids if value.isdigit()]
    yield from model._default_manager.filter(pk__in=numeric)
