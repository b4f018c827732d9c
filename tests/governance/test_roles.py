"""The roles command creates and repairs every group, permission and workflow."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupPagePermission, WorkflowPage

from countries.models import CountryPage
from governance.roles import (
    PORTAL_ADMINISTRATORS,
    PORTAL_EDITORS,
    Role,
    country_group_name,
    country_groups,
)
from governance.setup import setup_roles
from lib.countries import COVERED_COUNTRIES

pytestmark = pytest.mark.django_db


def test_group_names_are_plain_english_per_country_and_role():
    assert country_group_name("mx", Role.EDITOR) == "Mexico editors"
    assert country_group_name("do", Role.REVIEWER) == "Dominican Republic reviewers"
    assert len(country_groups()) == 2 * len(COVERED_COUNTRIES)


def test_an_unknown_country_has_no_group_name():
    with pytest.raises(ValueError, match="zz"):
        country_group_name("zz", Role.EDITOR)


def test_every_group_exists_after_the_demo_content_is_loaded():
    names = set(Group.objects.values_list("name", flat=True))

    assert {group.name for group in country_groups()} <= names
    assert {PORTAL_ADMINISTRATORS, PORTAL_EDITORS} <= names
    assert not {"Editors", "Moderators"} & names


def test_running_the_command_again_changes_nothing(capsys):
    call_command("setup_roles")

    assert "nothing changed" in capsys.readouterr().out


def test_the_command_repairs_a_removed_page_permission_and_a_stray_one():
    reviewers = Group.objects.get(name="Mexico reviewers")
    mexico = CountryPage.objects.get(iso_code="mx")
    honduras = CountryPage.objects.get(iso_code="hn")
    GroupPagePermission.objects.filter(
        group=reviewers, permission__codename="publish_page"
    ).delete()
    GroupPagePermission.objects.create(
        group=reviewers,
        page=honduras,
        permission=Permission.objects.get(codename="change_page"),
    )

    report = setup_roles()

    assert report.changes
    grants = set(
        GroupPagePermission.objects.filter(group=reviewers).values_list(
            "page_id", "permission__codename"
        )
    )
    assert (mexico.pk, "publish_page") in grants
    assert all(page_id == mexico.pk for page_id, _ in grants)


def test_editors_can_add_and_change_but_never_publish_their_country():
    editors = Group.objects.get(name="Mexico editors")
    mexico = CountryPage.objects.get(iso_code="mx")

    codenames = set(
        GroupPagePermission.objects.filter(group=editors, page=mexico).values_list(
            "permission__codename", flat=True
        )
    )

    assert codenames == {"add_page", "change_page"}


def test_each_country_page_has_its_own_review_workflow():
    for country in CountryPage.objects.all():
        binding = WorkflowPage.objects.get(page=country)
        task = binding.workflow.workflow_tasks.get().task.specific
        assert task.country == country.iso_code
        assert [g.name for g in task.groups.all()] == [
            country_group_name(country.iso_code, Role.REVIEWER)
        ]


def test_portal_editors_hold_the_shared_sections_but_not_the_countries():
    from countries.models import CountryIndexPage

    editors = Group.objects.get(name=PORTAL_EDITORS)
    pages = set(
        GroupPagePermission.objects.filter(group=editors).values_list(
            "page_id", flat=True
        )
    )

    assert pages
    index = CountryIndexPage.objects.get()
    assert index.pk not in pages
    assert not CountryPage.objects.filter(pk__in=pages).exists()


def test_another_app_adds_its_own_role_through_the_hook():
    from wagtail import hooks

    def partners(report):
        _group, created = Group.objects.get_or_create(name="Test partners")
        if created:
            report.changed("group Test partners")

    with hooks.register_temporarily("setup_roles", partners):
        first = setup_roles()
        second = setup_roles()

    assert "group Test partners" in first.changes
    assert second.changes == []
