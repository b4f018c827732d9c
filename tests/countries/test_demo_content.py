"""The demo content: complete for all 14 countries, sourced, loadable twice."""

import pytest
from django.core.management import call_command

from countries.demo import ContentError, read_country_files
from countries.models import CountryPage, EmployerGuidePage, PathwayPage
from lib.countries import COVERED_COUNTRIES

pytestmark = pytest.mark.django_db

LIVE_PAGES_WITH_SOURCES = (CountryPage, PathwayPage, EmployerGuidePage)


def test_every_covered_country_has_a_live_page():
    codes = set(CountryPage.objects.live().values_list("iso_code", flat=True))

    assert codes == {country.code for country in COVERED_COUNTRIES}


@pytest.mark.parametrize("country", COVERED_COUNTRIES, ids=lambda c: c.code)
def test_each_country_links_its_migration_authority_and_labour_ministry(country):
    page = CountryPage.objects.get(iso_code=country.code)

    assert page.migration_authority is not None
    assert page.migration_authority.kind == "migration_authority"
    assert page.migration_authority.website.startswith("http")
    assert page.labour_ministry is not None
    assert page.labour_ministry.kind == "labour_ministry"


@pytest.mark.parametrize("country", COVERED_COUNTRIES, ids=lambda c: c.code)
def test_each_country_has_work_and_study_or_residence_pathways(country):
    page = CountryPage.objects.get(iso_code=country.code)
    purposes = [p.purpose for p in PathwayPage.objects.child_of(page).live()]

    assert len(purposes) >= 3
    assert "work" in purposes
    assert {"study", "residence"} & set(purposes)


@pytest.mark.parametrize("country", COVERED_COUNTRIES, ids=lambda c: c.code)
def test_each_country_has_an_employer_guide(country):
    page = CountryPage.objects.get(iso_code=country.code)

    assert EmployerGuidePage.objects.child_of(page).live().exists()


def test_overviews_and_pathway_summaries_exist_in_both_languages():
    missing = [
        f"{page.url_path} {field}_{code}"
        for model, field in ((CountryPage, "overview"), (PathwayPage, "summary"))
        for page in model.objects.live()
        for code in ("en", "es")
        if not (getattr(page, f"{field}_{code}") or "").strip()
    ]

    assert missing == []


@pytest.mark.parametrize("model", LIVE_PAGES_WITH_SOURCES, ids=lambda m: m.__name__)
def test_every_content_page_names_its_sources(model):
    unsourced = [
        page.url_path for page in model.objects.live() if not page.sources.exists()
    ]

    assert unsourced == []


@pytest.mark.parametrize("model", LIVE_PAGES_WITH_SOURCES, ids=lambda m: m.__name__)
def test_only_pages_built_on_confirmed_official_sources_are_verified(model):
    wrongly_verified = [
        page.url_path
        for page in model.objects.live().exclude(verified_on=None)
        if page.sources.exclude(kind="official", confirmed=True).exists()
    ]

    assert wrongly_verified == []


def test_fees_from_unconfirmed_or_third_party_sources_are_not_verified():
    from countries.models import EmployerGuideFee, PathwayFee

    for model in (PathwayFee, EmployerGuideFee):
        for fee in model.objects.filter(verified=True):
            assert fee.source_url, f"verified fee {fee} has no source address"


def test_the_files_name_only_covered_countries_once_each():
    codes = [country["code"] for country in read_country_files()]

    assert sorted(codes) == sorted({c.code for c in COVERED_COUNTRIES})


def test_loading_the_demo_content_twice_changes_nothing(capsys):
    from wagtail.models import Page, Revision

    from institutions.models import Institution

    before = (
        Page.objects.count(),
        Revision.objects.count(),
        Institution.objects.count(),
    )

    call_command("load_demo_content")

    after = (
        Page.objects.count(),
        Revision.objects.count(),
        Institution.objects.count(),
    )
    assert after == before
    assert "nothing changed" in capsys.readouterr().out


def test_a_key_misplaced_under_another_table_is_refused(tmp_path):
    (tmp_path / "mx.toml").write_text(
        'code = "mx"\nslug = "mexico"\n\n[[laws]]\nname = "Ley de Migración"\n'
        'migration_authority = "inm"\n'
    )

    with pytest.raises(ContentError, match="law: unknown keys migration_authority"):
        read_country_files(tmp_path)


def test_a_file_for_an_uncovered_country_is_refused(tmp_path):
    (tmp_path / "fr.toml").write_text('code = "fr"\nslug = "france"\n')

    with pytest.raises(ContentError, match="unknown country 'fr'"):
        read_country_files(tmp_path)


@pytest.mark.parametrize("model", LIVE_PAGES_WITH_SOURCES, ids=lambda m: m.__name__)
def test_every_loaded_page_has_the_dated_note_of_its_first_publication(model, visitor):
    from countries.demo import FIRST_PUBLICATION
    from governance.models import ChangeNote

    pages = model.objects.live()
    noted = set(
        ChangeNote.objects.filter(
            note_en=FIRST_PUBLICATION["en"], note_es=FIRST_PUBLICATION["es"]
        ).values_list("page_id", flat=True)
    )

    assert set(pages.values_list("pk", flat=True)) <= noted
    assert FIRST_PUBLICATION["es"] in visitor.get("/es/changes/mx/").content.decode()
