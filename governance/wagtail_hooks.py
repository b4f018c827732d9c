"""Admin wiring: country scoping, refusals, dashboard panel, two-factor views."""

import logging

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages

from governance import admin_scope, ownership, publication, two_factor
from governance.panels import FreshnessPanel
from governance.workflow import FALLBACK_LOG_ACTION

logger = logging.getLogger(__name__)


# Run after every other viewset hook, so that models registered for country
# ownership are scoped whichever app registered their viewset, and however.
@hooks.register("register_admin_viewset", order=10_000)
def scope_registered_viewsets():
    scoped = admin_scope.scope_viewsets()
    logger.debug("Country scoping on %s", ", ".join(scoped))
    return []


@hooks.register("before_bulk_action")
def refuse_bulk_actions_on_others_content(request, action_type, objects, action):
    for obj in objects:
        if not ownership.may_change(request.user, obj):
            logger.warning(
                "Refused bulk %s on %r to user %s", action_type, obj, request.user.pk
            )
            raise PermissionDenied


@hooks.register("before_bulk_action")
def publish_in_bulk_only_what_the_page_form_would(
    request, action_type, objects, action
):
    """Bulk publishing skips the page form, so apply the form's rules here.

    A governed page is published only with its change note written and its
    required texts in every language; publishing with fallback is a
    decision recorded in the page form, which bulk publishing cannot ask.
    """
    if action_type != "publish":
        return None
    pages = list(objects)
    if action.cleaned_form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(page.get_descendants().not_live().specific())
    held = [page for page in pages if publication.held_back(page)]
    if not held:
        return None
    messages.error(
        request,
        _(
            "Nothing was published. Publish these pages from their edit form, "
            "which asks for what changed and for every language: %(pages)s"
        )
        % {"pages": ", ".join(page.get_admin_display_title() for page in held)},
    )
    return redirect(action.next_url or "wagtailadmin_home")


def _refuse_country_page_removal(request, page):
    from countries.models import CountryPage

    if isinstance(page.specific, CountryPage) and not (
        ownership.is_portal_administrator(request.user)
    ):
        raise PermissionDenied


@hooks.register("before_delete_page")
def refuse_deleting_a_country(request, page):
    _refuse_country_page_removal(request, page)


@hooks.register("before_move_page")
def refuse_moving_a_country(request, page, destination):
    _refuse_country_page_removal(request, page)


@hooks.register("register_log_actions")
def register_governance_log_actions(actions):
    actions.register_action(
        FALLBACK_LOG_ACTION,
        _("Publish with fallback"),
        _("Approved publication with texts missing in a language"),
    )


@hooks.register("construct_homepage_panels")
def add_freshness_panel(request, panels):
    panels.insert(0, FreshnessPanel())


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", two_factor.setup, name="governance_two_factor_setup"),
        path(
            "two-factor/verify/",
            two_factor.verify,
            name="governance_two_factor_verify",
        ),
    ]
