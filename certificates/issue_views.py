"""Bulk issue in the admin: start issuing a profile's certificates to everyone eligible in the
viewer's scope, then follow the Celery tasks' progress (a page that refreshes itself, and a small
JSON endpoint its script polls)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors, services
from .models import QualificationProfile

PERMISSION = "certificates.add_certificate"


class IssuePermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def index_breadcrumbs(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates_batches"), "label": _("Issue certificates")},
        ]


class BulkIssueForm(forms.Form):
    profile = forms.ModelChoiceField(
        label=gettext_lazy("Qualification"),
        queryset=QualificationProfile.objects.filter(active=True),
    )


class BatchIndexView(IssuePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Start a bulk issue, and the bulk issues started before."""

    template_name = "certificates/admin/batches.html"
    page_title = gettext_lazy("Issue certificates")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or BulkIssueForm()
        context["batches"] = selectors.batches_visible_to(self.request.user)[:20]
        return context

    def post(self, request, *args, **kwargs):
        form = BulkIssueForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            batch = services.start_bulk_issue(profile=form.cleaned_data["profile"], by=request.user)
        except services.CertificateError as error:
            messages.error(request, str(error))
            return redirect("certificates_batches")
        return redirect("certificates_batch", batch_id=batch.pk)


class BatchView(IssuePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """One bulk issue's progress; the page's script keeps the bar current."""

    template_name = "certificates/admin/batch.html"
    page_title = gettext_lazy("Issuing certificates")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        batch = get_object_or_404(
            selectors.batches_visible_to(self.request.user), pk=kwargs["batch_id"]
        )
        context.update(batch=batch, progress=selectors.batch_progress(batch))
        return context

    def get_breadcrumbs_items(self):
        return [*self.index_breadcrumbs(), {"url": "", "label": self.get_page_title()}]


class BatchProgressJsonView(IssuePermissionMixin, View):
    def get(self, request, batch_id: int):
        batch = get_object_or_404(selectors.batches_visible_to(request.user), pk=batch_id)
        progress = selectors.batch_progress(batch)
        return JsonResponse(
            {
                "prepared": progress.prepared,
                "total": progress.total,
                "issued": progress.issued,
                "pending": progress.pending,
                "percent": progress.percent,
                "finished": progress.finished,
            }
        )
