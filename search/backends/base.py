"""What every backend answers: which entries match, and how many.

A backend never sees what the person typed, only finished terms grouped
into concepts (see `search.query`), so every backend matches the same way.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from search.models import Entry

# Portal content matches are all ranked; past this many, the oldest are left.
SMALL_TIER_LIMIT = 1000
# Large-tier matches are counted up to this many, then "more than".
LARGE_TIER_COUNT_LIMIT = 500
# Large-tier entries ranked per query: newest title matches, newest matches.
LARGE_TIER_WINDOW = 50

Terms = tuple[str, ...]


@dataclass(frozen=True)
class Condition:
    """For one language: each concept as its alternatives, each all-of terms."""

    language: str
    concepts: tuple[tuple[Terms, ...], ...]


@dataclass(frozen=True)
class MatchRequest:
    conditions: tuple[Condition, ...]
    require_all: bool
    now: datetime
    kind: str = ""
    country: str = ""


@dataclass(frozen=True)
class Row:
    """A matching entry with what ranking needs."""

    id: int
    key: str
    kind: str
    language: str
    country: str
    tier: int
    title_terms: str
    body_terms: str
    extra_terms: str


@dataclass(frozen=True)
class Tally:
    """One matching entry, for counting: objects are counted once."""

    key: str
    kind: str
    country: str
    id: int = 0


@dataclass
class Matches:
    rows: list[Row] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    # True when large-tier matches went past the counting limit.
    capped: bool = False
    # With `capped`: matching large-tier entries under the filters, at least.
    large_filtered_count: int = 0


class Backend:
    """Match entries; mirror writes to an external engine when there is one."""

    def match(self, request: MatchRequest) -> Matches:
        raise NotImplementedError

    def added(self, entries: Sequence["Entry"]) -> None:
        """Entries were inserted in the database."""

    def written(self, key: str, entries: Sequence["Entry"]) -> None:
        """An object's entries were replaced in the database."""

    def removed(self, keys: Iterable[str]) -> None:
        """Objects' entries were deleted from the database."""

    def cleared(self) -> None:
        """Every entry was deleted from the database."""
