from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from search.models import SynonymGroup


@register(SynonymGroup)
class SynonymGroupTranslation(TranslationOptions):
    fields = ("terms",)
