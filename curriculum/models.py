"""The curriculum tree: ProgramPage > CoursePage > ModulePage > LessonPage.

Every level carries academic hours and learning outcomes; pages are translated per locale
(Wagtail i18n with wagtail-localize). Nothing here knows about trainees.
"""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from . import conf
from .blocks import RICH_TEXT_FEATURES, LearningOutcomesBlock, LessonBodyBlock


class DeliveryMode(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    BLENDED = "blended", _("Blended")


class CurriculumPage(Page):
    """Fields shared by every level of the curriculum tree."""

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in lists and search.")
    )
    academic_hours = models.DecimalField(
        _("academic hours"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    learning_outcomes = StreamField(
        LearningOutcomesBlock(), verbose_name=_("learning outcomes"), blank=True
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
    ]

    curriculum_panels = [
        FieldPanel("summary"),
        FieldPanel("academic_hours"),
        FieldPanel("learning_outcomes"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.get_ancestors().filter(depth__gt=1).live()
        return context


class OfferingPage(CurriculumPage):
    """A programme or course: something offered to trainees, with its mode and qualification."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    delivery_mode = models.CharField(
        _("delivery mode"), max_length=16, choices=DeliveryMode, default=DeliveryMode.BLENDED
    )
    target_qualification = models.TextField(
        _("target qualification"),
        blank=True,
        help_text=_("The qualification this prepares for, as trainees should read it."),
    )

    search_fields = [*CurriculumPage.search_fields, index.SearchField("intro")]

    content_panels = [
        *CurriculumPage.content_panels,
        *CurriculumPage.curriculum_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("delivery_mode"), FieldPanel("target_qualification")],
            heading=_("Delivery and qualification"),
        ),
    ]

    class Meta:
        abstract = True


class ProgramPage(OfferingPage):
    """A training programme, such as the 72-hour negotiator-ethnomediator programme."""

    subpage_types = ["curriculum.CoursePage"]

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = self.get_children().live().public().specific()
        return context


class CoursePage(OfferingPage):
    """A course of a programme; its modules are studied in the order of the page tree."""

    parent_page_types = ["curriculum.ProgramPage"]
    subpage_types = ["curriculum.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = self.module_outline()
        return context

    def module_outline(self) -> list[dict]:
        """Modules with their live child pages, built from one descendants query per page type."""
        descendants = list(self.get_descendants().live().public().specific().order_by("path"))
        outline, current = [], None
        for page in descendants:
            if page.depth == self.depth + 1:
                current = {"module": page, "pages": []}
                outline.append(current)
            elif page.depth == self.depth + 2 and current is not None:
                current["pages"].append(page)
        return outline


class ModulePage(CurriculumPage):
    """A module of a course: a group of lessons (and, with assessments installed, quizzes)."""

    parent_page_types = ["curriculum.CoursePage"]
    subpage_types = conf.get("MODULE_CHILD_PAGE_TYPES")

    content_panels = [*CurriculumPage.content_panels, *CurriculumPage.curriculum_panels]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context


class LessonPage(CurriculumPage):
    """A lesson: a body of text, media, case studies, role-plays and reflection prompts."""

    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["curriculum.ModulePage"]
    subpage_types: list[str] = []

    search_fields = [*CurriculumPage.search_fields, index.SearchField("body")]
    content_panels = [
        *CurriculumPage.content_panels,
        *CurriculumPage.curriculum_panels,
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["previous_lesson"], context["next_lesson"] = self.neighbours()
        return context

    def neighbours(self) -> tuple["LessonPage | None", "LessonPage | None"]:
        """The lessons before and after this one across the whole course, in one query."""
        course_path = self.path[: Page.steplen * (self.depth - 2)]
        lessons = list(
            LessonPage.objects.live()
            .public()
            .filter(path__startswith=course_path, depth=self.depth)
            .order_by("path")
            .only("id", "title", "slug", "url_path", "path", "depth", "locale_id")
        )
        index_of = next((i for i, lesson in enumerate(lessons) if lesson.pk == self.pk), None)
        if index_of is None:
            return None, None
        previous = lessons[index_of - 1] if index_of > 0 else None
        following = lessons[index_of + 1] if index_of + 1 < len(lessons) else None
        return previous, following
