"""Directory of institutions, shaped after Open Referral HSDS.

HSDS names: an organization offers services at locations; phones and
schedules hang off locations. Here an `Institution` is the organization.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index

from core.rows import OrderedRow
from governance.records import LiveQuerySet, ReviewedRecord
from lib.countries import COUNTRY_CHOICES


class InstitutionKind(models.TextChoices):
    MIGRATION_AUTHORITY = "migration_authority", _("Migration authority")
    LABOUR_MINISTRY = "labour_ministry", _("Labour ministry")
    CONSULATE = "consulate", _("Consulate")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    IOM_OFFICE = "iom_office", _("IOM office")
    SHELTER = "shelter", _("Shelter")
    EMERGENCY_LINE = "emergency_line", _("Emergency line")
    OTHER_GOVERNMENT = "other_government", _("Other government office")


class Institution(ReviewedRecord, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("type"), max_length=30, choices=InstitutionKind.choices)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True)
    email = models.EmailField(_("email"), blank=True)
    source_url = models.URLField(
        _("source"),
        max_length=500,
        blank=True,
        help_text=_("Where these details were read."),
    )
    verified = models.BooleanField(
        _("verified"),
        default=False,
        help_text=_("Tick once the details were checked against the source."),
    )

    objects = LiveQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("source_url"),
        FieldPanel("verified"),
        InlinePanel("services", label=_("Services")),
        InlinePanel("locations", label=_("Locations")),
        InlinePanel("phones", label=_("Phones")),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("acronym"),
        index.SearchField("acronym"),
        index.SearchField("description"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["country", "kind", "name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def slug(self) -> str:
        """Return the same slug in every language, so switching keeps the URL."""
        return slugify(self.acronym or self.name_en or self.name) or "institution"


class Service(OrderedRow):
    institution = ParentalKey(
        Institution, on_delete=models.CASCADE, related_name="services"
    )
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("address"), max_length=500, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("is_free"),
    ]

    def __str__(self) -> str:
        return self.name


class Location(OrderedRow):
    institution = ParentalKey(
        Institution, on_delete=models.CASCADE, related_name="locations"
    )
    name = models.CharField(_("name"), max_length=255)
    address = models.TextField(_("address"), blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    languages = models.CharField(
        _("languages spoken"),
        max_length=100,
        blank=True,
        help_text=_("ISO 639-1 codes separated by commas, e.g. es,en."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("city"),
        FieldPanel("region"),
        FieldPanel("opening_hours"),
        FieldPanel("languages"),
    ]

    def __str__(self) -> str:
        return self.name

    @property
    def language_codes(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class PhoneKind(models.TextChoices):
    VOICE = "voice", _("Voice")
    HOTLINE = "hotline", _("Hotline")
    TEXT = "text", _("Text message")
    WHATSAPP = "whatsapp", _("WhatsApp")


class Phone(OrderedRow):
    institution = ParentalKey(
        Institution, on_delete=models.CASCADE, related_name="phones"
    )
    number = models.CharField(_("number"), max_length=40)
    kind = models.CharField(
        _("type"), max_length=20, choices=PhoneKind.choices, default=PhoneKind.VOICE
    )
    description = models.CharField(_("description"), max_length=255, blank=True)

    panels = [FieldPanel("number"), FieldPanel("kind"), FieldPanel("description")]

    def __str__(self) -> str:
        return self.number
