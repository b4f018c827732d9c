"""Import indicator sources, definitions and values from CSV files."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from repository.indicators import import_files


class Command(BaseCommand):
    help = (
        "Import indicators from CSV files (sources, indicators, values; see "
        "repository/indicators.py). Every row is checked first; any error "
        "imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, help="CSV files, in order")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the files, import nothing"
        )

    def handle(self, *args, files: list[Path], dry_run: bool, **options) -> None:
        missing = [str(path) for path in files if not path.is_file()]
        if missing:
            raise CommandError(f"No such file: {', '.join(missing)}")

        result = import_files(files, dry_run=dry_run)

        if not result.ok:
            for error in result.errors:
                self.stderr.write(error)
            raise CommandError(f"{len(result.errors)} errors; nothing was imported.")
        if dry_run:
            self.stdout.write("The files are valid; nothing was imported (dry run).")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {result.sources} sources, {result.indicators} indicators; "
                f"{result.values_created} values created, "
                f"{result.values_updated} updated."
            )
        )
