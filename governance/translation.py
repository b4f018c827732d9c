from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from governance.models import ChangeNote, PendingChangeNote


@register(ChangeNote)
class ChangeNoteTranslation(TranslationOptions):
    fields = ("note",)


@register(PendingChangeNote)
class PendingChangeNoteTranslation(TranslationOptions):
    fields = ("note",)
