"""Email each country's Reviewers what is due for review or translation."""

from django.core.management.base import BaseCommand, CommandError

from governance.digest import send_digests
from lib.countries import covered_country


class Command(BaseCommand):
    help = "Email each country's Reviewers the reviews and translations that are due."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--country",
            action="append",
            dest="countries",
            help="Only this country code (may be repeated).",
        )

    def handle(self, *args, countries=None, **options) -> None:
        codes = [code.strip().lower() for code in countries or []]
        unknown = [code for code in codes if covered_country(code) is None]
        if unknown:
            raise CommandError(f"Not a covered country: {', '.join(unknown)}")
        report = send_digests(codes or None)
        self.stdout.write(
            f"Sent {report.sent} digests for {report.countries} countries."
        )
