"""The admin form of a resource: coverage as checkboxes, the submitter kept."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from repository.areas import AREA_CHOICES


class ResourceForm(WagtailAdminModelForm):
    coverage_areas = forms.MultipleChoiceField(
        label=_("Countries and regions covered"),
        choices=AREA_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["coverage_areas"] = [
                c.area for c in self.instance.coverage.all()
            ]

    def save(self, commit=True):
        from repository.models import Coverage

        instance = super().save(commit=False)
        existing = {c.area: c for c in instance.coverage.all()}
        instance.coverage = [
            existing.get(area) or Coverage(area=area)
            for area in self.cleaned_data.get("coverage_areas", [])
        ]
        user = getattr(self, "for_user", None)
        if instance.owner_id is None and user is not None and user.is_authenticated:
            instance.owner = user
        if commit:
            instance.save()
            self.save_m2m()
        return instance
