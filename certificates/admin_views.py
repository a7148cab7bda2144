"""Admin screens of the qualification reports: who in the viewer's scope meets a profile (with
one trainee's checklist behind each row), the register of current holders, and the training
statistics by region or organisation; all export as CSV and XLSX. Only staff holding
`certificates.view_certificate` open them, and every row, count, export and checklist is
limited to the trainees the viewer may see."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms import exports
from lms.models import Organisation, Region, TraineeProfile

from . import reports, statuses, training_statistics
from .eligibility import evaluate_trainee
from .models import Certificate, QualificationProfile

ROWS_PER_PAGE = 50
EXPORT_FORMATS = ("csv", "xlsx")


class CertificatePermissionMixin:
    """Only staff holding `certificates.view_certificate`; which trainees they see is up to
    their scope (`lms.permissions.trainees_visible_to`)."""

    permission = "certificates.view_certificate"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class QualificationReportView(CertificatePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_header_title()}]


class ReportFilterForm(forms.Form):
    """Profile (required), region and organisation, shared by both reports."""

    profile = forms.ModelChoiceField(
        label=gettext_lazy("Qualification"),
        queryset=QualificationProfile.objects.order_by("-active", "name_kk", "pk"),
        empty_label=None,
    )
    region = forms.ModelChoiceField(
        label=gettext_lazy("Region"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=gettext_lazy("All regions"),
    )
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Organisation"),
        queryset=Organisation.objects.all(),
        required=False,
        empty_label=gettext_lazy("All organisations"),
    )

    @classmethod
    def from_request(cls, request, **defaults):
        """Bound to the query string, the default profile filled in when none is chosen, so a
        first visit shows a report at once."""
        data = request.GET.copy()
        profile = reports.default_profile()
        for name, value in {"profile": profile.pk if profile else "", **defaults}.items():
            if not data.get(name):
                data[name] = value
        return cls(data)


class EligibilityFilterForm(ReportFilterForm):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("Everyone")), *reports.STATUS_FILTERS],
    )
    expiring_days = forms.IntegerField(
        label=gettext_lazy("Expiring within (days)"),
        min_value=1,
        max_value=3650,
        initial=reports.DEFAULT_EXPIRING_DAYS,
        help_text=gettext_lazy("For the status “Certificate expiring soon”."),
    )


def _xlsx_response(columns, records, *, filename: str, title: str) -> StreamingHttpResponse:
    return exports.xlsx_response(
        reports.xlsx_chunks(columns, records, title=title), filename=filename
    )


def _csv_response(columns, records, *, filename: str) -> StreamingHttpResponse:
    return exports.csv_response(reports.stream_csv(columns, records), filename=filename)


# --- eligibility report -----------------------------------------------------------------------


class EligibilityReportView(QualificationReportView):
    """Who in the viewer's scope meets a profile: counts per status, a paginated table and its
    exports. The page and the exports read the stored statuses, judging first whoever's is
    outdated (a batch at most, more in a worker). While a worker judges, an export judges the
    population itself instead: it is a file the administrator keeps, not a page that says how
    many are still being judged."""

    template_name = "certificates/admin/report.html"
    page_title = gettext_lazy("Eligibility report")

    def get(self, request, *args, **kwargs):
        self.form = EligibilityFilterForm.from_request(
            request, expiring_days=reports.DEFAULT_EXPIRING_DAYS
        )
        if not self.form.is_valid():
            status = 200 if self.form.data.get("profile") == "" else 400
            return self.render_to_response(self.get_context_data(), status=status)
        filters = self.form.cleaned_data
        self.profile = filters["profile"]
        self.today = timezone.localdate()
        self.trainee_ids = reports.report_trainee_ids(
            request.user, region=filters["region"], organisation=filters["organisation"]
        )
        export = request.GET.get("export")
        if export in EXPORT_FORMATS:
            return self.export(export)
        self.judging = statuses.bring_up_to_date(self.trainee_ids, self.profile, on=self.today)
        self.report = reports.eligibility_report(
            self.profile,
            self.trainee_ids,
            status=filters["status"],
            expiring_days=filters["expiring_days"],
            on=self.today,
        )
        return self.render_to_response(self.get_context_data())

    def get_page_subtitle(self):
        profile = getattr(self, "profile", None)
        return profile.name if profile else ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["no_profiles"] = self.form.data.get("profile") == ""
        report = getattr(self, "report", None)
        if report is None:
            return context
        status = self.form.cleaned_data["status"]
        # the paginator's count is the one already made: no second count query
        paginator = Paginator(report.statuses, ROWS_PER_PAGE)
        paginator.count = report.counts[status] if status else report.total
        page = paginator.get_page(self.request.GET.get("p"))
        expiring_days = self.form.cleaned_data["expiring_days"]
        context.update(
            show_results=True,
            profile=self.profile,
            today=self.today,
            page_obj=page,
            rows=reports.page_rows(
                self.profile, page.object_list, on=self.today, expiring_days=expiring_days
            ),
            total=report.total,
            judging=self.judging,
            status=status,
            status_label=dict(reports.STATUS_FILTERS).get(status, ""),
            counts=[(code, label, report.counts[code]) for code, label in reports.STATUS_FILTERS],
            expiring_days=expiring_days,
            # for the bulk issue the lead adds above the table: who would get a certificate
            eligible_count=report.counts[reports.ELIGIBLE],
            # a bulk issue covers the viewer's whole scope, not a region or organisation filter
            whole_scope=not (
                self.form.cleaned_data["region"] or self.form.cleaned_data["organisation"]
            ),
        )
        return context

    def export(self, export_format: str):
        filters = self.form.cleaned_data
        judging = statuses.bring_up_to_date(self.trainee_ids, self.profile, on=self.today)
        if judging:
            rows = reports.eligibility_rows(
                self.profile,
                self.trainee_ids.iterator(chunk_size=reports.BATCH),
                on=self.today,
                expiring_days=filters["expiring_days"],
                status=filters["status"],
                describe_missing=True,
            )
        else:
            rows = reports.stored_eligibility_rows(
                self.profile,
                self.trainee_ids,
                on=self.today,
                expiring_days=filters["expiring_days"],
                status=filters["status"],
            )
        records = (reports.eligibility_record(row) for row in rows)
        columns = reports.ELIGIBILITY_COLUMNS
        filename = f"eligibility-{self.profile.slug}-{self.today:%Y-%m-%d}.{export_format}"
        if export_format == "csv":
            return _csv_response(columns, records, filename=filename)
        return _xlsx_response(columns, records, filename=filename, title=self.profile.slug)


class TraineeChecklistView(QualificationReportView):
    """One trainee's checklist for a profile, requirement by requirement, and their certificates
    of it. A trainee outside the viewer's scope is not found."""

    template_name = "certificates/admin/trainee.html"
    page_title = gettext_lazy("Eligibility")

    def get(self, request, *args, profile_id: int, trainee_id: int, **kwargs):
        self.profile = get_object_or_404(QualificationProfile, pk=profile_id)
        if not reports.report_trainee_ids(request.user).filter(user_id=trainee_id).exists():
            raise Http404
        self.person = get_object_or_404(
            TraineeProfile.objects.select_related("user", "region").prefetch_related(
                "organisations"
            ),
            user_id=trainee_id,
        )
        [self.checklist] = evaluate_trainee(self.person.user, [self.profile])
        return self.render_to_response(self.get_context_data())

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        report_url = f"{reverse('certificates_report')}?profile={self.profile.pk}"
        return [
            *self.breadcrumbs_items,
            {"url": report_url, "label": _("Eligibility report")},
            {"url": "", "label": self.get_header_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            profile=self.profile,
            person=self.person,
            checklist=self.checklist,
            today=timezone.localdate(),
            certificates=Certificate.objects.filter(
                trainee_id=self.person.user_id, profile=self.profile
            ).order_by("-issued_on", "-pk"),
        )
        return context


# --- register of holders ----------------------------------------------------------------------


class HoldersView(QualificationReportView):
    """The current holders of a profile in the viewer's scope (valid, not expired) with their
    register entries: the list an office sends to the register of mediators."""

    template_name = "certificates/admin/holders.html"
    page_title = gettext_lazy("Register of holders")

    def get(self, request, *args, **kwargs):
        self.form = ReportFilterForm.from_request(request)
        if not self.form.is_valid():
            status = 200 if self.form.data.get("profile") == "" else 400
            return self.render_to_response(self.get_context_data(), status=status)
        filters = self.form.cleaned_data
        self.profile = filters["profile"]
        self.today = timezone.localdate()
        self.holders = reports.current_holders(
            request.user,
            self.profile,
            region=filters["region"],
            organisation=filters["organisation"],
            on=self.today,
        )
        export = request.GET.get("export")
        if export in EXPORT_FORMATS:
            return self.export(export)
        return self.render_to_response(self.get_context_data())

    def get_page_subtitle(self):
        profile = getattr(self, "profile", None)
        return profile.name if profile else ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["no_profiles"] = self.form.data.get("profile") == ""
        holders = getattr(self, "holders", None)
        if holders is None:
            return context
        page = Paginator(holders, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            show_results=True,
            profile=self.profile,
            page_obj=page,
            holders=list(reports.holder_rows(page.object_list)),
        )
        return context

    def export(self, export_format: str):
        rows = reports.holder_rows(self.holders.iterator(chunk_size=reports.BATCH))
        records = (reports.holder_record(row) for row in rows)
        columns = reports.HOLDER_COLUMNS
        filename = f"holders-{self.profile.slug}-{self.today:%Y-%m-%d}.{export_format}"
        if export_format == "csv":
            return _csv_response(columns, records, filename=filename)
        return _xlsx_response(columns, records, filename=filename, title=self.profile.slug)


# --- training statistics ----------------------------------------------------------------------


class StatisticsFilterForm(forms.Form):
    by = forms.ChoiceField(label=gettext_lazy("Rows"), choices=training_statistics.GROUPING_CHOICES)
    year = forms.TypedChoiceField(
        label=gettext_lazy("Year"), coerce=int, empty_value=None, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        years = range(this_year, min(training_statistics.first_year(), this_year) - 1, -1)
        self.fields["year"].choices = [
            ("", gettext_lazy("All years")),
            *((str(year), str(year)) for year in years),
        ]

    @classmethod
    def from_request(cls, request):
        """Bound to the query string; a first visit shows this year by region."""
        data = request.GET.copy()
        data.setdefault("by", "region")
        data.setdefault("year", str(timezone.localdate().year))
        return cls(data)


class StatisticsView(QualificationReportView):
    """Trainees, enrolments, completed courses, academic hours, certificates issued and holders
    of each qualification, a row per region or organisation, for a year: what an office
    watches. Within the viewer's scope; a fixed number of queries (`training_statistics`)."""

    template_name = "certificates/admin/statistics.html"
    page_title = gettext_lazy("Training statistics")

    def get(self, request, *args, **kwargs):
        self.form = StatisticsFilterForm.from_request(request)
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data(), status=400)
        self.statistics = training_statistics.for_viewer(
            request.user, by=self.form.cleaned_data["by"], year=self.form.cleaned_data["year"]
        )
        export = request.GET.get("export")
        if export in EXPORT_FORMATS:
            return self.export(export)
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        found = getattr(self, "statistics", None)
        if found is not None:
            *rows, total = training_statistics.records(found)
            context.update(
                statistics=found, columns=training_statistics.columns(found), rows=rows, total=total
            )
        return context

    def export(self, export_format: str):
        found = self.statistics
        filename = f"statistics-{found.by}-{found.year or 'all'}.{export_format}"
        columns, records = training_statistics.columns(found), training_statistics.records(found)
        if export_format == "csv":
            return _csv_response(columns, records, filename=filename)
        title = f"{found.by} {found.year or ''}".strip()
        return _xlsx_response(columns, records, filename=filename, title=title)
