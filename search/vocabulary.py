"""The words of the published content, for typo tolerance and "did you mean"."""

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from search import analysis


@dataclass(frozen=True)
class Word:
    folded: str
    language: str
    documents: int
    stem: str = ""


class Vocabulary:
    """Folded words with the number of documents each appears in.

    Candidates for a correction are looked up among words of about the same
    length that share the first or the second letter: a typo rarely hits
    both, and the restriction keeps a lookup well under a millisecond with
    a hundred thousand words.
    """

    def __init__(self, words: Iterable[Word]) -> None:
        self._documents: dict[str, int] = {}
        self._stems: dict[str, set[str]] = {code: set() for code in analysis.STEMMERS}
        for word in words:
            self._documents[word.folded] = (
                self._documents.get(word.folded, 0) + word.documents
            )
            if word.language in self._stems:
                self._stems[word.language].add(
                    word.stem or analysis.stem(word.folded, word.language)
                )

        self._buckets: dict[tuple[int, int, str], list[str]] = {}
        for folded in self._documents:
            for position in (0, 1):
                if len(folded) > position:
                    key = (position, len(folded), folded[position])
                    self._buckets.setdefault(key, []).append(folded)

    def __len__(self) -> int:
        return len(self._documents)

    def documents(self, folded: str) -> int:
        return self._documents.get(folded, 0)

    def known(self, folded: str) -> bool:
        """Say whether the word, or a word with its stem, is in the content."""
        if folded in self._documents:
            return True
        return any(
            analysis.stem(folded, language) in stems
            for language, stems in self._stems.items()
        )

    def corrections(self, folded: str, distance: int) -> list[str]:
        """Return words within `distance` edits, the most frequent first."""
        if distance < 1:
            return []

        candidates: set[str] = set()
        for position in (0, 1):
            if len(folded) <= position:
                continue
            for length in range(len(folded) - distance, len(folded) + distance + 1):
                key = (position, length, folded[position])
                candidates.update(self._buckets.get(key, ()))
        candidates.discard(folded)
        if not candidates:
            return []

        found = process.extract(
            folded,
            list(candidates),
            scorer=OSA.distance,
            score_cutoff=distance,
            limit=None,
        )
        ranked = sorted(
            found, key=lambda hit: (hit[1], -self.documents(hit[0]), hit[0])
        )
        return [word for word, _score, _index in ranked]
