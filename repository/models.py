"""The repository: resources (studies, reports, data) and indicators.

A resource is a catalogue record, not a page: partners submit it, portal
editors review and publish it through Wagtail's moderation of snippets
(see docs/adr/006-repository-resources-as-moderated-snippets.md).
"""

import datetime
import logging

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from core.rows import OrderedRow
from core.verification import Source, Verifiable
from repository.admin_forms import ResourceForm
from repository.areas import AREA_CHOICES, area_name, is_country
from repository.identifiers import normalise_doi, normalise_isbn

logger = logging.getLogger(__name__)


class ResourceType(models.TextChoices):
    REPORT = "report", _("Report")
    STUDY = "study", _("Study")
    ARTICLE = "article", _("Article")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    GUIDE = "guide", _("Guide")
    DATASET = "dataset", _("Dataset")
    INFOGRAPHIC = "infographic", _("Infographic")


# Languages resources are written in (ISO 639-1), the region's first.
RESOURCE_LANGUAGES = [
    ("en", pgettext_lazy("language of a resource", "English")),
    ("es", pgettext_lazy("language of a resource", "Spanish")),
    ("fr", pgettext_lazy("language of a resource", "French")),
    ("pt", pgettext_lazy("language of a resource", "Portuguese")),
    ("ht", pgettext_lazy("language of a resource", "Haitian Creole")),
]

FIRST_YEAR, LAST_YEAR = 1900, 2100


class Theme(models.Model):
    """One entry of the managed, bilingual list of themes."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return self.name


class Resource(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    Verifiable,
    ClusterableModel,
):
    """A study, report, article, policy brief, guide, dataset or infographic."""

    title = models.CharField(
        _("title"), max_length=500, help_text=_("As published, in its language.")
    )
    resource_type = models.CharField(
        _("type"), max_length=20, choices=ResourceType.choices
    )
    publisher = models.CharField(_("publisher"), max_length=300, blank=True)
    place = models.CharField(_("place of publication"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("Leave empty when the year is not known."),
    )
    month = models.PositiveSmallIntegerField(
        _("month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    day = models.PositiveSmallIntegerField(
        _("day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
    )
    language = models.CharField(
        _("language"), max_length=5, choices=RESOURCE_LANGUAGES, default="en"
    )
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("themes"), related_name="resources", blank=True
    )
    abstract = models.TextField(_("abstract"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(
        _("where it is published"),
        max_length=500,
        blank=True,
        help_text=_("The publisher's page for this resource."),
    )
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=17, blank=True)
    licence = models.CharField(_("licence"), max_length=200, blank=True)
    licence_url = models.URLField(_("licence address"), max_length=500, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document_text = models.TextField(
        _("text of the document"), blank=True, editable=False
    )
    search_text = models.TextField(blank=True, editable=False)
    # The date as one sortable number, 20240507; 0 when the year is unknown.
    date_key = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="resource")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="resource",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("resource_type"),
        InlinePanel("authors", label=_("Authors and editors"), min_num=1),
        FieldPanel("publisher"),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("month"), FieldPanel("day")]),
        FieldPanel("language"),
        FieldPanel("themes"),
        FieldPanel("coverage_areas"),
        FieldPanel("abstract"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("url"),
                FieldPanel("doi"),
                FieldPanel("isbn"),
                FieldPanel("licence"),
                FieldPanel("licence_url"),
            ],
            heading=_("Document, identifiers and licence"),
        ),
        *Verifiable.verification_panels,
    ]
    base_form_class = ResourceForm

    class Meta:
        ordering = ["-year", "-pk"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            models.Index(fields=["live", "year"]),
            models.Index(fields=["live", "date_key", "id"]),
            # Covers the counts of types, languages and years.
            models.Index(fields=["live", "resource_type", "language", "year"]),
            models.Index(fields=["live", "resource_type"]),
            models.Index(fields=["live", "language"]),
            models.Index(fields=["live", "last_published_at"]),
            models.Index(fields=["live", "first_published_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60].strip("-") or "resource"

    def get_absolute_url(self) -> str:
        return reverse("repository:resource", kwargs={"pk": self.pk, "slug": self.slug})

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.doi:
            try:
                self.doi = normalise_doi(self.doi)
            except ValueError:
                errors["doi"] = _("Enter a DOI such as 10.1787/9789264278967-en.")
        if self.isbn:
            try:
                self.isbn = normalise_isbn(self.isbn)
            except ValueError:
                errors["isbn"] = _("Enter a valid ISBN-10 or ISBN-13.")
        if (self.month or self.day) and not self.year:
            errors["year"] = _("A month or day needs a year.")
        if self.day and not self.month:
            errors["month"] = _("A day needs a month.")
        if self.year and self.month and self.day:
            try:
                datetime.date(self.year, self.month, self.day)
            except ValueError:
                errors["day"] = _("This date does not exist.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        from repository.search import search_document

        self._refresh_document_text()
        self.search_text = search_document(self)
        self.date_key = date_key(self.year, self.month, self.day)
        super().save(*args, **kwargs)

    def _refresh_document_text(self) -> None:
        """Extract the PDF's text when the document was set or changed."""
        from repository.pdftext import extract_text

        document_id = self.document_id
        if document_id == getattr(self, "_extracted_for", None):
            return
        if document_id is None:
            self.document_text = ""
        elif self._loaded_document_id() != document_id or not self.document_text:
            self.document_text = _read_document_text(self.document, extract_text)
        self._extracted_for = document_id

    def _loaded_document_id(self):
        if self.pk is None:
            return None
        return (
            Resource.objects.filter(pk=self.pk)
            .values_list("document_id", flat=True)
            .first()
        )

    # Helpers for templates and exports.

    @property
    def date_parts(self) -> tuple[int, ...]:
        parts = [self.year, self.month, self.day]
        result: list[int] = []
        for part in parts:
            if not part:
                break
            result.append(part)
        return tuple(result)

    @property
    def iso_date(self) -> str:
        """Return the date as precise as it is known: 2024, 2024-05, 2024-05-07."""
        return "-".join(
            f"{part:04d}" if i == 0 else f"{part:02d}"
            for i, part in enumerate(self.date_parts)
        )

    def ordered_authors(self) -> list["Author"]:
        return [a for a in self.authors.all() if a.role == AuthorRole.AUTHOR]

    def ordered_editors(self) -> list["Author"]:
        return [a for a in self.authors.all() if a.role == AuthorRole.EDITOR]

    def country_codes(self) -> list[str]:
        return [c.area for c in self.coverage.all() if is_country(c.area)]

    def region_codes(self) -> list[str]:
        return [c.area for c in self.coverage.all() if not is_country(c.area)]

    def coverage_names(self) -> list[str]:
        return [area_name(c.area) for c in self.coverage.all()]

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pdf_url(self) -> str:
        return self.document.url if self.document_id and self.document else ""


def date_key(year: int | None, month: int | None, day: int | None) -> int:
    """Return a date as one sortable number: 20240507, 20240500, 0 if unknown."""
    if not year:
        return 0
    return year * 10_000 + (month or 0) * 100 + (day or 0)


def _read_document_text(document, extract) -> str:
    try:
        with document.file.open("rb") as handle:
            return extract(handle.read())
    except (OSError, ValueError) as error:
        logger.warning("Could not open document %s: %s", document.pk, error)
        return ""


class AuthorKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")


class AuthorRole(models.TextChoices):
    AUTHOR = "author", _("Author")
    EDITOR = "editor", _("Editor")


class Author(OrderedRow):
    """A person or an organisation credited with a resource."""

    resource = ParentalKey(Resource, on_delete=models.CASCADE, related_name="authors")
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=AuthorKind.choices,
        default=AuthorKind.ORGANISATION,
    )
    name = models.CharField(
        _("name"),
        max_length=300,
        help_text=_("An organisation's full name, or a person's family name."),
    )
    given_names = models.CharField(
        _("given names"), max_length=200, blank=True, help_text=_("People only.")
    )
    role = models.CharField(
        _("role"), max_length=20, choices=AuthorRole.choices, default=AuthorRole.AUTHOR
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("given_names"),
        FieldPanel("role"),
    ]

    def __str__(self) -> str:
        if self.kind == AuthorKind.PERSON and self.given_names:
            return f"{self.given_names} {self.name}"
        return self.name

    @property
    def is_person(self) -> bool:
        return self.kind == AuthorKind.PERSON

    def clean(self) -> None:
        if self.kind == AuthorKind.ORGANISATION and self.given_names:
            raise ValidationError(
                {"given_names": _("Organisations have no given names.")}
            )


class Coverage(models.Model):
    """A country or region a resource is about."""

    resource = ParentalKey(Resource, on_delete=models.CASCADE, related_name="coverage")
    area = models.CharField(_("country or region"), max_length=30, choices=AREA_CHOICES)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resource", "area"], name="unique_coverage")
        ]
        indexes = [models.Index(fields=["area", "resource"])]

    def __str__(self) -> str:
        return area_name(self.area)


class ResourceSource(Source):
    """Where the resource's metadata was read."""

    page = ParentalKey(Resource, on_delete=models.CASCADE, related_name="sources")


class OaiDeletion(models.Model):
    """A resource withdrawn from the public repository, for OAI-PMH harvesters.

    Kept for good (deletedRecord "persistent"), so that harvesters that come
    back years later still learn that the record went away.
    """

    resource_id = models.BigIntegerField(unique=True)
    datestamp = models.DateTimeField(db_index=True)
    set_specs = models.CharField(max_length=2000, blank=True)

    class Meta:
        ordering = ["resource_id"]

    def __str__(self) -> str:
        return f"deleted resource {self.resource_id}"


# Indicators: statistics by country (or region) and year.


class IndicatorUnit(models.TextChoices):
    PERSONS = "persons", _("persons")
    PERCENT_POPULATION = "percent-population", _("% of the population")
    PERCENT_GDP = "percent-gdp", _("% of GDP")
    USD = "usd", _("US dollars (current)")


class DataSource(models.Model):
    """A publication or database that indicator values were read in."""

    key = models.SlugField(_("key"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=400)
    url = models.URLField(_("address"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["key"]
        verbose_name = _("data source")
        verbose_name_plural = _("data sources")

    def __str__(self) -> str:
        return self.title


class Indicator(models.Model):
    slug = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    definition = models.TextField(_("definition"))
    unit = models.CharField(_("unit"), max_length=30, choices=IndicatorUnit.choices)
    source = models.ForeignKey(
        DataSource,
        verbose_name=_("main source"),
        on_delete=models.PROTECT,
        related_name="indicators",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("unit"),
        FieldPanel("source"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("repository:indicator", kwargs={"slug": self.slug})


class IndicatorValue(models.Model):
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="values"
    )
    area = models.CharField(_("country or region"), max_length=30, choices=AREA_CHOICES)
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
    )
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    source = models.ForeignKey(
        DataSource, verbose_name=_("source"), on_delete=models.PROTECT, related_name="+"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["indicator", "area", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "area", "year"], name="one_value_per_area_and_year"
            )
        ]
        indexes = [models.Index(fields=["area", "indicator", "year"])]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.area} {self.year}: {self.value}"
