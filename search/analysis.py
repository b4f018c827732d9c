"""Turn text into index terms: split, fold accents and case, drop stopwords, stem.

The same functions analyse the documents and the queries, on every backend,
so that SQLite, PostgreSQL and OpenSearch only ever compare finished terms
(see docs/adr/008-portal-search-index.md).
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

# Snowball's algorithm names for the content languages.
STEMMERS = {"en": "english", "es": "spanish"}

# Words too common to tell pages apart, in either language. One list serves
# both, because a query in one language is also run against text in the
# other. "son" (Spanish "they are") is left out: in English it is family.
_STOPWORD_TEXT = """
    a al algo algun alguna algunas alguno algunos ante antes aquel aquella
    asi aun bajo cada casi como con cual cuales cuando de del desde donde dos
    e el ella ellas ello ellos en entre era eran es esa esas ese eso esos esta
    estan estas este esto estos fue fueron ha han hasta hay la las le les lo
    los mas me mi mis muy ni no nos o otra otras otro otros para pero poco por
    que quien se segun ser si sin sobre su sus tambien tan te tiene tienen
    todo todos tu tus u un una unas uno unos usted ustedes y ya yo
    about after all also am an and any are as at be been before being between
    both but by can could did do does doing for from had has have having he her
    here hers him his how i if in into is it its just may me more most must my
    no nor not of off on once only or other our ours out over own same she
    should so some such than that the their theirs them then there these they
    this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# A run of letters and digits, possibly joined by hyphens or dots ("H-2A",
# "EE.UU."); joined runs are kept as one term when they look like a code.
_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
_JOINERS = re.compile(r"[-.]")

# Longest word the analyser keeps; longer runs are cut (hashes, URLs).
MAX_WORD_LENGTH = 40


@dataclass(frozen=True)
class Token:
    """One word of a text: where it is, as written, and folded."""

    start: int
    end: int
    folded: str


def fold(text: str) -> str:
    """Lower-case the text and remove accents: "Agrícola" becomes "agricola"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """Fold one word; folding may leave marks that are not letters ("½")."""
    return "".join(char for char in fold(word) if char.isalnum())[:MAX_WORD_LENGTH]


def tokens(text: str) -> list[Token]:
    """Split text into folded words, keeping their positions in the text."""
    found = []
    for match in _WORD.finditer(text):
        for start, end, word in _split_run(match.start(), match.group()):
            folded = fold_word(word)
            if folded:
                found.append(Token(start, end, folded))
    return found


def _split_run(offset: int, run: str) -> list[tuple[int, int, str]]:
    """Keep "H-2A" and "EE.UU." whole; split "non-agricultural" in two."""
    if "-" not in run and "." not in run:
        return [(offset, offset + len(run), run)]
    parts = _JOINERS.split(run)
    if _looks_like_code(parts):
        return [(offset, offset + len(run), "".join(parts))]

    pieces = []
    position = offset
    for part in parts:
        pieces.append((position, position + len(part), part))
        position += len(part) + 1
    return pieces


def _looks_like_code(parts: list[str]) -> bool:
    return any(char.isdigit() for char in "".join(parts)) or all(
        len(part) <= 2 for part in parts
    )


def is_stopword(folded: str) -> bool:
    return folded in STOPWORDS or (len(folded) == 1 and not folded.isdigit())


@lru_cache(maxsize=200_000)
def stem(folded: str, language: str) -> str:
    """Return the Snowball stem of a folded word in the given language."""
    if folded.isdigit() or any(char.isdigit() for char in folded):
        return folded
    return _stemmer(language).stemWord(folded)


@cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMERS[language])


def words(text: str) -> list[str]:
    """Return the folded words of a text that are not stopwords."""
    found = []
    for run in _WORD.findall(text):
        for _start, _end, word in _split_run(0, run):
            folded = fold_word(word)
            if folded and not is_stopword(folded):
                found.append(folded)
        found.extend(_words_inside_code(run))
    return found


def _words_inside_code(run: str) -> list[str]:
    """Return the plain words of a code kept whole: "covid" of "COVID-19".

    Someone who types "covid" means the same as "COVID-19"; a code such as
    "H-2A" has no such word and adds nothing.
    """
    parts = _JOINERS.split(run)
    if len(parts) < 2 or not _looks_like_code(parts):
        return []
    return [
        folded
        for part in parts
        if part.isalpha()
        and len(folded := fold_word(part)) >= 3
        and not is_stopword(folded)
    ]


def terms(text: str, language: str) -> list[str]:
    """Return the index terms of a text: folded, without stopwords, stemmed."""
    return [stem(word, language) for word in words(text)]


def languages() -> tuple[str, ...]:
    return tuple(STEMMERS)
