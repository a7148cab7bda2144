"""Export a category of the question bank (with its subcategories) as a Moodle XML file."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from assessments.interop.services import EXPORT_FORMATS, export_questions
from assessments.models import QuestionCategory


class Command(BaseCommand):
    help = "Export a category of the question bank, with its subcategories, as Moodle XML."

    def add_arguments(self, parser):
        parser.add_argument("--category", required=True, help="Category path, e.g. “Mediation”.")
        parser.add_argument(
            "--format", dest="file_format", default="moodle-xml", choices=sorted(EXPORT_FORMATS)
        )
        parser.add_argument("--output", type=Path, help="File to write (default: standard output).")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="Export only the questions in this language (default: all).",
        )
        parser.add_argument(
            "--no-subcategories",
            action="store_true",
            help="Leave out the questions of subcategories.",
        )

    def handle(self, *args, category: str, file_format: str, output: Path | None, **options):
        path = "/".join(part.strip() for part in category.split("/") if part.strip())
        folder = QuestionCategory.objects.filter(path=path).first()
        if folder is None:
            raise CommandError(_("No such category: %(path)s") % {"path": category})
        data, skipped = export_questions(
            folder,
            file_format=file_format,
            include_subcategories=not options["no_subcategories"],
            language=options["language"],
        )
        for item in skipped:
            self.stderr.write(_("Left out: %(item)s") % {"item": item})
        if output:
            output.write_bytes(data)
            self.stderr.write(_("Wrote %(file)s.") % {"file": output})
        else:
            self.stdout.write(data.decode("utf-8"), ending="")
