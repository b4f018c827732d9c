"""Translated fields: prose only. Amounts, dates and flags are stored once."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from countries import models


@register(models.CountryIndexPage)
class CountryIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(models.EmployerIndexPage)
class EmployerIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(models.CountryPage)
class CountryPageTranslation(TranslationOptions):
    fields = ("overview",)


@register(models.Law)
class LawTranslation(TranslationOptions):
    fields = ("description",)


@register(models.PathwayPage)
class PathwayPageTranslation(TranslationOptions):
    fields = (
        "summary",
        "who_for",
        "processing_time",
        "validity",
        "renewal",
        "where_to_apply_note",
        "legal_basis",
        "fraud_warning",
    )


@register(models.Requirement)
class RequirementTranslation(TranslationOptions):
    fields = ("text",)


@register(models.Document)
class DocumentTranslation(TranslationOptions):
    fields = ("text",)


@register(models.Step)
class StepTranslation(TranslationOptions):
    fields = ("text",)


@register(models.EmployerStep)
class EmployerStepTranslation(TranslationOptions):
    fields = ("text",)


@register(models.PathwayFee)
class PathwayFeeTranslation(TranslationOptions):
    fields = ("pays_for",)


@register(models.EmployerGuideFee)
class EmployerGuideFeeTranslation(TranslationOptions):
    fields = ("pays_for",)


@register(models.EmployerGuidePage)
class EmployerGuidePageTranslation(TranslationOptions):
    fields = ("summary", "permits", "labour_market_test", "obligations", "costs")
