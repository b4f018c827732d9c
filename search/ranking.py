"""Order matching entries, the same way whichever backend found them.

The order, from strongest to weakest reason:

1. entries that match more of the query's concepts;
2. entries written in the reader's language before those in another
   (a Spanish reader sees Spanish pages first, then pages that exist only
   in English);
3. a score: where each concept matched (title over text over context),
   how (the words typed over a synonym over a corrected spelling), words
   of a phrase found side by side, consecutive concepts found next to each
   other, and the kind's priority.

Each object appears once, by its best entry.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from search.backends.base import Row
from search.query import Alternative, Concept, Plan, Source

FIELD_WEIGHTS = {"title": 3.0, "body": 1.0, "extra": 1.5}
SOURCE_WEIGHTS = {Source.TYPED: 1.0, Source.SYNONYM: 0.8, Source.TYPO: 0.7}
SIDE_BY_SIDE_BONUS = 1.25
# Each concept also found in the title adds this once all are matched.
WHOLE_TITLE_BONUS = 1.5
# Repeated mentions in the text add up to this share of the text weight.
REPEAT_BONUS = 0.5
REPEATS_COUNTED = 4
PRIORITY_WEIGHT = 0.3
# Two concepts typed one after the other and found within this many terms.
NEAR_DISTANCE = 2
NEAR_BONUS = 0.5


@dataclass(frozen=True)
class Fields:
    title: tuple[str, ...]
    body: tuple[str, ...]
    title_set: frozenset[str]
    near_set: frozenset[str]
    all_set: frozenset[str]

    @classmethod
    def of(cls, row: Row) -> "Fields":
        title = tuple(row.title_terms.split())
        body = tuple(row.body_terms.split())
        near = frozenset(title) | frozenset(body)
        return cls(
            title,
            body,
            frozenset(title),
            near,
            near | frozenset(row.extra_terms.split()),
        )


@dataclass(frozen=True)
class Hit:
    row: Row
    matched: int
    same_language: bool
    score: float

    def sort_key(self, priorities: Mapping[str, int]) -> tuple:
        return (
            -self.matched,
            not self.same_language,
            -round(self.score, 6),
            -priorities.get(self.row.kind, 0),
            self.row.key,
        )


def rank(
    rows: Iterable[Row],
    plan: Plan,
    language: str,
    priorities: Mapping[str, int],
) -> list[Hit]:
    """Return one hit per object, best first."""
    best: dict[str, Hit] = {}
    for row in rows:
        hit = score(row, plan, language, priorities)
        if hit.matched == 0:
            continue
        current = best.get(row.key)
        if current is None or hit.sort_key(priorities) < current.sort_key(priorities):
            best[row.key] = hit
    return sorted(best.values(), key=lambda hit: hit.sort_key(priorities))


def score(row: Row, plan: Plan, language: str, priorities: Mapping[str, int]) -> Hit:
    fields = Fields.of(row)
    matched, total, in_title = 0, 0.0, 0
    for concept in plan.concepts:
        value, where = concept_score(concept, row.language, fields)
        if value > 0:
            matched += 1
            total += value
            in_title += where == "title"

    if matched and in_title == len(plan.concepts):
        total += WHOLE_TITLE_BONUS * in_title
    total += NEAR_BONUS * _near_pairs(plan.concepts, row.language, fields)
    total += PRIORITY_WEIGHT * priorities.get(row.kind, 0)
    return Hit(row, matched, row.language == language, total)


def concept_score(concept: Concept, language: str, fields: Fields) -> tuple[float, str]:
    """Best value of any alternative of the concept, and the field it was in."""
    best, where = 0.0, ""
    for alternative in concept.alternatives.get(language, ()):
        value, field = alternative_score(alternative, fields)
        if value > best:
            best, where = value, field
    return best, where


def alternative_score(alternative: Alternative, fields: Fields) -> tuple[float, str]:
    terms = alternative.terms
    if not all(term in fields.all_set for term in terms):
        return 0.0, ""

    if all(term in fields.title_set for term in terms):
        field, value = "title", FIELD_WEIGHTS["title"]
    elif all(term in fields.near_set for term in terms):
        field, value = "body", FIELD_WEIGHTS["body"] * _repeats(terms, fields.body)
    else:
        field, value = "extra", FIELD_WEIGHTS["extra"]

    if len(terms) > 1 and (
        _side_by_side(terms, fields.title) or _side_by_side(terms, fields.body)
    ):
        value *= SIDE_BY_SIDE_BONUS
    return value * SOURCE_WEIGHTS[alternative.source], field


def _near_pairs(concepts: Sequence[Concept], language: str, fields: Fields) -> int:
    """Count consecutive concepts found close together in the title or text."""
    pairs = 0
    for first, second in zip(concepts, concepts[1:], strict=False):
        for words in (fields.title, fields.body):
            if _near(first.terms(language), second.terms(language), words):
                pairs += 1
                break
    return pairs


def _near(left: set[str], right: set[str], words: Sequence[str]) -> bool:
    last_left = -NEAR_DISTANCE - 1
    last_right = -NEAR_DISTANCE - 1
    for position, word in enumerate(words):
        if word in left:
            if position - last_right <= NEAR_DISTANCE:
                return True
            last_left = position
        if word in right:
            if position - last_left <= NEAR_DISTANCE:
                return True
            last_right = position
    return False


def _repeats(terms: Sequence[str], body: Sequence[str]) -> float:
    mentions = min(body.count(term) for term in terms)
    extra = min(max(mentions - 1, 0), REPEATS_COUNTED) / REPEATS_COUNTED
    return 1.0 + REPEAT_BONUS * extra


def _side_by_side(terms: Sequence[str], words: Sequence[str]) -> bool:
    width = len(terms)
    first = terms[0]
    for position, word in enumerate(words[: len(words) - width + 1]):
        if word == first and tuple(words[position : position + width]) == tuple(terms):
            return True
    return False
