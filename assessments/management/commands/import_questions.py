"""Import a Moodle XML or GIFT question file into the bank, all or nothing."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from assessments.interop.common import QuestionImportError
from assessments.interop.services import IMPORT_FORMATS, import_questions


class Command(BaseCommand):
    help = (
        "Import questions from a Moodle XML or GIFT file. A malformed file imports nothing; "
        "question types the bank does not have are listed with the reason."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--format", dest="file_format", required=True, choices=sorted(IMPORT_FORMATS)
        )
        parser.add_argument(
            "--category",
            default="",
            help="Category path to import under, such as “Mediation/Law” (created if missing).",
        )
        parser.add_argument(
            "--language",
            default="kk",
            choices=[code for code, _name in settings.LANGUAGES],
            help="Language of the imported questions (default: kk).",
        )

    def handle(self, *args, file: Path, file_format: str, category: str, language: str, **options):
        if not file.is_file():
            raise CommandError(_("No such file: %(file)s") % {"file": file})
        try:
            report = import_questions(
                file.read_bytes(), file_format=file_format, parent_path=category, language=language
            )
        except QuestionImportError as error:
            raise CommandError(_("%(error)s Nothing was imported.") % {"error": error}) from error
        for item in report.skipped:
            self.stdout.write(_("Skipped question: %(item)s") % {"item": item})
        for item in report.skipped_parts:
            self.stdout.write(_("Skipped part: %(item)s") % {"item": item})
        self.stdout.write(report.summary())
