"""The kinds of content the portal search finds.

Each kind is one declaration; see `search.registry.Kind` for the fields.
"""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from lib.i18n import translated
from search.registry import (
    Kind,
    labels,
    live_pages,
    live_records,
    page_url,
    register,
)


def country_of_page(page: Page) -> str:
    """Return the code of the country page a page sits under, or ""."""
    from countries.models import CountryPage

    if isinstance(page, CountryPage):
        return page.iso_code
    ancestor = (
        CountryPage.objects.filter(path__in=_ancestor_paths(page))
        .only("iso_code")
        .first()
    )
    return ancestor.iso_code if ancestor else ""


def _ancestor_paths(page: Page) -> list[str]:
    return [
        page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)
    ]


def _pathway_keywords(page) -> list[str]:
    from countries.models import Purpose

    return labels(Purpose(page.purpose).label)


def _institution_title(institution, language: str) -> str:
    name = str(translated(institution, "name", language))
    return f"{name} ({institution.acronym})" if institution.acronym else name


def _institution_url(institution, language: str) -> str:
    with translation.override(language):
        return reverse(
            "institutions:detail",
            kwargs={"pk": institution.pk, "slug": institution.slug},
        )


def _institution_keywords(institution) -> list[str]:
    from institutions.models import InstitutionKind

    return [institution.acronym, *labels(InstitutionKind(institution.kind).label)]


register(
    Kind(
        slug="country",
        label=_("Country"),
        model="countries.CountryPage",
        title="title",
        text=("overview", "laws.name", "laws.description"),
        url=page_url,
        country=lambda page: page.iso_code,
        visible=live_pages,
        related=("laws",),
        priority=3,
    )
)

register(
    Kind(
        slug="pathway",
        label=_("Pathway"),
        model="countries.PathwayPage",
        title="title",
        text=(
            "summary",
            "who_for",
            "requirements.text",
            "documents.text",
            "steps.text",
            "processing_time",
            "validity",
            "renewal",
            "where_to_apply_note",
            "legal_basis",
            "fraud_warning",
            "fees.pays_for",
        ),
        url=page_url,
        country=country_of_page,
        visible=live_pages,
        keywords=_pathway_keywords,
        related=("requirements", "documents", "steps", "fees"),
        priority=3,
    )
)

register(
    Kind(
        slug="employer_guide",
        label=_("Employer guide"),
        model="countries.EmployerGuidePage",
        title="title",
        text=(
            "summary",
            "steps.text",
            "permits",
            "labour_market_test",
            "obligations",
            "costs",
            "fees.pays_for",
        ),
        url=page_url,
        country=country_of_page,
        visible=live_pages,
        related=("steps", "fees"),
        priority=3,
    )
)

register(
    Kind(
        slug="institution",
        label=_("Institution"),
        model="institutions.Institution",
        title=_institution_title,
        text=("description", "services.name", "services.description"),
        url=_institution_url,
        country=lambda institution: institution.country,
        keywords=_institution_keywords,
        related=("services",),
        visible=live_records,
    )
)

register(
    Kind(
        slug="information",
        label=_("Information page"),
        model="core.InformationPage",
        title="title",
        text=("summary", "body"),
        url=page_url,
        country=country_of_page,
        visible=live_pages,
    )
)


def _notice_url(notice, language: str) -> str:
    with translation.override(language):
        return reverse("advice:notice", kwargs={"pk": notice.pk})


def _notice_country(notice) -> str:
    if notice.country:
        return notice.country
    return notice.countries[0] if len(notice.countries or ()) == 1 else ""


register(
    Kind(
        slug="advice",
        label=_("Advice"),
        model="advice.AdviceTopicPage",
        title="title",
        text=("summary", "body"),
        url=page_url,
        country=country_of_page,
        visible=live_pages,
        priority=3,
    )
)

# A notice is found from the moment it starts; once it ends it stays
# findable, as its page in the archive says when it ended.
register(
    Kind(
        slug="notice",
        label=_("Notice"),
        model="advice.Notice",
        title="title",
        text=("text",),
        url=_notice_url,
        country=_notice_country,
        window=lambda notice: (notice.starts_at, None),
        visible=live_records,
    )
)


def _resource_url(resource, language: str) -> str:
    with translation.override(language):
        return resource.get_absolute_url()


def _resource_country(resource) -> str:
    codes = resource.country_codes()
    return codes[0] if len(codes) == 1 else ""


# Resources are many (the repository is built for 100,000), so they are
# the many-rows tier: counted up to a limit, ranked among the newest.
register(
    Kind(
        slug="resource",
        label=_("Resource"),
        model="repository.Resource",
        title="title",
        text=("abstract", "authors.name", "publisher", "themes.name"),
        url=_resource_url,
        country=_resource_country,
        visible=live_records,
        related=("authors", "themes", "coverage"),
        tier=1,
    )
)
