"""Load the demo content: site pages, countries, repository, roles, demo users."""

import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from advice import demo as advice_demo
from core.demo import ensure_demo_users, load_site, read_site_file
from countries.demo import LoadReport, load_country, read_country_files
from countries.models import CountryIndexPage
from governance.demo import ensure_role_users
from governance.setup import setup_roles
from repository.demo import ensure_partner_demo_user, load_repository
from search import indexer as search_indexer

DEFAULT_DEMO_PASSWORD = "demo-portal-2026"  # noqa: S105 -- documented demo password


class Command(BaseCommand):
    help = "Load the demo content; running it again changes nothing."

    def handle(self, *args, **options) -> None:
        report = LoadReport()

        # One rebuild of the search index at the end instead of one per page.
        with search_indexer.paused():
            load_site(read_site_file(), report)
            index = CountryIndexPage.objects.get()
            for country in read_country_files():
                load_country(index, country, report)
            advice_demo.load(report)
            load_repository(report)
        call_command("rebuild_search_index", stdout=self.stdout)

        for change in setup_roles().changes:
            report.add(f"roles: {change}")

        if settings.DEBUG:
            password = os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
            ensure_demo_users(password, report)
            ensure_partner_demo_user(password, report)
            for created in ensure_role_users(password):
                report.add(created)

        if report.created:
            for item in report.created:
                self.stdout.write(f"created {item}")
            self.stdout.write(self.style.SUCCESS(f"{len(report.created)} created."))
        else:
            self.stdout.write("Demo content already loaded; nothing changed.")
