"""Create or repair every group, permission and review workflow."""

from django.core.management.base import BaseCommand

from governance.setup import setup_roles


class Command(BaseCommand):
    help = (
        "Create or repair the roles of every country; running it again changes nothing."
    )

    def handle(self, *args, **options) -> None:
        report = setup_roles()
        for change in report.changes:
            self.stdout.write(f"changed: {change}")
        for note in report.notes:
            self.stdout.write(f"note: {note}")
        if report.changes:
            self.stdout.write(self.style.SUCCESS(f"{len(report.changes)} changes."))
        else:
            self.stdout.write("Roles already set up; nothing changed.")
