"""The page form of governed pages: a change note, and publishing with fallback."""

from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from governance import workflow
from governance.languages import missing_languages, required_fields
from governance.notes import NoteDraft, pending_note, stash_note
from lib.i18n import content_languages

NOTE_FIELD = "change_note_{}"


def _note_fields() -> dict[str, forms.Field]:
    names = dict(settings.LANGUAGES)
    return {
        NOTE_FIELD.format(code): forms.CharField(
            label=format_lazy(_("What changed, in {language}"), language=names[code]),
            required=False,
            max_length=1000,
            widget=forms.Textarea(attrs={"rows": 2}),
        )
        for code in content_languages()
    }


class _ReviewedPageForm(WagtailAdminPageForm):
    change_material = forms.BooleanField(
        label=_("Material change"),
        required=False,
        initial=True,
        help_text=_(
            "Tick when readers should know: a requirement, fee, date or rule "
            "changed. Leave unticked for corrections of wording."
        ),
    )
    publish_with_fallback = forms.BooleanField(
        label=_("Publish with fallback"),
        required=False,
        help_text=_(
            "Publish even though a required text is missing in a language; "
            "readers of that language see the other one, with a note."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.can_publish = self._user_can_publish()
        if not self.can_publish:
            del self.fields["publish_with_fallback"]
        if self.instance.pk and not self.is_bound:
            self._prefill_note()

    def _user_can_publish(self) -> bool:
        user = self.for_user
        if user is None:
            return False
        if self.instance.pk:
            return self.instance.permissions_for_user(user).can_publish()
        parent = getattr(self, "parent_page", None)
        return bool(parent) and parent.permissions_for_user(user).can_publish_subpage()

    def _prefill_note(self) -> None:
        pending = pending_note(self.instance)
        if pending is None:
            return
        for code in content_languages():
            self.initial[NOTE_FIELD.format(code)] = getattr(pending, f"note_{code}", "")
        self.initial["change_material"] = pending.material

    def publishing_action(self) -> str | None:
        """Return what the pressed button asks: publish, submit, approve or None."""
        data = self.data
        if data.get("action-publish") and self.can_publish:
            return "publish"
        if data.get("action-submit"):
            return "submit"
        if data.get("action-workflow-action"):
            name = data.get("workflow-action-name")
            if name in ("approve", workflow.APPROVE_WITH_FALLBACK):
                return name
        return None

    def clean(self):
        cleaned = super().clean()
        action = self.publishing_action()
        if action is None:
            return cleaned

        notes = [
            cleaned.get(NOTE_FIELD.format(code), "") for code in content_languages()
        ]
        if not any(note.strip() for note in notes):
            self.add_error(
                NOTE_FIELD.format(content_languages()[0]),
                _("Say in a sentence what changed. Readers see this note."),
            )

        fallback = cleaned.get("publish_with_fallback")
        publishing = action in ("publish", "approve")
        if publishing and not fallback and self.missing_translations():
            self.add_error(
                None,
                _(
                    "Required texts are missing in a language: %(missing)s. "
                    "Write them, or tick “Publish with fallback”."
                )
                % {"missing": self._describe_missing()},
            )
        return cleaned

    def missing_translations(self) -> dict[str, list[str]]:
        fields = required_fields(self._meta.model._meta.label_lower)
        return missing_languages(self.cleaned_data, fields, content_languages())

    def _describe_missing(self) -> str:
        names = dict(settings.LANGUAGES)
        return "; ".join(
            f"{field} ({', '.join(str(names[code]) for code in codes)})"
            for field, codes in self.missing_translations().items()
        )

    def save(self, commit=True):
        page = super().save(commit=commit)
        notes = {
            code: self.cleaned_data.get(NOTE_FIELD.format(code), "").strip()
            for code in content_languages()
        }
        fallback = bool(self.cleaned_data.get("publish_with_fallback"))
        draft = NoteDraft(
            notes=notes,
            material=bool(self.cleaned_data.get("change_material")),
            user=self.for_user,
            fallback=self.missing_translations() if fallback else {},
        )
        stash_note(page, draft)
        return page


ReviewedPageForm = type(_ReviewedPageForm)(
    "ReviewedPageForm", (_ReviewedPageForm,), {"__module__": __name__, **_note_fields()}
)


def change_note_panels() -> list[MultiFieldPanel]:
    """Panels for the end of a governed page's content panels."""
    fields = [FieldPanel(NOTE_FIELD.format(code)) for code in content_languages()]
    return [
        MultiFieldPanel(
            [
                *fields,
                FieldPanel("change_material"),
                FieldPanel("publish_with_fallback"),
            ],
            heading=_("Change note"),
            help_text=_(
                "Required to submit or publish. Shown to readers with the date "
                "when the change is material."
            ),
        )
    ]
