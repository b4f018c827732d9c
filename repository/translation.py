from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from repository.models import DataSource, Indicator, Resource, Theme


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("abstract",)


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("name", "definition")


@register(DataSource)
class DataSourceTranslation(TranslationOptions):
    fields = ("note",)
