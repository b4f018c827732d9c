"""Load the repository's demo content: themes, resources and indicators.

`demo_content/themes.toml` and `demo_content/resources.toml` hold real
publications; `demo_content/indicators/*.csv` real values, imported by the
same code as `manage.py import_indicators`. Loading creates what is missing
and leaves what exists alone.

A resource entry has: title, type, organisations (names) and/or people
([family, given]), editors ([family, given]), publisher, place, year, month,
day, language, themes (slugs), coverage (area codes), url, doi, isbn,
licence, abstract_en, abstract_es, verified (true only when checked on the
publisher's own page), sources ({title, url, kind, confirmed}).
"""

import datetime
import logging
import tomllib
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from countries.demo import LoadReport
from repository.areas import AREA_CHOICES
from repository.indicators import import_files
from repository.models import (
    Author,
    AuthorKind,
    AuthorRole,
    Coverage,
    Resource,
    ResourceSource,
    ResourceType,
    Theme,
)
from repository.roles import PARTNERS, ensure_groups

logger = logging.getLogger(__name__)

CONTENT_DIR = Path(__file__).resolve().parent / "demo_content"
INDICATOR_FILES = ("sources.csv", "indicators.csv", "values.csv")
# The day the verified entries were checked against the publishers' pages.
VERIFIED_ON = datetime.date(2026, 12, 3)
VERIFIED_BY = "Portal repository maintainers"

Data = dict[str, Any]

_RESOURCE_KEYS = {
    "title",
    "type",
    "organisations",
    "people",
    "editors",
    "publisher",
    "place",
    "year",
    "month",
    "day",
    "language",
    "themes",
    "coverage",
    "url",
    "doi",
    "isbn",
    "licence",
    "abstract_en",
    "abstract_es",
    "verified",
    "sources",
}
_AREAS = {code for code, _name in AREA_CHOICES}


class ContentError(ValueError):
    """A repository content file that does not follow the format above."""


def read_content(directory: Path = CONTENT_DIR) -> tuple[list[Data], list[Data]]:
    with (directory / "themes.toml").open("rb") as handle:
        themes = tomllib.load(handle)["themes"]
    with (directory / "resources.toml").open("rb") as handle:
        resources = tomllib.load(handle)["resources"]
    slugs = {theme["slug"] for theme in themes}
    for entry in resources:
        _check(entry, slugs)
    return themes, resources


def _check(entry: Data, slugs: set[str]) -> None:
    where = entry.get("title", "?")
    unknown = set(entry) - _RESOURCE_KEYS
    if unknown:
        raise ContentError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    if entry["type"] not in ResourceType.values:
        raise ContentError(f"{where}: unknown type {entry['type']}")
    if set(entry.get("themes", [])) - slugs:
        raise ContentError(f"{where}: unknown themes")
    if set(entry.get("coverage", [])) - _AREAS:
        raise ContentError(f"{where}: unknown coverage")


def load_repository(report: LoadReport, directory: Path = CONTENT_DIR) -> None:
    ensure_groups()
    themes, resources = read_content(directory)
    by_slug = _load_themes(themes, report)
    for entry in resources:
        _load_resource(entry, by_slug, report)
    _load_indicators(directory / "indicators", report)


def _load_themes(themes: list[Data], report: LoadReport) -> dict[str, Theme]:
    by_slug = {theme.slug: theme for theme in Theme.objects.all()}
    for data in themes:
        if data["slug"] in by_slug:
            continue
        by_slug[data["slug"]] = Theme.objects.create(
            slug=data["slug"], name_en=data["name_en"], name_es=data["name_es"]
        )
        report.add(f"theme {data['slug']}")
    return by_slug


@transaction.atomic
def _load_resource(entry: Data, themes: dict[str, Theme], report: LoadReport) -> None:
    exists = Resource.objects.filter(title=entry["title"], year=entry.get("year"))
    if exists.exists():
        return

    resource = Resource(
        title=entry["title"],
        resource_type=entry["type"],
        publisher=entry.get("publisher", ""),
        place=entry.get("place", ""),
        year=entry.get("year"),
        month=entry.get("month"),
        day=entry.get("day"),
        language=entry["language"],
        url=entry.get("url", ""),
        doi=entry.get("doi", ""),
        isbn=entry.get("isbn", ""),
        licence=entry.get("licence", ""),
        abstract_en=entry.get("abstract_en", ""),
        abstract_es=entry.get("abstract_es", ""),
    )
    if entry.get("verified"):
        resource.verified_on = VERIFIED_ON
        resource.verified_by = VERIFIED_BY
    resource.full_clean(exclude=["themes"])
    resource.authors = _authors(entry)
    resource.coverage = [Coverage(area=code) for code in entry.get("coverage", [])]
    resource.sources = [
        ResourceSource(
            title=source["title"],
            url=source.get("url", ""),
            kind=source.get("kind", "official"),
            confirmed=bool(source.get("confirmed", False)),
        )
        for source in entry.get("sources", [])
    ]
    resource.themes = [themes[slug] for slug in entry.get("themes", [])]
    resource.save()
    resource.save_revision().publish()
    report.add(f"resource {resource.pk}")


def _authors(entry: Data) -> list[Author]:
    authors = [
        Author(kind=AuthorKind.ORGANISATION, name=name, role=AuthorRole.AUTHOR)
        for name in entry.get("organisations", [])
    ]
    for role, key in ((AuthorRole.AUTHOR, "people"), (AuthorRole.EDITOR, "editors")):
        authors += [
            Author(kind=AuthorKind.PERSON, name=family, given_names=given, role=role)
            for family, given in entry.get(key, [])
        ]
    for order, author in enumerate(authors):
        author.sort_order = order
    return authors


def _load_indicators(directory: Path, report: LoadReport) -> None:
    result = import_files([directory / name for name in INDICATOR_FILES])
    if not result.ok:
        raise ContentError("; ".join(result.errors[:5]))
    if result.values_created:
        report.add(f"{result.values_created} indicator values")


def ensure_partner_demo_user(password: str, report: LoadReport) -> None:
    """Create the demo partner account; only called when DEBUG is on."""
    users = get_user_model()
    if users.objects.filter(username="partner-demo").exists():
        return

    user = users.objects.create_user(
        username="partner-demo",
        email="partner-demo@example.org",
        password=password,
        first_name="Partner",
        last_name="Demo",
    )
    user.groups.add(Group.objects.get(name=PARTNERS))
    report.add("user partner-demo")
