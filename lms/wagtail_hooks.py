"""lms in Wagtail: the gate in front of every course page, the audit-log action for overrides,
and the staff screens for regions, organisations, cohorts, trainees and course rules."""

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import gating
from .admin_menu import PermissionMenuItem
from .admin_views import OverrideView, TraineeImportView
from .viewsets import lms_viewset_group


def is_staff_reader(user) -> bool:
    """Authors and trainers read every page of a course without studying it."""
    return user.has_perm("wagtailadmin.access_admin")


@hooks.register("before_serve_page")
def refuse_locked_pages(page, request, serve_args, serve_kwargs):
    """A lesson or quiz of a course opens only to an enrolled trainee who has unlocked it.

    Programme, course and module pages stay public: they are the catalogue and the outline.
    """
    if getattr(request, "is_preview", False) or is_staff_reader(request.user):
        return None
    course = gating.request_course(request, page)
    if course is None or page.depth < course.depth + 2:
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    allowed, reason = gating.request_page_access(request, page)
    if allowed:
        return None
    return TemplateResponse(
        request,
        "lms/locked.html",
        {"page": page, "course": course, "reason": reason},
        status=403,
    )


@hooks.register("register_log_actions")
def register_lms_log_actions(actions):
    actions.register_action(
        "lms.gating_override", _("Open for a trainee"), _("Opened for a trainee")
    )


@hooks.register("register_admin_viewset")
def register_lms_viewsets():
    return lms_viewset_group


@hooks.register("register_admin_urls")
def register_lms_admin_urls():
    return [
        path("lms/import/", TraineeImportView.as_view(), name="lms_import_trainees"),
        path("lms/override/", OverrideView.as_view(), name="lms_override"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Import trainees"),
        reverse("lms_import_trainees"),
        icon_name="upload",
        order=410,
        permission="lms.import_trainees",
    )


@hooks.register("register_admin_menu_item")
def register_override_menu_item():
    return PermissionMenuItem(
        _("Open a page for a trainee"),
        reverse("lms_override"),
        icon_name="lock-open",
        order=420,
        permission="lms.override_gating",
    )
