"""The groups that run the repository, and the review of partners' resources.

Repository partners (universities, civil society) may submit resources and
edit their own drafts; only Portal editors publish. A partner's submission
goes through the "Repository review" workflow, approved by Portal editors.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowContentType,
    WorkflowTask,
)

from repository.models import DataSource, Indicator, Resource, Theme

logger = logging.getLogger(__name__)

PARTNERS = "Repository partners"
EDITORS = "Portal editors"
WORKFLOW = "Repository review"
TASK = "Review by portal editors"

_ADMIN_ACCESS = ("wagtailadmin", "access_admin")
_DOCUMENT_ADD = ("wagtaildocs", "add_document")
_DOCUMENT_CHOOSE = ("wagtaildocs", "choose_document")


def _codenames(model, actions) -> list[tuple[str, str]]:
    label = model._meta.app_label
    return [(label, f"{action}_{model._meta.model_name}") for action in actions]


PARTNER_PERMISSIONS = [
    _ADMIN_ACCESS,
    _DOCUMENT_ADD,
    _DOCUMENT_CHOOSE,
    *_codenames(Resource, ["add"]),
]
EDITOR_PERMISSIONS = [
    _ADMIN_ACCESS,
    _DOCUMENT_ADD,
    _DOCUMENT_CHOOSE,
    *_codenames(Resource, ["add", "change", "delete", "publish", "lock", "unlock"]),
    *_codenames(Theme, ["add", "change", "delete"]),
    *_codenames(Indicator, ["add", "change", "delete"]),
    *_codenames(DataSource, ["add", "change", "delete"]),
]


@transaction.atomic
def ensure_groups() -> tuple[Group, Group]:
    """Create the partner and editor groups and the review workflow, once."""
    partners = _group(PARTNERS, PARTNER_PERMISSIONS)
    editors = _group(EDITORS, EDITOR_PERMISSIONS)
    _review_workflow(editors)
    return partners, editors


def _group(name: str, permissions: list[tuple[str, str]]) -> Group:
    group, created = Group.objects.get_or_create(name=name)
    if created:
        logger.info("Created group %s", name)
    for app_label, codename in permissions:
        permission = Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )
        group.permissions.add(permission)
    return group


def _review_workflow(editors: Group) -> Workflow:
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task = GroupApprovalTask.objects.filter(name=TASK).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK)
            task.groups.set([editors])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    content_type = ContentType.objects.get_for_model(Resource)
    WorkflowContentType.objects.get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )
    return workflow
