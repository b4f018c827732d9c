"""Full-text search over resources: metadata and the text of their PDFs.

The whole query side is `search_resources`; it returns a queryset, so that
facets are counted in SQL over exactly the resources that match. Text is
analysed by the portal search's own analyser (`search.analysis`: accents and
case folded, stopwords dropped, Snowball stems in English and in Spanish), so
that "trabajador agricola" finds "trabajadores agrícolas" on every database,
as the portal search does. The database only compares finished terms: an
FTS5 table kept by triggers on SQLite, a GIN index over a `simple` text
vector on PostgreSQL (both created by migration 0002).
"""

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from lib.i18n import content_languages
from search import analysis

# Longest query accepted; the browse form refuses longer ones.
MAX_QUERY_LENGTH = 200
# Words of a query beyond this many are ignored.
MAX_QUERY_WORDS = 20

FTS_TABLE = "repository_resource_fts"
# The same expression as the PostgreSQL index, or the index is not used.
PG_VECTOR = "to_tsvector('simple'::regconfig, repository_resource.search_text)"
PG_QUERY = "to_tsquery('simple'::regconfig, %s)"


def search_resources(query: str, queryset: QuerySet) -> QuerySet:
    """Return the resources of `queryset` that match every word of `query`.

    The result stays an ordinary queryset (usable as a subquery, so facets
    count exactly the matches); `order_by_relevance` sorts it best first.
    An empty query matches nothing.
    """
    alternatives = query_terms(query)
    if not alternatives:
        return queryset.none()
    if connection.vendor == "postgresql":
        matching = (
            "SELECT repository_resource.id FROM repository_resource "  # noqa: S608 -- constant SQL, terms bound
            f"WHERE {PG_VECTOR} @@ {PG_QUERY}"
        )
        return queryset.filter(pk__in=RawSQL(matching, [_tsquery(alternatives)]))  # noqa: S611 -- terms bound
    matching = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608 -- constant SQL
    return queryset.filter(pk__in=RawSQL(matching, [_fts_match(alternatives)]))  # noqa: S611 -- terms bound


def order_by_relevance(query: str, queryset: QuerySet) -> QuerySet:
    """Order search results best first, then newest; only at the top level."""
    alternatives = query_terms(query)
    if not alternatives:
        return queryset
    if connection.vendor == "postgresql":
        ranked = queryset.extra(  # noqa: S610 -- constant SQL, terms bound
            select={"search_rank": f"ts_rank({PG_VECTOR}, {PG_QUERY})"},
            select_params=[_tsquery(alternatives)],
        )
        return ranked.order_by("-search_rank", "-year", "-pk")
    ranked = queryset.extra(  # noqa: S610 -- constant SQL, terms bound
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = repository_resource.id", f"{FTS_TABLE} MATCH %s"],
        params=[_fts_match(alternatives)],
        select={"search_rank": f"{FTS_TABLE}.rank"},
    )
    return ranked.order_by("search_rank", "-year", "-pk")


def query_terms(query: str) -> list[tuple[str, ...]]:
    """Return, per word of the query, the terms that may stand for it.

    A word may be written in either language, so it stands for its English
    and its Spanish stem alike. Analysed terms hold only letters and digits,
    so no query syntax reaches the database.
    """
    words = analysis.words(query[:MAX_QUERY_LENGTH])[:MAX_QUERY_WORDS]
    alternatives = []
    for word in dict.fromkeys(words):
        stems = {analysis.stem(word, language) for language in analysis.languages()}
        alternatives.append(tuple(sorted(stems)))
    return alternatives


def _fts_match(alternatives: list[tuple[str, ...]]) -> str:
    return " AND ".join(
        "(" + " OR ".join(f'"{term}"' for term in terms) + ")" for terms in alternatives
    )


def _tsquery(alternatives: list[tuple[str, ...]]) -> str:
    return " & ".join("(" + " | ".join(terms) + ")" for terms in alternatives)


def search_document(resource) -> str:
    """Return the analysed terms a resource is found by, in every language."""
    parts = [resource.title, resource.publisher, resource.place, resource.doi]
    parts += [resource.isbn, resource.licence]
    for code in content_languages():
        parts.append(getattr(resource, f"abstract_{code}", "") or "")
    parts += [str(author) for author in resource.authors.all()]
    for theme in resource.themes.all():
        parts += [getattr(theme, f"name_{code}", "") for code in content_languages()]
    parts.append(resource.document_text)
    text = "\n".join(part for part in parts if part)
    terms = []
    for language in analysis.languages():
        terms += analysis.terms(text, language)
    return " ".join(terms)
