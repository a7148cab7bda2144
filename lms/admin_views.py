"""Admin screens that are operations rather than model lists: importing trainees and opening a
locked page for one trainee."""

import uuid
from pathlib import Path

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import importers, services
from .forms import ImportForm, OverrideForm
from .models import GatingOverride
from .permissions import trainees_visible_to

IMPORT_FOLDER = "lms/imports"


class PermissionRequiredMixin:
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TraineeImportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Upload a file, see every bad row with its reason, then import the checked file at once."""

    permission = "lms.import_trainees"
    template_name = "lms/admin/import.html"
    form_class = ImportForm
    page_title = gettext_lazy("Import trainees")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = importers.COLUMNS
        return context

    def post(self, request, *args, **kwargs):
        token = request.POST.get("token")
        if token:
            return self.import_checked(token)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            report = importers.import_trainees(
                ContentFile(content), upload.name, user=self.request.user, dry_run=True
            )
        except importers.ImportFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        token = ""
        if report.ok:
            token = f"{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}"
            storages["private"].save(
                f"{IMPORT_FOLDER}/{self.request.user.pk}/{token}", ContentFile(content)
            )
        status = 200 if report.ok else 422
        return self.render_to_response(
            self.get_context_data(form=form, report=report, token=token, file_name=upload.name),
            status=status,
        )

    def import_checked(self, token: str):
        name = Path(token).name
        path = f"{IMPORT_FOLDER}/{self.request.user.pk}/{name}"
        if name != token or not storages["private"].exists(path):
            messages.error(self.request, _("That checked file is no longer here; upload it again."))
            return redirect("lms_import_trainees")
        with storages["private"].open(path, "rb") as handle:
            report = importers.import_trainees(handle, name, user=self.request.user)
        if not report.saved:
            return self.render_to_response(
                self.get_context_data(form=self.get_form_class()(), report=report), status=422
            )
        storages["private"].delete(path)
        messages.success(
            self.request,
            _(
                "Imported %(rows)d rows: %(created)d new trainees, %(updated)d updated, %(enrolled)d enrolments."
            )
            % {
                "rows": len(report.rows),
                "created": report.created,
                "updated": report.updated,
                "enrolled": report.enrolled,
            },
        )
        return redirect("lms_import_trainees")


class OverrideView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Open a locked module or page for one trainee, with the reason recorded."""

    permission = "lms.override_gating"
    template_name = "lms/admin/override.html"
    form_class = OverrideForm
    page_title = gettext_lazy("Open a page for a trainee")
    header_icon = "lock-open"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent"] = (
            GatingOverride.objects.filter(trainee__in=trainees_visible_to(self.request.user))
            .select_related("trainee", "page", "granted_by")
            .order_by("-granted_at")[:20]
        )
        return context

    def form_valid(self, form):
        try:
            services.grant_override(
                trainee=form.cleaned_data["trainee"],
                page=form.cleaned_data["page"],
                reason=form.cleaned_data["reason"],
                by=self.request.user,
            )
        except services.LmsError as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(self.request, _("The page is open for this trainee."))
        return redirect(reverse("lms_override"))
