"""E-mail that the platform sends once per event, and lms's own: the supervisor a trainee names
is asked to review a practice case, the trainee is told the review, and a cohort's trainees are
reminded of a session the day before and told when staff move, cancel or add one. Plain text
from templates in lms/email/, in the recipient's language, with absolute links built on
WAGTAILADMIN_BASE_URL, the site's address (a worker has no request to take it from). A case's
summary stays on the site: it is about a dispute, and e-mail is no place for it. What each app
owes and has not sent (a task lost with its broker, an address refused) is asked for again by
its sweep, within the limits below (`resend_window`, `count_resends`)."""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.db.models import F, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.translation import override

from .models import PracticeRecord, ScheduleChange, Session, TraineeProfile
from .selectors import language_to_write_in

logger = logging.getLogger(__name__)

# The options of a Celery task that sends one of these: taken again by the next worker if the
# one sending it dies, and retried while the mail server is down (smtplib's errors are OSErrors).
TASK_OPTIONS = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (OSError,),
    "retry_backoff": True,
    "max_retries": 8,
}


def send_once(
    model: type[models.Model],
    pk: int,
    stamp: str,
    message_for: Callable[[models.Model], EmailMessage | None],
    *,
    also: tuple[str, ...] = (),
) -> bool:
    """Send the message `message_for` makes of the row (None: nothing to send now) unless the
    row's `stamp` says it was sent; the stamp is set with the send, under the row's lock, so a
    task run twice sends once. `also`: fields `message_for` changed, saved with the stamp.
    Whether it sent."""
    with transaction.atomic():
        row = model.objects.select_for_update().get(pk=pk)
        if getattr(row, stamp) is not None:
            return False
        message = message_for(row)
        if message is None:
            return False
        message.send()
        setattr(row, stamp, timezone.now())
        row.save(update_fields=[stamp, *also])
    return True


def send_to_each(
    recipients: Iterable,
    stamp: Callable[[object], bool],
    message_for: Callable[[object], EmailMessage | None],
) -> int:
    """Send each recipient their message once: `stamp(recipient)` records the send (False: it
    was recorded already), in the send's own transaction, so a mail server failing half-way
    leaves the stamps of the unsent out for the retry. An address the server refuses is left
    unstamped and the others still sent: retrying the task at once would stop at it again, and
    everyone after it would wait for nothing (the sweep of lost e-mails tries it later). How
    many were sent."""
    sent = 0
    for recipient in recipients:
        try:
            with transaction.atomic():
                if not stamp(recipient):
                    continue
                message = message_for(recipient)
                if message is None:  # no address: nothing sent, nothing recorded
                    transaction.set_rollback(True)
                    continue
                message.send()
        except smtplib.SMTPRecipientsRefused as error:
            logger.warning("The mail server refused %s: %r", error.recipients, recipient)
            continue
        sent += 1
    return sent


# --- e-mails lost on their way ----------------------------------------------------------------

#: an e-mail still owed this long after it was due was lost on its way: a broker restarted
#: without its queue, a worker killed past its task's retries, an address refused for a while
RESEND_AFTER = timedelta(minutes=30)
#: it is asked for again this many days after it was due at most: older news is left unsent
RESEND_DAYS = 7
#: and this many times at most: an address the mail server refuses is not tried for ever
EMAIL_RESENDS = 3


def resend_window(now: datetime) -> tuple[datetime, datetime]:
    """Due before the first and since the second: the e-mails a sweep at `now` asks for again."""
    return now - RESEND_AFTER, now - timedelta(days=RESEND_DAYS)


def count_resends(owed: QuerySet, counter: str = "email_resends") -> list[int]:
    """The ids of the rows `owed` an e-mail that were sent again fewer than `EMAIL_RESENDS`
    times, each now counted once more: theirs to ask for again."""
    ids = list(
        owed.filter(**{f"{counter}__lt": EMAIL_RESENDS}).order_by("pk").values_list("pk", flat=True)
    )
    if ids:
        owed.model.objects.filter(pk__in=ids).update(**{counter: F(counter) + 1})
    return ids


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def name_of(user) -> str:
    """How a person is named to others: their full name as a trainee, else their account's."""
    profile = TraineeProfile.objects.filter(user=user).only("full_name").first()
    return (profile and profile.full_name) or user.get_full_name() or user.get_username()


def message(
    to,
    template: str,
    context: dict | Callable[[], dict],
    *,
    link: str | None = None,
    link_args: tuple = (),
    fallback_language: str | None = None,
) -> EmailMessage | None:
    """The e-mail `template` (its _subject.txt and _body.txt) to the user `to`, in their
    language, with `link` (a URL's name) in it as `url`; None when they have no address. A
    callable `context` is called in that language (a page's title in it, say)."""
    if not to.email:
        return None
    language = language_to_write_in(to.pk, fallback_language)
    with override(language):
        context = {
            "name": lazy(name_of, str)(to),  # looked up only if the template writes it
            "url": absolute(reverse(link, args=link_args)) if link else "",
            "site_url": absolute(f"/{language}/"),
            **(context() if callable(context) else context),
        }
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),  # a header: one line
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to.email],
        headers={"Content-Language": language},
    )


def practice_to_review(record: PracticeRecord) -> EmailMessage | None:
    """The supervisor named on a case is asked to confirm or reject it."""
    if record.status != PracticeRecord.Status.PENDING:
        return None
    context = {"record": record, "trainee": name_of(record.trainee)}
    return message(
        record.supervisor, "lms/email/practice_to_review", context, link="lms:practice_reviews"
    )


def practice_reviewed(record: PracticeRecord) -> EmailMessage | None:
    """The trainee is told that their case is confirmed, or rejected and why, by its supervisor
    or, correcting the review, by staff."""
    if record.status == PracticeRecord.Status.PENDING:
        return None
    context = {
        "record": record,
        "supervisor": name_of(record.supervisor),
        "corrected": record.reviewed_by_id not in (None, record.supervisor_id),
    }
    return message(record.trainee, "lms/email/practice_reviewed", context, link="lms:practice")


def session_tomorrow(session: Session, trainee) -> EmailMessage | None:
    """A trainee is reminded of their cohort's session of tomorrow: when, where, on what."""
    return message(
        trainee,
        "lms/email/session_tomorrow",
        {"session": session, "cohort": session.cohort},
        link="lms:dashboard",
        fallback_language=session.cohort.language,
    )


def schedule_changed(change: ScheduleChange, trainee) -> EmailMessage | None:
    """A trainee is told what staff changed in their cohort's coming sessions: each session
    moved (from when to when), cancelled or added, and a new place; or that the cohort was
    cancelled, with the sessions that will not take place."""

    def context() -> dict:  # the days written in the trainee's language
        return {
            "title": change.cohort_title,
            "cohort_deleted": change.cohort_deleted,
            "changes": change_lines(change),
        }

    return message(
        trainee,
        "lms/email/schedule_changed",
        context,
        link="lms:dashboard",
        fallback_language=change.language,
    )


def change_lines(change: ScheduleChange) -> list[dict]:
    """Each of the change's entries with its sessions written out in the active language (as
    the e-mail and the admin's record of it show them)."""
    return [
        {
            **entry,
            # a session moved keeps its topic: written once, after where it is now
            "was": _session_line(entry["was"], topic="now" not in entry) if "was" in entry else "",
            "now": _session_line(entry["now"]) if "now" in entry else "",
        }
        for entry in change.changes
    ]


def _session_line(session: dict, *, topic: bool = True) -> str:
    """A session as `ScheduleChange.changes` keeps it: its day and hours, and its topic."""
    day = date_format(date.fromisoformat(session["date"]), "DATE_FORMAT")
    starts, ends = (time.fromisoformat(session[key]) for key in ("starts_at", "ends_at"))
    line = f"{day}, {starts:%H:%M}–{ends:%H:%M}"
    return f"{line} ({session['topic']})" if topic and session["topic"] else line
