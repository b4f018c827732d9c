"""Safe-migration advice, time-bound notices and subscriptions to changes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from advice.notices import Scope
from core.models import RICH_TEXT_FEATURES, InformationPage
from core.verification import Source, Verifiable
from finder.fields import ChoiceListField
from governance.records import LiveQuerySet, ReviewedRecord
from lib.countries import COUNTRY_CHOICES


class AdviceIndexPage(Page):
    """The shared advice section: its topics and the job-offer check."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["advice.AdviceTopicPage", "advice.JobOfferCheckPage"]
    max_count = 1

    class Meta:
        verbose_name = _("advice section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = list(self.get_children().live().specific())
        context["topics"] = [c for c in children if isinstance(c, AdviceTopicPage)]
        context["offer_check"] = next(
            (c for c in children if isinstance(c, JobOfferCheckPage)), None
        )
        context["information_pages"] = InformationPage.objects.live().sibling_of(
            self, inclusive=False
        )
        return context


class AdviceTopicPage(Verifiable, Page):
    """One topic of safe-migration advice, in prose, with its sources."""

    summary = models.TextField(_("summary"))
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)
    lists_hotlines = models.BooleanField(
        _("list every country's emergency lines"),
        default=False,
        help_text=_(
            "Show, after the text, the emergency lines of each country from the "
            "directory of institutions, or its migration authority where the "
            "directory has none."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("lists_hotlines"),
        *Verifiable.verification_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["advice.AdviceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("advice topic")

    def get_context(self, request, *args, **kwargs):
        from advice.hotlines import hotlines_by_country

        context = super().get_context(request, *args, **kwargs)
        context["sources"] = list(self.sources.all())
        if self.lists_hotlines:
            context["hotlines"] = hotlines_by_country()
        return context


class AdviceSource(Source):
    page = ParentalKey(
        AdviceTopicPage, on_delete=models.CASCADE, related_name="sources"
    )


class JobOfferCheckPage(Verifiable, Page):
    """The questionnaire that looks for warning signs in a job offer."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        *Verifiable.verification_panels,
    ]
    parent_page_types = ["advice.AdviceIndexPage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("job-offer check")

    def serve(self, request, *args, **kwargs):
        from advice.offer_views import serve_offer_check

        return serve_offer_check(self, request)


class JobOfferCheckSource(Source):
    page = ParentalKey(
        JobOfferCheckPage, on_delete=models.CASCADE, related_name="sources"
    )


class RecruiterRegistry(ReviewedRecord):
    """An official list of licensed recruiters or employment agencies."""

    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    name = models.CharField(_("name"), max_length=300)
    url = models.URLField(_("address"), max_length=500)
    source_url = models.URLField(
        _("source"),
        max_length=500,
        blank=True,
        help_text=_("Where it was read that this list exists and what it covers."),
    )
    verified = models.BooleanField(
        _("verified"),
        default=False,
        help_text=_("Tick once the address was checked against the source."),
    )

    objects = LiveQuerySet.as_manager()

    panels = [
        FieldPanel("country"),
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("source_url"),
        FieldPanel("verified"),
    ]

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("recruiter registry")
        verbose_name_plural = _("recruiter registries")

    def __str__(self) -> str:
        return self.name


class Severity(models.TextChoices):
    INFORMATION = "information", _("Information")
    WARNING = "warning", _("Warning")
    URGENT = "urgent", _("Urgent")


class NoticeQuerySet(LiveQuerySet):
    """What readers see: published notices, by where they stand in time."""

    def current(self, now=None):
        now = now or timezone.now()
        return self.live().filter(starts_at__lte=now, ends_at__gt=now)

    def past(self, now=None):
        return self.live().filter(ends_at__lte=now or timezone.now())

    def started(self, now=None):
        return self.live().filter(starts_at__lte=now or timezone.now())


class Notice(ReviewedRecord, ClusterableModel):
    """A time-bound alert: it shows between its start and end, then is archived.

    `country` is the owner: the country whose reviewers publish it, blank for
    a portal-wide notice. `scope` says where it shows.
    """

    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    severity = models.CharField(
        _("severity"),
        max_length=20,
        choices=Severity.choices,
        default=Severity.INFORMATION,
    )
    starts_at = models.DateTimeField(_("shows from"), db_index=True)
    ends_at = models.DateTimeField(
        _("shows until"),
        db_index=True,
        help_text=_("After this moment the notice moves to the archive by itself."),
    )
    scope = models.CharField(
        _("shows on"), max_length=20, choices=Scope.choices, default=Scope.COUNTRIES
    )
    countries = ChoiceListField(
        _("countries"),
        item_choices=COUNTRY_CHOICES,
        help_text=_("For a notice on some countries: their pages and pathways."),
    )
    pathways = ParentalManyToManyField(
        "countries.PathwayPage",
        verbose_name=_("pathways"),
        blank=True,
        related_name="+",
        help_text=_("For a notice on some pathways: their pages and countries."),
    )
    country = models.CharField(
        _("owner country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        blank=True,
        help_text=_(
            "The country whose editors look after this notice; leave empty for "
            "a portal-wide notice."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = NoticeQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("severity"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [
                FieldPanel("scope"),
                FieldPanel("countries"),
                FieldPanel("pathways"),
            ],
            heading=_("Where it shows"),
        ),
        FieldPanel("country"),
        InlinePanel("sources", label=_("Sources"), min_num=1),
    ]

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must come after the start.")
        if self.scope == Scope.COUNTRIES and not self.countries:
            errors["countries"] = _("Choose at least one country.")
        if self.country and self.scope == Scope.ALL:
            errors["scope"] = _(
                "A country's notice shows on that country only; a notice for "
                "all countries is portal-wide and has no owner country."
            )
        foreign = set(self.countries or ()) - {self.country}
        if self.country and self.scope == Scope.COUNTRIES and foreign:
            errors["countries"] = _("A country's notice can only show on that country.")
        if self.scope == Scope.PATHWAYS:
            errors.update(self._pathway_errors())
        if errors:
            raise ValidationError(errors)

    def _pathway_errors(self) -> dict:
        from countries.models import CountryPage

        pathways = list(self.pathways.all())
        if not pathways:
            return {"pathways": _("Choose at least one pathway.")}
        if not self.country:
            return {}
        owner = CountryPage.objects.filter(iso_code=self.country).first()
        if owner is None or not all(p.path.startswith(owner.path) for p in pathways):
            return {
                "pathways": _("A country's notice can only show on its own pathways.")
            }
        return {}

    def is_current(self, now=None) -> bool:
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at


class NoticeSource(Source):
    notice = ParentalKey(Notice, on_delete=models.CASCADE, related_name="sources")


class Subscription(models.Model):
    """A confirmed address that gets a country's change notes by email.

    Rows exist only after the owner of the address clicked the confirmation
    link; a request that was never confirmed leaves nothing behind.
    """

    email = models.EmailField(_("email"))
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES
    )
    confirmed_at = models.DateTimeField(_("confirmed at"))
    notified_until = models.DateTimeField(
        _("notified until"),
        help_text=_("Change notes published up to this moment were sent."),
    )

    class Meta:
        ordering = ["country", "pk"]
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "country"], name="one_subscription_per_country"
            )
        ]

    def __str__(self) -> str:
        return f"{self.country}: {self.pk}"
