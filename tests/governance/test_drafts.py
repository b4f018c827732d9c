"""Drafts are never visible to anonymous visitors, on any public surface.

A new public surface joins by adding its addresses to `public_surfaces`.
"""

import pytest

from countries.models import CountryPage, PathwayPage
from governance.models import PendingChangeNote
from tests.repository.helpers import resource

pytestmark = pytest.mark.django_db

MARKER = "DRAFT-ONLY-7c1e"


def public_surfaces(country: CountryPage, pathway: PathwayPage, draft: PathwayPage):
    """Every public address where a draft could leak, in both languages."""
    code = country.iso_code
    finder = f"nationality=gt&destination={code}&purpose=work"
    for language in ("en", "es"):
        yield f"/{language}/"
        yield f"/{language}/countries/"
        yield f"/{language}/countries/{country.slug}/"
        yield f"/{language}/countries/{country.slug}/{pathway.slug}/"
        yield f"/{language}/countries/{country.slug}/{draft.slug}/"
        yield f"/{language}/employers/"
        yield f"/{language}/institutions/"
        yield f"/{language}/institutions/?country={code}"
        yield f"/{language}/finder/?{finder}"
        yield f"/{language}/finder/?nationality=gt&destination=all&purpose=work"
        yield f"/{language}/finder/compare/?purpose=work"
        yield f"/{language}/finder/checklist/{pathway.pk}/?{finder}"
        for destination in (code.upper(), "all"):
            query = f"nationality=GT&destination={destination}&purpose=work"
            yield f"/api/v1/finder?{query}&lang={language}"
        # Queries name words of the drafts, not the marker, which a page
        # would echo back; a leak shows the marker in a title or snippet.
        for words in ("changed+summary", "resumen+cambiado", "submitted+study"):
            yield f"/{language}/search/?q={words}"
            yield f"/api/v1/search?q={words}&lang={language}"
            yield f"/{language}/repository/?q={words}"
        yield f"/{language}/changes/{code}/"
        yield f"/{language}/feeds/changes/"
        yield f"/{language}/feeds/changes/{code}/"
        yield f"/{language}/notices/"
        yield f"/{language}/feeds/notices/"
        yield f"/{language}/repository/"
        yield f"/{language}/repository/feed/"
    yield "/oai?verb=ListRecords&metadataPrefix=oai_dc"
    yield "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"
    yield "/sitemap.xml"


@pytest.fixture
def drafts(editor_mx):
    country = CountryPage.objects.get(iso_code="mx")
    pathway = (
        PathwayPage.objects.child_of(country).live().filter(purpose="work").first()
    )
    pathway.summary_en = f"{MARKER} changed summary"
    pathway.summary_es = f"{MARKER} resumen cambiado"
    pathway.title_en = f"{MARKER} title"
    pathway.save_revision(user=editor_mx.user)
    PendingChangeNote.objects.create(page=pathway, note_en=f"{MARKER} note")

    draft = PathwayPage(
        slug="never-published",
        title=f"{MARKER} new pathway",
        title_en=f"{MARKER} new pathway",
        title_es=f"{MARKER} vía nueva",
        purpose="work",
        summary_en=f"{MARKER} new",
        summary_es=f"{MARKER} nueva",
        live=False,
    )
    country.add_child(instance=draft)
    draft.save_revision(user=editor_mx.user)
    resource(f"{MARKER} submitted study", live=False, areas=["mx"])
    return country, PathwayPage.objects.get(pk=pathway.pk), draft


def test_drafts_appear_on_no_public_surface(visitor, drafts):
    leaks = {}
    for url in public_surfaces(*drafts):
        response = visitor.get(url)
        if MARKER in response.content.decode():
            leaks[url] = response.status_code

    assert leaks == {}


def test_a_never_published_page_is_not_found(visitor, drafts):
    country, _pathway, draft = drafts

    response = visitor.get(f"/en/countries/{country.slug}/{draft.slug}/")

    assert response.status_code == 404


def test_previews_and_drafts_in_the_admin_are_closed_to_visitors(visitor, drafts):
    _country, pathway, draft = drafts

    for url in (
        f"/admin/pages/{pathway.pk}/view_draft/",
        f"/admin/pages/{draft.pk}/view_draft/",
        f"/admin/pages/{pathway.pk}/edit/preview/",
        f"/admin/pages/{pathway.pk}/revisions/{pathway.latest_revision_id}/view/",
    ):
        response = visitor.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response["Location"], url
