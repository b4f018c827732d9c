"""Records of how content changes: change notes, review tasks, language dates."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from lib.countries import COUNTRY_CHOICES


class ChangeNote(models.Model):
    """A dated note of what changed when a page was published.

    `country` is the country whose content changed, blank for the portal's
    shared sections. Notes marked `material` are the ones readers are told
    about: on the page, on the country's list of changes and in its feed.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="change_notes",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.CharField(
        _("country"), max_length=2, choices=COUNTRY_CHOICES, blank=True
    )
    published_at = models.DateTimeField(_("published at"), db_index=True)
    note = models.TextField(_("what changed"))
    material = models.BooleanField(
        _("material change"),
        default=True,
        help_text=_(
            "A change readers should know about: a requirement, fee, date or "
            "rule. Leave unticked for corrections of wording."
        ),
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")
        indexes = [models.Index(fields=["country", "-published_at"])]

    def __str__(self) -> str:
        return f"{self.page_id} {self.published_at:%Y-%m-%d}"


class PendingChangeNote(models.Model):
    """The change note of a page's unpublished changes, written with the draft.

    It becomes a ChangeNote when the page is next published, whoever
    publishes it: the editor writes it on submitting, the reviewer approves.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="pending_change_note",
    )
    note = models.TextField(_("what changed"), blank=True)
    material = models.BooleanField(_("material change"), default=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    written_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending change note")

    def __str__(self) -> str:
        return f"pending note of page {self.page_id}"


class LanguageVersion(models.Model):
    """When the text of a page in one language last changed on publication.

    `fingerprint` digests the page's translated fields in that language, so
    a publication that leaves a language untouched keeps its date. A
    language is older than its source when another language changed later.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="language_versions"
    )
    language = models.CharField(max_length=10)
    fingerprint = models.CharField(max_length=64)
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="one_version_per_page_language"
            )
        ]

    def __str__(self) -> str:
        return f"page {self.page_id} {self.language} {self.changed_at:%Y-%m-%d}"


# What a reviewer may do with a submission: (action, label, asks a comment).
REJECT = ("reject", _("Request changes"), True)
REVIEW_ACTIONS = (
    REJECT,
    ("approve", _("Approve"), False),
    ("approve", _("Approve with comment"), True),
)


class CountryReviewTask(AbstractGroupApprovalTask):
    """Approval by the Reviewers of one country, never by the submitter.

    The content must belong to the task's country. When a required field is
    missing in a language, the only approval offered is an explicit one
    "with fallback", recorded in the audit log.
    """

    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["country"]

    class Meta:
        verbose_name = _("country review task")
        verbose_name_plural = _("country review tasks")

    def may_review(self, obj, user) -> bool:
        from governance import ownership

        if ownership.country_of(obj) != self.country:
            return False
        return ownership.is_portal_administrator(user) or self._user_in_groups(user)

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_review(obj, user)

    def get_actions(self, obj, user):
        from governance import workflow

        if not self.may_review(obj, user) or workflow.submitted_by(obj, user):
            return []
        if workflow.missing_translations(obj.get_latest_revision_as_object()):
            return [
                REJECT,
                (
                    workflow.APPROVE_WITH_FALLBACK,
                    _("Approve, publish with fallback"),
                    True,
                ),
            ]
        return list(REVIEW_ACTIONS)

    def get_form_for_action(self, action):
        from governance import workflow

        if action == workflow.APPROVE_WITH_FALLBACK:
            return workflow.FallbackApprovalForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        from governance import workflow

        if action_name == workflow.APPROVE_WITH_FALLBACK:
            workflow.record_fallback(task_state, user)
            task_state.approve(user=user, comment=kwargs.get("comment", ""))
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from governance import ownership

        if not (ownership.is_portal_administrator(user) or self._user_in_groups(user)):
            return TaskState.objects.none()
        return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            workflow_state__requested_by=user
        )

    @classmethod
    def get_description(cls):
        return _(
            "The Reviewers of the country approve; nobody approves their own "
            "submission."
        )


class RecordReviewTask(Task):
    """Approval of a record by the Reviewers of the country that owns it.

    A snippet model has one workflow for all its records, so unlike a page's
    task this one finds its reviewers per record: the Reviewers of the
    record's country, or Portal editors for a portal-wide record. Nobody
    approves their own submission.
    """

    class Meta:
        verbose_name = _("record review task")
        verbose_name_plural = _("record review tasks")

    def may_review(self, obj, user) -> bool:
        from governance import ownership

        if ownership.is_portal_administrator(user):
            return True
        owner = ownership.country_of(obj)
        if owner == ownership.PORTAL_WIDE:
            return ownership.is_portal_editor(user)
        return owner is not None and ownership.is_reviewer_of(user, owner)

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_review(obj, user)

    def get_actions(self, obj, user):
        from governance import workflow

        if not self.may_review(obj, user) or workflow.submitted_by(obj, user):
            return []
        return list(REVIEW_ACTIONS)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        waiting = (
            self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
            .exclude(workflow_state__requested_by=user)
            .select_related("workflow_state")
        )
        mine = [
            state.pk
            for state in waiting
            if self.may_review(state.workflow_state.content_object, user)
        ]
        return self.task_states.filter(pk__in=mine)

    @classmethod
    def get_description(cls):
        return _(
            "The Reviewers of the record's country approve (Portal editors for "
            "a portal-wide record); nobody approves their own submission."
        )
