"""The e-mail a trainee receives when a trainer's grade completes an attempt they were waiting
on (a case study, a practical assessment): the result, and the link to the attempt's page, in
their language (lms.emails). Nothing of the questions or their keys is in it: the attempt's page
shows what the quiz's review rule allows, to the trainee once logged in."""

from __future__ import annotations

from django.core.mail import EmailMessage

from lms.emails import message

from .models import Attempt


def attempt_graded(attempt: Attempt) -> EmailMessage | None:
    """The attempt's grade, whether it passes, and where to see the trainer's comments; None
    when the trainee has no address."""
    return message(
        attempt.trainee,
        "assessments/email/graded",
        # the quiz's title in the trainee's language, if it has a translation
        lambda: {"attempt": attempt, "quiz": attempt.quiz.specific.localized},
        link="assessments:review",
        link_args=(attempt.pk,),
        fallback_language=attempt.language,
    )
