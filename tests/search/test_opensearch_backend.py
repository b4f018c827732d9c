"""The OpenSearch backend asks the same question as the database backend.

No OpenSearch server runs in the tests: requests go to a recording stand-in
that answers with the entries the database backend finds, so the test
checks the requests, and that results flow through the same ranking.
"""

import pytest

from search import engine
from search.backends import database, opensearch
from search.params import Query

pytestmark = pytest.mark.django_db


class Recorder(opensearch.OpenSearchBackend):
    def __init__(self):
        super().__init__("http://search.invalid:9200", "portal-test")
        self.sent = []
        self.answers = []

    def request(self, method, path, body=None):
        self.sent.append((method, path, body))
        return self.answers.pop(0) if self.answers else {"hits": {"hits": []}}


def _hits(ids):
    return {"hits": {"hits": [{"_source": {"entry_id": i}} for i in ids]}}


def test_a_search_sends_bool_queries_per_language_and_reads_rows(monkeypatch):
    reference = engine.search(Query("seasonal agricultural", "en"))
    matches = database.DatabaseBackend().match(_request_for("seasonal agricultural"))
    recorder = Recorder()
    recorder.answers = [_hits([row.id for row in matches.rows]), _hits([])]
    monkeypatch.setattr(engine, "backend", lambda: recorder)

    found = engine.search(Query("seasonal agricultural", "en"))

    method, path, body = recorder.sent[0]
    assert (method, path) == ("POST", "portal-test/_search")
    languages = body["query"]["bool"]["should"]
    assert [lang["bool"]["filter"][0]["term"]["language"] for lang in languages] == [
        "en",
        "es",
    ]
    match = languages[0]["bool"]["must"][0]["bool"]["should"][0]["multi_match"]
    assert match["operator"] == "and" and match["analyzer"] == "whitespace"
    assert [r.url for r in found.results] == [r.url for r in reference.results]


def _request_for(text):
    from django.utils import timezone

    from search import query
    from search.backends.base import Condition, MatchRequest

    state = engine.state()
    plan = query.plan(text, state.lexicon, state.vocabulary)
    conditions = tuple(
        Condition(
            language,
            tuple(
                tuple(alt.terms for alt in concept.alternatives[language])
                for concept in plan.concepts
            ),
        )
        for language in ("en", "es")
    )
    return MatchRequest(conditions, True, timezone.now())


def test_writes_are_mirrored_as_bulk_lines():
    from search.models import Entry

    recorder = Recorder()
    entry = Entry.objects.first()
    recorder.written(entry.key, [entry])

    assert recorder.sent[0][1] == "portal-test/_delete_by_query?refresh=true"
    method, path, lines = recorder.sent[1]
    assert path == "_bulk?refresh=wait_for"
    assert lines[0] == {"index": {"_index": "portal-test", "_id": entry.id}}
    assert lines[1]["title_terms"] == entry.title_terms
