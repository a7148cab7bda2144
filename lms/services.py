"""Business operations on learner state. Each checks its rule, writes in one transaction and
raises `LmsError` with a message the trainee or staff member can read."""

from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal
from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page

from . import conf, emails, gating, selectors, signals
from .emails import send_once, send_to_each
from .models import (
    Attendance,
    Cohort,
    Completion,
    CourseRules,
    Enrolment,
    GatingOverride,
    PersonalDataConsent,
    PracticeRecord,
    ScheduleChange,
    Session,
    SessionReminder,
)
from .permissions import can_manage_cohort, can_manage_trainee

logger = logging.getLogger(__name__)

User = get_user_model()


class LmsError(Exception):
    """A rule of the lms refused an operation; the message says why, in the user's language."""


def _rules_for(course: Page) -> CourseRules | None:
    return CourseRules.objects.filter(course_key=course.translation_key).first()


@transaction.atomic
def enrol(*, trainee, course: Page, cohort: Cohort | None = None, by=None) -> Enrolment:
    """Put a trainee on a course (and a cohort of it); a full cohort puts them on its waiting list.

    Without `by` (or with `by` being the trainee) it is self-enrolment, which the course must allow.
    """
    from curriculum.models import CoursePage

    if not isinstance(course.specific_deferred, CoursePage):
        raise LmsError(_("Trainees enrol in courses, not in other pages."))
    self_service = by is None or by.pk == trainee.pk
    if self_service:
        rules = _rules_for(course)
        if rules is not None and not rules.self_enrolment:
            raise LmsError(_("This course takes trainees enrolled by staff only."))
    elif not can_manage_trainee(by, trainee):
        raise LmsError(_("You may not enrol this trainee."))
    if cohort is not None:
        if cohort.course_key != course.translation_key:
            raise LmsError(_("This cohort runs another course."))
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        if not self_service and not can_manage_cohort(by, cohort):
            raise LmsError(_("You may not place trainees in this cohort."))
    existing = (
        Enrolment.objects.select_for_update()
        .filter(trainee=trainee, course_key=course.translation_key)
        .first()
    )
    already_there = existing is not None and existing.status != Enrolment.Status.WITHDRAWN
    if already_there and (cohort is None or existing.cohort_id == cohort.pk):
        raise LmsError(_("%(name)s is already enrolled in this course.") % {"name": trainee})
    status = Enrolment.Status.ACTIVE
    if cohort is not None and _is_full(cohort, excluding=existing):
        if not cohort.waiting_list:
            raise LmsError(_("This cohort is full."))
        status = Enrolment.Status.WAITING
    enrolment = existing or Enrolment(trainee=trainee, course=course)
    if existing is not None and existing.status == Enrolment.Status.COMPLETED:
        status = Enrolment.Status.COMPLETED
    enrolment.cohort = cohort
    enrolment.status = status
    enrolment.enrolled_by = by or trainee
    if existing is None or existing.status == Enrolment.Status.WITHDRAWN:
        enrolment.enrolled_at = timezone.now()
    enrolment.save()
    return enrolment


def _is_full(cohort: Cohort, *, excluding: Enrolment | None = None) -> bool:
    taken = cohort.enrolments.filter(
        status__in=(Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED)
    )
    if excluding is not None:
        taken = taken.exclude(pk=excluding.pk)
    return taken.count() >= cohort.capacity


@transaction.atomic
def withdraw(*, enrolment: Enrolment, by) -> Enrolment:
    """Withdraw a trainee from a course; the first on the cohort's waiting list takes the place."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if by.pk != enrolment.trainee_id and not can_manage_trainee(by, enrolment.trainee):
        raise LmsError(_("You may not withdraw this trainee."))
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        return enrolment
    freed_place = enrolment.status == Enrolment.Status.ACTIVE
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.save(update_fields=["status"])
    if freed_place and enrolment.cohort_id:
        waiting = (
            Enrolment.objects.select_for_update()
            .filter(cohort_id=enrolment.cohort_id, status=Enrolment.Status.WAITING)
            .order_by("enrolled_at", "pk")
            .first()
        )
        if waiting is not None:
            waiting.status = Enrolment.Status.ACTIVE
            waiting.save(update_fields=["status"])
    return enrolment


def record_completion(*, trainee, page: Page, when: datetime | None = None) -> Completion:
    """Record that a trainee completed a page. Other apps (a passed quiz) call this; calling it
    again changes nothing. Completing the last page completes the course."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                completion, created = Completion.objects.get_or_create(
                    trainee=trainee,
                    page_key=page.translation_key,
                    defaults={"page": page, "completed_at": when or timezone.now()},
                )
        except IntegrityError:  # a concurrent request recorded it first
            completion, created = (
                Completion.objects.get(trainee=trainee, page_key=page.translation_key),
                False,
            )
        if created:
            signals.page_completed.send(sender=Completion, trainee=trainee, page=page)
            course = gating.course_of(page)
            if course is not None:
                # the day in the site's time zone: completed_at is in UTC
                on = timezone.localdate(completion.completed_at)
                _complete_course_if_done(trainee, course, on=on)
    return completion


def _complete_course_if_done(trainee, course: Page, *, on: date) -> None:
    progress = gating.course_progress(trainee, course)
    enrolment = progress.enrolment
    if not progress.completed or enrolment is None:
        return
    if enrolment.status == Enrolment.Status.ACTIVE:
        enrolment.status = Enrolment.Status.COMPLETED
        enrolment.completed_on = on
        enrolment.save(update_fields=["status", "completed_on"])
        signals.course_completed.send(sender=Enrolment, enrolment=enrolment)


def complete_lesson(*, trainee, page: Page) -> Completion:
    """A trainee marks a lesson done; refused while the lesson is locked for them."""
    allowed, reason = gating.page_access(trainee, page)
    if not allowed:
        raise LmsError(reason)
    return record_completion(trainee=trainee, page=page)


@transaction.atomic
def grant_override(*, trainee, page: Page, reason: str, by) -> GatingOverride:
    """Open a locked page or module for one trainee; the reason goes to Wagtail's audit log."""
    if not by.has_perm("lms.override_gating") or not can_manage_trainee(by, trainee):
        raise LmsError(_("You may not open pages for this trainee."))
    reason = (reason or "").strip()
    if not reason:
        raise LmsError(_("Give the reason for opening this page."))
    if gating.course_of(page) is None:
        raise LmsError(_("Only pages of a course can be locked or opened."))
    override, _created = GatingOverride.objects.update_or_create(
        trainee=trainee,
        page_key=page.translation_key,
        defaults={"page": page, "reason": reason, "granted_by": by, "granted_at": timezone.now()},
    )
    log(
        instance=page,
        action="lms.gating_override",
        user=by,
        data={"trainee_id": trainee.pk, "trainee": str(trainee), "reason": reason},
    )
    return override


@transaction.atomic
def mark_attendance(*, session: Session, present: dict[int, bool], by) -> list[Attendance]:
    """Mark a session's attendance for trainees of its cohort; a present trainee gets the
    session's academic hours. Marking again replaces the earlier marks."""
    if not can_manage_cohort(by, session.cohort):
        raise LmsError(_("You may not mark attendance for this cohort."))
    roster = set(
        session.cohort.enrolments.filter(
            status__in=(Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED)
        ).values_list("trainee_id", flat=True)
    )
    strangers = set(present) - roster
    if strangers:
        raise LmsError(_("Only trainees of this cohort can be marked."))
    marks = []
    for trainee_id, is_present in present.items():
        mark, _created = Attendance.objects.update_or_create(
            session=session,
            trainee_id=trainee_id,
            defaults={
                "present": is_present,
                "hours": session.academic_hours if is_present else Decimal(0),
                "marked_by": by,
            },
        )
        marks.append(mark)
    signals.hours_recorded.send(sender=Attendance, session=session, trainee_ids=list(present))
    return marks


def log_practice(*, trainee, supervisor, **fields) -> PracticeRecord:
    """A trainee logs a case for a supervisor to confirm."""
    if supervisor.pk == trainee.pk:
        raise LmsError(_("Choose someone other than yourself to confirm the case."))
    if fields.get("date") and fields["date"] > timezone.localdate():
        raise LmsError(_("The date of the case cannot be in the future."))
    record = PracticeRecord(trainee=trainee, supervisor=supervisor, **fields)
    record.full_clean()
    record.save()
    transaction.on_commit(lambda: _enqueue_practice_email("email_practice_to_review", record.pk))
    return record


def session_removal_refusal(session_ids: list[int]) -> str:
    """Why these sessions may not be removed, or "": attendance is marked in one, and its
    hours count towards its trainees' qualifications (the cohort's form asks here)."""
    days = [
        date_format(day, "DATE_FORMAT")
        for day in Session.objects.filter(pk__in=session_ids, attendance__isnull=False)
        .values_list("date", flat=True)
        .distinct()
        .order_by("date")
    ]
    if not days:
        return ""
    return ngettext(
        "Attendance is marked for the session of %(days)s: its hours count for its trainees, "
        "so it cannot be removed. Correct its day or hours instead.",
        "Attendance is marked for the sessions of %(days)s: their hours count for their "
        "trainees, so they cannot be removed. Correct their days or hours instead.",
        len(days),
    ) % {"days": ", ".join(days)}


def cohort_deletion_refusal(cohort: Cohort) -> str:
    """Why the cohort may not be deleted, or "": attendance is marked in its sessions, whose
    hours count towards its trainees' qualifications."""
    marked = Session.objects.filter(cohort=cohort, attendance__isnull=False).distinct().count()
    if not marked:
        return ""
    return ngettext(
        "Attendance is marked for %(count)d session of this cohort: its hours count for its "
        "trainees, so the cohort cannot be deleted.",
        "Attendance is marked for %(count)d sessions of this cohort: their hours count for its "
        "trainees, so the cohort cannot be deleted.",
        marked,
    ) % {"count": marked}


def review_refusal(*, status: str, comment: str) -> str:
    """Why a review may not be saved, or "": a rejection says why, so that the trainee knows
    what was missing (the site's review and the admin's correction both ask here)."""
    if status == PracticeRecord.Status.REJECTED and not comment.strip():
        return _("Say why the case is rejected.")
    return ""


@transaction.atomic
def review_practice(
    *, record: PracticeRecord, by, confirm: bool, comment: str = ""
) -> PracticeRecord:
    """The supervisor confirms or rejects a logged case; a rejection needs a comment."""
    record = PracticeRecord.objects.select_for_update().get(pk=record.pk)
    if by.pk != record.supervisor_id:
        raise LmsError(_("Only the supervisor named on the case can confirm it."))
    if record.status != PracticeRecord.Status.PENDING:
        raise LmsError(_("This case has already been reviewed."))
    status = PracticeRecord.Status.CONFIRMED if confirm else PracticeRecord.Status.REJECTED
    if refusal := review_refusal(status=status, comment=comment):
        raise LmsError(refusal)
    record.status = status
    record.review_comment = comment.strip()
    record.reviewed_at = timezone.now()
    record.reviewed_by = by
    record.email_resends = 0  # the trainee's e-mail is due now, the supervisor's is done
    record.save(
        update_fields=["status", "review_comment", "reviewed_at", "reviewed_by", "email_resends"]
    )
    transaction.on_commit(lambda: _enqueue_practice_email("email_practice_review", record.pk))
    return record


@transaction.atomic
def correct_practice_review(
    *, record: PracticeRecord, by, status: str, comment: str = ""
) -> PracticeRecord:
    """Staff correct a case's review in the admin (a confirmation made by mistake, a rejection
    overturned). A new outcome is dated, signed by `by` and told to the trainee as a
    correction; a case put back to waiting is undated and its supervisor asked again."""
    if not by.has_perm("lms.change_practicerecord"):
        raise LmsError(_("You may not change practice records."))
    record = PracticeRecord.objects.select_for_update().get(pk=record.pk)
    if refusal := review_refusal(status=status, comment=comment):
        raise LmsError(refusal)
    changed = status != record.status
    record.status = status
    record.review_comment = comment.strip()
    if changed and status == PracticeRecord.Status.PENDING:
        record.reviewed_at = record.reviewed_by = record.supervisor_emailed_at = None
        email = "email_practice_to_review"
    elif changed:
        record.reviewed_at, record.reviewed_by = timezone.now(), by
        record.trainee_emailed_at = None  # the earlier outcome's e-mail is out of date
        email = "email_practice_review"
    if changed:
        record.email_resends = 0  # another e-mail is due
    record.save()
    if changed:
        transaction.on_commit(lambda: _enqueue_practice_email(email, record.pk))
    return record


def _enqueue_practice_email(task: str, record_id: int) -> None:
    from . import tasks

    getattr(tasks, task).delay(record_id)


def email_practice_to_review(*, record_id: int) -> bool:
    """Ask the supervisor named on a case to review it, once, while it waits. Whether sent."""
    return send_once(PracticeRecord, record_id, "supervisor_emailed_at", emails.practice_to_review)


def email_practice_review(*, record_id: int) -> bool:
    """Tell the trainee that their case is confirmed, or rejected and why, once. Whether sent."""
    return send_once(PracticeRecord, record_id, "trainee_emailed_at", emails.practice_reviewed)


def email_session_reminders(*, session_id: int) -> int:
    """Remind each trainee with a place in the session's cohort (not those on its waiting list)
    of the session, once for its date; those without an address, or who turned the reminders
    off in their profile, are left out. A repeated task sends only what a failed send left. How
    many were sent."""
    session = Session.objects.select_related("cohort").filter(pk=session_id).first()
    if session is None or session.date < timezone.localdate():
        return 0
    return send_to_each(
        selectors.trainees_still_to_remind(session),
        lambda trainee: SessionReminder.objects.get_or_create(
            session=session, trainee=trainee, date=session.date
        )[1],
        lambda trainee: emails.session_tomorrow(session, trainee),
    )


def record_schedule_change(
    *, cohort: Cohort, before: selectors.Timetable, by
) -> ScheduleChange | None:
    """Keep what a save changed in the cohort's coming sessions, from its timetable `before`
    (`selectors.timetable`, taken before the save), and have its trainees told once the save
    commits: sessions moved (day or hours), cancelled or added, and a new place for those to
    come. A session already held, a topic or hours reworded: nothing to tell. None when there
    is nothing, or nobody to tell."""
    after = selectors.timetable(cohort.pk)
    today = timezone.localdate().isoformat()
    changes = []
    for pk, was in before.sessions.items():
        now = after.sessions.get(pk)
        if now is None:
            if was["date"] >= today:
                changes.append({"kind": "cancelled", "was": was})
        elif _when(now) != _when(was) and max(was["date"], now["date"]) >= today:
            changes.append({"kind": "moved", "was": was, "now": now})
    changes += [
        {"kind": "added", "now": now}
        for pk, now in after.sessions.items()
        if pk not in before.sessions and now["date"] >= today
    ]
    changes.sort(key=lambda change: _when(change.get("was") or change["now"]))
    coming = any(session["date"] >= today for session in after.sessions.values())
    if coming and (before.place, before.online) != (after.place, after.online):
        changes.insert(0, {"kind": "place", "place": after.place, "online": after.online})
    return _schedule_change(cohort, changes, made_by=by) if changes else None


def announce_cohort_deletion(*, cohort: Cohort, by) -> ScheduleChange | None:
    """Before a cohort is deleted: have its trainees with a place told that its sessions to
    come will not take place, each listed. None when it has none to come (or nobody to tell)."""
    today = timezone.localdate().isoformat()
    coming = sorted(
        (s for s in selectors.timetable(cohort.pk).sessions.values() if s["date"] >= today),
        key=_when,
    )
    if not coming:
        return None
    changes = [{"kind": "cancelled", "was": session} for session in coming]
    return _schedule_change(cohort, changes, made_by=by, cohort_deleted=True)


def _schedule_change(cohort: Cohort, changes: list[dict], **fields) -> ScheduleChange | None:
    """Keep `changes` with the trainees who have a place in the cohort now, whom the task
    tells once this transaction commits; None when there is nobody."""
    trainees = list(selectors.trainees_seated_in(cohort).values_list("pk", flat=True))
    if not trainees:
        return None
    change = ScheduleChange.objects.create(
        cohort=cohort,
        cohort_title=cohort.title,
        language=cohort.language,
        changes=changes,
        **fields,
    )
    change.to.set(trainees)
    transaction.on_commit(partial(_enqueue_schedule_change, change.pk))
    return change


def _when(session: dict) -> tuple[str, str, str]:
    return session["date"], session["starts_at"], session["ends_at"]


def _enqueue_schedule_change(change_id: int) -> None:
    from .tasks import email_schedule_change

    email_schedule_change.delay(change_id)


def email_schedule_change(*, change_id: int) -> int:
    """Tell each trainee who had a place in the cohort when the change was made what it moved,
    cancelled or added, once each (a repeated task sends only what a failed send left). Sent
    whether or not they turned the evening reminders off: a cancelled session is not a
    reminder. How many were sent."""
    change = ScheduleChange.objects.filter(pk=change_id).first()
    if change is None:
        return 0
    told = ScheduleChange.told.through
    return send_to_each(
        selectors.trainees_still_to_tell(change.pk),
        lambda trainee: told.objects.get_or_create(schedulechange=change, user=trainee)[1],
        lambda trainee: emails.schedule_changed(change, trainee),
    )


def resend_lost_emails(*, now: datetime | None = None) -> dict[str, list[int]]:
    """Ask again for lms's e-mails lost on their way (beat runs it every few minutes): a case's
    request to its supervisor and its review to the trainee, still unsent, and a schedule
    change some of whose trainees are still untold while a session it names is to come. Each
    due `RESEND_AFTER` ago or more and `RESEND_DAYS` at most, to someone with an address, and
    `EMAIL_RESENDS` times at most. The tasks send once, so an e-mail only slow is not sent
    twice. The ids asked for again, by kind."""
    now = now or timezone.now()
    cutoff, oldest = emails.resend_window(now)
    pending = PracticeRecord.Status.PENDING
    to_review = PracticeRecord.objects.filter(
        status=pending,
        supervisor_emailed_at__isnull=True,
        created_at__lt=cutoff,
        created_at__gte=oldest,
    ).exclude(supervisor__email="")
    reviewed = (
        PracticeRecord.objects.exclude(status=pending)
        .filter(trainee_emailed_at__isnull=True, reviewed_at__lt=cutoff, reviewed_at__gte=oldest)
        .exclude(trainee__email="")
    )
    changes = ScheduleChange.objects.filter(
        pk__in=selectors.schedule_changes_still_to_tell(made_before=cutoff, made_since=oldest)
    )
    resent = {
        "practice_to_review": emails.count_resends(to_review),
        "practice_review": emails.count_resends(reviewed),
        "schedule_changes": emails.count_resends(changes),
    }
    for record_id in resent["practice_to_review"]:
        _enqueue_practice_email("email_practice_to_review", record_id)
    for record_id in resent["practice_review"]:
        _enqueue_practice_email("email_practice_review", record_id)
    for change_id in resent["schedule_changes"]:
        _enqueue_schedule_change(change_id)
    if any(resent.values()):
        logger.warning(
            "Asked again for lost e-mails: %s",
            ", ".join(f"{len(ids)} {kind}" for kind, ids in resent.items() if ids),
        )
    return resent


def schedule_change_asked_again(change: ScheduleChange) -> bool:
    """Whether the sweep of lost e-mails will still ask for this change's untold trainees:
    made less than `RESEND_DAYS` ago, asked again fewer than `EMAIL_RESENDS` times, and naming
    a session still to come."""
    now = timezone.now()
    _cutoff, oldest = emails.resend_window(now)
    return change.email_resends < emails.EMAIL_RESENDS and bool(
        selectors.schedule_changes_still_to_tell(
            made_before=now, made_since=oldest, among=[change.pk]
        )
    )


TRAINEES_GROUP = "Trainees"


@transaction.atomic
def register_trainee(*, username: str, email: str, password: str):
    """Create a trainee's account in the Trainees group."""
    user = User.objects.create_user(username=username, email=email, password=password)
    group = Group.objects.filter(name=TRAINEES_GROUP).first()
    if group is not None:
        user.groups.add(group)
    return user


def give_consent(*, user, recorded_by=None) -> PersonalDataConsent:
    """Record consent to personal-data processing against the current version of its text."""
    return PersonalDataConsent.objects.create(
        user=user,
        text_version=conf.get("CONSENT_TEXT_VERSION"),
        recorded_by=recorded_by or user,
    )


def has_current_consent(user) -> bool:
    return PersonalDataConsent.objects.filter(
        user=user, text_version=conf.get("CONSENT_TEXT_VERSION"), withdrawn_at__isnull=True
    ).exists()
