from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from governance.models import ChangeNote


@register(ChangeNote)
class ChangeNoteTranslation(TranslationOptions):
    fields = ("note",)
