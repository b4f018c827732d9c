"""The answers the finder's questions accept, with their labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkKind(models.TextChoices):
    SEASONAL_AGRICULTURE = "seasonal_agriculture", _("Seasonal farm work")
    TEMPORARY = "temporary", _("Other temporary or seasonal work")
    SKILLED = "skilled", _("Skilled or professional work")


class Relationship(models.TextChoices):
    SPOUSE = "spouse", _("Spouse or partner")
    CHILD = "child", _("Child")
    PARENT = "parent", _("Parent")
    OTHER_RELATIVE = "other_relative", _("Another relative")


class FamilyStatus(models.TextChoices):
    CITIZEN = "citizen", _("Citizen of that country")
    PERMANENT_RESIDENT = "permanent_resident", _("Permanent resident")
    TEMPORARY_RESIDENT = "temporary_resident", _("Temporary resident")


class ResidenceMeans(models.TextChoices):
    PENSION = "pension", _("Retirement with a pension")
    INVESTMENT = "investment", _("Investment")
    OWN_MEANS = "own_means", _("Living on my own income")


class Direction(models.TextChoices):
    INBOUND = "inbound", _("Into this country")
    OUTBOUND = "outbound", _("For this country's nationals going abroad")


class JobOffer(models.TextChoices):
    REQUIRED = "required", _("Required")
    NOT_REQUIRED = "not_required", _("Not required")
