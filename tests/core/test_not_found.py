import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path, language, text",
    [
        ("/en/nonexistent/", "en", "Page not found"),
        ("/es/nonexistent/", "es", "Página no encontrada"),
        ("/es/countries/atlantis/", "es", "Página no encontrada"),
        ("/en/countries/mexico/no-such-pathway/", "en", "Page not found"),
    ],
)
def test_unknown_pages_get_a_friendly_404_in_their_language(
    visitor, path, language, text
):
    response = visitor.get(path)

    assert response.status_code == 404
    assert f'<html lang="{language}">' in response.content.decode()
    assert text in response.content.decode()


@pytest.mark.parametrize("path", ["/nonexistent/", "/fr/", "/de/countries/"])
def test_unprefixed_or_unknown_language_paths_are_404_in_the_browser_language(
    visitor, path
):
    response = visitor.get(path, HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/en/%00/", "/en/<script>/", "/en/..%2f..%2fetc/", "/en/" + "a/" * 300]
)
def test_malformed_paths_are_404_not_500(visitor, path):
    response = visitor.get(path)

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_an_address_without_language_that_exists_redirects(visitor):
    response = visitor.get("/countries/", HTTP_ACCEPT_LANGUAGE="es")

    assert response.status_code == 302
    assert response["Location"] == "/es/countries/"
