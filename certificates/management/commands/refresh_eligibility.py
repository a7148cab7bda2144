"""Judge every trainee against every qualification profile and store the statuses the
eligibility report reads: what the nightly task does, run by hand (after an import, say)."""

import time

from django.core.management.base import BaseCommand

from certificates import statuses


class Command(BaseCommand):
    help = "Store every trainee's eligibility for every profile (the eligibility report's data)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--outdated",
            action="store_true",
            help="Judge only trainees whose statuses are missing, stale or from an earlier day.",
        )

    def handle(self, *args, outdated: bool = False, **options):
        started = time.monotonic()
        judged = statuses.refresh_everyone(only_outdated=outdated)
        self.stdout.write(
            f"Judged {judged} trainees in {time.monotonic() - started:.1f} s.", ending="\n"
        )
