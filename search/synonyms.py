"""Groups of words and phrases that name the same need, in both languages.

The curated groups ship in `search/synonyms.toml`; editors add their own in
the admin (`search.models.SynonymGroup`). Both are applied when a query is
read, so a new group works at once, without rebuilding the index.
"""

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search import analysis

CURATED_FILE = Path(__file__).resolve().parent / "synonyms.toml"

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Group:
    """Phrases that mean the same, each as folded words without stopwords."""

    phrases: tuple[Phrase, ...]

    def stems(self, language: str) -> tuple[tuple[str, ...], ...]:
        """Return each phrase as terms of `language`, without repeats."""
        seen: dict[tuple[str, ...], None] = {}
        for phrase in self.phrases:
            seen[tuple(analysis.stem(word, language) for word in phrase)] = None
        return tuple(seen)


@dataclass(frozen=True)
class Match:
    """A phrase of a group found in a query, at words [start, end)."""

    start: int
    end: int
    group: Group


def parse_terms(text: str) -> list[str]:
    """Split an editor's list: one phrase a line, or separated by commas."""
    pieces = text.replace("\n", ",").replace(";", ",").split(",")
    return [piece.strip() for piece in pieces if piece.strip()]


def group_of(phrases: Iterable[str]) -> Group | None:
    """Build a group; None when fewer than two phrases keep any word."""
    kept: dict[Phrase, None] = {}
    for phrase in phrases:
        words = tuple(analysis.words(phrase))
        if words:
            kept[words] = None
    return Group(tuple(kept)) if len(kept) >= 2 else None


@lru_cache(maxsize=1)
def curated_groups() -> tuple[Group, ...]:
    with CURATED_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    groups = (group_of(entry["terms"]) for entry in data["group"])
    return tuple(group for group in groups if group is not None)


class Lexicon:
    """Find the groups' phrases in a list of query words."""

    def __init__(self, groups: Sequence[Group]) -> None:
        self.groups = tuple(groups)
        self._by_first: dict[tuple[str, str], list[tuple[Phrase, Group]]] = {}
        for group in self.groups:
            for phrase in group.phrases:
                for key in _keys(phrase[0]):
                    self._by_first.setdefault(key, []).append((phrase, group))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self.words = frozenset(
            word for group in self.groups for phrase in group.phrases for word in phrase
        )

    def find(self, words: Sequence[str]) -> list[Match]:
        """Return the longest phrases found, left to right, not overlapping."""
        found = []
        position = 0
        while position < len(words):
            match = self._longest_at(words, position)
            if match is None:
                position += 1
                continue
            found.append(match)
            position = match.end
        return found

    def _longest_at(self, words: Sequence[str], position: int) -> Match | None:
        candidates = []
        for key in _keys(words[position]):
            candidates.extend(self._by_first.get(key, []))
        candidates.sort(key=lambda entry: -len(entry[0]))
        for phrase, group in candidates:
            end = position + len(phrase)
            if end <= len(words) and all(
                _same_word(phrase[i], words[position + i]) for i in range(len(phrase))
            ):
                return Match(position, end, group)
        return None


def _keys(word: str) -> list[tuple[str, str]]:
    return [(language, analysis.stem(word, language)) for language in analysis.STEMMERS]


def _same_word(a: str, b: str) -> bool:
    """Two folded words are the same when they share a stem in some language."""
    return a == b or any(
        analysis.stem(a, language) == analysis.stem(b, language)
        for language in analysis.STEMMERS
    )
