"""Records of how content changes: the dated notes readers can follow."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from lib.countries import COUNTRY_CHOICES


class ChangeNote(models.Model):
    """A dated note of what changed when a page was published.

    `country` is the country whose content changed, blank for the portal's
    shared sections. Notes marked `material` are the ones readers are told
    about: on the page, on the country's list of changes and in its feed.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="change_notes",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.CharField(
        _("country"), max_length=2, choices=COUNTRY_CHOICES, blank=True
    )
    published_at = models.DateTimeField(_("published at"), db_index=True)
    note = models.TextField(_("what changed"))
    material = models.BooleanField(
        _("material change"),
        default=True,
        help_text=_(
            "A change readers should know about: a requirement, fee, date or "
            "rule. Leave unticked for corrections of wording."
        ),
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")
        indexes = [models.Index(fields=["country", "-published_at"])]

    def __str__(self) -> str:
        return f"{self.page_id} {self.published_at:%Y-%m-%d}"
