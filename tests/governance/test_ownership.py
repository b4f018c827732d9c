"""Who owns a page or record, below HTTP."""

import pytest

from countries.models import CountryIndexPage, CountryPage, PathwayPage
from governance import ownership
from institutions.models import Institution

pytestmark = pytest.mark.django_db


def test_a_pathway_belongs_to_the_country_it_sits_under():
    page = PathwayPage.objects.filter(url_path__contains="/honduras/").first()

    assert ownership.country_of(page) == "hn"
    assert ownership.country_of(CountryPage.objects.get(iso_code="hn")) == "hn"


def test_pages_outside_the_countries_are_portal_wide():
    assert ownership.country_of(CountryIndexPage.objects.get()) == ownership.PORTAL_WIDE


def test_a_record_belongs_to_the_country_in_its_owner_field():
    institution = Institution.objects.filter(country="ca").first()

    assert ownership.country_of(institution) == "ca"
    institution.country = ""
    assert ownership.country_of(institution) == ownership.PORTAL_WIDE


def test_an_unregistered_object_is_not_governed():
    assert ownership.country_of(object()) is None


def test_registering_a_misspelt_field_fails_at_once():
    from django.core.exceptions import FieldDoesNotExist

    with pytest.raises(FieldDoesNotExist):
        ownership.register(Institution, field="contry")


def test_the_records_a_role_may_change(editor_mx, portal_editor, portal_administrator):
    queryset = Institution.objects.all()

    assert set(
        ownership.scope(editor_mx.user, queryset).values_list("country", flat=True)
    ) == {"mx"}
    assert not ownership.scope(portal_editor.user, queryset).exists()
    assert (
        ownership.scope(portal_administrator.user, queryset).count() == queryset.count()
    )


def test_owner_choices_keep_blank_for_portal_editors_only(editor_mx, portal_editor):
    choices = [("", "---"), ("mx", "Mexico"), ("hn", "Honduras")]

    assert ownership.owner_choices(editor_mx.user, choices) == [("mx", "Mexico")]
    assert ownership.owner_choices(portal_editor.user, choices) == [("", "---")]
