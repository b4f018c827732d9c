"""Load the site's own pages (home, ways in) from demo_content/site.toml."""

import logging
import tomllib
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page, Site

from core.models import HomePage, InformationPage, InformationSource
from countries.demo import LoadReport, translations, verification
from countries.models import CountryIndexPage, EmployerIndexPage

logger = logging.getLogger(__name__)

SITE_FILE = Path(__file__).resolve().parent / "demo_content" / "site.toml"

Data = dict[str, Any]


def read_site_file(path: Path = SITE_FILE) -> Data:
    with path.open("rb") as handle:
        return tomllib.load(handle)


@transaction.atomic
def load_site(data: Data, report: LoadReport) -> HomePage:
    home = _home_page(data["home"], report)
    _child_page(home, CountryIndexPage, data["countries_index"], report)
    _child_page(home, EmployerIndexPage, data["employers"], report)
    for information in data.get("information", []):
        _information_page(home, information, report)
    return home


def _home_page(data: Data, report: LoadReport) -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        return home

    _remove_placeholder()
    root = Page.get_first_root_node()
    home = HomePage(slug=data["slug"], **translations(data, "title"))
    home.title = data["title_en"]
    home.intro_en = data.get("intro_en", "")
    home.intro_es = data.get("intro_es", "")
    root.add_child(instance=home)
    home.save_revision().publish()

    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Migration Information Portal",
        },
    )
    report.add("home page")
    return home


def _remove_placeholder() -> None:
    """Delete Wagtail's welcome page, and its site, before the home page."""
    for page in Page.objects.filter(depth=2):
        if page.specific_class is Page and page.numchild == 0:
            Site.objects.filter(root_page=page).delete()
            page.delete()


def _child_page(home: HomePage, model: type[Page], data: Data, report: LoadReport):
    existing = model.objects.child_of(home).first()
    if existing is not None:
        return existing

    page = model(slug=data["slug"], show_in_menus=True, **translations(data, "title"))
    page.title = data["title_en"]
    for name, value in translations(data, "intro").items():
        setattr(page, name, value)
    home.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"{model._meta.model_name} page")
    return page


def _information_page(home: HomePage, data: Data, report: LoadReport) -> None:
    if home.get_children().filter(slug=data["slug"]).exists():
        return

    page = InformationPage(
        slug=data["slug"],
        show_in_menus=True,
        **translations(data, "title"),
        **translations(data, "summary"),
        **translations(data, "body"),
        **verification(data),
    )
    page.title = data["title_en"]
    page.sources = [
        InformationSource(
            title=source["title"],
            url=source.get("url", ""),
            kind=source.get("kind", "official"),
            confirmed=bool(source.get("confirmed", False)),
        )
        for source in data.get("sources", [])
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"information page {data['slug']}")


def ensure_demo_users(password: str, report: LoadReport) -> None:
    """Create the demo administrator; only called when DEBUG is on."""
    users = get_user_model()
    if users.objects.filter(username="portal-admin").exists():
        return

    users.objects.create_superuser(
        username="portal-admin", email="portal-admin@example.org", password=password
    )
    report.add("user portal-admin")
