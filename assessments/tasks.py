"""Celery tasks: thin, idempotent wrappers around assessments services."""

from celery import shared_task

from lms.emails import TASK_OPTIONS

from . import selectors, services


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


@shared_task(name="assessments.email_result_change", **TASK_OPTIONS)
def email_result_change(attempt_id: int, why: str) -> bool:
    """Tell a trainee that a result they had has changed; a repeat finds nothing left to tell
    (told_percent guards it)."""
    return services.email_result_change(attempt_id=attempt_id, why=why)


@shared_task(name="assessments.remind_trainers_to_grade")
def remind_trainers_to_grade() -> int:
    """Each morning (beat), one e-mail to each trainer whose trainees' answers came in for a
    grade since their last reminder, each its own task."""
    trainers = selectors.trainers_to_remind()
    for trainer_id in trainers:
        email_grading_reminder.delay(trainer_id)
    return len(trainers)


@shared_task(name="assessments.email_grading_reminder", **TASK_OPTIONS)
def email_grading_reminder(trainer_id: int) -> bool:
    """Tell a trainer what waits for their grade; a repeat sends nothing (GradingReminder)."""
    return services.email_grading_reminder(trainer_id=trainer_id)


@shared_task(name="assessments.resend_lost_emails")
def resend_lost_emails() -> int:
    """Ask again for grade and result e-mails lost on their way (beat runs it every few
    minutes); how many."""
    return sum(len(ids) for ids in services.resend_lost_emails().values())
