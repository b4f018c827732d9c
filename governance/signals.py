"""Signal handlers: change notes and language dates follow publications."""

import logging

from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import page_published

from governance import freshness, notes

logger = logging.getLogger(__name__)


def _on_page_saved(sender, instance, created, **kwargs) -> None:
    if created and isinstance(instance, Page):
        notes.store_stashed_note(instance)


def _on_page_published(sender, instance, revision, **kwargs) -> None:
    notes.publish_note(instance, revision)
    when = instance.last_published_at or revision.created_at
    freshness.record_language_versions(instance, revision.content, when)


def connect() -> None:
    post_save.connect(_on_page_saved, dispatch_uid="governance_page_saved")
    page_published.connect(_on_page_published, dispatch_uid="governance_page_published")
