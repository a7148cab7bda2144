"""Celery tasks: thin, idempotent wrappers around assessments services."""

from celery import shared_task

from lms.emails import TASK_OPTIONS

from . import services


@shared_task(name="assessments.submit_overdue_attempts")
def submit_overdue_attempts() -> int:
    """Submit attempts whose time has run out (beat runs it every minute); running it twice
    submits nothing twice."""
    return services.submit_overdue_attempts()


@shared_task(name="assessments.email_grade", **TASK_OPTIONS)
def email_grade(attempt_id: int) -> bool:
    """Tell a trainee that a trainer's grade completed their attempt; a repeat sends nothing
    (grade_emailed_at guards it)."""
    return services.email_grade(attempt_id=attempt_id)
