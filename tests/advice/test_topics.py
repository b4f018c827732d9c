"""The advice section: its topics, sourced, and each country's hotlines."""

import pytest
from bs4 import BeautifulSoup

from advice.models import AdviceIndexPage, AdviceTopicPage, JobOfferCheckPage
from countries.models import CountryPage
from institutions.models import Institution, Phone

pytestmark = pytest.mark.django_db

TOPICS = {
    "fraudulent-job-offers",
    "risks-of-irregular-migration",
    "trafficking-and-smuggling",
    "labour-rights",
    "fair-recruitment",
    "health-and-travel",
}


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def test_the_section_holds_every_topic_and_the_job_offer_check():
    section = AdviceIndexPage.objects.live().get()

    slugs = set(
        AdviceTopicPage.objects.child_of(section).live().values_list("slug", flat=True)
    )
    assert slugs == TOPICS
    assert JobOfferCheckPage.objects.child_of(section).live().exists()


@pytest.mark.parametrize("field", ["title", "summary", "body"])
def test_every_topic_is_written_in_both_languages_with_sources(field):
    for topic in AdviceTopicPage.objects.live():
        assert getattr(topic, f"{field}_en").strip(), topic.slug
        assert getattr(topic, f"{field}_es").strip(), topic.slug
        assert topic.sources.filter(confirmed=True).exists(), topic.slug


def test_the_home_page_way_in_and_the_main_navigation_lead_to_the_section(visitor):
    soup = _soup(visitor.get("/es/"))

    ways = [a["href"] for a in soup.select(".ways-in a.way")]
    assert "/es/advice/" in ways
    assert soup.select_one(".main-nav a[href='/es/advice/']")


def test_the_section_page_links_topics_check_notices_and_changes(visitor):
    soup = _soup(visitor.get("/en/advice/"))
    links = {a["href"] for a in soup.find_all("a", href=True)}

    assert {f"/en/advice/{slug}/" for slug in TOPICS} <= links
    assert {"/en/advice/check-a-job-offer/", "/en/notices/", "/en/changes/"} <= links


def test_the_trafficking_topic_lists_a_line_or_the_migration_authority_for_each_country(
    visitor,
):
    line = Institution.objects.create(
        country="gt",
        kind="emergency_line",
        name_en="Test line",
        name_es="Línea de prueba",
    )
    Phone.objects.create(institution=line, number="1555", kind="hotline")

    soup = _soup(visitor.get("/en/advice/trafficking-and-smuggling/"))
    entries = {
        dt.get_text(strip=True): dt.find_next_sibling("dd")
        for dt in soup.select("dl.hotlines dt")
    }

    assert len(entries) == CountryPage.objects.live().count()
    assert entries["Guatemala"].find("a", href="tel:1555")
    without_lines = [
        country
        for country in CountryPage.objects.live().select_related("migration_authority")
        if not Institution.objects.filter(
            country=country.iso_code, kind="emergency_line"
        ).exists()
    ]
    for country in without_lines:
        text = entries[country.title].get_text(" ", strip=True)
        assert "No emergency line confirmed" in text, country.title
        assert country.migration_authority.name in text


def test_every_emergency_line_in_the_demo_content_has_a_phone_and_a_source():
    lines = Institution.objects.filter(kind="emergency_line")

    assert lines.exists()
    for line in lines:
        assert line.phones.exists(), line
        assert line.source_url.startswith("https://"), line
