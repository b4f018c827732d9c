"""Match in the database: FTS5 on SQLite, tsvector and GIN on PostgreSQL.

Both hold the same finished terms and answer the same boolean question
(does an entry contain, for every concept, all the terms of one of its
alternatives?), so they find the same entries. Neither database ranks:
ranking happens in `search.ranking`, the same for both.
"""

from collections.abc import Sequence
from datetime import datetime

from django.db import connection

from search.backends.base import (
    LARGE_TIER_COUNT_LIMIT,
    LARGE_TIER_WINDOW,
    SMALL_TIER_LIMIT,
    Backend,
    Condition,
    Matches,
    MatchRequest,
    Row,
    Tally,
    Terms,
)

ROW_COLUMNS = (
    "e.id, e.key, e.kind, e.language, e.country, e.tier, "
    "e.title_terms, e.body_terms, e.extra_terms"
)
TALLY_COLUMNS = "e.key, e.kind, e.country, e.id"
# Time-bound entries (notices) are found only inside their window.
IN_WINDOW = (
    "(e.starts_at IS NULL OR e.starts_at <= %s) "
    "AND (e.ends_at IS NULL OR e.ends_at > %s)"
)
# SQL below is assembled from the constants above and from finished terms
# (letters and digits only); every value from a request is a parameter.


class DatabaseBackend(Backend):
    def dialect(self) -> "_Dialect":
        return _SQLite() if connection.vendor == "sqlite" else _PostgreSQL()

    def match(self, request: MatchRequest) -> Matches:
        dialect = self.dialect()
        with connection.cursor() as cursor:
            small = dialect.rows(cursor, request, tier=0, limit=SMALL_TIER_LIMIT)
            sample = dialect.tallies(cursor, request, limit=LARGE_TIER_COUNT_LIMIT + 1)
            capped = len(sample) > LARGE_TIER_COUNT_LIMIT
            sample = sample[:LARGE_TIER_COUNT_LIMIT]
            large = self._large(cursor, dialect, request, sample, capped)
            filtered = 0
            if capped and (request.kind or request.country):
                filtered = dialect.count(
                    cursor, request, limit=LARGE_TIER_COUNT_LIMIT + 1
                )

        tallies = [Tally(row.key, row.kind, row.country, row.id) for row in small]
        return Matches(small + large, tallies + sample, capped, filtered)

    def _large(self, cursor, dialect, request, sample, capped) -> list[Row]:
        """The newest title matches, then the newest matches of the sample."""
        if not sample:
            return []
        title = dialect.window(cursor, request, title_only=True)
        newest = [
            tally.id
            for tally in sample
            if (not request.kind or tally.kind == request.kind)
            and (not request.country or tally.country == request.country)
        ][:LARGE_TIER_WINDOW]
        if capped and len(newest) < LARGE_TIER_WINDOW:
            # Rare filters: the sample of newest matches holds too few.
            return _unique(title + dialect.window(cursor, request, title_only=False))
        have = {row.id for row in title}
        return title + dialect.rows_by_id(cursor, [i for i in newest if i not in have])


class _Dialect:
    def rows(self, cursor, request: MatchRequest, tier: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def tallies(self, cursor, request: MatchRequest, limit: int) -> list[Tally]:
        raise NotImplementedError

    def count(self, cursor, request: MatchRequest, limit: int) -> int:
        raise NotImplementedError

    def window(self, cursor, request: MatchRequest, title_only: bool) -> list[Row]:
        raise NotImplementedError

    def rows_by_id(self, cursor, ids: Sequence[int]) -> list[Row]:
        if not ids:
            return []
        marks = ", ".join(["%s"] * len(ids))
        cursor.execute(
            f"SELECT {ROW_COLUMNS} FROM search_entry e WHERE e.id IN ({marks})",  # noqa: S608
            list(ids),
        )
        return _fetch_rows(cursor)


def _now(request: MatchRequest) -> list[datetime]:
    return [request.now, request.now]


def _fetch_rows(cursor) -> list[Row]:
    return [Row(*values) for values in cursor.fetchall()]


def _unique(rows: Sequence[Row]) -> list[Row]:
    seen: dict[int, Row] = {}
    for row in rows:
        seen.setdefault(row.id, row)
    return list(seen.values())


class _SQLite(_Dialect):
    """FTS5 over external content; filters are tokens of the `tags` column."""

    TEXT = "{title_terms body_terms extra_terms}"

    def rows(self, cursor, request, tier, limit):
        cursor.execute(
            f"SELECT {ROW_COLUMNS} FROM search_entry_fts "  # noqa: S608
            "JOIN search_entry e ON e.id = search_entry_fts.rowid "
            f"WHERE search_entry_fts MATCH %s AND {IN_WINDOW} "
            "ORDER BY search_entry_fts.rowid LIMIT %s",
            [self._expression(request, tier, filtered=False), *_now(request), limit],
        )
        return _fetch_rows(cursor)

    def tallies(self, cursor, request, limit):
        cursor.execute(
            f"SELECT {TALLY_COLUMNS} FROM search_entry_fts "  # noqa: S608
            "JOIN search_entry e ON e.id = search_entry_fts.rowid "
            f"WHERE search_entry_fts MATCH %s AND {IN_WINDOW} "
            "ORDER BY search_entry_fts.rowid DESC LIMIT %s",
            [self._expression(request, 1, filtered=False), *_now(request), limit],
        )
        return [Tally(*values) for values in cursor.fetchall()]

    def count(self, cursor, request, limit):
        cursor.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search_entry_fts "  # noqa: S608
            "JOIN search_entry e ON e.id = search_entry_fts.rowid "
            f"WHERE search_entry_fts MATCH %s AND {IN_WINDOW} LIMIT %s)",
            [self._expression(request, 1, filtered=True), *_now(request), limit],
        )
        return cursor.fetchone()[0]

    def window(self, cursor, request, title_only):
        table = "search_entry_title_fts" if title_only else "search_entry_fts"
        expression = self._expression(request, 1, filtered=True, title_only=title_only)
        cursor.execute(
            f"SELECT {ROW_COLUMNS} FROM {table} "  # noqa: S608
            f"JOIN search_entry e ON e.id = {table}.rowid "
            f"WHERE {table} MATCH %s AND {IN_WINDOW} "
            f"ORDER BY {table}.rowid DESC LIMIT %s",
            [expression, *_now(request), LARGE_TIER_WINDOW],
        )
        return _fetch_rows(cursor)

    def _expression(
        self, request: MatchRequest, tier: int, filtered: bool, title_only=False
    ) -> str:
        columns = "{title_terms}" if title_only else self.TEXT
        per_language = " OR ".join(
            f'({{tags}} : "l{condition.language}" AND '
            f"{columns} : ({self._condition(condition, request.require_all)}))"
            for condition in request.conditions
        )
        parts = [f'{{tags}} : "t{tier}"']
        if filtered and request.kind:
            parts.append(f'{{tags}} : "k{request.kind.replace("_", "")}"')
        if filtered and request.country:
            parts.append(f'{{tags}} : "c{request.country}"')
        return " AND ".join(parts) + f" AND ({per_language})"

    def _condition(self, condition: Condition, require_all: bool) -> str:
        joiner = " AND " if require_all else " OR "
        return joiner.join(
            "("
            + " OR ".join(_all_of(terms, " AND ", '"{}"') for terms in alternatives)
            + ")"
            for alternatives in condition.concepts
        )


class _PostgreSQL(_Dialect):
    """Generated tsvector columns with partial GIN indexes per tier."""

    def rows(self, cursor, request, tier, limit):
        where, params = self._where(request, tier, filtered=False)
        cursor.execute(
            f"SELECT {ROW_COLUMNS} FROM search_entry e WHERE {where} "  # noqa: S608
            "ORDER BY e.id LIMIT %s",
            [*params, limit],
        )
        return _fetch_rows(cursor)

    def tallies(self, cursor, request, limit):
        where, params = self._where(request, 1, filtered=False)
        cursor.execute(
            f"SELECT {TALLY_COLUMNS} FROM search_entry e WHERE {where} "  # noqa: S608
            "ORDER BY e.id DESC LIMIT %s",
            [*params, limit],
        )
        return [Tally(*values) for values in cursor.fetchall()]

    def count(self, cursor, request, limit):
        where, params = self._where(request, 1, filtered=True)
        cursor.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM search_entry e WHERE {where} "  # noqa: S608
            "LIMIT %s) AS matching",
            [*params, limit],
        )
        return cursor.fetchone()[0]

    def window(self, cursor, request, title_only):
        column = "title_document" if title_only else "document"
        where, params = self._where(request, 1, filtered=True, column=column)
        cursor.execute(
            f"SELECT {ROW_COLUMNS} FROM search_entry e WHERE {where} "  # noqa: S608
            "ORDER BY e.id DESC LIMIT %s",
            [*params, LARGE_TIER_WINDOW],
        )
        return _fetch_rows(cursor)

    def _where(
        self, request: MatchRequest, tier: int, filtered: bool, column="document"
    ) -> tuple[str, list[object]]:
        # The tier is a literal so that the planner picks its partial index.
        clauses = [f"e.tier = {int(tier)}", IN_WINDOW]
        params: list[object] = [*_now(request)]
        if filtered and request.kind:
            clauses.append("e.kind = %s")
            params.append(request.kind)
        if filtered and request.country:
            clauses.append("e.country = %s")
            params.append(request.country)

        per_language = []
        for condition in request.conditions:
            per_language.append(
                f"(e.language = %s AND e.{column} @@ to_tsquery('simple', %s))"
            )
            params += [condition.language, self._query(condition, request.require_all)]
        clauses.append("(" + " OR ".join(per_language) + ")")
        return " AND ".join(clauses), params

    def _query(self, condition: Condition, require_all: bool) -> str:
        joiner = " & " if require_all else " | "
        return joiner.join(
            "(" + " | ".join(_all_of(terms, " & ", "'{}'") for terms in concept) + ")"
            for concept in condition.concepts
        )


def _all_of(terms: Terms, joiner: str, quote: str) -> str:
    """Terms are letters and digits only (see search.analysis), safe to quote."""
    return "(" + joiner.join(quote.format(term) for term in terms) + ")"
