"""Celery tasks: thin, idempotent wrappers around lms services."""

from celery import shared_task

from . import services
from .emails import TASK_OPTIONS


@shared_task(name="lms.email_practice_to_review", **TASK_OPTIONS)
def email_practice_to_review(record_id: int) -> bool:
    """Ask a case's supervisor to review it; a repeat sends nothing."""
    return services.email_practice_to_review(record_id=record_id)


@shared_task(name="lms.email_practice_review", **TASK_OPTIONS)
def email_practice_review(record_id: int) -> bool:
    """Tell a trainee their case's review; a repeat sends nothing."""
    return services.email_practice_review(record_id=record_id)
