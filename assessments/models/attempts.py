"""Attempts at a quiz and the answers in them. An answer points at the exact question version it
showed, so editing the bank never changes what a trainee was asked."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from curriculum.deletion import move_to_translation_or_protect
from lms.permissions import trainees_taught_by

from .questions import Question


class Attempt(models.Model):
    """One try at a quiz by one trainee."""

    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        AWAITING_GRADING = "awaiting_grading", _("Waiting for a trainer's grade")
        GRADED = "graded", _("Graded")

    quiz = models.ForeignKey(
        Page,
        verbose_name=_("quiz"),
        on_delete=move_to_translation_or_protect,
        related_name="+",
    )
    quiz_key = models.UUIDField(editable=False, db_index=True)
    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    state = models.CharField(_("state"), max_length=20, choices=State, default=State.IN_PROGRESS)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    seed = models.BigIntegerField(editable=False)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    auto_submitted = models.BooleanField(_("submitted when time ran out"), default=False)
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)
    score = models.DecimalField(_("marks"), max_digits=8, decimal_places=2, null=True)
    max_score = models.DecimalField(_("out of"), max_digits=8, decimal_places=2, default=0)
    percent = models.DecimalField(_("grade (%)"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)
    # set when the trainee was told by e-mail that a trainer's grade completed the attempt
    grade_emailed_at = models.DateTimeField(_("grade e-mailed at"), null=True, editable=False)
    # the result the trainee last had from us (the page at submission, or an e-mail), so that a
    # later change to it (a regrade, a corrected grade) is told once, as from what they knew
    told_percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, editable=False)
    told_passed = models.BooleanField(null=True, editable=False)
    # why the result last changed from the one told (emails.ResultChange), for the e-mail
    # that tells it, and how many times the sweep of lost e-mails asked again for the one due
    # (a new change starts the count again)
    result_change = models.CharField(max_length=8, blank=True, editable=False)
    email_resends = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        permissions = [
            ("grade_attempt", _("Can grade answers in the grading queue")),
            ("view_reports", _("Can see quiz reports and statistics")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "quiz_key", "number"], name="assessments_attempt_number"
            ),
            models.UniqueConstraint(
                fields=["trainee", "quiz_key"],
                condition=Q(state="in_progress"),
                name="assessments_one_attempt_in_progress",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trainee} — {self.quiz.title} #{self.number}"

    def save(self, *args, **kwargs):
        self.quiz_key = self.quiz.translation_key
        super().save(*args, **kwargs)

    @property
    def in_progress(self) -> bool:
        return self.state == self.State.IN_PROGRESS

    def seconds_left(self, now=None) -> int | None:
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (now or timezone.now())).total_seconds()))


class AnswerQuerySet(models.QuerySet):
    def awaiting_grade(self) -> AnswerQuerySet:
        """Answers of submitted attempts that wait for a person's grade."""
        return self.filter(fraction__isnull=True, attempt__state=Attempt.State.AWAITING_GRADING)

    def of_trainees_taught_by(self, trainer) -> AnswerQuerySet:
        """Answers of the trainees enrolled in a cohort `trainer` teaches."""
        return self.filter(attempt__trainee__in=trainees_taught_by(trainer))

    def with_questions(self) -> list[Answer]:
        """The answers with each question as its own type (SingleChoiceQuestion, ...), loaded in
        one query per question type rather than one per answer."""
        # each answer brings its question's type (a subquery rather than a join, so that a
        # select_for_update locks the answers alone), which saves the polymorphic loader's
        # first query on the questions' base table
        answers = list(
            self.annotate(
                question_type=Subquery(
                    Question.objects.non_polymorphic()
                    .filter(pk=OuterRef("question_id"))
                    .values("polymorphic_ctype_id")
                )
            )
        )
        ids_by_type = defaultdict(set)
        for answer in answers:
            ids_by_type[answer.question_type].add(answer.question_id)
        questions = {}
        for type_id, ids in ids_by_type.items():
            model = ContentType.objects.get_for_id(type_id).model_class()
            questions.update((q.pk, q) for q in model.objects.non_polymorphic().filter(pk__in=ids))
        missing = {a.question_id for a in answers} - set(questions)
        if missing:  # a type whose row is gone: as django-polymorphic would, fall back
            questions.update((q.pk, q) for q in Question.objects.filter(pk__in=missing))
        for answer in answers:
            answer.question = questions[answer.question_id]
        return answers


class Answer(models.Model):
    """A question as asked in an attempt (its position and mark), the trainee's response and
    its grade."""

    attempt = models.ForeignKey(
        Attempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="answers"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="attempt_answers",
    )
    mark = models.DecimalField(_("mark"), max_digits=6, decimal_places=2)
    response = models.JSONField(_("response"), null=True, blank=True)
    saved_at = models.DateTimeField(_("saved at"), null=True, blank=True)
    fraction = models.DecimalField(
        _("fraction"), max_digits=10, decimal_places=7, null=True, blank=True
    )
    awarded = models.DecimalField(
        _("marks awarded"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    feedback = models.JSONField(_("feedback"), default=list, blank=True)
    rubric_scores = models.JSONField(_("rubric points"), null=True, blank=True)
    grader_comment = models.TextField(_("grader's comment"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("graded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["attempt", "position"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="assessments_answer_slot")
        ]

    def __str__(self) -> str:
        return f"{self.attempt} · {self.position}"

    @property
    def needs_grading(self) -> bool:
        return self.fraction is None and self.question.manual


class GradingReminder(models.Model):
    """The last e-mail a trainer had about answers of their trainees waiting for a grade: the next
    one goes only once an answer has come in since (up_to), so a trainer is not told the same
    queue every day; and whether they want these e-mails (their account's notifications)."""

    trainer = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
    )
    # both empty until the first reminder is sent (the row exists first, to be locked)
    sent_at = models.DateTimeField(_("sent at"), null=True)
    # the submission time of the latest answer the e-mail told of
    up_to = models.DateTimeField(_("answers submitted up to"), null=True)
    enabled = models.BooleanField(
        _("E-mail me each morning when answers of my trainees wait for my grade"), default=True
    )

    class Meta:
        verbose_name = _("grading reminder")
        verbose_name_plural = _("grading reminders")

    def __str__(self) -> str:
        return f"{self.trainer} · {self.sent_at or '—'}"
