"""OAI-PMH 2.0: a real harvester takes everything; every answer is valid."""

import datetime

import httpx2
import pytest
from django.test import Client
from lxml import etree
from oaipmh_scythe import Scythe
from oaipmh_scythe.config import HTTPConfig

from repository import oai
from repository.models import OaiDeletion, Resource
from tests.repository.helpers import oai_schema, resource

pytestmark = pytest.mark.django_db

NS = {"oai": oai.OAI_NS, "dc": oai.DC_NS, "oai_dc": oai.OAI_DC_NS}
SCHEMA = oai_schema()


class _DjangoTransport(httpx2.BaseTransport):
    """Send the harvester's requests to the portal through the test client.

    Every answer is validated against the official schemas on the way.
    """

    def __init__(self, client: Client):
        self.client = client
        self.responses: list[bytes] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.method == "POST":
            response = self.client.post(
                request.url.path,
                request.content,
                content_type=request.headers["content-type"],
            )
        else:
            response = self.client.get(request.url.path, dict(request.url.params))
        _assert_valid(response.content)
        self.responses.append(response.content)
        return httpx2.Response(
            response.status_code,
            headers={"content-type": response["Content-Type"]},
            content=response.content,
            request=request,
        )


class _Harvester(Scythe):
    def __init__(self, transport: _DjangoTransport, **kwargs):
        super().__init__("http://testserver/oai", **kwargs)
        self._client = httpx2.Client(transport=transport)


def _assert_valid(body: bytes) -> etree._Element:
    document = etree.fromstring(body)
    assert SCHEMA.validate(document), SCHEMA.error_log.filter_from_errors()
    return document


def _get(visitor, **arguments) -> etree._Element:
    response = visitor.get("/oai", arguments)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    return _assert_valid(response.content)


def _error(document: etree._Element) -> str | None:
    found = document.find("oai:error", NS)
    return found.get("code") if found is not None else None


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(oai, "PAGE_SIZE", 7)


def test_a_harvester_takes_every_public_record_across_resumption_tokens(
    visitor, small_pages
):
    transport = _DjangoTransport(visitor)
    harvester = _Harvester(transport)

    records = list(harvester.list_records(metadata_prefix="oai_dc"))

    public = Resource.objects.filter(live=True)
    assert public.count() >= 40
    identifiers = {record.header.identifier for record in records}
    assert identifiers == {
        oai.oai_identifier(pk) for pk in public.values_list("pk", flat=True)
    }
    assert len(transport.responses) > 5  # the list really was split
    titles = {record.metadata["title"][0] for record in records}
    assert "World Migration Report 2024" in titles


def test_the_harvester_reads_identify_formats_sets_and_one_record(visitor):
    harvester = _Harvester(_DjangoTransport(visitor))

    identify = harvester.identify()
    formats = [f.metadataPrefix for f in harvester.list_metadata_formats()]
    sets = {s.setSpec for s in harvester.list_sets()}
    first = Resource.objects.filter(live=True).order_by("pk").first()
    record = harvester.get_record(identifier=oai.oai_identifier(first.pk))

    assert identify.protocolVersion == "2.0"
    assert identify.deletedRecord == "persistent"
    assert formats == ["oai_dc"]
    assert {"type", "type:report", "theme", "theme:remittances"} <= sets
    assert record.metadata["title"] == [first.title]


def test_identifiers_can_be_listed_by_set(visitor, small_pages):
    harvester = _Harvester(_DjangoTransport(visitor))

    headers = list(
        harvester.list_identifiers(metadata_prefix="oai_dc", set_="theme:remittances")
    )

    expected = Resource.objects.filter(live=True, themes__slug="remittances")
    assert {h.identifier for h in headers} == {
        oai.oai_identifier(pk) for pk in expected.values_list("pk", flat=True)
    }
    assert all("theme:remittances" in h.setSpecs for h in headers)


def test_the_harvester_can_post_its_requests(visitor):
    harvester = _Harvester(
        _DjangoTransport(visitor), http_config=HTTPConfig(http_method="POST")
    )

    assert harvester.identify().repositoryName


def test_harvesting_by_datestamp_takes_only_what_changed(visitor):
    Resource.objects.filter(live=True).update(
        last_published_at=datetime.datetime(2025, 1, 10, tzinfo=datetime.UTC)
    )
    changed = resource("A study published later")
    changed.last_published_at = datetime.datetime(
        2026, 3, 1, 12, 0, 5, tzinfo=datetime.UTC
    )
    changed.save()

    by_day = _get(
        visitor,
        verb="ListIdentifiers",
        metadataPrefix="oai_dc",
        **{"from": "2026-03-01"},
    )
    by_second = _get(
        visitor,
        verb="ListIdentifiers",
        metadataPrefix="oai_dc",
        **{"from": "2026-03-01T12:00:05Z", "until": "2026-03-01T12:00:05Z"},
    )
    before = _get(
        visitor, verb="ListIdentifiers", metadataPrefix="oai_dc", until="2025-12-31"
    )

    wanted = [oai.oai_identifier(changed.pk)]
    assert by_day.xpath("//oai:header/oai:identifier/text()", namespaces=NS) == wanted
    assert (
        by_second.xpath("//oai:header/oai:identifier/text()", namespaces=NS) == wanted
    )
    assert oai.oai_identifier(changed.pk) not in before.xpath(
        "//oai:header/oai:identifier/text()", namespaces=NS
    )


def test_an_unpublished_resource_is_harvested_as_deleted(visitor):
    item = resource("A study withdrawn later", themes=["remittances"])

    item.unpublish()

    deletion = OaiDeletion.objects.get(resource_id=item.pk)
    document = _get(
        visitor,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=oai.oai_identifier(item.pk),
    )
    header = document.find(".//oai:header", NS)
    assert header.get("status") == "deleted"
    assert "theme:remittances" in deletion.set_specs.split()
    listed = _get(
        visitor,
        verb="ListIdentifiers",
        metadataPrefix="oai_dc",
        set="theme:remittances",
    )
    assert listed.xpath(
        "//oai:header[@status='deleted']/oai:identifier/text()", namespaces=NS
    ) == [oai.oai_identifier(item.pk)]


def test_publishing_again_takes_the_resource_out_of_the_deleted_records():
    item = resource("A study published twice")
    item.unpublish()

    item.save_revision().publish()

    assert not OaiDeletion.objects.filter(resource_id=item.pk).exists()


def test_a_deleted_resource_stays_a_deleted_record():
    item = resource("A study deleted later")
    pk = item.pk

    item.delete()

    assert OaiDeletion.objects.filter(resource_id=pk).exists()


def test_records_carry_dublin_core_in_both_languages(visitor):
    item = Resource.objects.get(
        title__startswith="Interrelations between Public Policies"
    )

    document = _get(
        visitor,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=oai.oai_identifier(item.pk),
    )

    dc = document.find(".//oai_dc:dc", NS)
    descriptions = dc.findall("dc:description", NS)
    assert {
        d.get("{http://www.w3.org/XML/1998/namespace}lang") for d in descriptions
    } == {"en", "es"}
    identifiers = [e.text for e in dc.findall("dc:identifier", NS)]
    assert "https://doi.org/10.1787/9789264278967-en" in identifiers
    assert "urn:isbn:9789264278950" in identifiers
    assert [e.text for e in dc.findall("dc:coverage", NS)] == ["Costa Rica"]
    assert dc.find("dc:date", NS).text == "2017-07-31"


@pytest.mark.parametrize(
    "arguments, code",
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "set": "type"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "marc21"},
            "cannotDisseminateFormat",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-13-01"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"},
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2024-01-01",
                "until": "2024-01-02T00:00:00Z",
            },
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2025-01-02",
                "until": "2025-01-01",
            },
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2099-01-01"},
            "noRecordsMatch",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "type:novel"},
            "noRecordsMatch",
        ),
        (
            {"verb": "ListRecords", "resumptionToken": "not-a-token"},
            "badResumptionToken",
        ),
        (
            {"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"},
            "badArgument",
        ),
        ({"verb": "ListSets", "resumptionToken": "x"}, "badResumptionToken"),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "oai_dc",
                "identifier": "oai:elsewhere.org:1",
            },
            "idDoesNotExist",
        ),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "oai_dc",
                "identifier": "oai:portal.example.org:99999999",
            },
            "idDoesNotExist",
        ),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        (
            {"verb": "ListMetadataFormats", "identifier": "oai:portal.example.org:x"},
            "idDoesNotExist",
        ),
    ],
)
def test_bad_requests_get_the_protocols_own_error_codes(visitor, arguments, code):
    document = _get(visitor, **arguments)

    assert _error(document) == code
    request = document.find("oai:request", NS)
    if code in ("badVerb", "badArgument"):
        assert dict(request.attrib) == {}


def test_a_token_of_one_verb_is_refused_by_another(visitor, small_pages):
    first = _get(visitor, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = first.find(".//oai:resumptionToken", NS).text

    document = _get(visitor, verb="ListRecords", resumptionToken=token)

    assert _error(document) == "badResumptionToken"


def test_the_last_page_of_a_split_list_ends_with_an_empty_token(visitor, small_pages):
    document = _get(visitor, verb="ListIdentifiers", metadataPrefix="oai_dc")
    pages = 1
    while True:
        token = document.find(".//oai:resumptionToken", NS)
        if not token.text:
            break
        document = _get(visitor, verb="ListIdentifiers", resumptionToken=token.text)
        pages += 1

    assert pages > 1
    assert (
        int(token.get("completeListSize")) == Resource.objects.filter(live=True).count()
    )


def test_drafts_are_not_harvested(visitor):
    draft = resource("A draft nobody approved", live=False)

    document = _get(
        visitor,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=oai.oai_identifier(draft.pk),
    )

    assert _error(document) == "idDoesNotExist"
