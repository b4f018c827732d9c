"""Country pages, their pathways and their employer guide."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.rows import OrderedRow
from core.verification import Source, Verifiable
from governance.forms import ReviewedPageForm, change_note_panels
from lib.countries import COUNTRY_CHOICES, covered_country
from lib.i18n import content_languages, languages_with_text


class Purpose(models.TextChoices):
    WORK = "work", _("Work")
    STUDY = "study", _("Study")
    FAMILY = "family", _("Family")
    RESIDENCE = "residence", _("Residence")
    VISIT = "visit", _("Visit")
    PROTECTION = "protection", _("Protection")


class CountryIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["countries.CountryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("countries index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        countries = CountryPage.objects.child_of(self).live().order_by("title")
        pathways = list(PathwayPage.objects.descendant_of(self).live())
        context["countries"] = [
            country_languages(country, pathways) for country in countries
        ]
        return context


@dataclass(frozen=True)
class PurposeGroup:
    purpose: str
    label: str
    pathways: list["PathwayPage"]


def group_by_purpose(pathways: list["PathwayPage"]) -> list[PurposeGroup]:
    """Group pathways by purpose, in the order purposes are listed."""
    groups = []
    for purpose in Purpose:
        members = [pathway for pathway in pathways if pathway.purpose == purpose]
        if members:
            groups.append(PurposeGroup(purpose.value, str(purpose.label), members))
    return groups


@dataclass(frozen=True)
class CountryLanguages:
    page: "CountryPage"
    languages: list[str]
    partial: bool
    pathway_count: int


def country_languages(country: "CountryPage", pathways) -> CountryLanguages:
    """Say in which languages a country's overview and pathways are written."""
    own = [p for p in pathways if p.path.startswith(country.path)]
    complete = set(languages_with_text(country, "overview"))
    some = set(complete)
    for pathway in own:
        written = set(languages_with_text(pathway, "summary"))
        complete &= written
        some |= written
    ordered = [code for code in content_languages() if code in some]
    return CountryLanguages(country, ordered, complete != some, len(own))


class EmployerIndexPage(Page):
    """The way in for employers: every country's employer guide."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("employers page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = {
            guide.path[: -Page.steplen]: guide
            for guide in EmployerGuidePage.objects.live()
        }
        countries = CountryPage.objects.live().order_by("title")
        context["entries"] = [
            (country, guides.get(country.path)) for country in countries
        ]
        return context


class CountryPage(Verifiable, Page):
    iso_code = models.CharField(
        _("country"), max_length=2, choices=COUNTRY_CHOICES, unique=True
    )
    overview = models.TextField(_("overview"), blank=True)
    migration_authority = models.ForeignKey(
        "institutions.Institution",
        verbose_name=_("migration authority"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    labour_ministry = models.ForeignKey(
        "institutions.Institution",
        verbose_name=_("labour ministry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("iso_code"),
        FieldPanel("overview"),
        FieldPanel("migration_authority"),
        FieldPanel("labour_ministry"),
        InlinePanel("laws", label=_("Laws in force")),
        *Verifiable.verification_panels,
        *change_note_panels(),
    ]
    base_form_class = ReviewedPageForm
    search_fields = Page.search_fields + [index.SearchField("overview")]
    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types = ["countries.PathwayPage", "countries.EmployerGuidePage"]

    class Meta:
        verbose_name = _("country")

    @property
    def official_languages(self) -> tuple[str, ...]:
        country = covered_country(self.iso_code)
        return country.official_languages if country else ()

    def get_context(self, request, *args, **kwargs):
        from institutions.models import Institution

        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().specific()
        pathways = [child for child in children if isinstance(child, PathwayPage)]
        context["pathway_groups"] = group_by_purpose(pathways)
        context["employer_guide"] = next(
            (child for child in children if isinstance(child, EmployerGuidePage)),
            None,
        )
        context["laws"] = list(self.laws.all())
        context["institutions"] = Institution.objects.live().filter(
            country=self.iso_code
        )
        return context


class Law(OrderedRow):
    page = ParentalKey(CountryPage, on_delete=models.CASCADE, related_name="laws")
    name = models.CharField(
        _("name"), max_length=300, help_text=_("As published, in its language.")
    )
    description = models.TextField(_("what it covers"), blank=True)
    url = models.URLField(_("address"), max_length=500, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("url")]

    def __str__(self) -> str:
        return self.name


class CountrySource(Source):
    page = ParentalKey(CountryPage, on_delete=models.CASCADE, related_name="sources")


class Fee(OrderedRow):
    """One fee; amount and currency are stored once for every language."""

    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    currency = models.CharField(
        _("currency"), max_length=3, help_text=_("ISO 4217 code, e.g. MXN.")
    )
    pays_for = models.CharField(_("what it pays for"), max_length=300)
    source_title = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    valid_on = models.DateField(
        _("valid on"), null=True, blank=True, help_text=_("When this amount held.")
    )
    valid_year = models.PositiveSmallIntegerField(
        _("valid in year"),
        null=True,
        blank=True,
        help_text=_("When only the year is known."),
    )
    verified = models.BooleanField(_("verified"), default=False)

    panels = [
        FieldPanel("amount"),
        FieldPanel("currency"),
        FieldPanel("pays_for"),
        FieldPanel("source_title"),
        FieldPanel("source_url"),
        FieldPanel("valid_on"),
        FieldPanel("valid_year"),
        FieldPanel("verified"),
    ]

    class Meta(OrderedRow.Meta):
        abstract = True

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


class ListItem(OrderedRow):
    """A requirement, document or step: one short translated text."""

    text = models.TextField(_("text"))

    panels = [FieldPanel("text")]

    class Meta(OrderedRow.Meta):
        abstract = True

    def __str__(self) -> str:
        return self.text


class PathwayPage(Verifiable, Page):
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    summary = models.TextField(_("summary"))
    who_for = models.TextField(_("who it is for"), blank=True)
    processing_time = models.CharField(_("processing time"), max_length=300, blank=True)
    validity = models.CharField(_("validity"), max_length=300, blank=True)
    renewal = models.TextField(_("renewal"), blank=True)
    allows_work = models.BooleanField(_("allows work"), null=True, blank=True)
    family_can_come = models.BooleanField(_("family can come"), null=True, blank=True)
    leads_to_permanent_residence = models.BooleanField(
        _("leads to permanent residence"), null=True, blank=True
    )
    where_to_apply = models.ForeignKey(
        "institutions.Institution",
        verbose_name=_("where to apply"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    where_to_apply_note = models.TextField(_("how to apply"), blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    official_url = models.URLField(_("official page"), max_length=500, blank=True)
    is_free = models.BooleanField(
        _("this procedure is free"),
        default=False,
        help_text=_("Tick when the official source says the procedure costs nothing."),
    )
    fraud_warning = models.TextField(_("fraud warning"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("purpose"),
        FieldPanel("summary"),
        FieldPanel("who_for"),
        InlinePanel("requirements", label=_("Requirements")),
        InlinePanel("documents", label=_("Documents")),
        InlinePanel("steps", label=_("Steps")),
        InlinePanel("fees", label=_("Fees")),
        MultiFieldPanel(
            [
                FieldPanel("processing_time"),
                FieldPanel("validity"),
                FieldPanel("renewal"),
                FieldPanel("allows_work"),
                FieldPanel("family_can_come"),
                FieldPanel("leads_to_permanent_residence"),
            ],
            heading=_("Time, validity and rights"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("where_to_apply"),
                FieldPanel("where_to_apply_note"),
                FieldPanel("official_url"),
                FieldPanel("legal_basis"),
            ],
            heading=_("Where to apply"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldPanel("fraud_warning")],
            heading=_("Fraud protection"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("eligibility", max_num=1, label=_("Eligibility rule")),
                InlinePanel("conditions", label=_("Other conditions")),
            ],
            heading=_("Who it is for, for the finder"),
        ),
        *Verifiable.verification_panels,
        *change_note_panels(),
    ]
    base_form_class = ReviewedPageForm
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("who_for"),
        index.FilterField("purpose"),
    ]
    parent_page_types = ["countries.CountryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("pathway")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country"] = self.get_parent()
        context["requirements"] = list(self.requirements.all())
        context["documents"] = list(self.documents.all())
        context["steps"] = list(self.steps.all())
        context["fees"] = list(self.fees.all())
        context["sources"] = list(self.sources.all())
        return context


class Requirement(ListItem):
    page = ParentalKey(
        PathwayPage, on_delete=models.CASCADE, related_name="requirements"
    )


class Document(ListItem):
    page = ParentalKey(PathwayPage, on_delete=models.CASCADE, related_name="documents")


class Step(ListItem):
    page = ParentalKey(PathwayPage, on_delete=models.CASCADE, related_name="steps")


class PathwayFee(Fee):
    page = ParentalKey(PathwayPage, on_delete=models.CASCADE, related_name="fees")


class PathwaySource(Source):
    page = ParentalKey(PathwayPage, on_delete=models.CASCADE, related_name="sources")


class EmployerGuidePage(Verifiable, Page):
    summary = models.TextField(_("summary"))
    permits = models.TextField(_("permits"), blank=True)
    labour_market_test = models.TextField(_("labour-market test"), blank=True)
    obligations = models.TextField(_("employer obligations"), blank=True)
    costs = models.TextField(_("costs"), blank=True)
    institutions = ParentalManyToManyField(
        "institutions.Institution",
        verbose_name=_("institutions involved"),
        blank=True,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        InlinePanel("steps", label=_("Steps to hire a foreign worker")),
        FieldPanel("permits"),
        FieldPanel("labour_market_test"),
        FieldPanel("obligations"),
        FieldPanel("costs"),
        InlinePanel("fees", label=_("Fees")),
        FieldPanel("institutions"),
        *Verifiable.verification_panels,
        *change_note_panels(),
    ]
    base_form_class = ReviewedPageForm
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["countries.CountryPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("employer guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country"] = self.get_parent()
        context["steps"] = list(self.steps.all())
        context["fees"] = list(self.fees.all())
        context["sources"] = list(self.sources.all())
        context["institutions"] = list(self.institutions.filter(live=True))
        return context


class EmployerStep(ListItem):
    page = ParentalKey(
        EmployerGuidePage, on_delete=models.CASCADE, related_name="steps"
    )


class EmployerGuideFee(Fee):
    page = ParentalKey(EmployerGuidePage, on_delete=models.CASCADE, related_name="fees")


class EmployerGuideSource(Source):
    page = ParentalKey(
        EmployerGuidePage, on_delete=models.CASCADE, related_name="sources"
    )
