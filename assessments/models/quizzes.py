"""The quiz page placed under a module, with its rules and the questions it asks."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from curriculum.blocks import RICH_TEXT_FEATURES
from curriculum.models import CurriculumPage

from .. import conf
from .questions import Question, QuestionCategory


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest grade")
    LAST = "last", _("Last attempt")
    FIRST = "first", _("First attempt")
    AVERAGE = "average", _("Average of attempts")


class ReviewRule(models.TextChoices):
    SCORE_ONLY = "score_only", _("Score only")
    AFTER_PASS = "after_pass", _("Correct answers once the trainee has passed")
    AFTER_CLOSE = "after_close", _("Correct answers after the quiz closes")


class QuizPage(CurriculumPage):
    """A quiz at the end of a module; passing it completes the page in lms and opens what
    depends on it."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    pass_mark = models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(conf.get("PASS_MARK")),
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 means no limit.")
    )
    cooldown_minutes = models.PositiveIntegerField(_("wait between attempts (minutes)"), default=0)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), default=0, help_text=_("0 means no time limit.")
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    grading_method = models.CharField(
        _("grading method"), max_length=16, choices=GradingMethod, default=GradingMethod.HIGHEST
    )
    review_rule = models.CharField(
        _("what trainees see after an attempt"),
        max_length=16,
        choices=ReviewRule,
        default=ReviewRule.AFTER_PASS,
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    is_practical = models.BooleanField(
        _("practical assessment"),
        default=False,
        help_text=_(
            "An assessed role-play or other practical task, graded by an assessor with a rubric; "
            "qualification requirements count these separately from tests."
        ),
    )

    parent_page_types = ["curriculum.ModulePage"]
    subpage_types: list[str] = []

    content_panels = [
        *CurriculumPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("cooldown_minutes"), FieldPanel("time_limit_minutes")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel([FieldPanel("grading_method"), FieldPanel("review_rule")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                FieldPanel("is_practical"),
            ],
            heading=_("Rules"),
        ),
        InlinePanel("fixed_questions", heading=_("Questions"), label=_("question")),
        InlinePanel("draws", heading=_("Random questions"), label=_("random draw")),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return (self.opens_at is None or now >= self.opens_at) and (
            self.closes_at is None or now < self.closes_at
        )

    def get_context(self, request, *args, **kwargs):
        from lms import gating

        from ..selectors import quiz_overview

        context = super().get_context(request, *args, **kwargs)
        # the gate in front of the page has worked out the trainee's course progress already
        access = (
            gating.request_page_access(request, self) if request.user.is_authenticated else None
        )
        context["overview"] = quiz_overview(self, request.user, access=access)
        return context


class QuizQuestion(Orderable):
    """A question the quiz always asks, in the quiz's language where a translation exists."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )
    mark = models.DecimalField(
        _("mark"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty to use the question's default mark."),
    )

    panels = [FieldPanel("question"), FieldPanel("mark")]

    class Meta(Orderable.Meta):
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")


class QuizDraw(Orderable):
    """N questions drawn at random, per attempt, from a category of the bank."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draws")
    category = models.ForeignKey(
        QuestionCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveSmallIntegerField(
        _("number of questions"), validators=[MinValueValidator(1)]
    )
    include_subcategories = models.BooleanField(_("include subcategories"), default=True)
    mark = models.DecimalField(
        _("mark per question"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty to use each question's default mark."),
    )

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("count"), FieldPanel("mark")]),
        FieldPanel("include_subcategories"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("random draw")
        verbose_name_plural = _("random draws")
