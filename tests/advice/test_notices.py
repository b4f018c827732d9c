"""Notices on the home, country and pathway pages, the archive and the admin."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from advice.models import Notice
from countries.models import PathwayPage
from tests.advice.conftest import DAY, HOUR, make_notice
from tests.forms import form_values

pytestmark = pytest.mark.django_db

MEXICO = "/en/countries/mexico/"


def _notice_titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(" ", strip=True) for h in soup.select(".notices .notice h3")]


def _mexican_pathway() -> PathwayPage:
    return PathwayPage.objects.live().filter(url_path__contains="/mexico/").first()


def test_a_notice_shows_on_its_country_only_between_its_start_and_end(visitor):
    make_notice(-HOUR, title_en="Current measure")
    make_notice(HOUR, title_en="Coming measure")
    make_notice(-2 * DAY, DAY, title_en="Ended measure")

    titles = _notice_titles(visitor.get(MEXICO))

    assert titles == ["Information Current measure"]
    assert _notice_titles(visitor.get("/en/countries/guatemala/")) == []


def test_a_country_page_without_notices_says_so(visitor):
    response = visitor.get(MEXICO)

    assert b"There are no active notices for this country." in response.content


def test_a_notice_shows_on_the_pathways_of_its_country(visitor):
    make_notice(-HOUR, title_en="Current measure")

    response = visitor.get(_mexican_pathway().url)

    assert _notice_titles(response) == ["Information Current measure"]


def test_a_pathway_notice_shows_on_that_pathway_and_its_country_only(visitor):
    pathway, other = PathwayPage.objects.live().filter(url_path__contains="/mexico/")[
        :2
    ]
    make_notice(
        -HOUR, scope="pathways", countries=[], pathways=[pathway], title_en="Card"
    )

    assert _notice_titles(visitor.get(pathway.url)) == ["Information Card"]
    assert _notice_titles(visitor.get(MEXICO)) == ["Information Card"]
    assert _notice_titles(visitor.get(other.url)) == []


def test_a_portal_wide_notice_shows_on_the_home_page(visitor):
    home = visitor.get("/en/")
    assert not BeautifulSoup(home.content, "html.parser").select(".notices")

    make_notice(
        -HOUR,
        scope="all",
        countries=[],
        country="",
        title_en="Everywhere",
        title_es="En todas partes",
    )

    assert _notice_titles(visitor.get("/es/")) == ["Información En todas partes"]
    assert _notice_titles(visitor.get(MEXICO)) == ["Information Everywhere"]


def test_an_ended_notice_moves_to_the_archive_by_itself(visitor):
    notice = make_notice(-2 * DAY, DAY, title_en="Ended measure")

    soup = BeautifulSoup(visitor.get("/en/notices/").content, "html.parser")

    archive = soup.find("section", attrs={"aria-labelledby": "archive-heading"})
    assert f"notice-{notice.pk}" in str(archive)
    assert visitor.get(f"/en/notices/{notice.pk}/").status_code == 200


def test_the_archive_filters_by_country_and_refuses_unknown_ones(visitor):
    make_notice(-2 * DAY, DAY, title_en="Mexican measure")

    mexico = visitor.get("/en/notices/?country=mx").content.decode()
    guatemala = visitor.get("/en/notices/?country=gt").content.decode()

    assert "Mexican measure" in mexico and "Mexican measure" not in guatemala
    assert visitor.get("/en/notices/?country=zz").status_code == 400
    assert visitor.get("/en/notices/?page=abc").status_code == 400
    assert visitor.get("/en/notices/?page=99").status_code == 404


def test_a_notice_that_has_not_started_is_not_public(visitor):
    notice = make_notice(DAY)

    assert visitor.get(f"/en/notices/{notice.pk}/").status_code == 404


def test_the_demo_content_has_past_notices_with_sources_in_the_archive():
    past = Notice.objects.past()

    assert {notice.country for notice in past} >= {"ca", "us", "cr", "gt"}
    assert all(notice.sources.exists() for notice in past)


def test_pages_with_notices_tell_shared_caches_when_the_list_changes(visitor):
    make_notice(-HOUR, DAY)
    make_notice(2 * HOUR)

    response = visitor.get(MEXICO)

    seconds = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert 2 * 3600 - 60 < seconds <= 2 * 3600


@pytest.mark.parametrize("url", ["/en/notices/", "/en/feeds/notices/"])
def test_the_archive_and_the_feed_also_expire_when_a_notice_starts(visitor, url):
    make_notice(3 * HOUR)

    response = visitor.get(url)

    seconds = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert 3 * 3600 - 60 < seconds <= 3 * 3600


def test_pages_without_notices_to_come_get_no_cache_limit(visitor):
    assert "s-maxage" not in visitor.get(MEXICO).get("Cache-Control", "")


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"ends_at_before_start": True}, "ends_at"),
        ({"countries": []}, "countries"),
        ({"countries": ["mx", "gt"]}, "countries"),
        ({"scope": "all"}, "scope"),
        ({"scope": "pathways", "countries": []}, "pathways"),
    ],
)
def test_a_notice_that_does_not_hold_together_is_refused(fields, field):
    if fields.pop("ends_at_before_start", False):
        fields["lasts"] = -HOUR

    with pytest.raises(ValidationError) as error:
        make_notice(-HOUR, **fields)

    assert field in error.value.message_dict


def test_a_country_notice_cannot_point_at_another_countrys_pathway():
    guatemalan = PathwayPage.objects.live().filter(url_path__contains="/guatemala/")

    with pytest.raises(ValidationError) as error:
        make_notice(
            -HOUR, scope="pathways", countries=[], pathways=[guatemalan.first()]
        )

    assert "pathways" in error.value.message_dict


def test_an_editor_adds_a_notice_in_the_admin_and_bad_dates_are_refused(
    administrator,
):
    url = "/admin/snippets/advice/notice/add/"
    data = form_values(administrator.get(url).content.decode(), "w-editor-form")
    data.update(
        {
            "title_en": ["Admin notice"],
            "title_es": ["Aviso del admin"],
            "text_en": ["Text"],
            "text_es": ["Texto"],
            "severity": ["warning"],
            "starts_at": ["2030-01-02 10:00"],
            "ends_at": ["2030-01-01 10:00"],
            "scope": ["countries"],
            "countries": ["mx"],
            "country": ["mx"],
            "sources-TOTAL_FORMS": ["1"],
            "sources-0-title": ["Official gazette"],
            "sources-0-kind": ["official"],
            "sources-0-ORDER": ["1"],
        }
    )

    refused = administrator.post(url, data)
    data["ends_at"] = ["2030-01-03 10:00"]
    accepted = administrator.post(url, data)

    assert refused.status_code == 200
    assert b"The end must come after the start." in refused.content
    assert accepted.status_code == 302, accepted.content.decode()[:3000]
    notice = Notice.objects.get(title_en="Admin notice")
    assert notice.sources.get().title == "Official gazette"
