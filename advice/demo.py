"""Load the advice section, recruiter registries and past notices from
demo_content/*.toml. Loading creates what is missing and leaves the rest."""

import datetime
import logging
import tomllib
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Page

from advice.models import (
    AdviceIndexPage,
    AdviceSource,
    AdviceTopicPage,
    JobOfferCheckPage,
    JobOfferCheckSource,
    Notice,
    NoticeSource,
    RecruiterRegistry,
)
from core.models import HomePage
from countries.demo import ContentError, LoadReport, translations, verification
from countries.models import CountryPage
from lib.i18n import content_languages

logger = logging.getLogger(__name__)

CONTENT_DIR = Path(__file__).resolve().parent / "demo_content"

Data = dict[str, Any]

_SOURCE_KEYS = {"title", "url", "kind", "confirmed"}


def _texts(*names: str) -> set[str]:
    return {f"{name}_{code}" for name in names for code in content_languages()}


_PAGE_KEYS = {"slug", "sources", "verified_on", "verified_by"} | _texts("title")
_SECTION_KEYS = {"slug"} | _texts("title", "intro")
_CHECK_KEYS = _PAGE_KEYS | _texts("intro")
_TOPIC_KEYS = _PAGE_KEYS | {"lists_hotlines"} | _texts("summary", "body")
_NOTICE_KEYS = {
    "severity",
    "starts_at",
    "ends_at",
    "scope",
    "countries",
    "pathways",
    "country",
    "sources",
} | _texts("title", "text")
_REGISTRY_KEYS = {"country", "url", "source_url", "verified"} | _texts("name")


def _check_keys(where: str, data: Data, allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ContentError(f"{where}: unknown keys {', '.join(unknown)}")
    for source in data.get("sources", []):
        unknown = sorted(set(source) - _SOURCE_KEYS)
        if unknown:
            raise ContentError(f"{where} source: unknown keys {', '.join(unknown)}")


def read_file(name: str, directory: Path = CONTENT_DIR) -> Data:
    with (directory / name).open("rb") as handle:
        return tomllib.load(handle)


def validate(advice: Data, notices: Data, registries: Data) -> None:
    """Refuse keys the loader does not know: in TOML they are misplaced."""
    _check_keys("advice section", advice["section"], _SECTION_KEYS)
    _check_keys("job-offer check", advice["offer_check"], _CHECK_KEYS)
    for topic in advice.get("topics", []):
        _check_keys(f"topic {topic.get('slug')}", topic, _TOPIC_KEYS)
    for notice in notices.get("notices", []):
        _check_keys(f"notice {notice.get('title_en')}", notice, _NOTICE_KEYS)
    for registry in registries.get("registries", []):
        _check_keys(f"registry {registry.get('url')}", registry, _REGISTRY_KEYS)


def load(report: LoadReport, directory: Path = CONTENT_DIR) -> None:
    advice = read_file("advice.toml", directory)
    notices = read_file("notices.toml", directory)
    registries = read_file("registries.toml", directory)
    validate(advice, notices, registries)

    load_section(advice, report)
    load_registries(registries.get("registries", []), report)
    load_notices(notices.get("notices", []), report)


def _sources(model: type, data: Data) -> list[Any]:
    return [
        model(
            title=source["title"],
            url=source.get("url", ""),
            kind=source.get("kind", "official"),
            confirmed=bool(source.get("confirmed", False)),
        )
        for source in data.get("sources", [])
    ]


def _publish(parent: Page, page: Page, data: Data, report: LoadReport) -> None:
    page.title = data["title_en"]
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"{page._meta.model_name} {data['slug']}")


@transaction.atomic
def load_section(advice: Data, report: LoadReport) -> AdviceIndexPage:
    home = HomePage.objects.get()
    section = AdviceIndexPage.objects.child_of(home).first()
    if section is None:
        data = advice["section"]
        section = AdviceIndexPage(
            slug=data["slug"],
            show_in_menus=True,
            **translations(data, "title"),
            **translations(data, "intro"),
        )
        _publish(home, section, data, report)

    existing = set(section.get_children().values_list("slug", flat=True))
    check = advice["offer_check"]
    if check["slug"] not in existing:
        page = JobOfferCheckPage(
            slug=check["slug"],
            **translations(check, "title"),
            **translations(check, "intro"),
            **verification(check),
        )
        page.sources = _sources(JobOfferCheckSource, check)
        _publish(section, page, check, report)

    for topic in advice.get("topics", []):
        if topic["slug"] in existing:
            continue
        page = AdviceTopicPage(
            slug=topic["slug"],
            lists_hotlines=bool(topic.get("lists_hotlines", False)),
            **translations(topic, "title"),
            **translations(topic, "summary"),
            **translations(topic, "body"),
            **verification(topic),
        )
        page.sources = _sources(AdviceSource, topic)
        _publish(section, page, topic, report)
    return section


@transaction.atomic
def load_registries(registries: list[Data], report: LoadReport) -> None:
    for data in registries:
        if RecruiterRegistry.objects.filter(
            country=data["country"], url=data["url"]
        ).exists():
            continue
        RecruiterRegistry.objects.create(
            country=data["country"],
            url=data["url"],
            source_url=data.get("source_url", ""),
            verified=bool(data.get("verified", False)),
            **translations(data, "name"),
        )
        report.add(f"recruiter registry {data['country']} {data['url']}")


def _moment(value: Any) -> datetime.datetime:
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if not isinstance(value, datetime.datetime) or value.tzinfo is None:
        raise ContentError(f"{value!r}: give a date and time with its UTC offset")
    return value


def _pathways(keys: list[str]) -> list[Any]:
    """Find pathways named `<country code>/<slug>`."""
    pathways = []
    for key in keys:
        code, slug = key.split("/", 1)
        country = CountryPage.objects.get(iso_code=code)
        page = country.get_children().filter(slug=slug).specific().first()
        if page is None:
            raise ContentError(f"notice: no pathway {key}")
        pathways.append(page)
    return pathways


@transaction.atomic
def load_notices(notices: list[Data], report: LoadReport) -> None:
    for data in notices:
        starts_at = _moment(data["starts_at"])
        if Notice.objects.filter(
            title_en=data["title_en"], starts_at=starts_at
        ).exists():
            continue
        notice = Notice(
            severity=data.get("severity", "information"),
            starts_at=starts_at,
            ends_at=_moment(data["ends_at"]),
            scope=data["scope"],
            countries=data.get("countries", []),
            country=data.get("country", ""),
            **translations(data, "title"),
            **translations(data, "text"),
        )
        notice.pathways = _pathways(data.get("pathways", []))
        notice.sources = _sources(NoticeSource, data)
        try:
            notice.full_clean()
        except ValidationError as error:
            raise ContentError(f"notice {data['title_en']}: {error}") from error
        notice.save()
        report.add(f"notice {data['title_en']}")
