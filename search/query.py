"""Read what a person typed into concepts, each with the terms that match it.

A concept is one thing the person asked for: a word ("canada") or a phrase
of a synonym group ("permiso de trabajo"). Each concept carries, for every
content language, its alternatives: the typed words stemmed for that
language, the other phrases of its synonym group, and close spellings of a
word that appears nowhere in the content. A page matches a concept when it
contains all the terms of one alternative.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from search import analysis
from search.synonyms import Lexicon

# The search box accepts this many characters; longer input is refused.
MAX_QUERY_LENGTH = 200
# Words read from a query, and concepts kept from them.
MAX_WORDS = 12
MAX_CONCEPTS = 8
# Shortest word that may be corrected; corrections allowed by length.
TYPO_MIN_LENGTH = 5
LONG_WORD_LENGTH = 8
# Corrections tried for one word, the most frequent first.
MAX_CORRECTIONS = 3


class Source(Enum):
    """Where an alternative comes from; ranking trusts them in this order."""

    TYPED = "typed"
    SYNONYM = "synonym"
    TYPO = "typo"


@dataclass(frozen=True)
class Alternative:
    terms: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class Concept:
    text: str
    words: tuple[str, ...]
    alternatives: dict[str, tuple[Alternative, ...]]
    corrections: tuple[str, ...] = ()

    def terms(self, language: str) -> set[str]:
        return {
            term
            for alternative in self.alternatives[language]
            for term in alternative.terms
        }


@dataclass(frozen=True)
class Plan:
    text: str
    concepts: tuple[Concept, ...]
    ignored_words: int = 0
    corrected: dict[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.concepts


class Vocabulary(Protocol):
    def known(self, folded: str) -> bool: ...

    def corrections(self, folded: str, distance: int) -> list[str]: ...


def typo_distance(word: str) -> int:
    """Edits tolerated in a word: none when short, two when long."""
    if len(word) < TYPO_MIN_LENGTH or word.isdigit():
        return 0
    return 2 if len(word) >= LONG_WORD_LENGTH else 1


def suggestion_distance(word: str) -> int:
    """Edits allowed when suggesting another spelling for a query that failed."""
    if len(word) < 3 or word.isdigit():
        return 0
    return 1 if len(word) < TYPO_MIN_LENGTH else 2


def clean(text: str) -> str:
    """Drop control characters and collapse white space."""
    printable = "".join(char if char.isprintable() else " " for char in text)
    return " ".join(printable.split())


def plan(text: str, lexicon: Lexicon, vocabulary: Vocabulary) -> Plan:
    """Read a query into concepts, correcting words the content never uses."""
    text = clean(text)[:MAX_QUERY_LENGTH]
    typed = analysis.words(text)
    ignored = max(0, len(typed) - MAX_WORDS)
    typed = typed[:MAX_WORDS]

    corrections = {
        word: _corrections(word, lexicon, vocabulary)
        for word in typed
        if word not in lexicon.words and not vocabulary.known(word)
    }
    # A phrase is looked up with the typo fixed: "permiso de trabjo".
    best = [corrections[word][0] if corrections.get(word) else word for word in typed]

    concepts = []
    matches = {match.start: match for match in lexicon.find(best)}
    position = 0
    while position < len(typed):
        match = matches.get(position)
        if match is not None:
            words = tuple(typed[match.start : match.end])
            concepts.append(
                _group_concept(words, tuple(best[match.start : match.end]), match.group)
            )
            position = match.end
            continue
        word = typed[position]
        concepts.append(_word_concept(word, tuple(corrections.get(word, ()))))
        position += 1

    # "visa visa visa" asks for one thing.
    unique = list({concept.text: concept for concept in concepts}.values())
    ignored += max(0, len(unique) - MAX_CONCEPTS)
    kept = tuple(unique[:MAX_CONCEPTS])
    corrected = {
        word: fixes[0]
        for word, fixes in corrections.items()
        if fixes and any(word in concept.words for concept in kept)
    }
    return Plan(text, kept, ignored, corrected)


def _corrections(word: str, lexicon: Lexicon, vocabulary: Vocabulary) -> list[str]:
    distance = typo_distance(word)
    found = vocabulary.corrections(word, distance)
    return found[:MAX_CORRECTIONS]


def _word_concept(word: str, corrections: tuple[str, ...]) -> Concept:
    alternatives = {}
    for language in analysis.languages():
        options = [Alternative((analysis.stem(word, language),), Source.TYPED)]
        options += [
            Alternative((analysis.stem(fix, language),), Source.TYPO)
            for fix in corrections
        ]
        alternatives[language] = _unique(options)
    return Concept(word, (word,), alternatives, corrections)


def _group_concept(typed: tuple[str, ...], read: tuple[str, ...], group) -> Concept:
    alternatives = {}
    for language in analysis.languages():
        own = tuple(analysis.stem(word, language) for word in read)
        source = Source.TYPED if read == typed else Source.TYPO
        options = [Alternative(own, source)]
        options += [
            Alternative(terms, Source.SYNONYM)
            for terms in group.stems(language)
            if terms != own
        ]
        alternatives[language] = _unique(options)
    corrections = tuple(
        fix for fix, word in zip(read, typed, strict=True) if fix != word
    )
    return Concept(" ".join(typed), typed, alternatives, corrections)


def _unique(options: Sequence[Alternative]) -> tuple[Alternative, ...]:
    seen: dict[tuple[str, ...], Alternative] = {}
    for option in options:
        seen.setdefault(option.terms, option)
    return tuple(seen.values())
