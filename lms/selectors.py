"""Reads that pages, reports and other apps need; each in a number of queries that does not grow
with the data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from django.conf import settings
from django.db.models import QuerySet, Sum
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from . import gating
from .models import Attendance, Cohort, Enrolment, PracticeRecord


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


def dashboard(trainee) -> list[gating.CourseProgress]:
    """The courses a trainee studies, with progress and what comes next, newest first."""
    enrolments = list(
        Enrolment.objects.filter(trainee=trainee)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("course", "cohort")
    )
    courses = in_active_language(e.course for e in enrolments)
    return gating.progress_for(trainee, [courses[e.course_key] for e in enrolments])


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
