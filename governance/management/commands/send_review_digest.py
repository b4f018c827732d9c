"""Email each country's Reviewers what is due for review or translation."""

from django.core.management.base import BaseCommand

from governance.digest import send_digests


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
        report = send_digests(codes or None)
        self.stdout.write(
            f"Sent {report.sent} digests for {report.countries} countries."
        )
