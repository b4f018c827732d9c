"""OAI-PMH 2.0 data provider for the repository, with Dublin Core (oai_dc).

Protocol: https://www.openarchives.org/OAI/openarchivesprotocol.html
Sets: `type` and `type:<type>`, `theme` and `theme:<slug>`. Datestamps are
the time a resource was last published, to the second, in UTC. Withdrawn
resources are kept as deleted records for good (deletedRecord persistent).
Resumption tokens carry the request and the last identifier sent, signed,
so the server keeps no state between requests.
"""

import datetime
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core import signing
from django.db.models import Min, Q, QuerySet
from django.utils import timezone, translation

from lib.i18n import content_languages
from repository.areas import area_name
from repository.models import OaiDeletion, Resource, ResourceType, Theme

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

for _prefix, _uri in (("", OAI_NS), ("oai_dc", OAI_DC_NS), ("dc", DC_NS)):
    ET.register_namespace(_prefix, _uri)
ET.register_namespace("xsi", XSI_NS)

PAGE_SIZE = 100
TOKEN_SALT = "repository.oai.resumption"  # noqa: S105 -- a salt, not a secret

# Each verb's required and optional arguments; resumptionToken is exclusive.
VERBS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "Identify": (frozenset(), frozenset()),
    "ListMetadataFormats": (frozenset(), frozenset({"identifier"})),
    "ListSets": (frozenset(), frozenset({"resumptionToken"})),
    "GetRecord": (frozenset({"identifier", "metadataPrefix"}), frozenset()),
    "ListIdentifiers": (
        frozenset({"metadataPrefix"}),
        frozenset({"from", "until", "set", "resumptionToken"}),
    ),
    "ListRecords": (
        frozenset({"metadataPrefix"}),
        frozenset({"from", "until", "set", "resumptionToken"}),
    ),
}

# DCMI Type vocabulary for each resource type.
DCMI_TYPES = {
    "dataset": "Dataset",
    "infographic": "StillImage",
}


class OaiError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Selection:
    """What a list request asks for, and where the previous page ended."""

    verb: str
    prefix: str
    set_spec: str | None
    start: datetime.datetime | None
    end: datetime.datetime | None
    after: int
    cursor: int
    arguments: dict[str, str]


def repository_identifier() -> str:
    return settings.OAI_REPOSITORY_IDENTIFIER


def oai_identifier(resource_id: int) -> str:
    return f"oai:{repository_identifier()}:{resource_id}"


def resource_id_of(identifier: str) -> int | None:
    prefix = f"oai:{repository_identifier()}:"
    if not identifier.startswith(prefix):
        return None
    local = identifier[len(prefix) :]
    return int(local) if local.isdigit() and len(local) < 19 else None


def set_specs_of(resource: Resource) -> list[str]:
    specs = ["type", f"type:{resource.resource_type}"]
    slugs = [theme.slug for theme in resource.themes.all()]
    if slugs:
        specs.append("theme")
        specs += [f"theme:{slug}" for slug in slugs]
    return specs


def datestamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Responding


def respond(arguments: dict[str, list[str]], base_url: str) -> bytes:
    """Answer one OAI-PMH request; `arguments` are all GET or POST values."""
    root = ET.Element(f"{{{OAI_NS}}}OAI-PMH")
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_NS} {OAI_SCHEMA}")
    ET.SubElement(root, f"{{{OAI_NS}}}responseDate").text = datestamp(timezone.now())
    request = ET.SubElement(root, f"{{{OAI_NS}}}request")
    request.text = base_url
    try:
        verb, single = _check_arguments(arguments)
        for name, value in single.items():
            request.set(name, value)
        with translation.override(settings.LANGUAGE_CODE):
            root.append(_HANDLERS[verb](single, base_url))
    except OaiError as error:
        if error.code in ("badVerb", "badArgument"):
            request.attrib.clear()
        element = ET.SubElement(root, f"{{{OAI_NS}}}error", code=error.code)
        element.text = error.message
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode()


def _check_arguments(arguments: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    verbs = arguments.get("verb", [])
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OaiError(
            "badVerb", "The verb is missing, repeated or not an OAI-PMH verb."
        )
    verb = verbs[0]
    repeated = sorted(name for name, values in arguments.items() if len(values) > 1)
    if repeated:
        raise OaiError("badArgument", f"Repeated argument: {repeated[0]}.")
    single = {name: values[0] for name, values in arguments.items() if name != "verb"}

    required, optional = VERBS[verb]
    illegal = sorted(set(single) - required - optional)
    if illegal:
        raise OaiError("badArgument", f"Illegal argument for {verb}: {illegal[0]}.")
    if "resumptionToken" in single:
        if len(single) > 1:
            raise OaiError("badArgument", "resumptionToken must be the only argument.")
        return verb, single
    missing = sorted(required - set(single))
    if missing:
        raise OaiError("badArgument", f"Missing argument for {verb}: {missing[0]}.")
    return verb, single


def _verb_element(name: str) -> ET.Element:
    return ET.Element(f"{{{OAI_NS}}}{name}")


def _sub(
    parent: ET.Element, name: str, text: str | None = None, **attributes
) -> ET.Element:
    element = ET.SubElement(parent, f"{{{OAI_NS}}}{name}", attributes)
    if text is not None:
        element.text = text
    return element


def _identify(arguments: dict[str, str], base_url: str) -> ET.Element:
    element = _verb_element("Identify")
    _sub(element, "repositoryName", f"{settings.WAGTAIL_SITE_NAME}: repository")
    _sub(element, "baseURL", base_url)
    _sub(element, "protocolVersion", "2.0")
    _sub(element, "adminEmail", settings.OAI_ADMIN_EMAIL)
    _sub(element, "earliestDatestamp", datestamp(_earliest_datestamp()))
    _sub(element, "deletedRecord", "persistent")
    _sub(element, "granularity", "YYYY-MM-DDThh:mm:ssZ")
    return element


def _earliest_datestamp() -> datetime.datetime:
    live = _public().aggregate(first=Min("last_published_at"))["first"]
    gone = OaiDeletion.objects.aggregate(first=Min("datestamp"))["first"]
    moments = [moment for moment in (live, gone) if moment is not None]
    return min(moments) if moments else timezone.now()


def _list_metadata_formats(arguments: dict[str, str], base_url: str) -> ET.Element:
    if "identifier" in arguments:
        _find(arguments["identifier"])
    element = _verb_element("ListMetadataFormats")
    metadata_format = _sub(element, "metadataFormat")
    _sub(metadata_format, "metadataPrefix", "oai_dc")
    _sub(metadata_format, "schema", OAI_DC_SCHEMA)
    _sub(metadata_format, "metadataNamespace", OAI_DC_NS)
    return element


def _list_sets(arguments: dict[str, str], base_url: str) -> ET.Element:
    if "resumptionToken" in arguments:
        raise OaiError(
            "badResumptionToken", "ListSets is never split; no token is valid."
        )
    element = _verb_element("ListSets")
    with translation.override("en"):
        _set(element, "type", "Resources by type")
        for value, label in ResourceType.choices:
            _set(element, f"type:{value}", f"Type: {label}")
        _set(element, "theme", "Resources by theme")
        for theme in Theme.objects.order_by("slug"):
            _set(
                element, f"theme:{theme.slug}", f"Theme: {theme.name_en or theme.slug}"
            )
    return element


def _set(parent: ET.Element, spec: str, name: str) -> None:
    entry = _sub(parent, "set")
    _sub(entry, "setSpec", spec)
    _sub(entry, "setName", name)


def _get_record(arguments: dict[str, str], base_url: str) -> ET.Element:
    _check_prefix(arguments["metadataPrefix"])
    found = _find(arguments["identifier"])
    element = _verb_element("GetRecord")
    if isinstance(found, OaiDeletion):
        record = _sub(element, "record")
        _deleted_header(record, found)
    else:
        _record(element, found, base_url)
    return element


def _find(identifier: str) -> Resource | OaiDeletion:
    resource_id = resource_id_of(identifier)
    if resource_id is not None:
        resource = _with_relations(_public()).filter(pk=resource_id).first()
        if resource is not None:
            return resource
        deletion = OaiDeletion.objects.filter(resource_id=resource_id).first()
        if deletion is not None:
            return deletion
    raise OaiError("idDoesNotExist", "No record has this identifier.")


def _check_prefix(prefix: str) -> None:
    if prefix != "oai_dc":
        raise OaiError("cannotDisseminateFormat", "Only oai_dc is disseminated.")


def _list_identifiers(arguments: dict[str, str], base_url: str) -> ET.Element:
    return _list("ListIdentifiers", arguments, base_url)


def _list_records(arguments: dict[str, str], base_url: str) -> ET.Element:
    return _list("ListRecords", arguments, base_url)


def _list(verb: str, arguments: dict[str, str], base_url: str) -> ET.Element:
    if "resumptionToken" in arguments:
        selection = _decode_token(verb, arguments["resumptionToken"])
    else:
        selection = _selection(verb, arguments)

    resources, deletions = _matching(selection)
    total = resources.count() + deletions.count()
    page = _next_page(selection, resources, deletions)
    if not page and selection.cursor == 0:
        raise OaiError("noRecordsMatch", "No record matches these arguments.")

    element = _verb_element(verb)
    for item in page:
        if isinstance(item, OaiDeletion):
            parent = _sub(element, "record") if verb == "ListRecords" else element
            _deleted_header(parent, item)
        elif verb == "ListRecords":
            _record(element, item, base_url)
        else:
            _header(element, item)

    sent = selection.cursor + len(page)
    if sent < total and page:
        last = page[-1]
        after = last.resource_id if isinstance(last, OaiDeletion) else last.pk
        token = _encode_token(selection, after=after, cursor=sent)
        _sub(
            element,
            "resumptionToken",
            token,
            completeListSize=str(total),
            cursor=str(selection.cursor),
        )
    elif selection.cursor > 0:
        _sub(
            element,
            "resumptionToken",
            "",
            completeListSize=str(total),
            cursor=str(selection.cursor),
        )
    return element


def _selection(verb: str, arguments: dict[str, str]) -> Selection:
    _check_prefix(arguments["metadataPrefix"])
    start, start_granularity = _parse_date(arguments.get("from"), end=False)
    end, end_granularity = _parse_date(arguments.get("until"), end=True)
    if start_granularity and end_granularity and start_granularity != end_granularity:
        raise OaiError("badArgument", "from and until must have the same granularity.")
    if start and end and start >= end:
        raise OaiError("badArgument", "from must not be later than until.")
    set_spec = arguments.get("set")
    if set_spec is not None and not _set_exists(set_spec):
        raise OaiError("noRecordsMatch", "There is no such set.")
    return Selection(verb, "oai_dc", set_spec, start, end, 0, 0, arguments)


def _parse_date(
    value: str | None, end: bool
) -> tuple[datetime.datetime | None, str | None]:
    """Return the bound as a half-open interval limit, and its granularity."""
    if value is None:
        return None, None
    try:
        if len(value) == 10:
            day = datetime.date.fromisoformat(value)
            moment = datetime.datetime.combine(day, datetime.time(), datetime.UTC)
            return (moment + datetime.timedelta(days=1) if end else moment), "day"
        if len(value) == 20 and value.endswith("Z") and value[10] == "T":
            moment = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
            moment = moment.replace(tzinfo=datetime.UTC)
            return (moment + datetime.timedelta(seconds=1) if end else moment), "second"
    except ValueError:
        pass
    raise OaiError("badArgument", f"Not a UTC datestamp: {value[:40]}.")


def _set_exists(spec: str) -> bool:
    if spec in ("type", "theme"):
        return True
    kind, _sep, value = spec.partition(":")
    if kind == "type":
        return value in ResourceType.values
    if kind == "theme":
        return Theme.objects.filter(slug=value).exists()
    return False


def _public() -> QuerySet:
    """Return the published resources; a datestamp is their last publication."""
    return Resource.objects.filter(live=True, last_published_at__isnull=False)


def _with_relations(resources: QuerySet) -> QuerySet:
    return resources.select_related("document").prefetch_related(
        "authors", "themes", "coverage"
    )


def _matching(selection: Selection) -> tuple[QuerySet, QuerySet]:
    resources = _public()
    deletions = OaiDeletion.objects.all()
    if selection.start:
        resources = resources.filter(last_published_at__gte=selection.start)
        deletions = deletions.filter(datestamp__gte=selection.start)
    if selection.end:
        resources = resources.filter(last_published_at__lt=selection.end)
        deletions = deletions.filter(datestamp__lt=selection.end)
    if selection.set_spec:
        resources = resources.filter(_in_set(selection.set_spec))
        deletions = deletions.filter(set_specs__contains=f" {selection.set_spec} ")
    return resources, deletions


def _in_set(spec: str) -> Q:
    kind, _sep, value = spec.partition(":")
    if kind == "type":
        return Q(resource_type=value) if value else Q()
    if value:
        return Q(
            pk__in=Resource.themes.through.objects.filter(theme__slug=value).values(
                "resource_id"
            )
        )
    return Q(pk__in=Resource.themes.through.objects.values("resource_id"))


def _next_page(
    selection: Selection, resources: QuerySet, deletions: QuerySet
) -> list[Any]:
    live = list(
        _with_relations(resources.filter(pk__gt=selection.after)).order_by("pk")[
            :PAGE_SIZE
        ]
    )
    gone = list(
        deletions.filter(resource_id__gt=selection.after).order_by("resource_id")[
            :PAGE_SIZE
        ]
    )
    merged = sorted(
        live + gone,
        key=lambda item: item.resource_id if isinstance(item, OaiDeletion) else item.pk,
    )
    return merged[:PAGE_SIZE]


def _encode_token(selection: Selection, after: int, cursor: int) -> str:
    payload = {
        "v": selection.verb,
        "s": selection.set_spec,
        "f": selection.start.isoformat() if selection.start else None,
        "u": selection.end.isoformat() if selection.end else None,
        "a": after,
        "c": cursor,
    }
    return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


def _decode_token(verb: str, token: str) -> Selection:
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
        if payload["v"] != verb:
            raise ValueError("token of another verb")
        start = datetime.datetime.fromisoformat(payload["f"]) if payload["f"] else None
        end = datetime.datetime.fromisoformat(payload["u"]) if payload["u"] else None
        after, cursor = int(payload["a"]), int(payload["c"])
        set_spec = payload["s"]
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise OaiError(
            "badResumptionToken", "This resumption token is not valid."
        ) from error
    return Selection(verb, "oai_dc", set_spec, start, end, after, cursor, {})


# Records


def _header(parent: ET.Element, resource: Resource) -> None:
    header = _sub(parent, "header")
    _sub(header, "identifier", oai_identifier(resource.pk))
    _sub(header, "datestamp", datestamp(resource.last_published_at))
    for spec in set_specs_of(resource):
        _sub(header, "setSpec", spec)


def _deleted_header(parent: ET.Element, deletion: OaiDeletion) -> None:
    header = _sub(parent, "header", status="deleted")
    _sub(header, "identifier", oai_identifier(deletion.resource_id))
    _sub(header, "datestamp", datestamp(deletion.datestamp))
    for spec in deletion.set_specs.split():
        _sub(header, "setSpec", spec)


def _record(parent: ET.Element, resource: Resource, base_url: str) -> None:
    record = _sub(parent, "record")
    _header(record, resource)
    metadata = _sub(record, "metadata")
    metadata.append(dublin_core(resource, base_url))


def dublin_core(resource: Resource, base_url: str) -> ET.Element:
    """Return the resource as an oai_dc:dc element."""
    root = ET.Element(f"{{{OAI_DC_NS}}}dc")
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_DC_NS} {OAI_DC_SCHEMA}")

    def dc(name: str, text: str, language: str | None = None) -> None:
        if not text:
            return
        element = ET.SubElement(root, f"{{{DC_NS}}}{name}")
        element.text = text
        if language:
            element.set(XML_LANG, language)

    dc("title", resource.title, resource.language)
    for author in resource.ordered_authors():
        dc("creator", _dc_name(author))
    for editor in resource.ordered_editors():
        dc("contributor", _dc_name(editor))
    for theme in resource.themes.all():
        for code in content_languages():
            dc("subject", getattr(theme, f"name_{code}", ""), code)
    for code in content_languages():
        dc("description", getattr(resource, f"abstract_{code}", ""), code)
    dc("publisher", resource.publisher)
    dc("date", resource.iso_date)
    dc("type", DCMI_TYPES.get(resource.resource_type, "Text"))
    dc("type", resource.get_resource_type_display())
    if resource.document_id:
        dc("format", "application/pdf")
    site = base_url.rsplit("/oai", 1)[0]
    dc("identifier", site + resource.get_absolute_url())
    if resource.doi:
        dc("identifier", resource.doi_url)
    if resource.isbn:
        dc("identifier", f"urn:isbn:{resource.isbn}")
    if resource.url:
        dc("identifier", resource.url)
    dc("language", resource.language)
    for coverage in resource.coverage.all():
        dc("coverage", area_name(coverage.area), "en")
    dc("rights", resource.licence)
    return root


def _dc_name(person) -> str:
    if person.is_person and person.given_names:
        return f"{person.name}, {person.given_names}"
    return person.name


_HANDLERS = {
    "Identify": _identify,
    "ListMetadataFormats": _list_metadata_formats,
    "ListSets": _list_sets,
    "GetRecord": _get_record,
    "ListIdentifiers": _list_identifiers,
    "ListRecords": _list_records,
}
