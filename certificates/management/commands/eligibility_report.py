"""Write who meets a profile's requirements, one row per trainee, as CSV or XLSX."""

import csv
import sys

from django.core.management.base import BaseCommand, CommandError

from certificates.models import QualificationProfile
from certificates.reports import EligibilityRow, eligibility_rows
from lms.exports import write_xlsx

HEADER = ["trainee_id", "full_name", "region", "eligible", "missing", "blocked"]


def command_row(row: EligibilityRow) -> list:
    """A row of this command's file: the region by its code, the outcome as True/False."""
    return [
        row.trainee_id,
        row.person.full_name,
        row.person.region_code,
        row.eligible,
        row.missing,
        row.blocked,
    ]


class Command(BaseCommand):
    help = "Eligibility of every trainee for one qualification profile, as CSV or XLSX."

    def add_arguments(self, parser):
        parser.add_argument("--profile", required=True)
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        parser.add_argument("--output", help="File to write (CSV goes to stdout by default).")

    def handle(self, *args, profile: str, format: str, output: str | None, **options):
        chosen = QualificationProfile.objects.filter(slug=profile).first()
        if chosen is None:
            raise CommandError(f"No profile {profile!r}.")
        if format == "xlsx" and not output:
            raise CommandError("Give --output for an XLSX file.")
        # names and regions are loaded with each batch of trainees, not for everyone up front
        rows = (command_row(row) for row in eligibility_rows(chosen))
        if format == "csv":
            stream = open(output, "w", newline="", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
            writer = csv.writer(stream)
            writer.writerow(HEADER)
            writer.writerows(rows)
            if output:
                stream.close()
            return
        # a name that looks like a formula stays text (the CSV is data for programs: as it is)
        with open(output, "wb") as workbook:
            write_xlsx(HEADER, rows, workbook, title=chosen.slug)
