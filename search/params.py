"""Read and check the parameters of a search, for the page and the API."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _

from lib.countries import covered_country
from search import registry
from search.query import MAX_QUERY_LENGTH, clean

PAGE_SIZE = 10
MAX_PAGE = 1000


@dataclass(frozen=True)
class Query:
    text: str
    language: str
    kind: str = ""
    country: str = ""
    page: int = 1


def parse(params: Mapping[str, str], language: str) -> tuple[Query, dict[str, str]]:
    """Return the query and, per parameter, what is wrong with it."""
    errors: dict[str, str] = {}

    raw = params.get("q", "") or ""
    if len(raw) > MAX_QUERY_LENGTH:
        errors["q"] = _("Type at most %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    text = clean(raw[:MAX_QUERY_LENGTH])

    kind = (params.get("kind", "") or "").strip()
    if kind and registry.kind(kind) is None:
        errors["kind"] = _("There is no kind of content called “%(kind)s”.") % {
            "kind": kind[:40]
        }

    country = (params.get("country", "") or "").strip().lower()
    if country and covered_country(country) is None:
        errors["country"] = _("“%(country)s” is not one of the countries covered.") % {
            "country": country[:40]
        }

    page, page_error = _page(params.get("page", ""))
    if page_error:
        errors["page"] = page_error

    query = Query(
        text=text,
        language=language,
        kind="" if "kind" in errors else kind,
        country="" if "country" in errors else country,
        page=page,
    )
    return query, errors


def _page(raw: str | None) -> tuple[int, str]:
    raw = (raw or "").strip()
    if not raw:
        return 1, ""
    message = _("The page must be a whole number from 1 to %(max)d.") % {
        "max": MAX_PAGE
    }
    if not raw.isascii() or not raw.isdigit() or len(raw) > 6:
        return 1, message
    page = int(raw)
    if not 1 <= page <= MAX_PAGE:
        return 1, message
    return page, ""
