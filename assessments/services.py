"""Quiz operations, all enforced on the server: start, save answers, submit, grade, regrade.

Every operation on an attempt locks its row, so two requests racing (two tabs, a double click,
a retry over a bad link) change it once. A passed quiz tells lms that its page is completed.
"""

from __future__ import annotations

import logging
import random
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from functools import partial, reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Max, Min, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms import gating
from lms import services as lms_services
from lms.emails import count_resends, resend_window, send_once
from lms.permissions import trainees_taught_or_visible

from . import conf, emails
from .db import update_rows
from .emails import ResultChange
from .models import (
    Answer,
    Attempt,
    DescriptionQuestion,
    GradingMethod,
    GradingReminder,
    Question,
    QuizPage,
    ReviewRule,
)

FINISHED = (Attempt.State.AWAITING_GRADING, Attempt.State.GRADED)

logger = logging.getLogger(__name__)


class AssessmentError(Exception):
    """A rule refused the operation; the message tells the trainee or trainer why."""


# --- reading the rules -------------------------------------------------------------------------


def attempts_of(trainee, quiz: QuizPage):
    return Attempt.objects.filter(trainee=trainee, quiz_key=quiz.translation_key)


def start_refusal(
    trainee,
    quiz: QuizPage,
    *,
    now: datetime | None = None,
    access: tuple[bool, str] | None = None,
    finished: list[Attempt] | None = None,
) -> str:
    """Why `trainee` may not start a new attempt now, or "" when they may. A caller that has
    already worked out the page's `access` (gating) or loaded the `finished` attempts (newest
    first) passes them."""
    now = now or timezone.now()
    allowed, reason = access or gating.page_access(trainee, quiz, now=now)
    if not allowed:
        return reason
    if quiz.opens_at and now < quiz.opens_at:
        return _("The quiz opens on %(date)s.") % {"date": _when(quiz.opens_at)}
    if quiz.closes_at and now >= quiz.closes_at:
        return _("The quiz closed on %(date)s.") % {"date": _when(quiz.closes_at)}
    if finished is None:
        finished = list(attempts_of(trainee, quiz).filter(state__in=FINISHED).order_by("-number"))
    if quiz.max_attempts and len(finished) >= quiz.max_attempts:
        return _("You have used all %(count)d attempts.") % {"count": quiz.max_attempts}
    if quiz.cooldown_minutes and finished and finished[0].submitted_at:
        again = finished[0].submitted_at + timedelta(minutes=quiz.cooldown_minutes)
        if now < again:
            return _("You can try again from %(time)s.") % {"time": _when(again)}
    return ""


def _when(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def quiz_grade(attempts: list[Attempt], method: str) -> Decimal | None:
    """The trainee's grade for a quiz (per cent) from their graded attempts, by the quiz's method."""
    graded = sorted(
        (a for a in attempts if a.state == Attempt.State.GRADED), key=lambda a: a.number
    )
    if not graded:
        return None
    if method == GradingMethod.FIRST:
        return graded[0].percent
    if method == GradingMethod.LAST:
        return graded[-1].percent
    if method == GradingMethod.AVERAGE:
        return (sum((a.percent for a in graded), Decimal(0)) / len(graded)).quantize(
            Decimal("0.01")
        )
    return max(a.percent for a in graded)


def has_passed(trainee, quiz: QuizPage) -> bool:
    grade = quiz_grade(list(attempts_of(trainee, quiz)), quiz.grading_method)
    return grade is not None and grade >= quiz.pass_mark


def review_allowed(attempt: Attempt, quiz: QuizPage, *, now: datetime | None = None) -> bool:
    """Whether the right answers and per-option feedback may be shown for this attempt."""
    if attempt.state == Attempt.State.IN_PROGRESS:
        return False
    if quiz.review_rule == ReviewRule.AFTER_PASS:
        return has_passed(attempt.trainee, quiz)
    if quiz.review_rule == ReviewRule.AFTER_CLOSE:
        return quiz.closes_at is not None and (now or timezone.now()) >= quiz.closes_at
    return False


# --- starting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """The version a fixed question is asked in: enough to place it in an attempt."""

    pk: int
    translation_key: uuid.UUID
    default_mark: Decimal
    graded: bool


_RESOLVED_FIELDS = ("pk", "translation_key", "default_mark", "polymorphic_ctype_id")


def _resolved(pk, translation_key, default_mark, ctype_id) -> Resolved:
    # the type's `graded` is a class attribute: its content type (cached) tells it without a
    # query per question type
    model = ContentType.objects.get_for_id(ctype_id).model_class()
    return Resolved(pk, translation_key, default_mark, model.graded)


def resolve_all(questions: list[Question], language: str) -> dict[int, Resolved]:
    """For each question (by pk), the current version in `language`, else the current version
    of its own family, else the question itself; in one query for them all."""
    if not questions:
        return {}
    rows = (
        Question.objects.filter(
            Q(translation_key__in={q.translation_key for q in questions})
            | Q(family__in={q.family for q in questions}),
            is_current=True,
        )
        .non_polymorphic()
        .values_list("language", "family", *_RESOLVED_FIELDS)
    )
    in_language: dict = {}
    current_of_family: dict = {}
    for row_language, family, *fields in rows:  # in the bank's order: the last one wins
        translation_key = fields[1]
        if row_language == language:
            in_language[translation_key] = fields
        current_of_family[family] = fields
    resolved = {}
    for question in questions:
        fields = (
            in_language.get(question.translation_key)
            or current_of_family.get(question.family)
            or [getattr(question, name) for name in _RESOLVED_FIELDS]
        )
        resolved[question.pk] = _resolved(*fields)
    return resolved


def _draw(quiz: QuizPage, language: str, rng: random.Random, taken: set) -> list[tuple]:
    draws = list(quiz.draws.select_related("category"))
    if not draws:
        return []
    # one query for every draw's pool, each row flagged by the database with the draws it
    # belongs to, rather than one query per draw
    pools = [
        Q(category__in=draw.category.descendants_and_self())
        if draw.include_subcategories
        else Q(category=draw.category)
        for draw in draws
    ]
    flags = {
        f"in_draw_{index}": ExpressionWrapper(pool, output_field=BooleanField())
        for index, pool in enumerate(pools)
    }
    rows = list(
        Question.objects.filter(reduce(or_, pools), is_current=True)
        .not_instance_of(DescriptionQuestion)
        .non_polymorphic()
        .annotate(**flags)
        .values_list("translation_key", "language", "pk", "default_mark", *flags)
    )
    chosen = []
    for index, draw in enumerate(draws):
        by_key: dict = {}
        for key, question_language, pk, default_mark, *in_draw in rows:
            if not in_draw[index] or key in taken:
                continue
            # prefer the quiz's language, else whatever version exists
            if key not in by_key or question_language == language:
                by_key[key] = (pk, default_mark)
        keys = sorted(by_key, key=str)
        if len(keys) < draw.count:
            raise AssessmentError(
                _("The quiz is not ready: category “%(category)s” has too few questions.")
                % {"category": draw.category.path}
            )
        for key in rng.sample(keys, draw.count):
            pk, default_mark = by_key[key]
            taken.add(key)
            chosen.append((pk, draw.mark if draw.mark is not None else default_mark))
    return chosen


def start_attempt(*, trainee, quiz: QuizPage, now: datetime | None = None) -> Attempt:
    """Start an attempt, or return the one in progress. Refused, with the reason, when the
    module is locked, the quiz is closed, attempts are used up or the cool-down runs."""
    started = _start_or_refuse(trainee, quiz, now=now or timezone.now())
    if isinstance(started, str):
        raise AssessmentError(started)
    return started


@transaction.atomic
def _start_or_refuse(trainee, quiz: QuizPage, *, now: datetime) -> Attempt | str:
    """`start_attempt` in one transaction. A refusal is returned, not raised, so that what was
    done on the way is kept: an overdue attempt the timer submitted stays submitted."""
    get_user_model().objects.select_for_update().filter(pk=trainee.pk).first()  # one at a time
    # the trainee's few attempts at this quiz, read once for the one in progress, the rules and
    # the next number
    attempts = list(attempts_of(trainee, quiz).order_by("-number"))
    overdue = False
    for attempt in attempts:
        if attempt.state == Attempt.State.IN_PROGRESS:
            if finish_if_overdue(attempt, now=now):
                overdue = True
                continue
            return attempt
    if overdue:  # finished just now, by the timer: counted like any finished attempt
        attempts = list(attempts_of(trainee, quiz).order_by("-number"))
    finished = [attempt for attempt in attempts if attempt.state in FINISHED]
    reason = start_refusal(trainee, quiz, now=now, finished=finished)
    if reason:
        return reason
    language = quiz.locale.language_code
    seed = secrets.randbits(48)
    rng = random.Random(seed)
    taken: set = set()
    slots = []
    fixed_questions = list(quiz.fixed_questions.select_related("question"))
    resolved = resolve_all([fixed.question for fixed in fixed_questions], language)
    for fixed in fixed_questions:
        question = resolved[fixed.question_id]
        taken.add(question.translation_key)
        mark = fixed.mark if fixed.mark is not None else question.default_mark
        slots.append((question.pk, mark if question.graded else Decimal(0)))
    slots += _draw(quiz, language, rng, taken)
    if not slots:
        return _("The quiz is not ready: it has no questions yet.")
    if quiz.shuffle_questions:
        rng.shuffle(slots)
    number = (attempts[0].number if attempts else 0) + 1
    deadline = None
    if quiz.time_limit_minutes:
        deadline = now + timedelta(minutes=quiz.time_limit_minutes)
    if quiz.closes_at and (deadline is None or deadline > quiz.closes_at):
        deadline = quiz.closes_at
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                quiz=quiz,
                trainee=trainee,
                number=number,
                language=language,
                seed=seed,
                started_at=now,
                deadline=deadline,
                max_score=sum((mark for _pk, mark in slots), Decimal(0)),
            )
    except IntegrityError:  # a parallel start won the race
        return _("An attempt was started at the same moment; reload.")
    Answer.objects.bulk_create(
        Answer(attempt=attempt, position=index, question_id=pk, mark=mark)
        for index, (pk, mark) in enumerate(slots, start=1)
    )
    return attempt


# --- answering ---------------------------------------------------------------------------------


def _locked(attempt: Attempt) -> Attempt:
    return Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)


def finish_if_overdue(attempt: Attempt, *, now: datetime | None = None) -> bool:
    """Submit an attempt whose time (and grace) has run out; True if it was overdue."""
    now = now or timezone.now()
    grace = timedelta(seconds=conf.get("GRACE_SECONDS"))
    if attempt.state != Attempt.State.IN_PROGRESS or attempt.deadline is None:
        return False
    if now <= attempt.deadline + grace:
        return False
    submit_attempt(attempt=attempt, trainee=attempt.trainee, now=now, auto=True)
    return True


def save_answers(
    *, attempt: Attempt, trainee, responses: dict, now: datetime | None = None
) -> Attempt:
    """Save some answers of an attempt in progress. Every response is checked before any is
    saved: one bad response refuses them all. Answers after the deadline (and its grace)
    are not counted. Returns the attempt as saved."""
    now = now or timezone.now()
    _refuse_late_answers(attempt, trainee, now=now)
    with transaction.atomic():
        attempt = _locked(attempt)
        answers = attempt.answers.with_questions()
        _save_answers(attempt, answers, responses, now=now)
        return attempt


def _refuse_late_answers(attempt: Attempt, trainee, *, now: datetime) -> None:
    """Refuse answers from another trainee, or sent once time is up (the attempt is then
    submitted with the answers saved in time, committed on its own: the refusal keeps it)."""
    if attempt.trainee_id != trainee.pk:
        raise AssessmentError(_("This is not your attempt."))
    if finish_if_overdue(attempt, now=now):
        raise AssessmentError(
            _("Time is up: the attempt was submitted with the answers saved in time.")
        )


def _save_answers(
    attempt: Attempt, answers: list[Answer], responses: dict, *, now: datetime
) -> None:
    """Check and save `responses` into the locked attempt's `answers` (loaded under its lock,
    with their questions), in memory and with one statement."""
    if attempt.state != Attempt.State.IN_PROGRESS:
        raise AssessmentError(_("This attempt is already submitted."))
    grace = timedelta(seconds=conf.get("GRACE_SECONDS"))
    if attempt.deadline and now > attempt.deadline + grace:
        raise AssessmentError(_("Time is up: answers sent after the time limit do not count."))
    if not isinstance(responses, dict):
        raise AssessmentError(_("The answers are not in the expected form."))
    by_position = {str(a.position): a for a in answers}
    unknown = set(map(str, responses)) - set(by_position)
    if unknown:
        raise AssessmentError(_("Some answers are for questions that are not in this attempt."))
    cleaned = {}
    for position, raw in responses.items():
        answer = by_position[str(position)]
        try:
            cleaned[str(position)] = answer.question.clean_response(raw)
        except ValidationError as error:
            raise AssessmentError(
                _("Question %(number)s: %(problem)s")
                % {"number": position, "problem": " ".join(error.messages)}
            ) from error
    changed = []
    for position, value in cleaned.items():
        answer = by_position[position]
        # the page's script sends the whole form after every change: an answer saved before
        # and sent again unchanged keeps its row (and the time it was saved) as it is
        if answer.saved_at is not None and answer.response == value:
            continue
        answer.response = value
        answer.saved_at = now
        changed.append(answer)
    update_rows(changed, ["response", "saved_at"])


def submit_attempt(
    *,
    attempt: Attempt,
    trainee,
    responses: dict | None = None,
    now: datetime | None = None,
    auto: bool = False,
) -> Attempt:
    """Submit and grade an attempt; with `responses` (the form's last answers), save them
    first, as `save_answers` would, under the same lock. Submitting twice grades once (a
    second submit with responses is refused, like a save into a submitted attempt)."""
    now = now or timezone.now()
    if responses is not None:
        _refuse_late_answers(attempt, trainee, now=now)
    with transaction.atomic():
        attempt = _locked(attempt)
        if attempt.trainee_id != trainee.pk:
            raise AssessmentError(_("This is not your attempt."))
        if responses is None and attempt.state != Attempt.State.IN_PROGRESS:
            return attempt
        # loaded once, under the lock: the responses are saved into them, then graded
        answers = attempt.answers.with_questions()
        if responses is not None:
            _save_answers(attempt, answers, responses, now=now)
        attempt.trainee = trainee
        attempt.submitted_at = now
        attempt.auto_submitted = auto
        graded, waiting = [], []
        for answer in answers:
            if _grade_automatically(answer):
                graded.append(answer)
            elif answer.graded_at is None:
                waiting.append(answer)
        # one statement each rather than one per answer: submits crowd together at an exam's end
        update_rows(graded, ["fraction", "awarded", "feedback"])
        update_rows(waiting, ["fraction", "awarded"])
        _total(attempt, now=now, answers=answers, submitting=True)
        return attempt


def _grade_automatically(answer: Answer) -> bool:
    """Grade `answer` in memory; False for a question a person grades (its grade, if it has
    none yet, is emptied instead)."""
    question = answer.question
    if question.manual:
        if answer.graded_at is None:
            answer.fraction = answer.awarded = None
        return False
    grade = question.grade(answer.response)
    answer.fraction = grade.fraction
    answer.awarded = (answer.mark * grade.fraction).quantize(Decimal("0.01"))
    answer.feedback = grade.feedback
    return True


def _total(
    attempt: Attempt,
    *,
    now: datetime,
    answers: list[Answer] | None = None,
    submitting: bool = False,
    why: str = "",
) -> bool:
    """Add up an attempt (from its `answers` as just graded, else as stored), mark it graded
    when nothing waits for a person, and let lms know when the quiz is passed. Whether a result
    the trainee already had has changed (theirs to be told; `why`, a `ResultChange`, is kept
    for the e-mail)."""
    if answers is None:
        answers = list(attempt.answers.all())
    pending = any(a.fraction is None for a in answers)
    attempt.score = sum((a.awarded or Decimal(0) for a in answers), Decimal(0))
    if pending:
        attempt.state = Attempt.State.AWAITING_GRADING
        attempt.percent = attempt.passed = None
    else:
        attempt.state = Attempt.State.GRADED
        attempt.graded_at = now
        attempt.percent = (
            (attempt.score * 100 / attempt.max_score).quantize(Decimal("0.01"))
            if attempt.max_score
            else Decimal(100)
        )
        quiz = attempt.quiz.specific
        attempt.passed = attempt.percent >= quiz.pass_mark
        if submitting:  # the trainee sees the result on the page (a trainer's, by e-mail)
            attempt.told_percent, attempt.told_passed = attempt.percent, attempt.passed
    changed = attempt.state == Attempt.State.GRADED and _result_changed(attempt)
    if changed:  # an e-mail is due: why, and its own count of resends
        attempt.result_change, attempt.email_resends = why, 0
    attempt.save()
    if attempt.state != Attempt.State.GRADED:
        return False
    quiz = attempt.quiz.specific
    if has_passed(attempt.trainee, quiz):
        lms_services.record_completion(trainee=attempt.trainee, page=quiz, when=now)
    return changed


def _result_changed(attempt: Attempt) -> bool:
    """Whether the attempt's result is other than the one the trainee had (none had yet: an
    attempt whose trainer's grade is still to be e-mailed, which will tell it as it is then)."""
    return attempt.told_percent is not None and (attempt.percent, attempt.passed) != (
        attempt.told_percent,
        attempt.told_passed,
    )


# --- grading by people -------------------------------------------------------------------------


def can_grade(user, trainee) -> bool:
    """Trainers grade the trainees of their cohorts; coordinators those of their scope."""
    return (
        user.has_perm("assessments.grade_attempt")
        and trainees_taught_or_visible(user).filter(pk=trainee.pk).exists()
    )


@transaction.atomic
def grade_answer(*, answer: Answer, grader, scores: list, comment: str = "") -> Answer:
    """A trainer grades an essay or a practical assessment against its rubric."""
    answer = Answer.objects.select_for_update().filter(pk=answer.pk).with_questions()[0]
    attempt = _locked(answer.attempt)
    if not can_grade(grader, attempt.trainee):
        raise AssessmentError(_("You may not grade this trainee's work."))
    if not answer.question.manual:
        raise AssessmentError(_("This question is graded automatically."))
    if attempt.state == Attempt.State.IN_PROGRESS:
        raise AssessmentError(_("The attempt is still in progress."))
    try:
        fraction = answer.question.grade_with_rubric(scores)
    except ValidationError as error:
        raise AssessmentError(" ".join(error.messages)) from error
    answer.fraction = fraction
    answer.awarded = (answer.mark * fraction).quantize(Decimal("0.01"))
    answer.rubric_scores = [str(s) for s in scores]
    answer.grader_comment = comment.strip()
    answer.graded_by = grader
    answer.graded_at = timezone.now()
    answer.save()
    waited = attempt.state == Attempt.State.AWAITING_GRADING
    changed = _total(attempt, now=answer.graded_at, why=ResultChange.GRADE)
    if waited and attempt.state == Attempt.State.GRADED:  # the last grade it waited for
        transaction.on_commit(lambda: _enqueue_grade_email(attempt.pk))
    elif changed:  # a grade corrected after the trainee had their result
        transaction.on_commit(lambda: _enqueue_change_email(attempt.pk, ResultChange.GRADE))
    return answer


def _enqueue_grade_email(attempt_id: int) -> None:
    from .tasks import email_grade

    email_grade.delay(attempt_id)


def _enqueue_change_email(attempt_id: int, why: str) -> None:
    from .tasks import email_result_change

    email_result_change.delay(attempt_id, why)


def email_grade(*, attempt_id: int) -> bool:
    """Tell the trainee by e-mail that a trainer's grade completed their attempt, once (a
    repeated task sends nothing). False when nothing was sent (already sent, not graded, or no
    e-mail address)."""

    def message_for(attempt: Attempt):
        if attempt.state != Attempt.State.GRADED:
            return None
        # what it tells is what they know: a correction made before it went is not told apart
        attempt.told_percent, attempt.told_passed = attempt.percent, attempt.passed
        return emails.attempt_graded(attempt)

    return send_once(
        Attempt, attempt_id, "grade_emailed_at", message_for, also=("told_percent", "told_passed")
    )


def email_result_change(*, attempt_id: int, why: str) -> bool:
    """Tell the trainee that the result they had of an attempt has changed (`why`: a
    `ResultChange`), from what they were last told to what it is now. Several changes before the
    task runs make one e-mail, and a repeated task finds nothing left to tell. Whether it sent."""
    with transaction.atomic():
        attempt = (
            Attempt.objects.select_for_update(of=("self",))
            .select_related("trainee")
            .filter(pk=attempt_id, state=Attempt.State.GRADED)
            .first()
        )
        if attempt is None or not _result_changed(attempt):
            return False
        message = emails.result_changed(attempt, why=why)
        if message is None:
            return False
        message.send()
        attempt.told_percent, attempt.told_passed = attempt.percent, attempt.passed
        attempt.save(update_fields=["told_percent", "told_passed"])
    return True


def resend_lost_emails(*, now: datetime | None = None) -> dict[str, list[int]]:
    """Ask again for the e-mails of graded attempts lost on their way (beat runs it every few
    minutes): a trainer's grade not yet told, and a result that changed from the one told.
    Each due `RESEND_AFTER` ago or more and `RESEND_DAYS` at most, to a trainee with an
    address, `EMAIL_RESENDS` times at most. The tasks send once, so an e-mail only slow is not
    sent twice. The ids of the attempts asked for again, by kind."""
    now = now or timezone.now()
    cutoff, oldest = resend_window(now)
    graded = Attempt.objects.filter(
        state=Attempt.State.GRADED, graded_at__lt=cutoff, graded_at__gte=oldest
    ).exclude(trainee__email="")
    resent = {
        # a trainer's grade: the trainee had no result from the page
        "grades": count_resends(
            graded.filter(told_percent__isnull=True, grade_emailed_at__isnull=True)
        ),
        "result_changes": count_resends(
            graded.filter(told_percent__isnull=False).filter(
                ~Q(percent=F("told_percent")) | ~Q(passed=F("told_passed"))
            )
        ),
    }
    for attempt_id in resent["grades"]:
        _enqueue_grade_email(attempt_id)
    why = dict(
        Attempt.objects.filter(pk__in=resent["result_changes"]).values_list("pk", "result_change")
    )
    for attempt_id in resent["result_changes"]:
        _enqueue_change_email(attempt_id, why[attempt_id] or ResultChange.GRADE)
    if any(resent.values()):
        logger.warning(
            "Asked again for lost e-mails: %d grade(s), %d changed result(s)",
            len(resent["grades"]),
            len(resent["result_changes"]),
        )
    return resent


def email_grading_reminder(*, trainer_id: int) -> bool:
    """E-mail a trainer what waits for their grade from the trainees of their cohorts, quiz by
    quiz, when an answer has come in since their last reminder: a queue nobody added to is not
    told again, and a repeated task finds nothing new. Whether it sent."""
    trainer = get_user_model().objects.filter(pk=trainer_id, is_active=True).first()
    if trainer is None or not trainer.has_perm("assessments.grade_attempt"):
        return False
    GradingReminder.objects.get_or_create(trainer=trainer)  # a row to lock from the first one
    with transaction.atomic():
        reminder = GradingReminder.objects.select_for_update().get(pk=trainer.pk)
        if not reminder.enabled:
            return False
        since = reminder.up_to
        new = Q(attempt__submitted_at__gt=since) if since else Q(pk__isnull=False)
        quizzes = list(
            Answer.objects.awaiting_grade()
            .of_trainees_taught_by(trainer)
            .values("attempt__quiz_id")
            .annotate(
                waiting=Count("pk"),
                new=Count("pk", filter=new),
                oldest=Min("attempt__submitted_at"),
                latest=Max("attempt__submitted_at"),
            )
            .order_by("oldest")
        )
        if not any(quiz["new"] for quiz in quizzes):
            return False
        message = emails.answers_to_grade(trainer, quizzes)
        if message is None:
            return False
        message.send()
        reminder.sent_at = timezone.now()
        reminder.up_to = max(quiz["latest"] for quiz in quizzes)
        reminder.save()
    return True


# --- editing the bank --------------------------------------------------------------------------


@transaction.atomic
def revise_question(*, question: Question, changes: dict) -> Question:
    """Edit a question. One that attempts have shown becomes a new version, so those attempts
    keep what they asked; one never shown is edited in place."""
    question = Question.objects.select_for_update().get(pk=question.pk)
    if not question.is_current:
        raise AssessmentError(_("Only the current version of a question can be edited."))
    if not question.attempt_answers.exists():
        for name, value in changes.items():
            setattr(question, name, value)
        question.full_clean()
        question.save()
        return question
    model = question.get_real_instance_class()
    fields = {
        "category": question.category,
        "name": question.name,
        "text": question.text,
        "general_feedback": question.general_feedback,
        "default_mark": question.default_mark,
        "language": question.language,
        "translation_key": question.translation_key,
        "family": question.family,
        **question.copy_data(),
        **changes,
    }
    Question.objects.filter(pk=question.pk).update(is_current=False)
    new = model(version=question.version + 1, is_current=True, **fields)
    new.full_clean()
    new.save()
    new.tags.set(list(question.tags.all()))
    new.save()
    return new


@transaction.atomic
def regrade(*, question: Question, now: datetime | None = None) -> int:
    """Grade again every submitted answer to any version of `question` with its current version
    (a fixed key); attempts and quiz results follow. Returns how many attempts changed."""
    now = now or timezone.now()
    current = Question.objects.get(family=question.family, is_current=True)
    if current.manual:
        return 0
    answers = (
        Answer.objects.select_for_update()
        .filter(question__family=question.family)
        .exclude(attempt__state=Attempt.State.IN_PROGRESS)
        .select_related("attempt")
    )
    changed = set()  # the attempts whose marks changed
    for answer in answers:
        grade = current.grade(_still_valid(current, answer.response))
        awarded = (answer.mark * grade.fraction).quantize(Decimal("0.01"))
        if awarded != answer.awarded or grade.fraction != answer.fraction:
            answer.fraction, answer.awarded, answer.feedback = (
                grade.fraction,
                awarded,
                grade.feedback,
            )
            answer.save(update_fields=["fraction", "awarded", "feedback"])
            changed.add(answer.attempt_id)
    for attempt in Attempt.objects.filter(pk__in=changed).select_related("quiz", "trainee"):
        if _total(attempt, now=now, why=ResultChange.REGRADE):
            transaction.on_commit(partial(_enqueue_change_email, attempt.pk, ResultChange.REGRADE))
    return len(changed)


def _still_valid(question: Question, response):
    """A stored response as the current version understands it (none if it no longer fits)."""
    try:
        return question.clean_response(response)
    except ValidationError:
        return None


# --- periodic ----------------------------------------------------------------------------------


def submit_overdue_attempts(*, now: datetime | None = None) -> int:
    """Submit every attempt whose time and grace have run out (run by Celery beat)."""
    now = now or timezone.now()
    grace = timedelta(seconds=conf.get("GRACE_SECONDS"))
    overdue = Attempt.objects.filter(
        state=Attempt.State.IN_PROGRESS, deadline__lt=now - grace
    ).values_list("pk", flat=True)
    count = 0
    for pk in overdue:
        attempt = Attempt.objects.select_related("trainee").get(pk=pk)
        if finish_if_overdue(attempt, now=now):
            count += 1
    return count
