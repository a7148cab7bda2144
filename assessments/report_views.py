"""Admin screens of the quiz reports: the quizzes, the attempts at one (with CSV and XLSX
exports) and its question statistics. Each screen runs a fixed number of queries."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms import exports

from . import reports
from .models import Attempt, QuizPage

ATTEMPTS_PER_PAGE = 50
EXPORT_FORMATS = ("csv", "xlsx")


class ReportPermissionMixin:
    """Only staff holding `assessments.view_reports`; which rows they see is up to their scope."""

    permission = "assessments.view_reports"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ReportView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "table"

    def index_breadcrumbs(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("assessments_reports"), "label": _("Quiz reports")},
        ]


class QuizReportsIndexView(ReportView):
    """Every live quiz, with links to its attempts and its statistics."""

    template_name = "assessments/reports/index.html"
    page_title = gettext_lazy("Quiz reports")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quizzes"] = reports.live_quizzes(self.request.user)
        return context


# --- attempts overview ------------------------------------------------------------------------


class AttemptFilterForm(forms.Form):
    """The filters of the attempts overview; every field may stay empty."""

    quiz = forms.IntegerField(label=gettext_lazy("Quiz"), required=False, widget=forms.Select)
    state = forms.ChoiceField(label=gettext_lazy("State"), required=False)
    passed = forms.ChoiceField(
        label=gettext_lazy("Result"),
        required=False,
        choices=[
            ("", gettext_lazy("Any result")),
            ("yes", gettext_lazy("Passed")),
            ("no", gettext_lazy("Not passed")),
        ],
    )

    def __init__(self, *args, quizzes: list[reports.QuizListing], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quiz"].widget.choices = [
            ("", _("All quizzes")),
            *((listing.page.pk, listing.page.title) for listing in quizzes),
        ]
        self.fields["state"].choices = [("", _("Any state")), *Attempt.State.choices]

    def clean_quiz(self) -> QuizPage | None:
        # any quiz, in any language and even unpublished: its attempts are still worth reading
        pk = self.cleaned_data["quiz"]
        if pk is None:
            return None
        quiz = QuizPage.objects.filter(pk=pk).first()
        if quiz is None:
            raise forms.ValidationError(_("Choose a quiz from the list."))
        return quiz

    def clean_passed(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.cleaned_data["passed"])


class AttemptsReportView(ReportView):
    """One row per attempt the viewer may see, filtered, paginated, exported as CSV or XLSX."""

    template_name = "assessments/reports/attempts.html"
    page_title = gettext_lazy("Quiz attempts")

    def get(self, request, *args, **kwargs):
        self.quizzes = reports.live_quizzes(request.user)
        self.form = AttemptFilterForm(request.GET or None, quizzes=self.quizzes)
        if self.form.is_bound and not self.form.is_valid():
            return self.render_to_response(self.get_context_data(), status=400)
        filters = self.form.cleaned_data if self.form.is_bound else {}
        self.quiz = filters.get("quiz")
        self.rows = reports.attempt_rows(
            request.user,
            quiz=self.quiz,
            state=filters.get("state", ""),
            passed=filters.get("passed"),
        )
        export = request.GET.get("export")
        if export in EXPORT_FORMATS:
            return self.export(export)
        return self.render_to_response(self.get_context_data())

    def get_page_subtitle(self):
        quiz = getattr(self, "quiz", None)
        return quiz.title if quiz else ""

    def get_breadcrumbs_items(self):
        return [*self.index_breadcrumbs(), {"url": "", "label": self.get_header_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["quiz"] = getattr(self, "quiz", None)
        if hasattr(self, "rows"):
            paginator = Paginator(self.rows, ATTEMPTS_PER_PAGE)
            page = paginator.get_page(self.request.GET.get("p"))
            labels = reports.state_label_map()
            context["show_results"] = True
            context["page_obj"] = page
            context["attempts"] = [reports.attempt_record(row, state_labels=labels) for row in page]
            context["columns"] = reports.ATTEMPT_COLUMNS
        return context

    def export_filename(self, extension: str) -> str:
        name = self.quiz.slug if self.quiz else "all-quizzes"
        return f"attempts-{name}-{timezone.localdate():%Y-%m-%d}.{extension}"

    def export(self, export_format: str):
        rows = self.rows.iterator(chunk_size=reports.CHUNK_SIZE)
        if export_format == "csv":
            return exports.csv_response(
                reports.attempts_csv(rows), filename=self.export_filename("csv")
            )
        return exports.xlsx_response(
            reports.attempts_xlsx(rows), filename=self.export_filename("xlsx")
        )


# --- statistics -------------------------------------------------------------------------------


class StatisticsForm(forms.Form):
    attempts = forms.ChoiceField(
        label=gettext_lazy("Calculate from"),
        required=False,
        choices=[
            ("first", gettext_lazy("The first graded attempt of each trainee")),
            ("all", gettext_lazy("All graded attempts")),
        ],
    )


class QuizStatisticsView(ReportView):
    """Moodle's quiz statistics for one quiz: grades overall and each question's facility,
    spread and discrimination."""

    template_name = "assessments/reports/statistics.html"
    page_title = gettext_lazy("Quiz statistics")

    def get(self, request, *args, **kwargs):
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["quiz_id"])
        self.form = StatisticsForm(request.GET or None)
        all_attempts = self.form.is_valid() and self.form.cleaned_data["attempts"] == "all"
        self.statistics = reports.quiz_statistics(
            self.quiz, request.user, all_attempts=all_attempts
        )
        return self.render_to_response(self.get_context_data())

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return [*self.index_breadcrumbs(), {"url": "", "label": self.get_header_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(quiz=self.quiz, form=self.form, statistics=self.statistics)
        return context
