from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

pytestmark = pytest.mark.django_db

PRINT_CSS = Path(settings.BASE_DIR) / "static" / "css" / "print.css"


@pytest.mark.parametrize(
    "url", ["/en/countries/mexico/", "/es/countries/mexico/regional-visitor-card/"]
)
def test_country_and_pathway_pages_load_the_print_stylesheet(visitor, url):
    soup = BeautifulSoup(visitor.get(url).content, "html.parser")

    sheet = soup.find("link", href="/static/css/print.css")

    assert sheet is not None and sheet["media"] == "print"


def test_printing_hides_navigation_and_shows_link_addresses():
    css = PRINT_CSS.read_text()
    hidden = css.split("{", 1)[0]

    for selector in (".site-header", ".main-nav", ".language-switcher", ".breadcrumbs"):
        assert selector in hidden
    assert 'content: " (" attr(href) ")"' in css
