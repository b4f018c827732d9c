"""Atom feeds: all change notes, one country's change notes, notices."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from advice.models import Notice
from advice.notice_data import next_notice_change, refresh_caches_by
from countries.models import CountryPage
from governance.models import ChangeNote
from lib.countries import covered_country
from lib.i18n import translated

FEED_SIZE = 50
AUTHOR = "Migration Information Portal"


def _language() -> str:
    return translation.get_language() or "en"


class _PortalFeed(Feed):
    feed_type = Atom1Feed
    author_name = AUTHOR  # Atom wants an author of the feed or of each entry


class ChangesFeed(_PortalFeed):
    """Material change notes, newest first; of one country when given."""

    def get_object(self, request, code: str | None = None):
        if code is None:
            return None
        if covered_country(code) is None or code != code.lower():
            raise Http404("Not a covered country.")
        country = CountryPage.objects.live().filter(iso_code=code).first()
        if country is None:
            raise Http404("No such country page.")
        return country

    def title(self, obj) -> str:
        if obj is None:
            return _("What changed: all countries")
        return _("What changed: %(country)s") % {"country": obj.title}

    def subtitle(self, obj) -> str:
        return _("Dated notes of what changed on the portal's pages.")

    def link(self, obj) -> str:
        if obj is None:
            return reverse("advice:changes")
        return reverse("advice:changes", args=[obj.iso_code])

    def items(self, obj):
        notes = ChangeNote.objects.filter(material=True).select_related("page")
        if obj is not None:
            notes = notes.filter(country=obj.iso_code)
        return notes[:FEED_SIZE]

    def item_title(self, item) -> str:
        return item.page.title

    def item_description(self, item) -> str:
        return str(translated(item, "note", _language()))

    def item_link(self, item) -> str:
        return item.page.url or reverse("advice:changes")

    def item_guid(self, item) -> str:
        return f"{reverse('advice:changes')}#change-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at


class NoticesFeed(_PortalFeed):
    """Notices that have started: those in force and those in the archive."""

    def get_object(self, request, *args, **kwargs):
        refresh_caches_by(request, next_notice_change(timezone.now()))
        return None

    def title(self) -> str:
        return _("Notices")

    def subtitle(self) -> str:
        return _("Time-bound notices on migration measures in the 14 countries.")

    def link(self) -> str:
        return reverse("advice:notices")

    def items(self):
        return Notice.objects.started(timezone.now())[:FEED_SIZE]

    def item_title(self, item) -> str:
        return str(translated(item, "title", _language()))

    def item_description(self, item) -> str:
        return str(translated(item, "text", _language()))

    def item_link(self, item) -> str:
        return reverse("advice:notice", args=[item.pk])

    def item_pubdate(self, item):
        return item.starts_at

    def item_updateddate(self, item):
        return item.updated_at
