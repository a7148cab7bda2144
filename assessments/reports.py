"""Quiz reports for staff: who attempted a quiz and how it went, and how each question behaved.

Every report reads plain rows with `values()` in a fixed number of queries, whatever the number of
attempts, and sees only the trainees the viewer may see (every trainee for national staff).

Question statistics follow Moodle's quiz statistics report ("Quiz statistics calculations").
For a question i, the set S of attempts counted in which it was asked, x_i(s) the marks it earned
in attempt s, m_i its mark and X(s) the attempt's total:

- facility index      F_i  = 100 · mean(x_i(s) / m_i)
- standard deviation  SD_i = 100 · sqrt(Σ (x_i(s)/m_i − mean)² / (|S| − 1)): the sample standard
  deviation of the fraction of the mark, on the same 0–100 scale as F_i
- discrimination      D_i  = 100 · r(x_i, X − x_i): Pearson's correlation between the question's
  marks and the rest of the attempt; None when fewer than two attempts count or either side does
  not vary.

A question is counted across its versions and translations (they share a `translation_key`), so
the Kazakh, Russian and English versions of a question make one row.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.models import Page

from lms import exports
from lms.permissions import is_national, trainees_taught_or_visible

from .models import QUESTION_TYPES, Answer, Attempt, QuizPage

#: rows fetched from the database at a time by the exports and the statistics
CHUNK_SIZE = 2000


def visible_attempts(user) -> QuerySet[Attempt]:
    """Attempts of the trainees `user` may see as staff: every attempt for national staff."""
    attempts = Attempt.objects.all()
    if is_national(user):
        return attempts
    return attempts.filter(trainee__in=trainees_taught_or_visible(user).values("pk"))


def _language_preference() -> list[str]:
    active = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return [active, *(code for code, _name in settings.LANGUAGES if code != active)]


# --- the quizzes ------------------------------------------------------------------------------


@dataclass
class QuizListing:
    """One quiz of the reports list: its page in the viewer's language where there is one, the
    languages it exists in, where it sits, and how many attempts the viewer may see."""

    page: QuizPage
    languages: list[str] = field(default_factory=list)
    course_title: str = ""
    module_title: str = ""
    attempt_count: int = 0


def live_quizzes(user) -> list[QuizListing]:
    """Live quizzes in tree order, one entry per quiz however many translations it has, in a
    fixed number of queries."""
    pages = list(QuizPage.objects.live().select_related("locale").order_by("path"))
    preference = _language_preference()

    def rank(code: str) -> int:
        return preference.index(code) if code in preference else len(preference)

    by_key: dict[UUID, list[QuizPage]] = {}
    for page in pages:
        by_key.setdefault(page.translation_key, []).append(page)
    chosen = sorted(
        (min(group, key=lambda p: rank(p.locale.language_code)) for group in by_key.values()),
        key=lambda p: p.path,
    )
    step = Page.steplen
    ancestors = {p.path[:-step] for p in chosen} | {p.path[: -2 * step] for p in chosen}
    titles = dict(Page.objects.filter(path__in=ancestors).values_list("path", "title"))
    counts = dict(
        visible_attempts(user)
        .filter(quiz_key__in=list(by_key))
        .order_by()
        .values("quiz_key")
        .annotate(n=Count("pk"))
        .values_list("quiz_key", "n")
    )
    return [
        QuizListing(
            page=page,
            languages=sorted(
                {p.locale.language_code for p in by_key[page.translation_key]}, key=rank
            ),
            course_title=titles.get(page.path[: -2 * step], ""),
            module_title=titles.get(page.path[:-step], ""),
            attempt_count=counts.get(page.translation_key, 0),
        )
        for page in chosen
    ]


# --- attempts overview ------------------------------------------------------------------------

ATTEMPT_FIELDS = (
    "pk",
    "quiz_id",
    "quiz__title",
    "trainee_id",
    "trainee__username",
    "trainee__trainee_profile__full_name",
    "number",
    "state",
    "started_at",
    "submitted_at",
    "score",
    "max_score",
    "percent",
    "passed",
)

#: the columns of the overview and its exports: (key of `attempt_record`, heading)
ATTEMPT_COLUMNS = (
    ("quiz", gettext_lazy("Quiz")),
    ("username", gettext_lazy("Username")),
    ("full_name", gettext_lazy("Full name")),
    ("number", gettext_lazy("Attempt")),
    ("state", gettext_lazy("State")),
    ("started_at", gettext_lazy("Started")),
    ("submitted_at", gettext_lazy("Submitted")),
    ("duration", gettext_lazy("Duration")),
    ("score", gettext_lazy("Score")),
    ("max_score", gettext_lazy("Maximum score")),
    ("percent", gettext_lazy("Grade (%)")),
    ("passed", gettext_lazy("Passed")),
)


def attempt_rows(
    user,
    *,
    quiz: QuizPage | None = None,
    state: str = "",
    passed: bool | None = None,
) -> QuerySet[dict]:
    """The attempts `user` may see as plain rows, with the trainee's name, in one query: of one
    quiz in any of its languages when `quiz` is given, in a `state`, passed or not."""
    attempts = visible_attempts(user)
    if quiz is not None:
        attempts = attempts.filter(quiz_key=quiz.translation_key)
    if state:
        attempts = attempts.filter(state=state)
    if passed is not None:
        attempts = attempts.filter(passed=passed)
    return attempts.order_by("quiz__title", "quiz_key", "trainee__username", "number", "pk").values(
        *ATTEMPT_FIELDS
    )


def attempt_record(row: dict, *, state_labels: dict[str, str] | None = None) -> dict[str, Any]:
    """A row of `attempt_rows` as the overview shows it: the trainee's names, the state's label
    and the time the attempt took."""
    labels = state_labels if state_labels is not None else state_label_map()
    started, submitted = row["started_at"], row["submitted_at"]
    duration = None
    if started is not None and submitted is not None:
        duration = timedelta(seconds=max(0, round((submitted - started).total_seconds())))
    return {
        "pk": row["pk"],
        "quiz": row["quiz__title"],
        "username": row["trainee__username"],
        "full_name": row["trainee__trainee_profile__full_name"] or "",
        "number": row["number"],
        "state": labels.get(row["state"], row["state"]),
        "state_code": row["state"],
        "started_at": started,
        "submitted_at": submitted,
        "duration": duration,
        "duration_text": format_duration(duration),
        "score": row["score"],
        "max_score": row["max_score"],
        "percent": row["percent"],
        "passed": row["passed"],
    }


def state_label_map() -> dict[str, str]:
    return {value: str(label) for value, label in Attempt.State.choices}


def format_duration(duration: timedelta | None) -> str:
    """Hours, minutes and seconds, as 1:05:09."""
    if duration is None:
        return ""
    minutes, seconds = divmod(int(duration.total_seconds()), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


def attempts_csv(rows: Iterable[dict]) -> Iterator[str]:
    """The CSV of `attempt_rows`, line by line, for a streamed response. Headings and labels are
    translated now, in the request's language, not later while the response streams."""
    headings = [str(heading) for _key, heading in ATTEMPT_COLUMNS]
    labels = state_label_map()
    yes, no = _("yes"), _("no")

    def cell(key: str, value) -> str:
        if value is None:
            return ""
        if key == "duration":
            return format_duration(value)
        if key == "passed":
            return yes if value else no
        if isinstance(value, datetime):
            return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(value, str):
            return exports.safe_csv_text(value)
        return str(value)

    records = (attempt_record(row, state_labels=labels) for row in rows)
    return exports.csv_lines(
        headings,
        ([cell(key, record[key]) for key, _heading in ATTEMPT_COLUMNS] for record in records),
    )


#: Excel number formats of the attempts workbook's columns
ATTEMPT_FORMATS = {
    "started_at": "yyyy-mm-dd hh:mm:ss",
    "submitted_at": "yyyy-mm-dd hh:mm:ss",
    "duration": "[h]:mm:ss",
}


def attempts_xlsx(rows: Iterable[dict]) -> Iterator[bytes]:
    """The workbook of `attempt_rows`, written as it streams: dates and durations as Excel
    values (local time: Excel knows no time zones), marks as numbers."""
    labels = state_label_map()
    keys = [key for key, _heading in ATTEMPT_COLUMNS]

    def values(row: dict) -> list:
        record = attempt_record(row, state_labels=labels)
        return [
            timezone.make_naive(record[key]) if isinstance(record[key], datetime) else record[key]
            for key in keys
        ]

    return exports.xlsx_chunks(
        [heading for _key, heading in ATTEMPT_COLUMNS],
        (values(row) for row in rows),
        title=_("Attempts"),
        number_formats={keys.index(key): code for key, code in ATTEMPT_FORMATS.items()},
    )


# --- question statistics ----------------------------------------------------------------------


@dataclass
class QuestionStatistics:
    """How one question (all its versions and translations) behaved over the attempts counted.
    Facility, standard deviation and discrimination are on a 0–100 scale."""

    translation_key: UUID
    name: str
    count: int
    facility: float | None
    standard_deviation: float | None
    discrimination: float | None


@dataclass
class QuizStatistics:
    """The quiz-level numbers (grades in per cent) and a row per question."""

    all_attempts: bool
    attempt_count: int
    mean: float | None
    median: float | None
    standard_deviation: float | None
    questions: list[QuestionStatistics] = field(default_factory=list)


def statistics_rows(quiz: QuizPage, user, *, all_attempts: bool = False) -> QuerySet[dict]:
    """The answers of graded attempts at `quiz` (any language) by trainees `user` may see, as
    plain rows: of each trainee's first graded attempt, or of every graded attempt."""
    attempts = visible_attempts(user).filter(
        quiz_key=quiz.translation_key, state=Attempt.State.GRADED
    )
    if not all_attempts:
        earlier = Attempt.objects.filter(
            trainee=OuterRef("trainee"),
            quiz_key=OuterRef("quiz_key"),
            state=Attempt.State.GRADED,
            number__lt=OuterRef("number"),
        )
        attempts = attempts.filter(~Exists(earlier))
    ungraded = [
        content_type.pk
        for model, content_type in ContentType.objects.get_for_models(
            *(model for model in QUESTION_TYPES if not model.graded)
        ).items()
    ]
    return (
        Answer.objects.filter(attempt__in=attempts)
        .exclude(question__polymorphic_ctype_id__in=ungraded)
        .order_by("attempt_id", "position")
        .values(
            "attempt_id",
            "attempt__percent",
            "mark",
            "awarded",
            "question__translation_key",
            "question__name",
            "question__language",
            "question__version",
            "question__is_current",
        )
    )


def _correlation(xs: list[float], ys: list[float]) -> float | None:
    try:
        return statistics.correlation(xs, ys)
    except statistics.StatisticsError:  # fewer than two points, or one side constant
        return None


def quiz_statistics(quiz: QuizPage, user, *, all_attempts: bool = False) -> QuizStatistics:
    """Moodle's quiz statistics for `quiz` over the first graded attempt of each trainee `user`
    may see (or every graded attempt), in a fixed number of queries."""
    order = list(
        quiz.fixed_questions.order_by("sort_order").values_list(
            "question__translation_key", flat=True
        )
    )
    preference = _language_preference()
    percents: dict[int, Decimal] = {}
    totals: dict[int, Decimal] = {}
    # question -> attempt -> (marks earned, mark)
    marks: dict[UUID, dict[int, tuple[Decimal, Decimal]]] = {}
    names: dict[UUID, tuple[tuple, str]] = {}
    rows = statistics_rows(quiz, user, all_attempts=all_attempts)
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        attempt, key = row["attempt_id"], row["question__translation_key"]
        awarded = row["awarded"] or Decimal(0)
        percents[attempt] = row["attempt__percent"]
        totals[attempt] = totals.get(attempt, Decimal(0)) + awarded
        earned, mark = marks.setdefault(key, {}).get(attempt, (Decimal(0), Decimal(0)))
        marks[key][attempt] = (earned + awarded, mark + row["mark"])
        # label: the current version in the viewer's language, else the newest version shown
        language = row["question__language"]
        rank = (
            preference.index(language) if language in preference else len(preference),
            not row["question__is_current"],
            -row["question__version"],
        )
        if key not in names or rank < names[key][0]:
            names[key] = (rank, row["question__name"])

    questions = []
    for key, by_attempt in marks.items():
        scored = [(a, earned, mark) for a, (earned, mark) in by_attempt.items() if mark]
        fractions = [float(earned / mark) for _a, earned, mark in scored]
        questions.append(
            QuestionStatistics(
                translation_key=key,
                name=names[key][1],
                count=len(by_attempt),
                facility=100 * statistics.fmean(fractions) if fractions else None,
                standard_deviation=(
                    100 * statistics.stdev(fractions) if len(fractions) >= 2 else None
                ),
                discrimination=_discrimination(
                    [float(earned) for _a, earned, _m in scored],
                    [float(totals[a] - earned) for a, earned, _m in scored],
                ),
            )
        )
    position = {key: index for index, key in enumerate(order)}
    questions.sort(key=lambda q: (position.get(q.translation_key, len(position)), q.name))

    grades = [float(p) for p in percents.values() if p is not None]
    return QuizStatistics(
        all_attempts=all_attempts,
        attempt_count=len(percents),
        mean=statistics.fmean(grades) if grades else None,
        median=statistics.median(grades) if grades else None,
        standard_deviation=statistics.stdev(grades) if len(grades) >= 2 else None,
        questions=questions,
    )


def _discrimination(question: list[float], rest: list[float]) -> float | None:
    r = _correlation(question, rest)
    return None if r is None else 100 * r
