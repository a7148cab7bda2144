"""Celery tasks: thin, idempotent wrappers around assessments services."""

from celery import shared_task

from . import services


@shared_task(name="assessments.submit_overdue_attempts")
def submit_overdue_attempts() -> int:
    """Submit attempts whose time has run out (beat runs it every minute); running it twice
    submits nothing twice."""
    return services.submit_overdue_attempts()
