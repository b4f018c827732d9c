import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_every_page_in_both_languages(visitor):
    response = visitor.get("/sitemap.xml")
    paths = [
        urlsplit(url).path
        for url in re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    ]

    assert response.status_code == 200
    assert "/en/countries/mexico/" in paths
    assert "/es/countries/mexico/" in paths
    assert len([p for p in paths if p.startswith("/es/")]) == len(paths) / 2


def test_every_address_in_the_sitemap_answers_200(visitor):
    content = visitor.get("/sitemap.xml").content.decode()

    for url in re.findall(r"<loc>([^<]+)</loc>", content):
        path = urlsplit(url).path
        assert visitor.get(path).status_code == 200, path
