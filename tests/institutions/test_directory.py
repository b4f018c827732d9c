import pytest
from bs4 import BeautifulSoup

from institutions.models import Institution

pytestmark = pytest.mark.django_db


def _names(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [h2.get_text(strip=True) for h2 in soup.select(".cards .card h2")]


def test_the_directory_lists_every_institution(visitor):
    response = visitor.get("/en/institutions/")

    assert response.status_code == 200
    assert len(_names(response)) == Institution.objects.count()


def test_the_directory_filters_by_country_and_type(visitor):
    response = visitor.get("/en/institutions/?country=MX&kind=migration_authority")

    expected = Institution.objects.filter(country="mx", kind="migration_authority")
    assert response.status_code == 200
    assert len(_names(response)) == expected.count() >= 1


@pytest.mark.parametrize(
    "query", ["country=zz", "kind=embassy", "country=<script>", "country=mx&kind=%00"]
)
def test_bad_filters_get_400_with_a_message(visitor, query):
    response = visitor.get(f"/en/institutions/?{query}")

    assert response.status_code == 400
    assert "Please correct the filters below." in response.content.decode()


def test_an_institution_page_shows_its_services_and_website(visitor):
    institution = Institution.objects.filter(country="mx").exclude(website="").first()

    response = visitor.get(f"/es/institutions/{institution.pk}-{institution.slug}/")

    assert response.status_code == 200
    assert institution.website in response.content.decode()


def test_a_wrong_slug_redirects_to_the_right_address(visitor):
    institution = Institution.objects.first()

    response = visitor.get(f"/en/institutions/{institution.pk}-wrong/")

    assert response.status_code == 302
    assert (
        response["Location"] == f"/en/institutions/{institution.pk}-{institution.slug}/"
    )


def test_an_unknown_institution_is_404(visitor):
    assert visitor.get("/en/institutions/999999-nothing/").status_code == 404


def test_the_directory_is_paginated(visitor, monkeypatch):
    monkeypatch.setattr("institutions.views.PAGE_SIZE", 5)

    first = visitor.get("/en/institutions/")
    second = visitor.get("/en/institutions/?page=2")

    assert len(_names(first)) == 5
    assert set(_names(first)).isdisjoint(_names(second))
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1e9", "999999999999"])
def test_a_malformed_page_number_is_400(visitor, page):
    assert visitor.get(f"/en/institutions/?page={page}").status_code == 400


def test_a_page_past_the_end_is_404(visitor):
    assert visitor.get("/en/institutions/?page=500").status_code == 404
