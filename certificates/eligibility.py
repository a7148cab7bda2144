"""The eligibility engine: the facts requirements read, loaded for many trainees at once, and the
evaluation of a profile for one trainee or a whole population by the same rules.

Loading runs a fixed set of queries per batch of trainees, whatever the batch size, and the
population path walks the trainees in batches, so memory stays flat as the population grows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.utils import timezone

from assessments.models import Attempt
from lms.models import Attendance, Enrolment, PracticeRecord, TraineeProfile

from .models import (
    ExclusionFlag,
    Outcome,
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
    attempts: dict[UUID, list[tuple[int, Decimal, date]]] = field(default_factory=dict)
    practice: list[tuple[str, date]] = field(default_factory=list)
    documents: list[tuple[str, date, date | None, bool]] = field(default_factory=list)
    flags: list[tuple[str, date, date | None]] = field(default_factory=list)
    registers: dict[str, str] = field(default_factory=dict)


def load_facts(trainee_ids: list[int]) -> dict[int, TraineeFacts]:
    """Facts for these trainees in ten queries, however many they are."""
    facts = {pk: TraineeFacts(trainee_id=pk) for pk in trainee_ids}
    profiles = TraineeProfile.objects.filter(user_id__in=trainee_ids).prefetch_related(
        "organisations"
    )
    for profile in profiles:
        f = facts[profile.user_id]
        f.date_of_birth = profile.date_of_birth
        f.education_level = profile.education_level
        f.diploma_verified = profile.diploma_status == TraineeProfile.Verification.VERIFIED
        f.region_id = profile.region_id
        f.organisation_kinds = {o.kind for o in profile.organisations.all()}
        f.languages = set(profile.mediation_languages or [])
    for trainee_id, key, completed_on in Enrolment.objects.filter(
        trainee_id__in=trainee_ids, status=Enrolment.Status.COMPLETED
    ).values_list("trainee_id", "course_key", "completed_on"):
        facts[trainee_id].completed_courses[key] = completed_on
    for row in (
        Attendance.objects.filter(trainee_id__in=trainee_ids, present=True)
        .values("trainee_id", "session__cohort__course_key")
        .annotate(hours=Sum("hours"))
    ):
        hours = facts[row["trainee_id"]].hours
        hours[row["session__cohort__course_key"]] = row["hours"]
        hours[None] = hours.get(None, Decimal(0)) + row["hours"]
    for trainee_id, key, number, percent, graded_at in Attempt.objects.filter(
        trainee_id__in=trainee_ids, state=Attempt.State.GRADED
    ).values_list("trainee_id", "quiz_key", "number", "percent", "graded_at"):
        facts[trainee_id].attempts.setdefault(key, []).append(
            (number, percent, timezone.localtime(graded_at).date())
        )
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
    return facts


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
        for requirement in sorted(requirements, key=lambda r: (r.sort_order, r.pk)):
            if isinstance(requirement, RegionRequirement):
                requirement._region_ids = region_ids[requirement.pk]
            self.children[requirement.parent_id].append(requirement)
        # labels mention courses and quizzes: load those pages now, not one by one later
        _attach_pages(requirements)

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
            explanation="",
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


def evaluate_trainee(
    trainee, profiles: Iterable[QualificationProfile], *, on: date | None = None
) -> list[Checklist]:
    """One trainee's checklist for each profile (the "My qualifications" page)."""
    on = on or timezone.localdate()
    facts = load_facts([trainee.pk])[trainee.pk]
    return [CompiledProfile(profile).judge(facts, on) for profile in profiles]


def evaluate_population(
    profile: QualificationProfile,
    trainee_ids: Iterable[int] | None = None,
    *,
    on: date | None = None,
) -> Iterator[Checklist]:
    """Every trainee's checklist for one profile, streamed batch by batch: the same rules as for
    one trainee, in a number of queries set by the batch count, not the population."""
    on = on or timezone.localdate()
    compiled = CompiledProfile(profile)
    if trainee_ids is None:
        trainee_ids = (
            get_user_model()
            .objects.filter(trainee_profile__isnull=False)
            .order_by("pk")
            .values_list("pk", flat=True)
            .iterator(chunk_size=BATCH)
        )
    batch: list[int] = []
    for trainee_id in trainee_ids:
        batch.append(trainee_id)
        if len(batch) == BATCH:
            yield from _judge_batch(compiled, batch, on)
            batch = []
    if batch:
        yield from _judge_batch(compiled, batch, on)


def _judge_batch(compiled: CompiledProfile, batch: list[int], on: date) -> Iterator[Checklist]:
    facts = load_facts(batch)
    for trainee_id in batch:
        yield compiled.judge(facts[trainee_id], on)
