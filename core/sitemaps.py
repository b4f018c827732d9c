"""Sitemaps listing every public page in every language, with alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from wagtail.models import Page

from institutions.models import Institution


class PageSitemap(Sitemap):
    i18n = True
    alternates = True

    def items(self):
        return Page.objects.live().public().filter(depth__gt=1).order_by("path")

    def location(self, item: Page) -> str:
        return item.get_url() or "/"

    def lastmod(self, item: Page):
        return item.last_published_at


class InstitutionSitemap(Sitemap):
    i18n = True
    alternates = True

    def items(self):
        return Institution.objects.live().order_by("pk")

    def location(self, item: Institution) -> str:
        return reverse("institutions:detail", kwargs={"pk": item.pk, "slug": item.slug})


SITEMAPS = {"pages": PageSitemap, "institutions": InstitutionSitemap}
