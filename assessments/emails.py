"""The e-mail a trainee receives when a trainer's grade completes an attempt they were waiting
on (a case study, a practical assessment): the result, and the link to the attempt's page.
Plain text from templates in assessments/email/, in the trainee's language, with an absolute
link built on WAGTAILADMIN_BASE_URL, the site's address (a worker has no request to take it
from). Nothing of the questions or their keys is in it: the attempt's page shows what the
quiz's review rule allows, to the trainee once logged in."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override

from lms.models import TraineeProfile
from lms.selectors import language_to_write_in

from .models import Attempt


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def attempt_graded(attempt: Attempt) -> EmailMessage:
    """The attempt's grade, whether it passes, and where to see the trainer's comments."""
    trainee = attempt.trainee
    language = language_to_write_in(trainee.pk, attempt.language)
    profile = TraineeProfile.objects.filter(user=trainee).only("full_name").first()
    with override(language):
        quiz = attempt.quiz.specific.localized  # its title in the trainee's language if it has it
        context = {
            "attempt": attempt,
            "name": (profile and profile.full_name) or trainee.get_username(),
            "quiz": quiz,
            "review_url": _absolute(reverse("assessments:review", args=[attempt.pk])),
            "site_url": _absolute(f"/{language}/"),
        }
        subject = render_to_string("assessments/email/graded_subject.txt", context)
        body = render_to_string("assessments/email/graded_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),  # a header: one line
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[trainee.email],
        headers={"Content-Language": language},
    )
