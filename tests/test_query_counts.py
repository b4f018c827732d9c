"""Each page type answers with a bounded number of database queries."""

import pytest

pytestmark = pytest.mark.django_db

# Measured with the demo content, plus head-room; a page whose count grows
# with its content (one query per pathway, say) breaks these bounds.
BOUNDS = {
    "/en/": 12,
    "/en/countries/": 12,
    "/en/countries/mexico/": 24,
    "/en/countries/canada/": 24,
    "/en/employers/": 12,
    "/en/labour-migration/": 12,
    "/en/institutions/": 8,
    "/en/institutions/?country=mx&kind=migration_authority": 8,
    "/en/finder/": 12,
    "/en/finder/?nationality=gt&destination=mx&purpose=work": 14,
    "/es/finder/?nationality=gt&destination=all&purpose=work&work_kind=temporary"
    "&job_offer=no": 16,
    "/en/finder/?nationality=ni&destination=mx&purpose=visit": 16,
    "/en/finder/compare/?purpose=work": 14,
    "/api/v1/finder?nationality=gt&destination=all&purpose=study": 10,
    "/en/advice/": 12,
    "/en/advice/trafficking-and-smuggling/": 16,
    "/en/advice/fair-recruitment/": 12,
    "/en/advice/check-a-job-offer/": 12,
    "/es/advice/check-a-job-offer/?destination=us&residence=gt&contact=agency"
    "&payments=recruitment_fee&payments=travel&listing=not_checked"
    "&contract=spoken_only": 20,
    "/en/notices/": 10,
    "/en/notices/?country=ca": 12,
    "/en/notices/1/": 10,
    "/en/changes/": 10,
    "/en/changes/mx/": 10,
    "/en/feeds/changes/": 8,
    "/en/feeds/changes/mx/": 8,
    "/en/feeds/notices/": 8,
    "/en/search/?q=work+permit": 12,
    "/es/search/?q=trabajador+agricola+canada&country=ca": 12,
    "/es/search/?q=xyzzyqwv": 14,
    "/api/v1/search?q=visa&lang=es&kind=pathway": 10,
    "/en/repository/": 14,
    "/es/repository/?q=migration&type=report&type=study&theme=labour-migration"
    "&country=gt&language=en&year_from=2000&year_to=2024&sort=relevance": 14,
    "/en/repository/?sort=oldest&page=2": 14,
    "/en/repository/data/": 8,
    "/en/repository/data/migrant-stock/": 8,
    "/en/repository/data/remittances-gdp/data.csv": 6,
    "/en/repository/feed/": 8,
    "/en/repository/themes/remittances/feed/": 8,
    "/oai?verb=ListRecords&metadataPrefix=oai_dc": 12,
    "/oai?verb=ListSets": 6,
}


@pytest.mark.parametrize("url, bound", BOUNDS.items())
def test_page_queries_are_bounded(visitor, django_assert_max_num_queries, url, bound):
    visitor.get(url)  # warm the site and content-type caches

    with django_assert_max_num_queries(bound):
        response = visitor.get(url)

    assert response.status_code == 200


def test_resource_pages_are_bounded(visitor, django_assert_max_num_queries):
    from repository.models import Resource

    for resource in Resource.objects.filter(live=True):
        url = resource.get_absolute_url()
        visitor.get(url)
        with django_assert_max_num_queries(12):
            assert visitor.get(url).status_code == 200


def test_pathway_and_employer_guide_pages_are_bounded(
    visitor, django_assert_max_num_queries
):
    from countries.models import EmployerGuidePage, PathwayPage

    for model in (PathwayPage, EmployerGuidePage):
        for page in model.objects.live():
            url = page.get_url()
            visitor.get(url)
            with django_assert_max_num_queries(24):
                assert visitor.get(url).status_code == 200
