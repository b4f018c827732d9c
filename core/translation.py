from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from core.models import HomePage, InformationPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro",)


@register(InformationPage)
class InformationPageTranslation(TranslationOptions):
    fields = ("summary", "body")
