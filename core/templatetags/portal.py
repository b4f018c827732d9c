"""Template helpers: translated fields with fallback, language links."""

from typing import Any

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from lib.i18n import Translated, translated

register = template.Library()


@register.simple_tag(takes_context=True)
def field(context: template.Context, obj: object, name: str) -> Translated:
    """Return `obj.<name>` in the page's language, or its fallback."""
    return translated(obj, name, translation.get_language() or settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def language_links(context: template.Context) -> list[dict[str, Any]]:
    """Return, for each language, the address of this same page in it."""
    request: HttpRequest | None = context.get("request")
    path = request.get_full_path() if request else "/"
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            local_name = str(_(name))
        links.append(
            {
                "code": code,
                "name": local_name,
                "url": translate_url(path, code),
                "current": code == current,
            }
        )
    return links


@register.filter
def language_name(code: str) -> str:
    """Return the name of a language code in the active language."""
    names = dict(settings.LANGUAGES)
    if code in names:
        return str(_(names[code]))
    info = translation.get_language_info(code) if code else None
    return info["name_translated"] if info else code


@register.filter
def tristate(value: bool | None) -> str:
    """Say yes, no or not stated for a fact that may be unknown."""
    if value is True:
        return _("Yes")
    if value is False:
        return _("No")
    return _("Not stated in our sources")


@register.simple_tag(takes_context=True)
def menu_pages(context: template.Context) -> list[Page]:
    """Return the home page's children that editors chose to show in menus."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return list(site.root_page.get_children().live().in_menu())
