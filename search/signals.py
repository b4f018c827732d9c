"""Refresh the index when content is published, unpublished, moved or deleted.

Refreshes run after the transaction commits and read the object again, so
the index holds what was committed and visible, and child rows saved after
their parent (services, requirements) are included.
"""

from django.apps import apps
from django.db import connection, models, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from search import indexer, registry
from search.models import SynonymGroup


class _Refresh:
    """A scheduled refresh of one object; equal refreshes are queued once."""

    def __init__(self, label: str, pk: object, subtree: bool = False) -> None:
        self.label, self.pk, self.subtree = label, pk, subtree
        self.done = False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Refresh) and (
            (self.label, self.pk, self.subtree)
            == (other.label, other.pk, other.subtree)
        )

    def __hash__(self) -> int:
        return hash((self.label, self.pk, self.subtree))

    def __call__(self) -> None:
        self.done = True
        model = apps.get_model(self.label)
        obj = model._default_manager.filter(pk=self.pk).first()
        if obj is None:
            _remove_missing(model, self.pk)
            return
        if self.subtree and isinstance(obj, Page):
            for page in Page.objects.descendant_of(obj, inclusive=True).specific():
                indexer.refresh(page)
            return
        indexer.refresh(obj)


def _remove_missing(model: type[models.Model], pk: object) -> None:
    if issubclass(model, Page):
        indexer.remove([f"page:{pk}"])
    else:
        indexer.remove([f"{model._meta.label_lower}:{pk}"])


def schedule(label: str, pk: object, subtree: bool = False) -> None:
    """Refresh an object once the current transaction commits."""
    if indexer.is_paused():
        return
    refresh = _Refresh(label, pk, subtree)
    # Django keeps the callbacks of the open transaction in run_on_commit;
    # a page publish saves the page several times, one refresh is enough.
    queued = getattr(connection, "run_on_commit", [])
    if any(
        callback == refresh and not callback.done
        for _savepoints, callback, _robust in queued
    ):
        return
    transaction.on_commit(refresh, robust=True)


PAGE = "wagtailcore.Page"


def _on_save(sender, instance, raw=False, **kwargs) -> None:
    if not raw and registry.kind_for(instance) is not None:
        schedule(instance._meta.label, instance.pk)


def _on_delete(sender, instance, **kwargs) -> None:
    schedule(instance._meta.label, instance.pk)


def _on_page_change(sender, instance, **kwargs) -> None:
    # A slug or a move changes the addresses of every page below.
    schedule(PAGE, instance.pk, subtree=True)


def _on_restriction(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        schedule(PAGE, instance.page_id, subtree=True)


def _on_synonyms(sender, **kwargs) -> None:
    # Queries read synonyms from memory; a new version makes them reload.
    transaction.on_commit(indexer.bump_version, robust=True)


def _on_child(parent_label: str, parent_field: str):
    def handler(sender, instance, raw=False, **kwargs) -> None:
        # Only the id: the parent may be gone already when rows cascade.
        parent_id = getattr(instance, f"{parent_field}_id", None)
        if parent_id is not None and not raw:
            schedule(parent_label, parent_id)

    return handler


_child_handlers: list = []


def connect() -> None:
    for kind in registry.kinds():
        model = kind.model_class
        post_save.connect(
            _on_save, sender=model, dispatch_uid=f"search-save-{kind.slug}"
        )
        post_delete.connect(
            _on_delete, sender=model, dispatch_uid=f"search-delete-{kind.slug}"
        )
        for relation in kind.related:
            _connect_child(kind, model, relation)

    page_signals = {
        "published": page_published,
        "unpublished": page_unpublished,
        "moved": post_page_move,
        "slug": page_slug_changed,
    }
    for name, signal in page_signals.items():
        signal.connect(_on_page_change, dispatch_uid=f"search-page-{name}")
    # Snippets with draft states (DraftStateMixin) send these on publishing.
    published.connect(_on_save, dispatch_uid="search-published")
    unpublished.connect(_on_save, dispatch_uid="search-unpublished")
    for signal in (post_save, post_delete):
        signal.connect(
            _on_synonyms,
            sender=SynonymGroup,
            dispatch_uid=f"search-synonyms-{id(signal)}",
        )
        signal.connect(
            _on_restriction,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{id(signal)}",
        )


def _connect_child(kind: registry.Kind, model, relation: str) -> None:
    field = model._meta.get_field(relation)
    if field.many_to_many:
        # Saved with the object itself (modelcluster), whose save reindexes.
        return
    child, parent_field = field.related_model, field.field.name
    handler = _on_child(model._meta.label, parent_field)
    _child_handlers.append(handler)  # signals hold receivers weakly
    for signal in (post_save, post_delete):
        signal.connect(
            handler,
            sender=child,
            dispatch_uid=f"search-child-{kind.slug}-{relation}-{id(signal)}",
        )
