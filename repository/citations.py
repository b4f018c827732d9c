"""Citations of a resource: APA 7 for reading, BibTeX and RIS for software."""

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

BIBTEX_MONTHS = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
]

# BibTeX entry types and RIS reference types per resource type.
BIBTEX_TYPES = {
    "report": "techreport",
    "study": "techreport",
    "policy-brief": "techreport",
    "guide": "manual",
    "article": "misc",
    "dataset": "misc",
    "infographic": "misc",
}
RIS_TYPES = {
    "report": "RPRT",
    "study": "RPRT",
    "policy-brief": "RPRT",
    "guide": "GEN",
    "article": "ELEC",
    "dataset": "DATA",
    "infographic": "GEN",
}


class Credited(Protocol):
    name: str
    given_names: str

    @property
    def is_person(self) -> bool: ...


class Citable(Protocol):
    pk: int
    title: str
    resource_type: str
    publisher: str
    place: str
    year: int | None
    month: int | None
    day: int | None
    language: str
    doi: str
    isbn: str
    url: str

    def ordered_authors(self) -> list: ...
    def ordered_editors(self) -> list: ...


@dataclass(frozen=True)
class Apa:
    """An APA reference in three parts, so that the title can be italic."""

    lead: str
    title: str
    rest: str

    def __str__(self) -> str:
        return f"{self.lead} {self.title}{self.rest}".strip()


# APA 7


def apa(resource: Citable, address: str = "") -> Apa:
    """Return the APA 7 reference; `address` is used when there is no DOI."""
    authors = resource.ordered_authors()
    editors = resource.ordered_editors()
    date = _apa_date(resource)
    if authors:
        lead = f"{_with_stop(_apa_names(authors))} ({date})."
    elif editors:
        label = _("Ed.") if len(editors) == 1 else _("Eds.")
        lead = f"{_apa_names(editors)} ({label}). ({date})."
    else:
        lead = f"({date})."

    rest = "."
    if authors and editors:
        label = _("Ed.") if len(editors) == 1 else _("Eds.")
        rest = f" ({_apa_editor_names(editors)}, {label})."
    publisher = resource.publisher
    credited = {author.name for author in authors + editors}
    if publisher and publisher not in credited:
        rest += f" {publisher}."
    link = (
        f"https://doi.org/{resource.doi}" if resource.doi else resource.url or address
    )
    if link:
        rest += f" {link}"
    return Apa(lead=lead.replace("..", "."), title=resource.title, rest=rest)


def _with_stop(names: str) -> str:
    return names if names.endswith(".") else names + "."


def _apa_date(resource: Citable) -> str:
    if not resource.year:
        return _("n.d.")
    if not resource.month:
        return str(resource.year)
    month = str(MONTHS[resource.month])
    if not resource.day:
        return f"{resource.year}, {month}"
    return _("%(year)s, %(month)s %(day)s") % {
        "year": resource.year,
        "month": month,
        "day": resource.day,
    }


def _apa_name(author: Credited) -> str:
    if not author.is_person:
        return author.name
    initials = " ".join(f"{part[0]}." for part in author.given_names.split() if part)
    return f"{author.name}, {initials}" if initials else author.name


def _apa_names(people: list) -> str:
    names = [_apa_name(person) for person in people[:20]]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _apa_editor_names(people: list) -> str:
    names = []
    for person in people:
        if person.is_person:
            initials = " ".join(f"{p[0]}." for p in person.given_names.split() if p)
            names.append(f"{initials} {person.name}".strip())
        else:
            names.append(person.name)
    if len(names) <= 2:
        return " & ".join(names)
    return ", ".join(names[:-1]) + ", & " + names[-1]


# BibTeX


def bibtex(resource: Citable, address: str = "") -> str:
    """Return one BibTeX entry for the resource."""
    kind = BIBTEX_TYPES.get(resource.resource_type, "misc")
    fields: list[tuple[str, str]] = [("title", "{" + _bib_escape(resource.title) + "}")]
    authors = resource.ordered_authors()
    editors = resource.ordered_editors()
    if authors:
        fields.append(("author", _bib_names(authors)))
    if editors:
        fields.append(("editor", _bib_names(editors)))
    if resource.year:
        fields.append(("year", str(resource.year)))
    if resource.month:
        fields.append(("month", BIBTEX_MONTHS[resource.month - 1]))
    if resource.publisher:
        key = {"techreport": "institution", "manual": "organization"}.get(
            kind, "publisher"
        )
        fields.append((key, _bib_escape(resource.publisher)))
    if resource.place:
        fields.append(("address", _bib_escape(resource.place)))
    if resource.doi:
        fields.append(("doi", resource.doi))
    if resource.isbn:
        fields.append(("isbn", resource.isbn))
    link = resource.url or address
    if link:
        fields.append(("url", link))
    fields.append(("language", resource.language))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{citation_key(resource)},\n{body}\n}}\n"


def citation_key(resource: Citable) -> str:
    """Return a stable key: first author's word, year, first title word, id."""
    authors = resource.ordered_authors() or resource.ordered_editors()
    first = _ascii_word(authors[0].name) if authors else "anon"
    title_word = _ascii_word(resource.title) or "untitled"
    return f"{first}{resource.year or 'nd'}{title_word}{resource.pk}"


def _ascii_word(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", plain)
    return words[0].lower() if words else ""


_BIB_SPECIAL = re.compile(r"([&%$#_{}~^\\])")


def _bib_escape(text: str) -> str:
    def escape(match: re.Match) -> str:
        char = match.group(1)
        if char == "\\":
            return r"\textbackslash{}"
        if char in "~^":
            return {"~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}[char]
        return "\\" + char

    return _BIB_SPECIAL.sub(escape, text)


def _bib_names(people: list) -> str:
    names = []
    for person in people:
        if person.is_person and person.given_names:
            names.append(
                f"{_bib_escape(person.name)}, {_bib_escape(person.given_names)}"
            )
        else:
            names.append("{" + _bib_escape(person.name) + "}")
    return " and ".join(names)


# RIS


def ris(resource: Citable, address: str = "", keywords: list[str] | None = None) -> str:
    """Return one RIS record for the resource."""
    lines = [("TY", RIS_TYPES.get(resource.resource_type, "GEN"))]
    lines.append(("TI", resource.title))
    for author in resource.ordered_authors():
        lines.append(("AU", _ris_name(author)))
    for editor in resource.ordered_editors():
        lines.append(("A2", _ris_name(editor)))
    if resource.year:
        lines.append(("PY", str(resource.year)))
        parts = [f"{resource.year:04d}", f"{resource.month or 0:02d}"]
        parts.append(f"{resource.day or 0:02d}")
        date = "/".join(p if p not in ("00",) else "" for p in parts)
        lines.append(("DA", date + "/"))
    if resource.publisher:
        lines.append(("PB", resource.publisher))
    if resource.place:
        lines.append(("CY", resource.place))
    if resource.doi:
        lines.append(("DO", resource.doi))
    if resource.isbn:
        lines.append(("SN", resource.isbn))
    link = resource.url or address
    if link:
        lines.append(("UR", link))
    lines.append(("LA", resource.language))
    for keyword in keywords or []:
        lines.append(("KW", keyword))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_one_line(value)}\n" for tag, value in lines)


def _ris_name(person: Credited) -> str:
    if person.is_person and person.given_names:
        return f"{person.name}, {person.given_names}"
    return person.name


def _one_line(text: str) -> str:
    return " ".join(text.split())
