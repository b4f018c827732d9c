"""Match in OpenSearch or Elasticsearch instead of the database.

The database keeps every entry (it is the store the rebuild starts from and
where results are read); the engine mirrors writes to an index whose text
fields hold the same finished terms, split on white space. Queries ask the
same boolean question as the database backend, in the engine's query DSL,
so both find the same entries. Configure with SEARCH_URL (and SEARCH_INDEX);
see README, "Search".
"""

import json
import logging
import urllib.request
from collections.abc import Iterable, Sequence
from typing import Any

from search.backends.base import LARGE_TIER_WINDOW, Condition, MatchRequest, Tally
from search.backends.database import DatabaseBackend, _Dialect

logger = logging.getLogger(__name__)

TEXT_FIELDS = ["title_terms", "body_terms", "extra_terms"]
MAPPING = {
    "settings": {"number_of_shards": 1},
    "mappings": {
        "properties": {
            "entry_id": {"type": "long"},
            "key": {"type": "keyword"},
            "kind": {"type": "keyword"},
            "language": {"type": "keyword"},
            "country": {"type": "keyword"},
            "tier": {"type": "byte"},
            "starts_at": {"type": "date"},
            "ends_at": {"type": "date"},
            **{
                name: {"type": "text", "analyzer": "whitespace", "norms": False}
                for name in TEXT_FIELDS
            },
        }
    },
}


class OpenSearchBackend(DatabaseBackend):
    def __init__(self, url: str, index: str = "portal-search", timeout: float = 5):
        self.url = url.rstrip("/")
        self.index = index
        self.timeout = timeout

    def dialect(self) -> _Dialect:
        return _OpenSearch(self)

    def request(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        """Send one request; NDJSON when `body` is a list of lines."""
        data, content_type = None, "application/json"
        if isinstance(body, list):
            data = ("\n".join(json.dumps(line) for line in body) + "\n").encode()
            content_type = "application/x-ndjson"
        elif body is not None:
            data = json.dumps(body).encode()
        request = urllib.request.Request(  # noqa: S310 -- the configured URL
            f"{self.url}/{path}",
            data=data,
            method=method,
            headers={"Content-Type": content_type},
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
            return json.loads(response.read() or b"{}")

    def added(self, entries: Sequence) -> None:
        lines: list[dict[str, Any]] = []
        for entry in entries:
            lines.append({"index": {"_index": self.index, "_id": entry.id}})
            lines.append(_source(entry))
        if lines:
            self.request("POST", "_bulk?refresh=wait_for", lines)

    def written(self, key: str, entries: Sequence) -> None:
        self.removed([key])
        self.added(entries)

    def removed(self, keys: Iterable[str]) -> None:
        query = {"query": {"terms": {"key": list(keys)}}}
        self.request("POST", f"{self.index}/_delete_by_query?refresh=true", query)

    def cleared(self) -> None:
        try:
            self.request("DELETE", self.index)
        except OSError:
            logger.info("No search index %s to delete", self.index)
        self.request("PUT", self.index, MAPPING)


def _source(entry) -> dict[str, Any]:
    return {
        "entry_id": entry.id,
        "key": entry.key,
        "kind": entry.kind,
        "language": entry.language,
        "country": entry.country,
        "tier": entry.tier,
        "starts_at": entry.starts_at.isoformat() if entry.starts_at else None,
        "ends_at": entry.ends_at.isoformat() if entry.ends_at else None,
        "title_terms": entry.title_terms,
        "body_terms": entry.body_terms,
        "extra_terms": entry.extra_terms,
    }


class _OpenSearch(_Dialect):
    """The database dialect's questions, asked in the query DSL."""

    def __init__(self, backend: OpenSearchBackend) -> None:
        self.backend = backend

    def rows(self, cursor, request, tier, limit):
        ids = self._ids(self._query(request, tier, filtered=False), limit, "asc")
        return self.rows_by_id(cursor, ids)

    def tallies(self, cursor, request, limit):
        hits = self._search(
            self._query(request, 1, filtered=False),
            limit,
            "desc",
            ["entry_id", "key", "kind", "country"],
        )
        return [
            Tally(s["key"], s["kind"], s["country"], s["entry_id"])
            for s in (hit["_source"] for hit in hits)
        ]

    def count(self, cursor, request, limit):
        body = {"query": self._query(request, 1, filtered=True)}
        answer = self.backend.request("POST", f"{self.backend.index}/_count", body)
        return min(int(answer.get("count", 0)), limit)

    def window(self, cursor, request, title_only):
        query = self._query(request, 1, filtered=True, title_only=title_only)
        return self.rows_by_id(cursor, self._ids(query, LARGE_TIER_WINDOW, "desc"))

    def rows_by_id(self, cursor, ids):
        rows = {row.id: row for row in super().rows_by_id(cursor, ids)}
        return [rows[i] for i in ids if i in rows]

    def _ids(self, query, size: int, order: str) -> list[int]:
        hits = self._search(query, size, order, ["entry_id"])
        return [hit["_source"]["entry_id"] for hit in hits]

    def _search(self, query, size: int, order: str, fields: list[str]) -> list:
        body = {
            "query": query,
            "size": size,
            "sort": [{"entry_id": order}],
            "_source": fields,
            "track_total_hits": False,
        }
        answer = self.backend.request("POST", f"{self.backend.index}/_search", body)
        return answer.get("hits", {}).get("hits", [])

    def _query(
        self, request: MatchRequest, tier: int, filtered: bool, title_only=False
    ) -> dict[str, Any]:
        now = request.now.isoformat()
        filters: list[dict[str, Any]] = [
            {"term": {"tier": tier}},
            _open_or_before("starts_at", {"lte": now}),
            _open_or_before("ends_at", {"gt": now}),
        ]
        if filtered and request.kind:
            filters.append({"term": {"kind": request.kind}})
        if filtered and request.country:
            filters.append({"term": {"country": request.country}})
        fields = ["title_terms"] if title_only else TEXT_FIELDS
        languages = [
            _condition(condition, request.require_all, fields)
            for condition in request.conditions
        ]
        return {
            "bool": {
                "filter": filters,
                "should": languages,
                "minimum_should_match": 1,
            }
        }


def _open_or_before(field: str, bound: dict[str, str]) -> dict[str, Any]:
    return {
        "bool": {
            "should": [
                {"bool": {"must_not": {"exists": {"field": field}}}},
                {"range": {field: bound}},
            ],
            "minimum_should_match": 1,
        }
    }


def _condition(condition: Condition, require_all: bool, fields: list[str]):
    concepts = [
        {
            "bool": {
                "should": [
                    {
                        "multi_match": {
                            "query": " ".join(terms),
                            "fields": fields,
                            "type": "cross_fields",
                            "operator": "and",
                            "analyzer": "whitespace",
                        }
                    }
                    for terms in alternatives
                ],
                "minimum_should_match": 1,
            }
        }
        for alternatives in condition.concepts
    ]
    combined = (
        {"must": concepts}
        if require_all
        else {"should": concepts, "minimum_should_match": 1}
    )
    return {
        "bool": {"filter": [{"term": {"language": condition.language}}], **combined}
    }
