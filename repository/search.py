"""Full-text search over resources: metadata and the text of their PDFs.

The whole query side is `search_resources`; it returns a queryset, so that
facets are counted in SQL over exactly the resources that match. The index
is the database's own: an FTS5 table kept by triggers on SQLite, and a GIN
expression index on PostgreSQL (both created by migration 0002).
"""

import re

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from lib.i18n import content_languages

# Longest query accepted; the browse form refuses longer ones.
MAX_QUERY_LENGTH = 200

FTS_TABLE = "repository_resource_fts"
# The same expression as the PostgreSQL index, or the index is not used.
PG_VECTOR = (
    "(to_tsvector('english'::regconfig, repository_resource.search_text) || "
    "to_tsvector('spanish'::regconfig, repository_resource.search_text))"
)
PG_QUERY = (
    "(websearch_to_tsquery('english'::regconfig, %s) || "
    "websearch_to_tsquery('spanish'::regconfig, %s))"
)

_WORD = re.compile(r"\w+", re.UNICODE)


def search_resources(query: str, queryset: QuerySet) -> QuerySet:
    """Return the resources of `queryset` that match every word of `query`.

    The result stays an ordinary queryset (usable as a subquery, so facets
    count exactly the matches); `order_by_relevance` sorts it best first.
    An empty query matches nothing.
    """
    words = query_words(query)
    if not words:
        return queryset.none()
    if connection.vendor == "postgresql":
        text = " ".join(words)
        matching = (
            "SELECT repository_resource.id FROM repository_resource "  # noqa: S608 -- constant SQL, words bound
            f"WHERE {PG_VECTOR} @@ {PG_QUERY}"
        )
        return queryset.filter(pk__in=RawSQL(matching, [text, text]))  # noqa: S611 -- words bound
    matching = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608 -- constant SQL
    return queryset.filter(pk__in=RawSQL(matching, [_fts_match(words)]))  # noqa: S611 -- words bound


def order_by_relevance(query: str, queryset: QuerySet) -> QuerySet:
    """Order search results best first, then newest; only at the top level."""
    words = query_words(query)
    if not words:
        return queryset
    if connection.vendor == "postgresql":
        text = " ".join(words)
        ranked = queryset.extra(  # noqa: S610 -- constant SQL, words bound
            select={"search_rank": f"ts_rank({PG_VECTOR}, {PG_QUERY})"},
            select_params=[text, text],
        )
        return ranked.order_by("-search_rank", "-year", "-pk")
    ranked = queryset.extra(  # noqa: S610 -- constant SQL, words bound
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = repository_resource.id", f"{FTS_TABLE} MATCH %s"],
        params=[_fts_match(words)],
        select={"search_rank": f"{FTS_TABLE}.rank"},
    )
    return ranked.order_by("search_rank", "-year", "-pk")


def _fts_match(words: list[str]) -> str:
    return " ".join(f'"{word}"' for word in words)


def query_words(query: str) -> list[str]:
    """Split a visitor's query into words; operators are not supported."""
    return _WORD.findall(query[:MAX_QUERY_LENGTH].lower())[:20]


def search_document(resource) -> str:
    """Return the text a resource is found by, in every language."""
    parts = [resource.title, resource.publisher, resource.place, resource.doi]
    parts += [resource.isbn, resource.licence]
    for code in content_languages():
        parts.append(getattr(resource, f"abstract_{code}", "") or "")
    parts += [str(author) for author in resource.authors.all()]
    for theme in resource.themes.all():
        parts += [getattr(theme, f"name_{code}", "") for code in content_languages()]
    parts.append(resource.document_text)
    return "\n".join(part for part in parts if part)
