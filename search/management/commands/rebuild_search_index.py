"""Index every published object again, from scratch."""

import time

from django.core.management.base import BaseCommand

from search import indexer


class Command(BaseCommand):
    help = "Rebuild the portal search index from the published content."

    def handle(self, *args, **options) -> None:
        started = time.monotonic()
        total = indexer.rebuild()
        elapsed = time.monotonic() - started
        self.stdout.write(f"Search index rebuilt: {total} entries in {elapsed:.1f} s.")
