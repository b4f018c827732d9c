"""Builders for repository tests: resources, PDFs and schema validation."""

from pathlib import Path

from django.core.files.base import ContentFile
from fpdf import FPDF
from lxml import etree
from wagtail.documents.models import Document

from repository.models import Author, Coverage, Resource, Theme

SCHEMAS = Path(__file__).resolve().parent / "schemas"
_LOCAL_COPIES = {
    "OAI-PMH.xsd": "OAI-PMH.xsd",
    "oai_dc.xsd": "oai_dc.xsd",
    "simpledc20021212.xsd": "simpledc20021212.xsd",
    "xml.xsd": "xml.xsd",
}


def resource(title: str = "A study made by the tests", live: bool = True, **fields):
    values = {
        "resource_type": "study",
        "year": 2023,
        "language": "en",
        "publisher": "Test University",
    }
    values.update(fields)
    themes = values.pop("themes", [])
    areas = values.pop("areas", [])
    item = Resource(title=title, live=live, **values)
    item.authors = [Author(kind="organisation", name="Test University", sort_order=0)]
    item.coverage = [Coverage(area=area) for area in areas]
    item.themes = [Theme.objects.get(slug=slug) for slug in themes]
    item.save()
    if live:
        item.save_revision().publish()
    return item


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


def pdf_document(text: str, title: str = "Test PDF") -> Document:
    document = Document(title=title)
    document.file.save("test.pdf", ContentFile(pdf_bytes(text)), save=False)
    document.save()
    return document


class _LocalSchemas(etree.Resolver):
    def resolve(self, url, pubid, context):
        name = url.rsplit("/", 1)[-1]
        if name in _LOCAL_COPIES:
            return self.resolve_filename(str(SCHEMAS / _LOCAL_COPIES[name]), context)
        raise AssertionError(f"schema not stored locally: {url}")


def oai_schema() -> etree.XMLSchema:
    """Return the official OAI-PMH and oai_dc schemas, read from local copies."""
    driver = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        '<xs:import namespace="http://www.openarchives.org/OAI/2.0/" '
        'schemaLocation="OAI-PMH.xsd"/>'
        '<xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'schemaLocation="oai_dc.xsd"/>'
        "</xs:schema>"
    )
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalSchemas())
    document = etree.fromstring(
        driver.encode(), parser, base_url=str(SCHEMAS / "driver.xsd")
    )
    return etree.XMLSchema(document)
