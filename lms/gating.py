"""The gating engine: which pages of a course a trainee may open, and why the others are locked.

It knows pages only as "completed" or not; whether a lesson was read or a quiz passed is the
business of whoever recorded the completion. Every answer is built from a fixed number of
queries, whatever the size of the course or the number of courses asked about.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import reduce
from operator import or_
from uuid import UUID

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import Completion, CourseRules, Enrolment, GatingOverride, Prerequisite, ReleaseDate

STUDYING = (Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED)


class Status(StrEnum):
    COMPLETED = "completed"
    OPEN = "open"
    LOCKED = "locked"


@dataclass
class PageState:
    page: Page
    status: Status
    reason: str = ""

    @property
    def hours(self) -> Decimal:
        return getattr(self.page, "academic_hours", None) or Decimal(0)

    @property
    def is_open(self) -> bool:
        return self.status != Status.LOCKED


@dataclass
class ModuleState:
    module: Page
    pages: list[PageState] = field(default_factory=list)
    status: Status = Status.OPEN
    reason: str = ""

    @property
    def completed(self) -> bool:
        return all(state.status == Status.COMPLETED for state in self.pages)


@dataclass
class CourseProgress:
    """A trainee's standing in one course: every module and page with its state."""

    course: Page
    enrolment: Enrolment | None
    modules: list[ModuleState]

    @property
    def pages(self) -> list[PageState]:
        return [state for module in self.modules for state in module.pages]

    @property
    def hours_total(self) -> Decimal:
        return sum((state.hours for state in self.pages), Decimal(0))

    @property
    def hours_completed(self) -> Decimal:
        return sum(
            (state.hours for state in self.pages if state.status == Status.COMPLETED), Decimal(0)
        )

    @property
    def percent(self) -> int:
        pages = self.pages
        if not pages:
            return 0
        if self.hours_total:
            return int(self.hours_completed * 100 / self.hours_total)
        return sum(s.status == Status.COMPLETED for s in pages) * 100 // len(pages)

    @property
    def completed(self) -> bool:
        return bool(self.pages) and all(m.completed for m in self.modules)

    @property
    def next_page(self) -> PageState | None:
        """The first open page not yet completed: what the trainee should study next."""
        return next((s for s in self.pages if s.status == Status.OPEN), None)

    def state_of(self, page: Page) -> PageState | ModuleState | None:
        for module in self.modules:
            if module.module.translation_key == page.translation_key:
                return module
            for state in module.pages:
                if state.page.translation_key == page.translation_key:
                    return state
        return None


def course_of(page: Page) -> Page | None:
    """The course a page belongs to (the page itself when it is a course), else None."""
    from curriculum.models import CoursePage

    if isinstance(page.specific_deferred, CoursePage):
        return page
    # a page found by routing carries its parents (Page.route leaves each on the child it found):
    # the course is among them, with no query
    ancestor = page.__dict__.get("_cached_parent_obj")
    while ancestor is not None:
        if isinstance(ancestor.specific_deferred, CoursePage):
            return ancestor.specific_deferred
        if ancestor.depth <= 2:  # a site's root: above it only the tree's root, never a course
            return None
        ancestor = ancestor.__dict__.get("_cached_parent_obj")
    return CoursePage.objects.ancestor_of(page).first()


def outline(courses: list[Page]) -> list[Page]:
    """Modules and their pages of every course, in tree order, in one query per page type."""
    scope = reduce(
        or_,
        (Q(path__startswith=c.path, depth__in=(c.depth + 1, c.depth + 2)) for c in courses),
    )
    return list(Page.objects.live().filter(scope).order_by("path").specific())


def progress_for(
    trainee, courses: list[Page], *, now: datetime | None = None
) -> list[CourseProgress]:
    """The state of every module and page of `courses` for one trainee, in 8 queries or fewer."""
    if not courses:
        return []
    trainee_id = trainee.pk if trainee.is_authenticated else None
    pages = outline(courses)
    facts = _Facts.load(courses, pages, [trainee_id] if trainee_id else [])
    return [facts.evaluate(course, pages, trainee_id, now=now) for course in courses]


def cohort_progress(
    course: Page, trainee_ids: list[int], *, now: datetime | None = None
) -> dict[int, CourseProgress]:
    """Every listed trainee's progress in one course, in a number of queries that does not grow
    with the number of trainees (for progress matrices and reports)."""
    pages = outline([course])
    facts = _Facts.load([course], pages, trainee_ids)
    return {tid: facts.evaluate(course, pages, tid, now=now) for tid in trainee_ids}


@dataclass
class _Facts:
    """Everything gating needs about some trainees and courses, loaded in a fixed set of queries."""

    enrolments: dict[tuple[int, UUID], Enrolment]
    completed: dict[int, set[UUID]]
    overrides: dict[int, set[UUID]]
    rules: dict[UUID, CourseRules]
    prerequisites: dict[UUID, list[Prerequisite]]
    releases: dict[tuple[int, UUID], datetime]
    titles: dict[UUID, str]

    @classmethod
    def load(cls, courses: list[Page], outline: list[Page], trainee_ids: list[int]) -> _Facts:
        course_keys = [c.translation_key for c in courses]
        keys = {p.translation_key for p in outline}
        enrolments, releases = {}, {}
        completed: dict[int, set[UUID]] = defaultdict(set)
        overrides: dict[int, set[UUID]] = defaultdict(set)
        if trainee_ids:
            enrolments = {
                (e.trainee_id, e.course_key): e
                for e in Enrolment.objects.filter(
                    trainee_id__in=trainee_ids, course_key__in=course_keys
                ).select_related("cohort")
            }
            for trainee_id, key in Completion.objects.filter(
                trainee_id__in=trainee_ids, page_key__in=keys
            ).values_list("trainee_id", "page_key"):
                completed[trainee_id].add(key)
            for trainee_id, key in GatingOverride.objects.filter(
                trainee_id__in=trainee_ids, page_key__in=keys
            ).values_list("trainee_id", "page_key"):
                overrides[trainee_id].add(key)
            cohort_ids = {e.cohort_id for e in enrolments.values() if e.cohort_id}
            releases = {
                (r.cohort_id, r.page_key): r.opens_at
                for r in ReleaseDate.objects.filter(cohort_id__in=cohort_ids, page_key__in=keys)
            }
        prerequisites: dict[UUID, list[Prerequisite]] = defaultdict(list)
        for rule in Prerequisite.objects.filter(page_key__in=keys).select_related("required_page"):
            prerequisites[rule.page_key].append(rule)
        return cls(
            enrolments=enrolments,
            completed=completed,
            overrides=overrides,
            rules={r.course_key: r for r in CourseRules.objects.filter(course_key__in=course_keys)},
            prerequisites=prerequisites,
            releases=releases,
            titles={p.translation_key: p.title for p in outline},
        )

    def evaluate(
        self, course: Page, outline: list[Page], trainee_id: int | None, *, now: datetime | None
    ) -> CourseProgress:
        now = now or timezone.now()
        enrolment = self.enrolments.get((trainee_id, course.translation_key))
        studying = enrolment is not None and enrolment.status in STUDYING
        rules = self.rules.get(course.translation_key)
        sequential = rules is None or rules.order == CourseRules.Order.SEQUENTIAL
        cohort_id = enrolment.cohort_id if enrolment else None
        completed = self.completed.get(trainee_id, set())
        overrides = self.overrides.get(trainee_id, set())

        def lock_reason(page: Page) -> str:
            """Why an explicit rule (a release date or a prerequisite) keeps `page` closed."""
            opens_at = self.releases.get((cohort_id, page.translation_key))
            if opens_at and opens_at > now:
                return _("Opens on %(date)s.") % {
                    "date": date_format(timezone.localtime(opens_at), "DATETIME_FORMAT")
                }
            for rule in self.prerequisites.get(page.translation_key, ()):
                if rule.required_key not in completed:
                    title = self.titles.get(rule.required_key, rule.required_page.title)
                    return _("Complete “%(title)s” to open this.") % {"title": title}
            return ""

        modules: list[ModuleState] = []
        for page in outline:
            if not page.path.startswith(course.path):
                continue
            if page.depth == course.depth + 1:
                modules.append(ModuleState(module=page))
            elif modules:
                modules[-1].pages.append(PageState(page=page, status=Status.OPEN))

        previous: ModuleState | None = None
        for module in modules:
            key = module.module.translation_key
            if key in overrides:
                module.status, module.reason = Status.OPEN, ""
            elif not studying:
                module.status = Status.LOCKED
                module.reason = _("Enrol in this course to open its modules.")
            elif sequential and previous is not None and not previous.completed:
                module.status = Status.LOCKED
                module.reason = _("Complete “%(previous)s” to open “%(module)s”.") % {
                    "previous": previous.module.title,
                    "module": module.module.title,
                }
            elif reason := lock_reason(module.module):
                module.status, module.reason = Status.LOCKED, reason
            for state in module.pages:
                page_key = state.page.translation_key
                if page_key in completed:
                    state.status = Status.COMPLETED
                elif page_key in overrides:
                    state.status = Status.OPEN
                elif module.status == Status.LOCKED:
                    state.status, state.reason = Status.LOCKED, module.reason
                elif reason := lock_reason(state.page):
                    state.status, state.reason = Status.LOCKED, reason
            if module.pages and module.completed:
                module.status = Status.COMPLETED
            previous = module
        return CourseProgress(course=course, enrolment=enrolment, modules=modules)


def course_progress(trainee, course: Page, *, now: datetime | None = None) -> CourseProgress:
    """One trainee's progress in one course."""
    return progress_for(trainee, [course], now=now)[0]


def page_access(
    trainee, page: Page, *, now: datetime | None = None, progress: CourseProgress | None = None
) -> tuple[bool, str]:
    """Whether `trainee` may open `page`, and if not, why. Pages outside a course are open.
    A caller that already has the course's progress passes it to save computing it again."""
    if progress is None:
        course = course_of(page)
        if course is None or course.pk == page.pk:
            return True, ""
        progress = course_progress(trainee, course, now=now)
    state = progress.state_of(page)
    if state is None or isinstance(state, ModuleState):
        return True, ""
    return state.is_open, state.reason


def request_course(request, page: Page) -> Page | None:
    """`course_of(page)`, worked out once per request and page (the gate, the page's context
    and its template all ask)."""
    cache = request.__dict__.setdefault("_lms_course", {})
    if page.pk not in cache:
        cache[page.pk] = course_of(page)
    return cache[page.pk]


def request_page_access(request, page: Page) -> tuple[bool, str]:
    """`page_access` for the current user on this request's course progress (computed once)."""
    course = request_course(request, page)
    if course is None or course.pk == page.pk:
        return True, ""
    return page_access(request.user, page, progress=request_progress(request, course))


def request_progress(request, course: Page) -> CourseProgress:
    """The current user's progress in `course`, computed once per request (the gate in front of
    a lesson and the lesson's own template ask for the same thing)."""
    cache = request.__dict__.setdefault("_lms_progress", {})
    if course.pk not in cache:
        cache[course.pk] = course_progress(request.user, course)
    return cache[course.pk]
