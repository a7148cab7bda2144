"""Reads that pages, reports and other apps need; each in a number of queries that does not grow
with the data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from uuid import UUID

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q, QuerySet, Sum
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from . import gating
from .models import (
    Attendance,
    Cohort,
    Enrolment,
    PracticeRecord,
    ScheduleChange,
    Session,
    SessionReminder,
)
from .permissions import cohorts_visible_to, trainees_visible_to


def language_to_write_in(user_id: int, *fallbacks: str | None) -> str:
    """The language to write to someone in (an e-mail, which has no request to take it from):
    the one they chose in their account (Wagtail's user profile, the only per-person language
    the platform keeps), else the first of `fallbacks` the site has, else its default (Kazakh)."""
    languages = {code for code, _name in settings.LANGUAGES}
    chosen = (
        UserProfile.objects.filter(user_id=user_id)
        .values_list("preferred_language", flat=True)
        .first()
    )
    for language in (chosen, *fallbacks):
        if language in languages:
            return language
    return settings.LANGUAGE_CODE


def in_active_language(pages: Iterable[Page]) -> dict[UUID, Page]:
    """Each page's translation in the reader's language where it exists, else the page itself."""
    pages = list(pages)
    translated = {
        p.translation_key: p
        for p in Page.objects.live().filter(
            translation_key__in=[p.translation_key for p in pages], locale=Locale.get_active()
        )
    }
    return {p.translation_key: translated.get(p.translation_key, p) for p in pages}


@dataclass
class ScheduledSession:
    """A session of the trainee's cohort, with their attendance mark once it is taken."""

    session: Session
    mark: Attendance | None
    upcoming: bool


@dataclass
class Schedule:
    """A trainee's cohort's sessions: when and where the next one is, what they attended."""

    cohort: Cohort
    sessions: list[ScheduledSession]

    @property
    def next_session(self) -> ScheduledSession | None:
        return next((row for row in self.sessions if row.upcoming), None)

    @property
    def hours_attended(self) -> Decimal:
        marks = (row.mark for row in self.sessions)
        return sum((mark.hours for mark in marks if mark and mark.present), Decimal(0))

    @property
    def hours_held(self) -> Decimal:
        past = (row.session for row in self.sessions if not row.upcoming)
        return sum((session.academic_hours for session in past), Decimal(0))


def schedules(trainee, cohorts: Iterable[Cohort]) -> dict[int, Schedule]:
    """Each cohort's sessions in time order with the trainee's marks, by the cohort's id (two
    queries). A session counts as upcoming until it has ended, in the site's time zone."""
    cohorts = {cohort.pk: cohort for cohort in cohorts}
    sessions = list(Session.objects.filter(cohort__in=list(cohorts)).order_by("date", "starts_at"))
    marks = {
        mark.session_id: mark
        for mark in Attendance.objects.filter(
            trainee=trainee, session__in=[session.pk for session in sessions]
        )
    }
    now = timezone.localtime()
    found = {pk: Schedule(cohort=cohort, sessions=[]) for pk, cohort in cohorts.items()}
    for session in sessions:
        upcoming = (session.date, session.ends_at) > (now.date(), now.time())
        found[session.cohort_id].sessions.append(
            ScheduledSession(session=session, mark=marks.get(session.pk), upcoming=upcoming)
        )
    return found


def sessions_to_remind_of(*, today: date | None = None) -> list[int]:
    """Tomorrow's sessions (in the site's time zone) with a trainee still to remind of them
    (`trainees_still_to_remind`): this evening's runs ask for what earlier ones left undone."""
    tomorrow = (today or timezone.localdate()) + timedelta(days=1)
    # the session's id is two subqueries out: trainees, then their reminders
    untold = _still_to_remind(OuterRef(OuterRef("pk")), OuterRef("cohort"), tomorrow)
    return list(
        Session.objects.filter(Exists(untold), date=tomorrow)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _still_to_remind(session, cohort, on) -> QuerySet:
    """The trainees seated in `cohort` who keep the session reminders on and were not yet
    reminded of `session` for its date `on` (each a value, or an OuterRef to the session's)."""
    reminded = SessionReminder.objects.filter(session=session, trainee=OuterRef("pk"), date=on)
    return (
        trainees_seated_in(cohort)
        .exclude(trainee_profile__session_reminders=False)
        .filter(~Exists(reminded))
    )


def trainees_still_to_remind(session: Session) -> QuerySet:
    """Whom the reminder of a session of tomorrow still has to reach."""
    return _still_to_remind(session, session.cohort_id, session.date)


def trainees_seated_in(cohort: Cohort) -> QuerySet:
    """The active accounts with a place in the cohort (not its waiting list) and an e-mail
    address: those its session e-mails go to."""
    return (
        get_user_model()
        .objects.filter(
            enrolments__cohort=cohort,
            enrolments__status=Enrolment.Status.ACTIVE,
            is_active=True,
        )
        .exclude(email="")
        .distinct()
    )


@dataclass(frozen=True)
class Timetable:
    """A cohort's place and sessions at one moment: `sessions` maps a session's id to its day,
    hours and topic (JSON-ready, as a schedule change keeps them)."""

    place: str
    online: bool
    sessions: dict[int, dict]


def timetable(cohort_id: int) -> Timetable:
    """The cohort's timetable as stored (two queries): taken before staff save their changes,
    to be compared with it afterwards."""
    cohort = Cohort.objects.only("place", "online").get(pk=cohort_id)
    rows = Session.objects.filter(cohort_id=cohort_id).values(
        "pk", "date", "starts_at", "ends_at", "topic"
    )
    return Timetable(
        place=cohort.place,
        online=cohort.online,
        sessions={
            row["pk"]: kept_session(row["date"], row["starts_at"], row["ends_at"], row["topic"])
            for row in rows
        },
    )


def kept_session(day: date, starts_at, ends_at, topic: str) -> dict:
    """A session as a timetable and a schedule change keep it (JSON-ready)."""
    return {
        "date": day.isoformat(),
        "starts_at": starts_at.strftime("%H:%M"),
        "ends_at": ends_at.strftime("%H:%M"),
        "topic": topic,
    }


def _untold(change) -> QuerySet:
    """The rows of a schedule change's `to` (`change`: its id, or an OuterRef to it) whom an
    e-mail can still reach and has not: active, with an address, not told."""
    told = ScheduleChange.told.through.objects.filter(
        schedulechange_id=OuterRef("schedulechange_id"), user_id=OuterRef("user_id")
    )
    return (
        ScheduleChange.to.through.objects.filter(schedulechange_id=change, user__is_active=True)
        .exclude(user__email="")
        .filter(~Exists(told))
    )


def trainees_still_to_tell(change_id: int) -> QuerySet:
    """The accounts a schedule change's e-mail still has to reach."""
    return get_user_model().objects.filter(pk__in=_untold(change_id).values("user_id"))


def schedule_changes_still_to_tell(
    *, made_before: datetime, made_since: datetime, among: Iterable[int] | None = None
) -> list[int]:
    """The schedule changes made in that time (of `among` only, if given) with a trainee still
    to tell (`trainees_still_to_tell`) while a session they name is to come (for a new place
    alone: while the cohort has one to come); oldest first. Two queries."""
    changes = ScheduleChange.objects.filter(
        Exists(_untold(OuterRef("pk"))), made_at__lt=made_before, made_at__gte=made_since
    )
    if among is not None:
        changes = changes.filter(pk__in=among)
    changes = list(changes.order_by("pk").values_list("pk", "cohort_id", "changes"))
    today = timezone.localdate()
    cohorts_to_come = set(
        Session.objects.filter(
            cohort_id__in={cohort for _pk, cohort, _changes in changes if cohort},
            date__gte=today,
        ).values_list("cohort_id", flat=True)
    )

    def to_come(cohort_id: int | None, change: dict) -> bool:
        if change["kind"] == "place":
            return cohort_id in cohorts_to_come
        return any(
            change[side]["date"] >= today.isoformat() for side in ("was", "now") if side in change
        )

    return [
        pk
        for pk, cohort_id, listed in changes
        if any(to_come(cohort_id, change) for change in listed)
    ]


def schedule_change_recipients(change: ScheduleChange, viewer) -> list[dict]:
    """The trainees a schedule change was for, by name, each with whether they have an
    address (the address itself only for those in the `viewer`'s scope), whether their account
    is active and whether they were told (three queries)."""
    told = set(
        ScheduleChange.told.through.objects.filter(schedulechange=change).values_list(
            "user_id", flat=True
        )
    )
    rows = list(
        change.to.order_by("trainee_profile__full_name", "username").values_list(
            "pk", "trainee_profile__full_name", "username", "email", "is_active"
        )
    )
    in_scope = set(
        trainees_visible_to(viewer)
        .filter(pk__in=[row[0] for row in rows])
        .values_list("pk", flat=True)
    )
    return [
        {
            "name": full_name or username,
            "has_email": bool(email),
            "email": email if pk in in_scope else "",
            "active": active,
            "told": pk in told,
        }
        for pk, full_name, username, email, active in rows
    ]


def cohort_on_calendar(user, cohort_id: int) -> Cohort | None:
    """The cohort, if `user` is one of its trainees (the waiting list too: they may yet get a
    place) or runs it; else None."""
    if not user.is_authenticated:
        return None
    staying = [status for status in Enrolment.Status if status != Enrolment.Status.WITHDRAWN]
    theirs = Q(enrolments__trainee=user, enrolments__status__in=staying)
    run = Q(pk__in=cohorts_visible_to(user).values("pk"))
    return Cohort.objects.filter(theirs | run, pk=cohort_id).distinct().first()


def dashboard(trainee) -> list[tuple[gating.CourseProgress, Schedule | None]]:
    """The courses a trainee studies, newest first: progress and what comes next, and their
    cohort's sessions if they are in one."""
    enrolments = list(
        Enrolment.objects.filter(trainee=trainee)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("course", "cohort")
    )
    courses = in_active_language(e.course for e in enrolments)
    progress = gating.progress_for(trainee, [courses[e.course_key] for e in enrolments])
    found = schedules(trainee, (e.cohort for e in enrolments if e.cohort))
    return [
        (course, found.get(e.cohort_id)) for course, e in zip(progress, enrolments, strict=True)
    ]


def attended_hours(
    *, trainee_ids: Iterable[int] | None = None, course_keys: Iterable[UUID] | None = None
) -> dict[tuple[int, UUID], Decimal]:
    """Academic hours each trainee attended in each course, from session attendance marks."""
    marks = Attendance.objects.filter(present=True)
    if trainee_ids is not None:
        marks = marks.filter(trainee_id__in=list(trainee_ids))
    if course_keys is not None:
        marks = marks.filter(session__cohort__course_key__in=list(course_keys))
    rows = marks.values("trainee_id", "session__cohort__course_key").annotate(hours=Sum("hours"))
    return {(r["trainee_id"], r["session__cohort__course_key"]): r["hours"] for r in rows}


def roster(cohort: Cohort) -> QuerySet[Enrolment]:
    """The cohort's enrolments with each trainee's profile, in name order."""
    return (
        cohort.enrolments.exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("trainee", "trainee__trainee_profile")
        .order_by("status", "trainee__trainee_profile__full_name", "trainee__username")
    )


@dataclass
class MatrixRow:
    enrolment: Enrolment
    progress: gating.CourseProgress
    hours_attended: Decimal


def progress_matrix(cohort: Cohort) -> tuple[list[Page], list[MatrixRow]]:
    """Trainees x modules of a cohort's course: the columns and one row per trainee."""
    course = in_active_language([cohort.course])[cohort.course_key]
    enrolments = list(roster(cohort))
    trainee_ids = [e.trainee_id for e in enrolments]
    progress = gating.cohort_progress(course, trainee_ids)
    hours = attended_hours(trainee_ids=trainee_ids, course_keys=[cohort.course_key])
    if trainee_ids:
        modules = [m.module for m in progress[trainee_ids[0]].modules]
    else:
        modules = [p for p in gating.outline([course]) if p.depth == course.depth + 1]
    rows = [
        MatrixRow(
            enrolment=e,
            progress=progress[e.trainee_id],
            hours_attended=hours.get((e.trainee_id, cohort.course_key), Decimal(0)),
        )
        for e in enrolments
    ]
    return modules, rows


def practice_records_of(trainee) -> QuerySet[PracticeRecord]:
    return PracticeRecord.objects.filter(trainee=trainee).select_related("supervisor")


def practice_awaiting_review(supervisor) -> QuerySet[PracticeRecord]:
    return PracticeRecord.objects.filter(
        supervisor=supervisor, status=PracticeRecord.Status.PENDING
    ).select_related("trainee", "trainee__trainee_profile")
