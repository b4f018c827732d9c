"""Atom feeds of new resources: all of them, and per theme."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from lib.i18n import translated
from repository.models import Resource, Theme

FEED_SIZE = 50


class NewResourcesFeed(Feed):
    feed_type = Atom1Feed

    def title(self, obj: Theme | None = None) -> str:
        if obj is None:
            return _("New in the repository")
        return _("New in the repository: %(theme)s") % {"theme": obj.name}

    def subtitle(self, obj: Theme | None = None) -> str:
        return _("Studies, reports and data on migration, newest first.")

    def link(self, obj: Theme | None = None) -> str:
        address = reverse("repository:browse")
        return f"{address}?theme={obj.slug}" if obj is not None else address

    def items(self, obj: Theme | None = None):
        resources = Resource.objects.filter(live=True)
        if obj is not None:
            resources = resources.filter(themes=obj)
        resources = resources.prefetch_related("authors", "themes")
        return resources.order_by("-first_published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item: Resource) -> str:
        return item.title

    def item_description(self, item: Resource) -> str:
        language = translation.get_language() or "en"
        return str(translated(item, "abstract", language))

    def item_link(self, item: Resource) -> str:
        return item.get_absolute_url()

    def item_author_name(self, item: Resource) -> str:
        return "; ".join(str(author) for author in item.authors.all())

    def item_pubdate(self, item: Resource):
        return item.first_published_at

    def item_updateddate(self, item: Resource):
        return item.last_published_at

    def item_categories(self, item: Resource) -> list[str]:
        return [theme.name for theme in item.themes.all()]


class ThemeFeed(NewResourcesFeed):
    def get_object(self, request, slug: str) -> Theme:
        return get_object_or_404(Theme, slug=slug)
