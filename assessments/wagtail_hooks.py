"""assessments in the Wagtail admin."""

from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from lms.admin_menu import PermissionMenuItem

from .interop.views import PERMISSION, QuestionExportView, QuestionImportView
from .models import GradingReminder

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


# --- a trainer's morning e-mail about their grading queue, in their account's notifications ----


class GradingReminderForm(forms.ModelForm):
    class Meta:
        model = GradingReminder
        fields = ["enabled"]


class GradingReminderSettingsPanel(BaseSettingsPanel):
    name = "grading_reminders"
    title = _("Grading")
    tab = notifications_tab
    order = 200
    form_class = GradingReminderForm

    def is_active(self) -> bool:
        return self.user.has_perm("assessments.grade_attempt")

    @cached_property
    def reminder(self) -> GradingReminder:
        """The trainer's row if they have had a reminder, else a new one, saved with the form:
        read once, though Wagtail asks for the form more than once a request."""
        found = GradingReminder.objects.filter(trainer=self.user).first()
        return found or GradingReminder(trainer=self.user)

    def get_form(self):
        kwargs = {"instance": self.reminder, "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)


@hooks.register("register_account_settings_panel")
def grading_reminder_settings(request, user, profile):
    return GradingReminderSettingsPanel(request, user, profile)
