"""Add a synthetic national-scale population of trainees on top of the demo, for benchmarks:
`manage.py seed_scale --trainees 10000 --exam-takers 500` after `seed_demo`.

Running it again with the same numbers adds nothing; a larger --trainees adds only the trainees
still missing (see cms/demo/scale.py). Every bench trainee logs in as bench-NNNNNN with the
password bench-password.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.demo import scale


class Command(BaseCommand):
    help = (
        "Add N synthetic trainees (bench-000000, ...) with a realistic history on top of the demo, "
        "and optionally an exam-day quiz the first M of them can start at once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--trainees", type=int, required=True, help="How many bench trainees there should be."
        )
        parser.add_argument(
            "--exam-takers",
            type=int,
            default=0,
            help="Enrol the first M bench trainees so they can start the exam-day quiz now.",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=2026,
            help="Seed of the random choices; the same seed gives the same people.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Create the trainees even with DEBUG off (never on a public server).",
        )

    def handle(self, *args, trainees, exam_takers, seed, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: refusing to create bench trainees with a published password. "
                "Pass --force if this really is a benchmark machine."
            )

        def progress(done: int, total: int, seconds: float) -> None:
            self.stdout.write(f"  {done}/{total} trainees ({seconds:.1f} s)")

        try:
            summary = scale.seed_scale(
                trainees=trainees,
                exam_takers=exam_takers,
                seed=seed,
                progress=progress if options["verbosity"] > 0 else None,
            )
        except scale.ScaleError as error:
            raise CommandError(str(error)) from error
        self.stdout.write("Rows created:")
        for table, count in sorted(summary.created.items()):
            self.stdout.write(f"  {table:<40} {count:>10}")
        if summary.skipped:
            self.stdout.write(f"{summary.skipped} bench trainees existed already and were kept.")
        self.stdout.write(
            self.style.SUCCESS(
                f"{trainees} bench trainees ready in {summary.seconds:.1f} s "
                f"(password: {scale.PASSWORD})."
            )
        )
        if summary.exam_url:
            self.stdout.write(
                f"Exam day: {exam_takers} trainees (bench-000000 to "
                f"{scale.USERNAME.format(exam_takers - 1)}) can start {summary.exam_url}"
            )
