"""Template tags that show a trainee's state on curriculum pages (the site's templates use them;
curriculum itself never knows about trainees)."""

from django import template

from .. import gating
from ..models import CourseRules

register = template.Library()


def _progress(context, page):
    """The course progress of the current user, computed once per request and course."""
    course = gating.request_course(context["request"], page)
    return gating.request_progress(context["request"], course) if course else None


@register.inclusion_tag("lms/includes/course_panel.html", takes_context=True)
def course_progress_panel(context, page):
    """Enrol button, or progress in hours and what to study next."""
    progress = _progress(context, page)
    rules = CourseRules.objects.filter(course_key=page.translation_key).first()
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "page": page,
        "progress": progress,
        "self_enrolment": rules is None or rules.self_enrolment,
    }


@register.inclusion_tag("lms/includes/module_status.html", takes_context=True)
def module_progress(context, page):
    progress = _progress(context, page)
    state = progress.state_of(page) if progress else None
    return {"request": context["request"], "progress": progress, "state": state}


@register.inclusion_tag("lms/includes/lesson_actions.html", takes_context=True)
def lesson_progress(context, page, next_page=None):
    """The "mark as done" button of a lesson, or that it is done."""
    progress = _progress(context, page)
    state = progress.state_of(page) if progress else None
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "page": page,
        "state": state,
        "next_page": next_page,
        "enrolled": bool(progress and progress.enrolment),
    }
