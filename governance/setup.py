"""Create or repair the groups, permissions and workflows of every role.

Running it again changes nothing; after adding a country, a language or a
shared section of the site, running it again is all that is needed. Apps
with roles of their own add them through the "setup_roles" hook. Page
permissions are granted on pages, and a page holds every language (fields
are translated in place), so a language needs no permission of its own.
"""

import logging
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail import hooks
from wagtail.models import (
    DraftStateMixin,
    GroupPagePermission,
    LockableMixin,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)

from governance import ownership
from governance.models import CountryReviewTask, RecordReviewTask
from governance.roles import (
    PORTAL_ADMINISTRATORS,
    PORTAL_EDITORS,
    Role,
    country_group_name,
    country_groups,
)
from lib.countries import COVERED_COUNTRIES

logger = logging.getLogger(__name__)

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
REVIEWER_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
RECORD_WORKFLOW = "Country records review"
RECORD_TASK = "Review by the record's country"
# Groups Wagtail's own migrations create; unused here, and their names
# invite mistakes next to the country groups.
WAGTAIL_SAMPLE_GROUPS = ("Editors", "Moderators")


@dataclass
class SetupReport:
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def changed(self, what: str) -> None:
        self.changes.append(what)


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _model_permissions(model, actions: list[str]) -> list[Permission]:
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return list(
        Permission.objects.filter(content_type=content_type, codename__in=codenames)
    )


def _record_actions(model, role: Role | None) -> list[str]:
    """Model actions per role: Editors never make a record public by saving.

    On a draftable record "change" saves a draft; only "publish" makes it
    public, so an Editor may change it and submit it for review.
    """
    draftable = issubclass(model, DraftStateMixin)
    if role is Role.EDITOR:
        return ["view", "add", "change"] if draftable else ["view"]
    actions = ["view", "add", "change", "delete"]
    if draftable:
        actions.append("publish")
    if issubclass(model, LockableMixin):
        actions += ["lock", "unlock"]
    return actions


def _group(name: str, report: SetupReport) -> Group:
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.changed(f"group {name}")
    return group


def _set_permissions(
    group: Group, wanted: list[Permission], report: SetupReport
) -> None:
    current = set(group.permissions.all())
    if current != set(wanted):
        group.permissions.set(wanted)
        report.changed(f"permissions of {group.name}")


def _set_page_permissions(
    group: Group, grants: dict[Page, tuple[str, ...]], report: SetupReport
) -> None:
    wanted = {
        (page.pk, _permission("wagtailcore", codename).pk)
        for page, codenames in grants.items()
        for codename in codenames
    }
    existing = {
        (grant.page_id, grant.permission_id): grant
        for grant in GroupPagePermission.objects.filter(group=group)
    }
    for key, grant in existing.items():
        if key not in wanted:
            grant.delete()
            report.changed(f"removed a page permission of {group.name}")
    for page_id, permission_id in wanted - set(existing):
        GroupPagePermission.objects.create(
            group=group, page_id=page_id, permission_id=permission_id
        )
        report.changed(f"page permission of {group.name} on page {page_id}")


def _access_admin() -> Permission:
    return _permission("wagtailadmin", "access_admin")


def _country_pages() -> dict[str, Page]:
    from countries.models import CountryPage

    return {page.iso_code: page for page in CountryPage.objects.all()}


def shared_sections() -> list[Page]:
    """Every top-level section outside the countries index."""
    from core.models import HomePage
    from countries.models import CountryIndexPage

    sections = []
    for home in HomePage.objects.all():
        for child in home.get_children().specific():
            if not isinstance(child, CountryIndexPage):
                sections.append(child)
    return sections


def _activate(obj, report: SetupReport) -> None:
    if not obj.active:
        obj.active = True
        obj.save(update_fields=["active"])
        report.changed(f"{obj} reactivated")


def _workflow_of(task, name: str, report: SetupReport) -> Workflow:
    """The active workflow `name`, whose one task is `task`."""
    _activate(task, report)
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        report.changed(f"workflow {name}")
    _activate(workflow, report)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.filter(workflow=workflow).delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        report.changed(f"task of workflow {name}")
    return workflow


def _ensure_workflow(
    code: str, reviewers: Group, page: Page | None, report: SetupReport
) -> None:
    task, created = CountryReviewTask.objects.get_or_create(
        country=code, defaults={"name": f"Review by {reviewers.name}"}
    )
    if created:
        report.changed(f"task {task.name}")
    if set(task.groups.all()) != {reviewers}:
        task.groups.set([reviewers])
        report.changed(f"reviewers of task {task.name}")

    name = f"{reviewers.name.removesuffix(' reviewers')} review"
    workflow = _workflow_of(task, name, report)

    if page is None:
        report.notes.append(
            f"no country page for {code} yet: run again after loading it"
        )
        return
    binding = WorkflowPage.objects.filter(page=page).first()
    if binding is None or binding.workflow_id != workflow.pk:
        WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )
        report.changed(f"workflow {name} on page {page.pk}")


def _record_workflow(report: SetupReport) -> None:
    """One workflow for every draftable registered model: a snippet model
    has a single workflow, whose task finds each record's reviewers."""
    task = RecordReviewTask.objects.order_by("pk").first()
    if task is None:
        task = RecordReviewTask.objects.create(name=RECORD_TASK)
        report.changed(f"task {task.name}")
    workflow = _workflow_of(task, RECORD_WORKFLOW, report)
    for model in ownership.registered_models():
        if not issubclass(model, WorkflowMixin):
            continue
        content_type = ContentType.objects.get_for_model(model)
        binding = WorkflowContentType.objects.filter(content_type=content_type).first()
        if binding is None or binding.workflow_id != workflow.pk:
            WorkflowContentType.objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )
            report.changed(f"workflow {RECORD_WORKFLOW} on {model._meta.label}")


def _country_roles(report: SetupReport) -> None:
    pages = _country_pages()
    access = _access_admin()
    for group_def in country_groups():
        group = _group(group_def.name, report)
        records = [
            permission
            for model in ownership.registered_models()
            for permission in _model_permissions(
                model, _record_actions(model, group_def.role)
            )
        ]
        _set_permissions(group, [access, *records], report)
        page = pages.get(group_def.country)
        codenames = (
            EDITOR_PAGE_PERMISSIONS
            if group_def.role is Role.EDITOR
            else REVIEWER_PAGE_PERMISSIONS
        )
        _set_page_permissions(group, {page: codenames} if page else {}, report)

    for country in COVERED_COUNTRIES:
        reviewers = Group.objects.get(
            name=country_group_name(country.code, Role.REVIEWER)
        )
        _ensure_workflow(country.code, reviewers, pages.get(country.code), report)


def _portal_roles(report: SetupReport) -> None:
    administrators = _group(PORTAL_ADMINISTRATORS, report)
    _set_permissions(administrators, list(Permission.objects.all()), report)
    root = Page.get_first_root_node()
    everything = (
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    )
    _set_page_permissions(administrators, {root: everything} if root else {}, report)

    editors = _group(PORTAL_EDITORS, report)
    records = [
        permission
        for model in ownership.registered_models()
        for permission in _model_permissions(model, _record_actions(model, None))
    ]
    extra = _permissions_from_hooks(PORTAL_EDITORS)
    _set_permissions(editors, [_access_admin(), *records, *extra], report)
    _set_page_permissions(
        editors,
        dict.fromkeys(shared_sections(), REVIEWER_PAGE_PERMISSIONS),
        report,
    )


def _permissions_from_hooks(group_name: str) -> list[Permission]:
    """Permissions other apps grant a portal group ("role_permissions" hook).

    A hook returns {group name: [(app label, codename), ...]}; what it names
    is part of the group's wanted permissions, so repairing the group keeps
    it instead of removing it on every run.
    """
    wanted = []
    for grant in hooks.get_hooks("role_permissions"):
        for app_label, codename in grant().get(group_name, []):
            wanted.append(_permission(app_label, codename))
    return wanted


def _retire_wagtail_samples(report: SetupReport) -> None:
    for name in WAGTAIL_SAMPLE_GROUPS:
        group = Group.objects.filter(name=name).first()
        if group is not None and not group.user_set.exists():
            group.delete()
            report.changed(f"removed Wagtail's unused sample group {name}")
    for workflow in Workflow.objects.filter(name="Moderators approval", active=True):
        workflow.deactivate()
        report.changed("deactivated Wagtail's sample workflow")


@transaction.atomic
def setup_roles() -> SetupReport:
    report = SetupReport()
    _retire_wagtail_samples(report)
    _country_roles(report)
    _portal_roles(report)
    _record_workflow(report)
    # Other apps add their own roles with @hooks.register("setup_roles"): a
    # function taking the SetupReport, idempotent like the rest.
    for extra in hooks.get_hooks("setup_roles"):
        extra(report)
    for change in report.changes:
        logger.info("setup_roles: %s", change)
    return report
