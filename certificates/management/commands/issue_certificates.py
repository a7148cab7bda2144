"""Issue certificates of a profile to every eligible trainee who holds no current one."""

from django.core.management.base import BaseCommand, CommandError

from certificates import services
from certificates.eligibility import evaluate_population
from certificates.models import Certificate, QualificationProfile


class Command(BaseCommand):
    help = "Issue certificates of a qualification profile to every eligible trainee."

    def add_arguments(self, parser):
        parser.add_argument("--profile", required=True, help="The profile's slug.")
        parser.add_argument(
            "--all-eligible", action="store_true", help="Issue to everyone eligible today."
        )

    def handle(self, *args, profile: str, all_eligible: bool, **options):
        chosen = QualificationProfile.objects.filter(slug=profile).first()
        if chosen is None:
            raise CommandError(f"No profile {profile!r}.")
        if not all_eligible:
            raise CommandError("Say --all-eligible to issue to every eligible trainee.")
        holders = set(
            Certificate.objects.filter(
                profile=chosen, status__in=(Certificate.Status.ISSUING, Certificate.Status.VALID)
            ).values_list("trainee_id", flat=True)
        )
        from django.contrib.auth import get_user_model

        users = get_user_model().objects
        issued = 0
        for checklist in evaluate_population(chosen):
            if checklist.eligible and checklist.trainee_id not in holders:
                services.issue_certificate(
                    trainee=users.get(pk=checklist.trainee_id), profile=chosen
                )
                issued += 1
        self.stdout.write(f"Issued {issued} certificates of {chosen.slug}.")
