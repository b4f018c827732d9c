"""Request every page a visitor can reach, in both languages."""

import pytest

from tests.crawl import crawl, outside_requests, page_weight

# Every public page, with its stylesheets and scripts, uncompressed.
WEIGHT_BUDGET_BYTES = 75 * 1024

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site_crawl(django_db_setup, django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        # Search pages are reached through a form, not a link: start there too.
        searches = [
            "/en/search/?q=work+permit",
            "/es/search/?q=trabajador+agricola",
            "/es/search/?q=xyzzyqwv",
            "/en/search/",
        ]
        return crawl(Client(), ["/en/", "/es/", *searches])


def test_the_crawl_reaches_every_country_in_both_languages(site_crawl):
    from countries.models import CountryPage

    for country in CountryPage.objects.live():
        for language in ("en", "es"):
            url = f"/{language}/countries/{country.slug}/"
            assert url in site_crawl.pages, f"{url} is not linked from the site"


def test_every_page_answers_200(site_crawl):
    broken = {
        url: (page.status, page.linked_from)
        for url, page in site_crawl.pages.items()
        if page.status != 200
    }
    assert broken == {}


def test_every_page_has_exactly_one_h1(site_crawl):
    counts = {
        url: len(page.soup.find_all("h1")) for url, page in site_crawl.pages.items()
    }
    assert {url: n for url, n in counts.items() if n != 1} == {}


def test_every_page_declares_the_language_of_its_address(site_crawl):
    wrong = {}
    for url, page in site_crawl.pages.items():
        expected = url.split("/")[1]
        if page.soup.html.get("lang") != expected:
            wrong[url] = page.soup.html.get("lang")
    assert wrong == {}


def test_every_page_links_to_itself_in_the_other_language(site_crawl):
    for url, page in site_crawl.pages.items():
        alternates = {
            link["hreflang"]: link["href"]
            for link in page.soup.find_all("link", rel="alternate", hreflang=True)
        }
        assert set(alternates) == {"en", "es"}, url
        other = "es" if url.startswith("/en/") else "en"
        assert alternates[other].endswith("/" + other + url[3:]), url


def test_every_page_stays_within_the_weight_budget(site_crawl):
    heavy = {url: page_weight(page) for url, page in site_crawl.pages.items()}
    assert {url: w for url, w in heavy.items() if w > WEIGHT_BUDGET_BYTES} == {}


def test_no_page_loads_anything_from_another_host(site_crawl):
    outside = {
        url: outside_requests(page.soup) for url, page in site_crawl.pages.items()
    }
    assert {url: found for url, found in outside.items() if found} == {}


def test_every_page_has_landmarks_and_a_skip_link(site_crawl):
    for url, page in site_crawl.pages.items():
        assert page.soup.find("main", id="main"), url
        assert page.soup.find("a", class_="skip-link", href="#main"), url
        assert page.soup.find("header") and page.soup.find("footer"), url


def test_every_form_control_has_a_label(site_crawl):
    for url, page in site_crawl.pages.items():
        for control in page.soup.find_all(["input", "select", "textarea"]):
            if control.get("type") in ("hidden", "submit"):
                continue
            control_id = control.get("id")
            labelled = control.get("aria-label") or (
                control_id and page.soup.find("label", attrs={"for": control_id})
            )
            assert labelled, f"{url}: unlabelled {control}"


def test_every_image_is_lazy_loaded_with_its_size_set(site_crawl):
    for url, page in site_crawl.pages.items():
        for image in page.soup.find_all("img"):
            assert image.get("loading") == "lazy", f"{url}: {image}"
            assert image.get("width") and image.get("height"), f"{url}: {image}"
