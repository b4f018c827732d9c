"""Cut a short passage around the matched words and mark them.

A snippet is a list of plain-text segments, each marked or not; it becomes
HTML only in `Snippet.html`, which escapes every segment, so neither the
content nor the query can inject markup.
"""

from collections.abc import Collection
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search import analysis

SNIPPET_LENGTH = 220
# Matches are looked for in this much of a text; the rest is rarely shown.
SCANNED_LENGTH = 2500
ELLIPSIS = "…"


@dataclass(frozen=True)
class Segment:
    text: str
    marked: bool


@dataclass(frozen=True)
class Snippet:
    segments: tuple[Segment, ...]
    starts_inside: bool
    ends_inside: bool

    def html(self) -> SafeString:
        parts = [ELLIPSIS] if self.starts_inside else []
        for segment in self.segments:
            text = escape(segment.text)
            parts.append(f"<mark>{text}</mark>" if segment.marked else text)
        if self.ends_inside:
            parts.append(ELLIPSIS)
        return mark_safe("".join(parts))  # noqa: S308 -- every segment is escaped

    def text(self) -> str:
        inner = "".join(segment.text for segment in self.segments)
        return (
            (ELLIPSIS if self.starts_inside else "")
            + inner
            + (ELLIPSIS if self.ends_inside else "")
        )

    @property
    def marked(self) -> list[str]:
        return [segment.text for segment in self.segments if segment.marked]


def snippet(
    text: str, terms: Collection[str], language: str, length: int = SNIPPET_LENGTH
) -> Snippet:
    """Return the passage of `text` richest in `terms`, matches marked."""
    text = " ".join(text[:SCANNED_LENGTH].split())
    spans = [
        (token.start, token.end)
        for token in analysis.tokens(text)
        if not analysis.is_stopword(token.folded)
        and analysis.stem(token.folded, language) in terms
    ]
    start = _best_start(text, spans, length)
    end = _word_end(text, min(len(text), start + length))
    inside = [(a, b) for a, b in spans if a >= start and b <= end]
    return Snippet(_segments(text, start, end, inside), start > 0, end < len(text))


def _best_start(text: str, spans: list[tuple[int, int]], length: int) -> int:
    """Start where a window of `length` characters holds the most matches."""
    if not spans:
        return 0
    best_start, best_count, right = spans[0][0], 0, 0
    for left, (first, _end) in enumerate(spans):
        right = max(right, left)
        while right < len(spans) and spans[right][1] <= first + length:
            right += 1
        if right - left > best_count:
            best_start, best_count = first, right - left
    # Begin a little before the first match, at a word or sentence boundary.
    lead = max(0, best_start - length // 4)
    sentence = text.rfind(". ", lead, best_start)
    if sentence != -1:
        return sentence + 2
    if lead == 0:
        return 0
    space = text.find(" ", lead, best_start)
    return space + 1 if space != -1 else best_start


def _word_end(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", 0, end)
    return space if space > 0 else end


def _segments(
    text: str, start: int, end: int, spans: list[tuple[int, int]]
) -> tuple[Segment, ...]:
    segments = []
    position = start
    for a, b in spans:
        if a > position:
            segments.append(Segment(text[position:a], False))
        segments.append(Segment(text[a:b], True))
        position = b
    if position < end:
        segments.append(Segment(text[position:end], False))
    return tuple(segments)
