"""The e-mail a trainee receives when a trainer's grade completes an attempt they were waiting
on (a case study, a practical assessment): the result, and the link to the attempt's page, in
their language (lms.emails). And the one they receive when that result changes afterwards (a
corrected key graded again, a trainer's corrected grade), from what they knew to what it is.
Nothing of the questions or their keys is in either: the attempt's page shows what the quiz's
review rule allows, to the trainee once logged in.

And the trainer's reminder of the answers waiting for their grade: counts by quiz and the link to
the grading queue, no trainee's name or answer."""

from __future__ import annotations

from django.core.mail import EmailMessage
from wagtail.models import Page

from lms.emails import message
from lms.selectors import in_active_language

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


class ResultChange:
    """Why a result the trainee had has changed; the e-mail says which."""

    GRADE = "grade"  # a trainer corrected their grade of an answer
    REGRADE = "regrade"  # a question's key was corrected, and its answers graded again


def result_changed(attempt: Attempt, *, why: str) -> EmailMessage | None:
    """The result the trainee was last told of the attempt (`told_*`), what it is now and why;
    None when the trainee has no address."""
    return message(
        attempt.trainee,
        "assessments/email/result_changed",
        lambda: {
            "attempt": attempt,
            "quiz": attempt.quiz.specific.localized,
            "regraded": why == ResultChange.REGRADE,
        },
        link="assessments:review",
        link_args=(attempt.pk,),
        fallback_language=attempt.language,
    )


def answers_to_grade(trainer, quizzes: list[dict]) -> EmailMessage | None:
    """How many answers wait for the trainer's grade, and how many of them are new, by quiz
    (rows of `services.email_grading_reminder`); None when the trainer has no address."""

    def context() -> dict:
        # each quiz's title in the trainer's language, if it has a translation (one query)
        pages = list(Page.objects.filter(pk__in=[quiz["attempt__quiz_id"] for quiz in quizzes]))
        translated = in_active_language(pages)
        titles = {page.pk: translated[page.translation_key].title for page in pages}
        return {
            "quizzes": [{**quiz, "title": titles[quiz["attempt__quiz_id"]]} for quiz in quizzes],
            "waiting": sum(quiz["waiting"] for quiz in quizzes),
            "oldest": min(quiz["oldest"] for quiz in quizzes),
        }

    return message(trainer, "assessments/email/to_grade", context, link="assessments:grading_queue")
