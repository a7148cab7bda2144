"""Import trainees and enrolments from a CSV or XLSX file, all or nothing."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from lms.importers import COLUMNS, ImportFileError, import_trainees


class Command(BaseCommand):
    help = "Import trainees (and their enrolments) from CSV or XLSX. Columns: " + ", ".join(COLUMNS)

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every row and save nothing."
        )
        parser.add_argument(
            "--as-user",
            default=None,
            help="Username whose scope and name the import runs under (default: a superuser).",
        )

    def handle(self, *args, file: Path, dry_run: bool, as_user: str | None, **options):
        users = get_user_model().objects
        user = (
            users.filter(username=as_user).first()
            if as_user
            else users.filter(is_superuser=True, is_active=True).order_by("pk").first()
        )
        if user is None:
            raise CommandError(_("No such user to run the import as."))
        if not file.is_file():
            raise CommandError(_("No such file: %(file)s") % {"file": file})
        with file.open("rb") as handle:
            try:
                report = import_trainees(handle, file.name, user=user, dry_run=dry_run)
            except ImportFileError as error:
                raise CommandError(str(error)) from error
        for problem in report.problems:
            self.stderr.write(_("line %(line)d: %(reason)s") % vars(problem))
        if not report.ok:
            raise CommandError(
                _("%(count)d bad rows; nothing was imported.") % {"count": len(report.problems)}
            )
        if dry_run:
            self.stdout.write(
                _("%(count)d rows are good; nothing saved (dry run).") % {"count": len(report.rows)}
            )
        else:
            self.stdout.write(
                _(
                    "Imported %(rows)d rows: %(created)d new trainees, %(updated)d updated, %(enrolled)d enrolments."
                )
                % {
                    "rows": len(report.rows),
                    "created": report.created,
                    "updated": report.updated,
                    "enrolled": report.enrolled,
                }
            )
