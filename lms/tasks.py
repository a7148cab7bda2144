"""Celery tasks: thin, idempotent wrappers around lms services."""

from celery import shared_task

from . import selectors, services
from .emails import TASK_OPTIONS


@shared_task(name="lms.email_practice_to_review", **TASK_OPTIONS)
def email_practice_to_review(record_id: int) -> bool:
    """Ask a case's supervisor to review it; a repeat sends nothing."""
    return services.email_practice_to_review(record_id=record_id)


@shared_task(name="lms.email_practice_review", **TASK_OPTIONS)
def email_practice_review(record_id: int) -> bool:
    """Tell a trainee their case's review; a repeat sends nothing."""
    return services.email_practice_review(record_id=record_id)


@shared_task(name="lms.remind_trainees_of_sessions")
def remind_trainees_of_sessions() -> int:
    """Each evening (beat, at 18, 19 and 20 o'clock), the reminders of tomorrow's sessions, a
    task per session with a trainee still to remind: the later runs send what a lost task or a
    refused address left, three tries at most, and while a reminder is still of use."""
    sessions = selectors.sessions_to_remind_of()
    for session_id in sessions:
        email_session_reminders.delay(session_id)
    return len(sessions)


@shared_task(name="lms.email_session_reminders", **TASK_OPTIONS)
def email_session_reminders(session_id: int) -> int:
    """Remind a session's trainees of it; a repeat sends nobody a second one."""
    return services.email_session_reminders(session_id=session_id)


@shared_task(name="lms.email_schedule_change", **TASK_OPTIONS)
def email_schedule_change(change_id: int) -> int:
    """Tell a cohort's trainees what staff changed in its sessions; a repeat tells nobody
    twice (ScheduleChange.told)."""
    return services.email_schedule_change(change_id=change_id)


@shared_task(name="lms.resend_lost_emails")
def resend_lost_emails() -> int:
    """Ask again for e-mails lost on their way (beat runs it every few minutes); how many."""
    return sum(len(ids) for ids in services.resend_lost_emails().values())
