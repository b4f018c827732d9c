"""Translated fields: prose only. Dates, scopes and addresses are stored once."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from advice import models


@register(models.AdviceIndexPage)
class AdviceIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(models.AdviceTopicPage)
class AdviceTopicPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(models.JobOfferCheckPage)
class JobOfferCheckPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(models.RecruiterRegistry)
class RecruiterRegistryTranslation(TranslationOptions):
    fields = ("name",)


@register(models.Notice)
class NoticeTranslation(TranslationOptions):
    fields = ("title", "text")
