"""Model fields for lists of codes, edited as checkboxes or as text."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from lib.nationalities import parse_rule_entry


class ChoiceListField(models.JSONField):
    """A list of values from a fixed set, edited with checkboxes."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {choice for choice, _label in self.item_choices}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown values: %(values)s"), params={"values": unknown}
            )


class NationalityListFormField(forms.CharField):
    """Country codes and groups typed as text: `GT, BZ, group:caricom`."""

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        entries = [part for part in text.replace(";", ",").split(",") if part.strip()]
        parsed = [parse_rule_entry(entry) for entry in entries]
        unknown = [
            entry.strip() for entry, ok in zip(entries, parsed, strict=True) if not ok
        ]
        if unknown:
            raise ValidationError(
                _("Not a country code or group: %(entries)s"),
                params={"entries": ", ".join(unknown)},
            )
        return sorted(set(filter(None, parsed)))


class NationalityListField(models.JSONField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return NationalityListFormField(
            required=False, label=self.verbose_name, help_text=self.help_text
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = [entry for entry in value or [] if parse_rule_entry(entry) != entry]
        if unknown:
            raise ValidationError(
                _("Not a country code or group: %(entries)s"),
                params={"entries": ", ".join(unknown)},
            )
