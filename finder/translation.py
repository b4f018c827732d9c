from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from finder.models import EligibilityCondition


@register(EligibilityCondition)
class EligibilityConditionTranslation(TranslationOptions):
    fields = ("text",)
