"""A small crawler over the test client, for the whole-site sweeps."""

from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.test import Client

SKIPPED_PREFIXES = ("/admin/", "/static/", "/documents/", "/media/")
# Atom feeds are not pages; tests/advice/test_feeds.py parses them.
SKIPPED_PARTS = ("/feeds/",)


@dataclass
class CrawledPage:
    url: str
    status: int
    html: str
    soup: BeautifulSoup
    linked_from: str


@dataclass
class Crawl:
    pages: dict[str, CrawledPage] = field(default_factory=dict)

    def internal_links(self, page: CrawledPage) -> list[str]:
        return internal_links(page.soup)


def internal_links(soup: BeautifulSoup) -> list[str]:
    links = []
    for anchor in soup.find_all("a", href=True):
        href, _fragment = urldefrag(anchor["href"])
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not href.startswith("/"):
            continue
        if href.startswith(SKIPPED_PREFIXES) or any(p in href for p in SKIPPED_PARTS):
            continue
        links.append(href)
    return links


def crawl(client: Client, start: list[str], limit: int = 2000) -> Crawl:
    result = Crawl()
    queue = [(url, "(start)") for url in start]
    while queue and len(result.pages) < limit:
        url, referrer = queue.pop(0)
        if url in result.pages:
            continue
        response = client.get(url)
        if response.status_code == 200 and not response["Content-Type"].startswith(
            "text/html"
        ):
            continue  # feeds and downloads are checked by their own tests
        html = response.content.decode() if response.status_code == 200 else ""
        soup = BeautifulSoup(html, "html.parser")
        page = CrawledPage(url, response.status_code, html, soup, referrer)
        result.pages[url] = page
        queue.extend((link, url) for link in internal_links(soup))
    return result


def page_weight(page: CrawledPage) -> int:
    """Bytes of HTML plus every stylesheet, script and font the page loads."""
    total = len(page.html.encode())
    for asset in asset_urls(page.soup):
        path = finders.find(asset.removeprefix("/static/"))
        assert path, f"{page.url} loads {asset}, which is not a static file"
        with open(path, "rb") as handle:
            total += len(handle.read())
    return total


def asset_urls(soup: BeautifulSoup) -> list[str]:
    urls = [tag["href"] for tag in soup.find_all("link", rel="stylesheet")]
    urls += [tag["src"] for tag in soup.find_all("script", src=True)]
    return urls


def outside_requests(soup: BeautifulSoup) -> list[str]:
    """Addresses the browser would fetch from another host by itself."""
    fetched = asset_urls(soup)
    fetched += [tag["src"] for tag in soup.find_all(["img", "iframe"], src=True)]
    return [url for url in fetched if urlsplit(url).netloc or url.startswith("//")]
