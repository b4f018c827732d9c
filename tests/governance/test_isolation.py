"""No country role reaches another country's content through any admin address.

The admin's URL patterns are read from the resolver, so a view added later
is swept without touching this file. Each pattern whose parameters address
a page or a record of a country is filled with the objects of another
country and requested by GET and by POST, as each persona: the answer must
be a refusal, and the database must be unchanged. The same patterns filled
with the persona's own country must not be refused where the role allows
the action.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

import pytest
from django.conf import settings
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import (
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Revision,
    TaskState,
    WorkflowState,
)

from advice.models import Notice, RecruiterRegistry
from countries.models import CountryPage, PathwayPage
from governance import ownership
from governance.models import ChangeNote, CountryReviewTask, PendingChangeNote
from institutions.models import Institution
from tests.admin_routes import Route, admin_routes, fill

pytestmark = pytest.mark.django_db

ADMIN = settings.WAGTAIL_ADMIN_PATH
REFUSED = {302, 403, 404, 405}
API_ACTIONS = ("copy", "delete", "publish", "unpublish", "move", "convert_alias")
PAGE_PARAMS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk"}
# What a forged form would send: enough to publish, move or copy if allowed.
FORGED_POST = {
    "title": "Taken over",
    "title_en": "Taken over",
    "title_es": "Tomada",
    "slug": "taken-over",
    "summary_en": "Taken over.",
    "summary_es": "Tomada.",
    "action-publish": "action-publish",
    "comment": "forged",
    "name_en": "Taken over",
    "country": "mx",
    "kind": "other_government",
}


@dataclass
class Target:
    """A country's objects that the admin addresses."""

    country: CountryPage
    pathway: PathwayPage
    revision: Revision
    workflow_state: WorkflowState
    task_state: TaskState
    task: CountryReviewTask
    institution: Institution
    records: dict[type, object]  # one record of each registered model


def _target(code: str, submitter) -> Target:
    country = CountryPage.objects.get(iso_code=code)
    pathway = PathwayPage.objects.child_of(country).live().order_by("path").first()
    revision = pathway.save_revision(user=submitter)
    task = CountryReviewTask.objects.get(country=code)
    workflow_state = task.workflows.get().start(pathway, submitter)
    return Target(
        country=country,
        pathway=pathway,
        revision=revision,
        workflow_state=workflow_state,
        task_state=workflow_state.current_task_state,
        task=task,
        institution=Institution.objects.filter(country=code).first(),
        records={
            model: _record(model, code) for model in ownership.registered_models()
        },
    )


def _record(model, code: str):
    """A record of the country: from the demo content, else a new one."""
    field = ownership.owner_field(model)
    record = model.objects.filter(**{field: code}).first()
    if record is None and model is RecruiterRegistry:
        record = RecruiterRegistry.objects.create(
            country=code, name="Registry of the tests", url="https://example.org/"
        )
    assert record is not None, f"no {model.__name__} of {code} to sweep"
    return record


def country_urls(route: Route, target: Target) -> list[str]:
    """Addresses of this route aimed at the target country, or [] if none."""
    if "choose" in route.name:
        return []  # choosers only pick a page or record to link to
    params = set(route.params)
    values: dict[str, object] = {
        "page_id": target.pathway.pk,
        "page_pk": target.pathway.pk,
        "page_to_move_id": target.pathway.pk,
        "parent_page_id": target.country.pk,
        "destination_id": target.country.pk,
        "content_type_app_name": "countries",
        "content_type_model_name": "pathwaypage",
        "workflow_pk": target.workflow_state.workflow_id,
        "revision_id": target.revision.pk,
        "revision_id_a": target.revision.pk,
        "revision_id_b": "latest",
        "task_state_id": target.task_state.pk,
        "workflow_state_id": target.workflow_state.pk,
        "task_id": target.task.pk,
        "action_name": "approve",
    }

    if params == {"app_label", "model_name", "action"}:
        return _bulk_urls(route, target)
    if params == {"app_label", "model_name", "object_id", "session_id"}:
        values.update(app_label="wagtailcore", model_name="page")
        values.update(object_id=target.pathway.pk, session_id=1)
        return [fill(route.template, values)]
    if "pk" in params:
        if route.name.startswith(":wagtailadmin_api"):
            if ":pages:" not in route.name:
                return []
            values["pk"] = target.pathway.pk
            if "action_name" in params:
                return [
                    fill(route.template, {**values, "action_name": a})
                    for a in API_ACTIONS
                ]
            return [fill(route.template, values)]
        if route.model is None or ownership.owner_field(route.model) is None:
            return []
        owned = next(
            record
            for model, record in target.records.items()
            if issubclass(route.model, model)
        )
        values["pk"] = owned.pk
        return [fill(route.template, values)]
    if params & PAGE_PARAMS:
        return [fill(route.template, values)]
    return []


def _bulk_urls(route: Route, target: Target) -> list[str]:
    bulk_action_registry._scan_for_bulk_actions()
    urls = []
    for app_label, models in bulk_action_registry.actions.items():
        for model_name, actions in models.items():
            model = next(iter(actions.values())).models
            model = next(m for m in model if m._meta.model_name == model_name)
            if issubclass(model, Page):
                obj = target.pathway
            elif ownership.owner_field(model) is not None:
                obj = next(
                    record
                    for owner, record in target.records.items()
                    if issubclass(model, owner)
                )
            else:
                continue
            for action in actions:
                path = fill(
                    route.template,
                    {
                        "app_label": app_label,
                        "model_name": model_name,
                        "action": action,
                    },
                )
                query = urlencode({"id": obj.pk, "next": "/" + ADMIN})
                urls.append(f"{path}?{query}")
    return urls


def snapshot() -> tuple:
    """What any successful change through the admin would alter."""
    return (
        list(
            Page.objects.order_by("pk").values_list(
                "pk",
                "path",
                "live",
                "has_unpublished_changes",
                "locked",
                "title",
                "latest_revision_id",
                "owner_id",
            )
        ),
        Revision.objects.count(),
        list(
            Institution.objects.order_by("pk").values_list(
                "pk", "country", "name", "live", "latest_revision_id"
            )
        ),
        list(
            Notice.objects.order_by("pk").values_list(
                "pk", "country", "title", "live", "latest_revision_id"
            )
        ),
        list(
            RecruiterRegistry.objects.order_by("pk").values_list(
                "pk", "country", "name", "live", "latest_revision_id"
            )
        ),
        list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        PageViewRestriction.objects.count(),
        GroupPagePermission.objects.count(),
        ChangeNote.objects.count(),
        PendingChangeNote.objects.count(),
    )


@pytest.fixture
def targets(editor_mx, editor_hn):
    return {
        "mx": _target("mx", editor_mx.user),
        "hn": _target("hn", editor_hn.user),
    }


def _sweep(client, urls: list[str]) -> dict[str, int]:
    """Request every address by GET and POST; return those not refused."""
    answered = {}
    for url in urls:
        for method in ("get", "post"):
            if method == "get":
                response = client.get(url)
            else:
                response = client.post(url, FORGED_POST)
            if response.status_code not in REFUSED:
                answered[f"{method.upper()} {url}"] = response.status_code
            elif response.status_code == 302:
                # A redirect is a refusal only if it does not land on the
                # object it was asked about (e.g. a saved edit form).
                location = response["Location"]
                assert "/edit/" not in location or "login" in location, (method, url)
    return answered


def _all_country_urls(target: Target) -> list[str]:
    return [url for route in admin_routes() for url in country_urls(route, target)]


def test_the_sweep_reaches_the_page_snippet_workflow_and_bulk_views(targets):
    urls = "\n".join(_all_country_urls(targets["mx"]))

    for fragment in (
        "/edit/",
        "/delete/",
        "/copy/",
        "/move/",
        "/unpublish/",
        "/revisions/",
        "/revert/",
        "/preview/",
        "/history/",
        "/workflow/action/",
        "/lock/",
        "/snippets/institutions/institution/edit/",
        "/snippets/institutions/institution/delete/",
        "/snippets/institutions/institution/workflow_history/",
        "/snippets/advice/notice/edit/",
        "/snippets/advice/recruiterregistry/history/",
        "/bulk/wagtailcore/page/publish/",
        "/bulk/institutions/institution/delete/",
        "/api/main/pages/",
    ):
        assert fragment in urls, fragment


@pytest.mark.parametrize(
    "persona, other",
    [
        ("editor_hn", "mx"),
        ("reviewer_hn", "mx"),
        ("editor_mx", "hn"),
        ("reviewer_mx", "hn"),
        ("portal_editor", "mx"),
    ],
)
def test_a_role_is_refused_every_admin_address_of_another_country(
    request, targets, persona, other
):
    client = request.getfixturevalue(persona)
    urls = _all_country_urls(targets[other])
    before = snapshot()

    answered = _sweep(client, urls)

    assert answered == {}
    assert snapshot() == before


OWN_COUNTRY_VIEWS = {
    "editor_mx": [
        "/admin/pages/{page}/edit/",
        "/admin/pages/{page}/history/",
        "/admin/pages/{page}/workflow_history/",
        "/admin/pages/{country}/",
        "/admin/pages/add/countries/pathwaypage/{country}/",
        "/admin/snippets/institutions/institution/",
        "/admin/snippets/institutions/institution/add/",
        "/admin/snippets/institutions/institution/edit/{institution}/",
        "/admin/snippets/institutions/institution/history/{institution}/",
    ],
    "reviewer_mx": [
        "/admin/pages/{page}/edit/",
        "/admin/pages/{page}/history/",
        "/admin/pages/{page}/revisions/{revision}/view/",
        "/admin/pages/{page}/unpublish/",
        "/admin/pages/{page}/delete/",
        "/admin/pages/workflow/action/{page}/approve/{task_state}/",
        "/admin/snippets/institutions/institution/edit/{institution}/",
        "/admin/snippets/institutions/institution/history/{institution}/",
        "/admin/snippets/institutions/institution/delete/{institution}/",
    ],
}


@pytest.mark.parametrize("persona", OWN_COUNTRY_VIEWS)
def test_a_role_opens_its_own_countrys_content(request, targets, persona):
    client = request.getfixturevalue(persona)
    target = targets["mx"]
    values = {
        "page": target.pathway.pk,
        "country": target.country.pk,
        "revision": target.revision.pk,
        "task_state": target.task_state.pk,
        "institution": target.institution.pk,
    }

    statuses = {
        url.format(**values): client.get(url.format(**values)).status_code
        for url in OWN_COUNTRY_VIEWS[persona]
    }

    assert {url: s for url, s in statuses.items() if s != 200} == {}


def test_no_admin_address_of_the_own_country_fails(targets, reviewer_mx):
    errors = {
        url: status
        for url in _all_country_urls(targets["mx"])
        if (status := reviewer_mx.get(url).status_code) >= 500
    }

    assert errors == {}
