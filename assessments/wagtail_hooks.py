"""assessments in the Wagtail admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.admin_menu import PermissionMenuItem

from .interop.views import PERMISSION, QuestionExportView, QuestionImportView

# --- question bank import / export (Moodle XML, GIFT) ------------------------------------------


@hooks.register("register_admin_urls")
def register_question_interop_urls():
    return [
        path(
            "assessments/import/", QuestionImportView.as_view(), name="assessments_import_questions"
        ),
        path(
            "assessments/export/", QuestionExportView.as_view(), name="assessments_export_questions"
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_question_interop_menu_item():
    return PermissionMenuItem(
        _("Import / export questions"),
        reverse("assessments_import_questions"),
        icon_name="upload",
        order=450,
        permission=PERMISSION,
    )


# --- quiz reports (attempts overview, exports, question statistics) ---------------------------


@hooks.register("register_admin_urls")
def register_quiz_report_urls():
    from .report_views import AttemptsReportView, QuizReportsIndexView, QuizStatisticsView

    return [
        path("assessments/reports/", QuizReportsIndexView.as_view(), name="assessments_reports"),
        path(
            "assessments/reports/attempts/",
            AttemptsReportView.as_view(),
            name="assessments_reports_attempts",
        ),
        path(
            "assessments/reports/quizzes/<int:quiz_id>/statistics/",
            QuizStatisticsView.as_view(),
            name="assessments_reports_statistics",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_quiz_reports_menu_item():
    return PermissionMenuItem(
        _("Quiz reports"),
        reverse("assessments_reports"),
        name="assessments-quiz-reports",
        icon_name="table",
        order=430,
        permission="assessments.view_reports",
    )


# --- end of quiz reports ----------------------------------------------------------------------


# --- question bank (categories and one screen per question type) ------------------------------


@hooks.register("register_admin_viewset")
def register_question_bank():
    from .viewsets import question_bank

    return question_bank
