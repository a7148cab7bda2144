"""The eligibility engine: the facts requirements read, loaded for many trainees at once, and the
evaluation of a profile for one trainee or a whole population by the same rules.

Loading runs a fixed set of queries per batch of trainees, whatever the batch size, and the
population path walks the trainees in batches, so memory stays flat as the population grows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery, Sum
from django.db.models.functions import Length, Substr, TruncDate
from django.utils import timezone

from assessments.models import Attempt, QuizPage
from curriculum.models import CoursePage
from lms.models import Attendance, Enrolment, PracticeRecord, TraineeProfile

from .models import (
    Certificate,
    ElectionRecord,
    ExclusionFlag,
    Outcome,
    PracticalAssessmentRequirement,
    QualificationHeldRequirement,
    QualificationProfile,
    RegionRequirement,
    RegisterEntry,
    Requirement,
    TraineeDocument,
)

BATCH = 2000


@dataclass
class TraineeFacts:
    """What the requirements may know about one trainee."""

    trainee_id: int
    date_of_birth: date | None = None
    education_level: str = ""
    diploma_verified: bool = False
    region_id: int | None = None
    organisation_kinds: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    completed_courses: dict[UUID, date] = field(default_factory=dict)
    hours: dict[UUID | None, Decimal] = field(default_factory=dict)
    attendance: list[tuple[date, Decimal]] = field(default_factory=list)
    attempts: dict[UUID, list[tuple[int, Decimal, date]]] = field(default_factory=dict)
    practice: list[tuple[str, date]] = field(default_factory=list)
    documents: list[tuple[str, date, date | None, bool]] = field(default_factory=list)
    flags: list[tuple[str, date, date | None]] = field(default_factory=list)
    registers: dict[str, str] = field(default_factory=dict)
    practicals: dict[UUID, date] = field(default_factory=dict)
    elections: list[tuple[str, str, date, date | None]] = field(default_factory=list)
    held: list[tuple[int, str, date, date | None]] = field(default_factory=list)


def load_facts(trainee_ids: list[int]) -> dict[int, TraineeFacts]:
    """Facts for these trainees in thirteen queries, however many they are."""
    facts = {pk: TraineeFacts(trainee_id=pk) for pk in trainee_ids}
    # plain tuples, not model instances: this runs for every trainee of a nightly refresh
    verified = TraineeProfile.Verification.VERIFIED
    for user_id, born, education, diploma, region_id, languages in TraineeProfile.objects.filter(
        user_id__in=trainee_ids
    ).values_list(
        "user_id",
        "date_of_birth",
        "education_level",
        "diploma_status",
        "region_id",
        "mediation_languages",
    ):
        f = facts[user_id]
        f.date_of_birth = born
        f.education_level = education
        f.diploma_verified = diploma == verified
        f.region_id = region_id
        f.languages = set(languages or [])
    for user_id, kind in TraineeProfile.organisations.through.objects.filter(
        traineeprofile__user_id__in=trainee_ids
    ).values_list("traineeprofile__user_id", "organisation__kind"):
        facts[user_id].organisation_kinds.add(kind)
    for trainee_id, key, completed_on in Enrolment.objects.filter(
        trainee_id__in=trainee_ids, status=Enrolment.Status.COMPLETED
    ).values_list("trainee_id", "course_key", "completed_on"):
        facts[trainee_id].completed_courses[key] = completed_on
    # one row per trainee, course and day: the per-course totals and the dated hours CPD counts
    for trainee_id, key, day, hours in (
        Attendance.objects.filter(trainee_id__in=trainee_ids, present=True)
        .values("trainee_id", "session__cohort__course_key", "session__date")
        .annotate(hours=Sum("hours"))
        .values_list("trainee_id", "session__cohort__course_key", "session__date", "hours")
        .order_by()
    ):
        f = facts[trainee_id]
        f.hours[key] = f.hours.get(key, Decimal(0)) + hours
        f.hours[None] = f.hours.get(None, Decimal(0)) + hours
        f.attendance.append((day, hours))
    # the day of grading in the site's time zone, worked out by the database
    graded_on = TruncDate("graded_at", tzinfo=timezone.get_current_timezone())
    for trainee_id, key, number, percent, day in (
        Attempt.objects.filter(trainee_id__in=trainee_ids, state=Attempt.State.GRADED)
        .annotate(graded_on=graded_on)
        .values_list("trainee_id", "quiz_key", "number", "percent", "graded_on")
    ):
        facts[trainee_id].attempts.setdefault(key, []).append((number, percent, day))
    for trainee_id, kind, day in PracticeRecord.objects.filter(
        trainee_id__in=trainee_ids, status=PracticeRecord.Status.CONFIRMED
    ).values_list("trainee_id", "kind", "date"):
        facts[trainee_id].practice.append((kind, day))
    for trainee_id, *document in TraineeDocument.objects.filter(
        trainee_id__in=trainee_ids
    ).values_list("trainee_id", "kind", "issued_on", "valid_until", "verified"):
        facts[trainee_id].documents.append(tuple(document))
    for trainee_id, *flag in ExclusionFlag.objects.filter(trainee_id__in=trainee_ids).values_list(
        "trainee_id", "kind", "since", "until"
    ):
        facts[trainee_id].flags.append(tuple(flag))
    for trainee_id, register, number in RegisterEntry.objects.filter(
        trainee_id__in=trainee_ids, removed_on__isnull=True
    ).values_list("trainee_id", "register", "number"):
        facts[trainee_id].registers[register] = number
    # a quiz is practical when its page (in any language) is marked so
    practical_keys = QuizPage.objects.filter(is_practical=True).values("translation_key")
    for trainee_id, key, day in (
        Attempt.objects.filter(
            trainee_id__in=trainee_ids,
            state=Attempt.State.GRADED,
            passed=True,
            quiz_key__in=practical_keys,
        )
        .annotate(graded_on=graded_on)
        .values_list("trainee_id", "quiz_key", "graded_on")
    ):
        passes = facts[trainee_id].practicals
        passes[key] = min(day, passes.get(key, day))
    for trainee_id, *record in ElectionRecord.objects.filter(
        trainee_id__in=trainee_ids
    ).values_list("trainee_id", "kind", "protocol_number", "protocol_date", "term_until"):
        facts[trainee_id].elections.append(tuple(record))
    for trainee_id, *certificate in Certificate.objects.filter(
        trainee_id__in=trainee_ids, profile__isnull=False
    ).values_list("trainee_id", "profile_id", "status", "issued_on", "expires_on"):
        facts[trainee_id].held.append(tuple(certificate))
    return facts


def practical_quiz_courses() -> dict[UUID, UUID]:
    """The course (translation key) of every practical quiz (translation key), in one query: a
    course is the course page whose tree path begins the quiz's path."""
    course = CoursePage.objects.filter(path=Substr(OuterRef("path"), 1, Length("path"))).values(
        "translation_key"
    )[:1]
    return dict(
        QuizPage.objects.filter(is_practical=True)
        .annotate(course_key=Subquery(course))
        .values_list("translation_key", "course_key")
    )


@dataclass
class Checklist:
    """A profile judged for one trainee: met or not, and each requirement with its outcome."""

    profile: QualificationProfile
    trainee_id: int
    outcome: Outcome

    @property
    def eligible(self) -> bool:
        return self.outcome.met

    @property
    def missing(self) -> int:
        return sum(not o.met for _r, o in self.outcome.children)

    @property
    def blocked(self) -> bool:
        return any(o.blocking for _r, o in self.outcome.children)


class CompiledProfile:
    """A profile's requirement tree loaded once (one query per requirement type), ready to judge
    any number of trainees without touching the database again."""

    def __init__(self, profile: QualificationProfile):
        self.profile = profile
        requirements = list(
            Requirement.objects.filter(profile=profile).select_related("polymorphic_ctype")
        )
        self.children: dict[int | None, list[Requirement]] = defaultdict(list)
        region_ids = defaultdict(set)
        region_requirements = [r.pk for r in requirements if isinstance(r, RegionRequirement)]
        if region_requirements:
            for requirement_id, region_id in RegionRequirement.regions.through.objects.filter(
                regionrequirement_id__in=region_requirements
            ).values_list("regionrequirement_id", "region_id"):
                region_ids[requirement_id].add(region_id)
        practical_courses = None
        if any(
            isinstance(r, PracticalAssessmentRequirement) and r.course_key for r in requirements
        ):
            practical_courses = practical_quiz_courses()
        for requirement in sorted(requirements, key=lambda r: (r.sort_order, r.pk)):
            if isinstance(requirement, RegionRequirement):
                requirement._region_ids = region_ids[requirement.pk]
            if isinstance(requirement, PracticalAssessmentRequirement):
                requirement._practical_courses = practical_courses
            self.children[requirement.parent_id].append(requirement)
        # labels mention courses, quizzes and other qualifications: load them now, not one by one
        _attach_pages(requirements)
        _attach_qualifications(requirements)

    def children_of(self, requirement: Requirement) -> list[Requirement]:
        return self.children.get(requirement.pk, [])

    def judge(self, facts: TraineeFacts, on: date) -> Checklist:
        results = [
            (requirement, requirement.evaluate(facts, on, children=self.children_of))
            for requirement in self.children[None]
        ]
        met = sum(o.met for _r, o in results)
        outcome = Outcome(
            met=met == len(results) and bool(results),
            reason="",
            current=Decimal(met),
            target=Decimal(len(results)),
            children=results,
        )
        return Checklist(profile=self.profile, trainee_id=facts.trainee_id, outcome=outcome)


def _attach_pages(requirements: list[Requirement]) -> None:
    from wagtail.models import Page

    ids = {
        getattr(r, name)
        for r in requirements
        for name in ("course_id", "quiz_id")
        if getattr(r, name, None)
    }
    pages = {p.pk: p for p in Page.objects.filter(pk__in=ids)}
    for requirement in requirements:
        for name in ("course", "quiz"):
            page_id = getattr(requirement, f"{name}_id", None)
            if page_id in pages:
                setattr(requirement, name, pages[page_id])


def _attach_qualifications(requirements: list[Requirement]) -> None:
    held = [r for r in requirements if isinstance(r, QualificationHeldRequirement)]
    if held:
        profiles = QualificationProfile.objects.in_bulk({r.qualification_id for r in held})
        for requirement in held:
            requirement.qualification = profiles[requirement.qualification_id]


def evaluate_trainee(
    trainee, profiles: Iterable[QualificationProfile], *, on: date | None = None
) -> list[Checklist]:
    """One trainee's checklist for each profile (the "My qualifications" page)."""
    on = on or timezone.localdate()
    facts = load_facts([trainee.pk])[trainee.pk]
    return [CompiledProfile(profile).judge(facts, on) for profile in profiles]


def all_trainee_ids() -> Iterator[int]:
    """Every trainee (a user with a trainee profile), streamed from the database."""
    return (
        get_user_model()
        .objects.filter(trainee_profile__isnull=False)
        .order_by("pk")
        .values_list("pk", flat=True)
        .iterator(chunk_size=BATCH)
    )


def _batches(trainee_ids: Iterable[int]) -> Iterator[list[int]]:
    batch: list[int] = []
    for trainee_id in trainee_ids:
        batch.append(trainee_id)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def evaluate_population(
    profile: QualificationProfile,
    trainee_ids: Iterable[int] | None = None,
    *,
    on: date | None = None,
) -> Iterator[Checklist]:
    """Every trainee's checklist for one profile, streamed batch by batch: the same rules as for
    one trainee, in a number of queries set by the batch count, not the population."""
    for _trainee_id, [checklist] in evaluate_profiles([profile], trainee_ids, on=on):
        yield checklist


def evaluate_profiles(
    profiles: Iterable[QualificationProfile],
    trainee_ids: Iterable[int] | None = None,
    *,
    on: date | None = None,
    before_load: Callable[[list[int]], None] | None = None,
) -> Iterator[tuple[int, list[Checklist]]]:
    """Each trainee (every trainee when None) with their checklist for each profile, in the
    profiles' order. A batch's facts are loaded once and judged against every profile, so
    judging four profiles costs one load, not four. `before_load` is called with each batch's
    ids just before its facts are read."""
    on = on or timezone.localdate()
    compiled = [CompiledProfile(profile) for profile in profiles]
    for batch in _batches(all_trainee_ids() if trainee_ids is None else trainee_ids):
        if before_load is not None:
            before_load(batch)
        facts = load_facts(batch)
        for trainee_id in batch:
            trainee_facts = facts[trainee_id]
            yield trainee_id, [profile.judge(trainee_facts, on) for profile in compiled]
        # let this batch's facts go before the next batch's load: one batch held, not two
        del facts, trainee_facts
