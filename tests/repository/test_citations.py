"""Citations: APA for reading, BibTeX and RIS that real parsers accept."""

import bibtexparser
import pytest
import rispy

from repository.citations import apa, bibtex, ris
from repository.models import Author, Resource

pytestmark = pytest.mark.django_db


def _public():
    return Resource.objects.filter(live=True).prefetch_related("authors", "themes")


def test_apa_cites_organisations_date_title_publisher_and_doi():
    item = Resource.objects.get(
        title__startswith="Interrelations between Public Policies"
    )

    citation = str(apa(item))

    assert citation == (
        "OECD, & FUNDEVI. (2017, July 31). Interrelations between Public Policies, "
        "Migration and Development in Costa Rica. OECD Publishing. "
        "https://doi.org/10.1787/9789264278967-en"
    )


def test_apa_cites_people_by_family_name_and_initials():
    item = Resource.objects.get(title__startswith="Beyond the Border")

    citation = str(apa(item))

    assert citation.startswith("Ruiz Soto, A. G., & Selee, A. (2022, April 14). Beyond")
    assert citation.endswith(
        "Migration Policy Institute. "
        "https://www.migrationpolicy.org/news/managing-regional-migration-central-north-america-roadmap"
    )


def test_apa_leaves_out_a_publisher_that_is_also_the_author():
    item = Resource(title="Report", resource_type="report", year=2020, publisher="IOM")
    item.authors = [Author(kind="organisation", name="IOM")]

    assert str(apa(item, "https://portal.test/r/1/")) == (
        "IOM. (2020). Report. https://portal.test/r/1/"
    )


def test_apa_says_no_date_when_the_year_is_unknown(settings):
    item = Resource.objects.get(
        title__startswith="Lineamientos regionales de actuación"
    )

    assert "(n.d.)" in str(apa(item))


def test_apa_names_editors_when_there_are_no_other_authors():
    item = Resource(title="Edited volume", resource_type="report", year=2021)
    item.authors = [
        Author(kind="person", name="McAuliffe", given_names="M.", role="editor"),
        Author(kind="person", name="Triandafyllidou", given_names="A.", role="editor"),
    ]

    assert str(apa(item)).startswith(
        "McAuliffe, M., & Triandafyllidou, A. (Eds.). (2021)."
    )


def test_every_resource_has_bibtex_that_bibtexparser_reads():
    for item in _public():
        library = bibtexparser.parse_string(bibtex(item, "https://portal.test/"))

        assert library.failed_blocks == [], item.title
        [entry] = library.entries
        assert entry.fields_dict["title"].value.strip("{}") == item.title.replace(
            "&", r"\&"
        )
        if item.year:
            assert entry.fields_dict["year"].value == str(item.year)


def test_bibtex_keeps_organisations_whole_and_people_by_family_name():
    item = Resource.objects.get(title__startswith="World Migration Report 2022")

    [entry] = bibtexparser.parse_string(bibtex(item)).entries

    assert entry.entry_type == "techreport"
    assert (
        entry.fields_dict["author"].value
        == "{International Organization for Migration}"
    )
    assert entry.fields_dict["editor"].value == "McAuliffe, M. and Triandafyllidou, A."
    assert entry.fields_dict["month"].value == "dec"


def test_every_resource_has_ris_that_rispy_reads():
    for item in _public():
        [record] = rispy.loads(ris(item, "https://portal.test/"))

        assert record["title"] == item.title
        assert record["type_of_reference"] in {"RPRT", "GEN", "ELEC", "DATA"}
        assert len(record.get("authors", [])) == len(item.ordered_authors())


def test_ris_carries_the_doi_isbn_and_date():
    item = Resource.objects.get(
        title__startswith="Interrelations between Public Policies"
    )

    [record] = rispy.loads(ris(item, keywords=["Labour migration"]))

    assert record["doi"] == "10.1787/9789264278967-en"
    assert record["issn"] == "9789264278950"
    assert record["date"] == "2017/07/31/"
    assert record["keywords"] == ["Labour migration"]


def test_the_downloads_are_attachments_in_both_languages(visitor):
    item = Resource.objects.get(title__startswith="Beyond the Border")

    bib = visitor.get(f"/es{item.get_absolute_url()[3:]}cite.bib")
    ris_response = visitor.get(f"{item.get_absolute_url()}cite.ris")

    assert bib.status_code == ris_response.status_code == 200
    assert bib["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert "attachment" in bib["Content-Disposition"]
    assert bibtexparser.parse_string(bib.content.decode()).entries
    assert rispy.loads(ris_response.content.decode())[0]["authors"] == [
        "Ruiz Soto, Ariel G.",
        "Selee, Andrew",
    ]
