"""The verification record and the sources that every content page carries."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel

from core.rows import OrderedRow

# How long a verification holds before the page must be checked again.
REVIEW_AFTER_DAYS = 180


class Verifiable(models.Model):
    """A page whose content is checked against its official sources."""

    verified_on = models.DateField(
        _("verified on"),
        null=True,
        blank=True,
        help_text=_("Leave empty until someone has checked the official sources."),
    )
    verified_by = models.CharField(_("verified by"), max_length=200, blank=True)
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("Defaults to 180 days after the verification date."),
    )

    verification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("verified_on"),
                FieldPanel("verified_by"),
                FieldPanel("review_by"),
                InlinePanel("sources", label=_("Sources"), min_num=0),
            ],
            heading=_("Verification"),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.verified_on and not self.review_by:
            self.review_by = self.verified_on + datetime.timedelta(
                days=REVIEW_AFTER_DAYS
            )
        super().save(*args, **kwargs)

    @property
    def is_verified(self) -> bool:
        return self.verified_on is not None

    def is_review_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.review_by is not None and self.review_by < today


class SourceKind(models.TextChoices):
    OFFICIAL = "official", _("Official source")
    THIRD_PARTY = "third_party", _("Third-party source")


class Source(OrderedRow):
    """A document a page's facts come from; `page` is set by subclasses."""

    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("address"), max_length=500, blank=True)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=SourceKind.choices,
        default=SourceKind.OFFICIAL,
    )
    confirmed = models.BooleanField(
        _("confirmed in the source"),
        default=False,
        help_text=_("Tick only when the facts were read in this source itself."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("kind"),
        FieldPanel("confirmed"),
    ]

    class Meta(OrderedRow.Meta):
        abstract = True

    def __str__(self) -> str:
        return self.title
