"""Reads for quiz pages, attempts, the grading queue and reports."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max, QuerySet
from django.utils import timezone

from lms.permissions import trainees_taught_or_visible

from . import services
from .models import Answer, Attempt, GradingReminder, QuizPage


@dataclass
class QuizOverview:
    """What a quiz page shows a trainee: their attempts, grade, and whether they may start."""

    attempts: list[Attempt] = field(default_factory=list)
    in_progress: Attempt | None = None
    grade: Decimal | None = None
    passed: bool = False
    refusal: str = ""
    attempts_left: int | None = None
    question_count: int = 0


def quiz_overview(quiz: QuizPage, user, *, access: tuple[bool, str] | None = None) -> QuizOverview:
    """What the quiz page tells the user: questions, their attempts, grade, and whether (or why
    not) they may start; `access`, the page's gating for this user when the caller has it."""
    overview = QuizOverview(
        question_count=quiz.fixed_questions.count() + sum(d.count for d in quiz.draws.all())
    )
    if not user.is_authenticated:
        return overview
    now = timezone.now()
    attempts = list(services.attempts_of(user, quiz).order_by("number"))
    for attempt in attempts:
        if attempt.in_progress and services.finish_if_overdue(attempt, now=now):
            attempt.refresh_from_db()
    overview.attempts = attempts
    overview.in_progress = next((a for a in attempts if a.in_progress), None)
    overview.grade = services.quiz_grade(attempts, quiz.grading_method)
    overview.passed = overview.grade is not None and overview.grade >= quiz.pass_mark
    finished = [a for a in reversed(attempts) if a.state in services.FINISHED]  # newest first
    if overview.in_progress is None:
        overview.refusal = services.start_refusal(
            user, quiz, now=now, access=access, finished=finished
        )
    if quiz.max_attempts:
        overview.attempts_left = max(0, quiz.max_attempts - len(finished))
    return overview


@dataclass
class ShownQuestion:
    """A question as the trainee sees it: number, text, its public parts and their response."""

    answer: Answer
    data: dict
    response: dict | None


def questions_for(attempt: Attempt, *, quiz: QuizPage | None = None) -> list[ShownQuestion]:
    """The attempt's questions with their public data (never a key), shuffled the same way on
    every load. Pass the attempt's `quiz` when it is already loaded as a QuizPage."""
    shown = []
    shuffle = (quiz or attempt.quiz.specific_deferred).shuffle_options
    for answer in attempt.answers.order_by("position").with_questions():
        rng = random.Random(f"{attempt.seed}-{answer.position}")
        shown.append(
            ShownQuestion(
                answer=answer,
                data=answer.question.public_data(rng, shuffle=shuffle),
                response=answer.response,
            )
        )
    return shown


def attempt_of(user, attempt_id: int) -> Attempt | None:
    """The user's own attempt with this id, or None: another trainee's id looks like no id."""
    return Attempt.objects.select_related("quiz").filter(pk=attempt_id, trainee=user).first()


def answer_kinds(attempt: Attempt) -> list[tuple[int, str]]:
    """(position, question type name) of each answer: what reading a posted form needs, without
    loading the questions (the service loads them again under the attempt's lock anyway)."""
    rows = attempt.answers.order_by("position").values_list(
        "position", "question__polymorphic_ctype_id"
    )
    return [(position, ContentType.objects.get_for_id(kind).model) for position, kind in rows]


def grading_queue(user) -> QuerySet[Answer]:
    """Answers waiting for a person's grade, of trainees this user may grade, oldest first."""
    if not user.has_perm("assessments.grade_attempt"):
        return Answer.objects.none()
    return (
        Answer.objects.awaiting_grade()
        .filter(attempt__trainee__in=trainees_taught_or_visible(user).values("pk"))
        .select_related("attempt", "attempt__trainee", "attempt__quiz", "question")
        .order_by("attempt__submitted_at", "position")
    )


def trainers_to_remind() -> list[int]:
    """Trainers with an answer of their cohorts' trainees waiting for a grade that came in after
    their last reminder, unless they turned these e-mails off: whom the morning's reminders go
    to (three queries, whatever the numbers)."""
    # lms.permissions.trainees_taught_by's rule, walked the other way: each answer's trainers
    trainer = "attempt__trainee__enrolments__cohort__trainers"
    latest = dict(
        Answer.objects.awaiting_grade()
        .filter(**{f"{trainer}__isnull": False})
        .values_list(trainer)
        .annotate(latest=Max("attempt__submitted_at"))
        .order_by()
    )
    reminders = GradingReminder.objects.filter(trainer__in=list(latest))
    told = dict(reminders.filter(up_to__isnull=False).values_list("trainer", "up_to"))
    unwanted = set(reminders.filter(enabled=False).values_list("trainer", flat=True))
    return sorted(
        pk
        for pk, when in latest.items()
        if pk not in unwanted and (pk not in told or when > told[pk])
    )


def answer_to_grade(user, answer_id: int) -> Answer | None:
    """One answer of the user's grading queue, with its question as its own type: the rubric
    is the essay's or the practical assessment's, not on the base question the queue's join
    brings."""
    answers = grading_queue(user).filter(pk=answer_id).with_questions()
    return answers[0] if answers else None
