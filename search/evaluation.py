"""Measure relevance: recall at 5 and mean reciprocal rank over known queries."""

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

TOP = 5


@dataclass(frozen=True)
class Case:
    q: str
    lang: str
    expect: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    case: Case
    found: tuple[str, ...]
    recall: float
    reciprocal_rank: float


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]

    @property
    def recall_at_5(self) -> float:
        return _mean([outcome.recall for outcome in self.outcomes])

    @property
    def mrr(self) -> float:
        return _mean([outcome.reciprocal_rank for outcome in self.outcomes])

    @property
    def misses(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.recall < 1]

    def summary(self, name: str) -> str:
        return (
            f"{name}: {len(self.outcomes)} queries, recall@{TOP} "
            f"{self.recall_at_5:.3f}, MRR {self.mrr:.3f}"
        )


def load(path: Path) -> list[Case]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return [
        Case(entry["q"], entry["lang"], tuple(entry["expect"]))
        for entry in data["query"]
    ]


def evaluate(cases: Sequence[Case], run: Callable[[str, str], list[str]]) -> Report:
    """Run each case; `run(q, lang)` returns result paths without the prefix."""
    outcomes = []
    for case in cases:
        found = tuple(run(case.q, case.lang)[:TOP])
        hits = [
            any(fnmatchcase(path, pattern) for path in found) for pattern in case.expect
        ]
        ranks = [
            position
            for position, path in enumerate(found, start=1)
            if any(fnmatchcase(path, pattern) for pattern in case.expect)
        ]
        outcomes.append(
            Outcome(
                case,
                found,
                sum(hits) / len(case.expect),
                1 / ranks[0] if ranks else 0.0,
            )
        )
    return Report(tuple(outcomes))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
