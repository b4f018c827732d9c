import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "accept_language, expected",
    [
        ("es-MX,es;q=0.9,en;q=0.5", "/es/"),
        ("en-US,en;q=0.9", "/en/"),
        ("fr-CA,fr;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_sends_visitors_to_their_language(visitor, accept_language, expected):
    response = visitor.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_language_switcher_leads_to_the_same_page_in_the_other_language(visitor):
    response = visitor.get("/en/countries/mexico/")
    soup = BeautifulSoup(response.content, "html.parser")

    switcher = soup.find("nav", class_="language-switcher")
    link = switcher.find("a", hreflang="es")

    assert link["href"] == "/es/countries/mexico/"
    assert visitor.get(link["href"]).status_code == 200


def test_language_switcher_keeps_the_query_string(visitor):
    response = visitor.get("/es/institutions/?country=mx")
    soup = BeautifulSoup(response.content, "html.parser")

    link = soup.find("nav", class_="language-switcher").find("a", hreflang="en")

    assert link["href"] == "/en/institutions/?country=mx"


def test_the_interface_is_translated_into_spanish(visitor):
    response = visitor.get("/es/")

    assert "Saltar al contenido principal" in response.content.decode()
    assert response.headers["Content-Language"] == "es"
