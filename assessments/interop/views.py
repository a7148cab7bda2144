"""Admin screens to import a question file into the bank and to export a category: thin views
over `assessments.interop.services`."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .common import QuestionImportError
from .forms import QuestionExportForm, QuestionImportForm
from .services import EXPORT_FORMATS, export_questions, import_questions

PERMISSION = "assessments.add_question"


class BankPermissionMixin:
    """Only those who may add questions import or export them."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class QuestionImportView(BankPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Upload a Moodle XML or GIFT file; a malformed file imports nothing and says where."""

    template_name = "assessments/admin/import.html"
    form_class = QuestionImportForm
    page_title = _("Import questions")
    header_icon = "upload"

    def form_valid(self, form):
        category = form.cleaned_data["category"]
        try:
            report = import_questions(
                form.cleaned_data["file"].read(),
                file_format=form.cleaned_data["file_format"],
                parent_path=category.path if category else "",
                language=form.cleaned_data["language"],
            )
        except QuestionImportError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form), status=422)
        return self.render_to_response(
            self.get_context_data(form=self.get_form_class()(), report=report)
        )

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=422)


class QuestionExportView(BankPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Choose a category and download it as Moodle XML (a GET: exporting changes nothing)."""

    template_name = "assessments/admin/export.html"
    form_class = QuestionExportForm
    page_title = _("Export questions")
    header_icon = "download"
    http_method_names = ["get"]

    def get(self, request, *args, **kwargs):
        if "category" not in request.GET:
            return super().get(request, *args, **kwargs)
        form = self.form_class(request.GET)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=422)
        category = form.cleaned_data["category"]
        file_format = form.cleaned_data["file_format"]
        data, _skipped = export_questions(
            category,
            file_format=file_format,
            include_subcategories=form.cleaned_data["include_subcategories"],
            language=form.cleaned_data["language"] or None,
        )
        _label, _exporter, extension, content_type = EXPORT_FORMATS[file_format]
        response = HttpResponse(data, content_type=f"{content_type}; charset=utf-8")
        filename = f"{slugify(category.path.replace('/', '-')) or 'questions'}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
