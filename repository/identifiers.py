"""DOIs and ISBNs: checked and normalised before they are stored."""

import re

_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")


def normalise_doi(value: str) -> str:
    """Return the bare DOI (10.x/y), dropping a resolver prefix, or raise."""
    doi = value.strip()
    for prefix in _DOI_PREFIXES:
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix) :]
    if not _DOI.match(doi):
        raise ValueError("not a DOI")
    return doi


def normalise_isbn(value: str) -> str:
    """Return the ISBN's digits (with a final X for ISBN-10), or raise."""
    isbn = re.sub(r"[\s-]", "", value.strip()).upper()
    if re.fullmatch(r"\d{13}", isbn) and _isbn13_ok(isbn):
        return isbn
    if re.fullmatch(r"\d{9}[\dX]", isbn) and _isbn10_ok(isbn):
        return isbn
    raise ValueError("not an ISBN")


def _isbn13_ok(isbn: str) -> bool:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(isbn))
    return total % 10 == 0


def _isbn10_ok(isbn: str) -> bool:
    digits = [10 if c == "X" else int(c) for c in isbn]
    return sum(d * (10 - i) for i, d in enumerate(digits)) % 11 == 0
