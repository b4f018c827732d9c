"""Outcome data for the personas, kept as JSON a country reviewer can read.

A change in rules or content that changes an outcome fails here until the
snapshot is updated on purpose: `UPDATE_SNAPSHOTS=1 pytest tests/finder`.
Then read the diff of tests/finder/snapshots/ before committing it.
"""

import json
import os
from pathlib import Path

import pytest

from tests.finder.personas import PERSONAS

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "snapshots"


def _outcome(client, query: dict[str, str]) -> dict:
    body = client.get("/api/v1/finder", {**query, "lang": "en"}).json()
    return {
        "answers": body["answers"],
        "outcomes": {
            country["country"]: [
                {
                    "pathway": pathway["slug"],
                    "status": pathway["status"],
                    "why": pathway["why"],
                    "missing": pathway["missing"],
                }
                for pathway in country["pathways"]
            ]
            for country in body["outcomes"]
            if country["pathways"]
        },
    }


@pytest.mark.parametrize("name", PERSONAS)
def test_persona_outcome_matches_its_snapshot(visitor, name):
    outcome = _outcome(visitor, PERSONAS[name]["query"])
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(outcome, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.write_text(text)
    assert path.exists(), f"no snapshot for {name}; run with UPDATE_SNAPSHOTS=1"
    assert path.read_text() == text
