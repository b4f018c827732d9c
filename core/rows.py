"""Rows that editors put in order: sources, steps, fees, services, authors."""

from wagtail.models import Orderable


class OrderedRow(Orderable):
    """A child row in the order editors gave it.

    Rows written without a position (by the demo loader, an import) come in
    the order they were created, so every query and every revision lists
    them the same way on every database.
    """

    class Meta(Orderable.Meta):
        abstract = True
        ordering = ["sort_order", "pk"]
