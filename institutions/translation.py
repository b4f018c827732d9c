from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from institutions.models import Institution, Location, Phone, Service


@register(Institution)
class InstitutionTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Location)
class LocationTranslation(TranslationOptions):
    fields = ("opening_hours",)


@register(Phone)
class PhoneTranslation(TranslationOptions):
    fields = ("description",)
