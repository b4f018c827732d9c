"""Records that an Editor drafts and a Reviewer publishes, like pages.

A registered record (an institution, a notice, a recruiter registry) keeps
its published values in its row and its unpublished changes in revisions,
so a draft never reaches readers. Public queries ask for `live()` records.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin


class LiveQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class ReviewedRecord(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions
