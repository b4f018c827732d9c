"""Eligibility rules of pathways, edited with the pathway and versioned with it."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from core.rows import OrderedRow
from countries.models import Purpose
from finder.choices import (
    Direction,
    FamilyStatus,
    JobOffer,
    Relationship,
    ResidenceMeans,
    WorkKind,
)
from finder.fields import ChoiceListField, NationalityListField

NATIONALITY_HELP = _(
    "ISO 3166 two-letter codes or groups, separated by commas, e.g. "
    "GT, BZ or group:caricom, group:ca4."
)


class PathwayRule(OrderedRow):
    """Who a pathway is for. No rule, or an empty one, means anyone."""

    page = ParentalKey(
        "countries.PathwayPage", on_delete=models.CASCADE, related_name="eligibility"
    )
    direction = models.CharField(
        _("direction"),
        max_length=10,
        choices=Direction.choices,
        default=Direction.INBOUND,
    )
    extra_purposes = ChoiceListField(
        _("also serves these purposes"), item_choices=Purpose.choices
    )
    nationalities = NationalityListField(
        _("only nationals of"), help_text=NATIONALITY_HELP
    )
    excluded_nationalities = NationalityListField(
        _("everyone except nationals of"), help_text=NATIONALITY_HELP
    )
    job_offer = models.CharField(
        _("job offer"), max_length=15, choices=JobOffer.choices, blank=True
    )
    work_kinds = ChoiceListField(_("kinds of work"), item_choices=WorkKind.choices)
    relationships = ChoiceListField(
        _("family relationships"), item_choices=Relationship.choices
    )
    family_member_statuses = ChoiceListField(
        _("status of the family member"), item_choices=FamilyStatus.choices
    )
    residence_means = ChoiceListField(
        _("means of residence"), item_choices=ResidenceMeans.choices
    )
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    source = models.CharField(_("source of these limits"), max_length=300, blank=True)

    panels = [
        FieldPanel("direction"),
        FieldPanel("extra_purposes"),
        FieldPanel("nationalities"),
        FieldPanel("excluded_nationalities"),
        FieldPanel("job_offer"),
        FieldPanel("work_kinds"),
        FieldPanel("relationships"),
        FieldPanel("family_member_statuses"),
        FieldPanel("residence_means"),
        FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
        FieldPanel("source"),
    ]

    class Meta(OrderedRow.Meta):
        verbose_name = _("eligibility rule")

    def __str__(self) -> str:
        return f"rule of pathway {self.page_id}"

    def clean(self) -> None:
        super().clean()
        if self.nationalities and self.excluded_nationalities:
            raise ValidationError(
                _("Give either the nationals it is only for, or those it excludes.")
            )
        if (
            self.min_age is not None
            and self.max_age is not None
            and self.min_age > self.max_age
        ):
            raise ValidationError(
                {"max_age": _("The maximum age is below the minimum age.")}
            )


class EligibilityCondition(OrderedRow):
    """A further condition, stated as yes/no, that the finder shows as a check."""

    page = ParentalKey(
        "countries.PathwayPage", on_delete=models.CASCADE, related_name="conditions"
    )
    text = models.CharField(_("condition"), max_length=300)

    panels = [FieldPanel("text")]

    class Meta(OrderedRow.Meta):
        verbose_name = _("condition")

    def __str__(self) -> str:
        return self.text


class ShortLink(models.Model):
    """A short address for a finder result, printed on checklists."""

    code = models.CharField(max_length=12, unique=True)
    target = models.CharField(max_length=2000, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.code} -> {self.target}"

    @classmethod
    def for_target(cls, target: str) -> "ShortLink":
        existing = cls.objects.filter(target=target).first()
        if existing:
            return existing

        digest = hashlib.sha256(target.encode()).hexdigest()
        for length in range(7, 13):
            code = digest[:length]
            if not cls.objects.filter(code=code).exists():
                return cls.objects.create(code=code, target=target)
        raise RuntimeError("no free short code")  # 2**48 codes: unreachable
