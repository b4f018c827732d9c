"""Groups of words and phrases that name the same need, in both languages.

The curated groups ship in `search/synonyms.toml`; editors add their own in
the admin (`search.models.SynonymGroup`). Both are applied when a query is
read, so a new group works at once, without rebuilding the index.
"""

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search import analysis

CURATED_FILE = Path(__file__).resolve().parent / "synonyms.toml"

Phrase = tuple[str, ...]
# The language of names used unchanged in every language (acronyms).
EVERY_LANGUAGE = ""


@dataclass(frozen=True)
class Group:
    """Phrases that mean the same, as folded words without stopwords.

    Each phrase has a language: it is matched only against text in that
    language, so an English word never finds a Spanish one that shares its
    stem by chance. Names of EVERY_LANGUAGE match text in any language.
    """

    phrases: tuple[tuple[str, Phrase], ...]

    @property
    def words(self) -> set[str]:
        return {word for _language, phrase in self.phrases for word in phrase}

    def stems(self, language: str) -> tuple[tuple[str, ...], ...]:
        """Return the phrases for text in `language`, as its terms."""
        seen: dict[tuple[str, ...], None] = {}
        for phrase_language, phrase in self.phrases:
            if phrase_language in (language, EVERY_LANGUAGE):
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


def group_of(phrases: Mapping[str, Iterable[str]]) -> Group | None:
    """Build a group from phrases by language; None if fewer than two remain."""
    kept: dict[tuple[str, Phrase], None] = {}
    for language, texts in phrases.items():
        for text in texts:
            words = tuple(analysis.words(text))
            if words:
                kept[(language, words)] = None
    distinct = {phrase for _language, phrase in kept}
    return Group(tuple(kept)) if len(distinct) >= 2 or len(kept) >= 2 else None


@lru_cache(maxsize=1)
def curated_groups() -> tuple[Group, ...]:
    with CURATED_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    groups = []
    for entry in data["group"]:
        phrases = {
            (EVERY_LANGUAGE if key == "all" else key): values
            for key, values in entry.items()
        }
        group = group_of(phrases)
        if group is not None:
            groups.append(group)
    return tuple(groups)


class Lexicon:
    """Find the groups' phrases in a list of query words."""

    def __init__(self, groups: Sequence[Group]) -> None:
        self.groups = tuple(groups)
        self._by_first: dict[tuple[str, str], list[tuple[Phrase, Group]]] = {}
        for group in self.groups:
            for _language, phrase in group.phrases:
                for key in _keys(phrase[0]):
                    self._by_first.setdefault(key, []).append((phrase, group))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self.words = frozenset(word for group in self.groups for word in group.words)

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
