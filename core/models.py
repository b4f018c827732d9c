"""The home page and plain information pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.verification import Source, Verifiable

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class HomePage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from countries.models import CountryIndexPage, CountryPage, EmployerIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["countries_index"] = (
            CountryIndexPage.objects.child_of(self).live().first()
        )
        context["employers_page"] = (
            EmployerIndexPage.objects.child_of(self).live().first()
        )
        context["countries"] = CountryPage.objects.live().order_by("title")
        context["information_page"] = (
            InformationPage.objects.child_of(self).live().first()
        )
        return context


class InformationPage(Verifiable, Page):
    """General information in prose, with its sources."""

    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        *Verifiable.verification_panels,
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["core.HomePage", "core.InformationPage"]

    class Meta:
        verbose_name = _("information page")


class InformationSource(Source):
    page = ParentalKey(
        InformationPage, on_delete=models.CASCADE, related_name="sources"
    )
