"""Template helpers: notices of a page, feed links, the advice section."""

from typing import Any

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from advice.notice_data import (
    NoticesHere,
    notices_at,
    place_of,
    refresh_caches_by,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def notices_here(context: template.Context) -> NoticesHere | None:
    """Return the notices in force on this page, and tell caches when they change."""
    place = place_of(context.get("page"))
    if place is None:
        return None
    here = notices_at(place)
    refresh_caches_by(context.get("request"), here.refresh_at)
    return here


@register.simple_tag(takes_context=True)
def feed_links(context: template.Context) -> list[dict[str, Any]]:
    """The Atom feeds a page offers: its country's changes, all changes, notices."""
    links = []
    code = _country_code(context)
    if code:
        links.append(
            {
                "title": _("What changed in this country"),
                "url": reverse("advice:changes_feed", args=[code]),
            }
        )
    links.append({"title": _("What changed"), "url": reverse("advice:changes_feed")})
    links.append({"title": _("Notices"), "url": reverse("advice:notices_feed")})
    return links


def _country_code(context: template.Context) -> str:
    code = getattr(context.get("country"), "iso_code", "")
    if code:
        return code
    place = place_of(context.get("page"))
    return place.country if place else ""


@register.simple_tag
def advice_section():
    """Return the live advice section, or None."""
    from advice.models import AdviceIndexPage

    return AdviceIndexPage.objects.live().first()


@register.filter
def country_name(code: str) -> str:
    """Name a covered country by its code, in the active language."""
    from lib.countries import covered_country

    country = covered_country(code or "")
    return str(country.name) if country else code
