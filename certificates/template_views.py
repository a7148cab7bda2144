"""Certificate templates in the Wagtail admin: the form starts from the built-in layout, refuses
HTML that does not compile, and renders a PDF preview of a sample certificate from whatever the
form holds now, before it is saved. The preview posts the form into a frame below it (or a new
tab), so it needs no JavaScript."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.clickjacking import xframe_options_sameorigin
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList, PageChooserPanel
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from curriculum.admin_views import ModelViewSet
from curriculum.models import CoursePage

from . import conf
from .models import CertificateTemplate, QualificationProfile
from .rendering import (
    COURSE_HTML,
    DEFAULT_CSS,
    DEFAULT_HTML,
    RenderError,
    compile_template,
    render_pdf_within,
    sample_certificate,
)

CODE = {"rows": 22, "spellcheck": "false", "style": "font-family: monospace"}


def _compiles(html: str) -> None:
    try:
        compile_template(html)
    except RenderError as error:
        raise ValidationError(str(error), code="template") from error


class CertificateTemplateForm(WagtailAdminModelForm):
    """The template's fields; the HTML must compile, and it is for a profile or a course (or,
    with neither, for every certificate in its language)."""

    def clean_html(self):
        html = self.cleaned_data["html"]
        _compiles(html)
        return html

    def clean(self):
        cleaned = super().clean()
        course = cleaned.get("course")
        if course is not None and not CoursePage.objects.filter(pk=course.pk).exists():
            self.add_error("course", _("Choose a course page."))
        if course is not None and cleaned.get("profile") is not None:
            self.add_error(
                "course",
                _("A template is for a qualification profile or for a course, not both."),
            )
        return cleaned


class PreviewMixin:
    """Gives the form page the address the preview buttons post to."""

    preview_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview_url"] = reverse(self.preview_url_name)
        return context


class TemplateCreateView(PreviewMixin, generic.CreateView):
    def get_initial_form_instance(self):
        # an administrator starts from a layout that works; ?layout=course for course certificates
        course = self.request.GET.get("layout") == "course"
        return self.model(html=COURSE_HTML if course else DEFAULT_HTML, css=DEFAULT_CSS)


class TemplateEditView(PreviewMixin, generic.EditView):
    pass


class TemplateCopyView(PreviewMixin, generic.CopyView):
    pass


class PreviewForm(forms.Form):
    """The fields of the template form that the rendering reads, as they are on the screen."""

    html = forms.CharField(strip=False)
    css = forms.CharField(strip=False, required=False)
    language = forms.ChoiceField(choices=CertificateTemplate._meta.get_field("language").choices)
    logo = forms.ModelChoiceField(queryset=get_image_model().objects.none(), required=False)
    signatories = forms.CharField(required=False)
    profile = forms.ModelChoiceField(queryset=QualificationProfile.objects.all(), required=False)
    course = forms.ModelChoiceField(queryset=Page.objects.all(), required=False)
    preview_sample = forms.ChoiceField(
        choices=[("", ""), ("qualification", ""), ("course", "")], required=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # only images this administrator may choose in the admin
        self.fields["logo"].queryset = policy_registry.get_by_type(
            get_image_model()
        ).instances_user_has_any_permission_for(user, ["choose"])

    def clean_html(self):
        html = self.cleaned_data["html"]
        _compiles(html)
        return html

    def template(self) -> CertificateTemplate:
        data = self.cleaned_data
        return CertificateTemplate(
            name="preview",
            html=data["html"],
            css=data["css"],
            language=data["language"],
            logo=data["logo"],
            signatories=data["signatories"],
        )

    def sample(self):
        data = self.cleaned_data
        kind = data["preview_sample"] or ("course" if data["course"] else "qualification")
        titles = None
        if kind == "course" and data["course"]:
            titles = dict(
                Page.objects.filter(translation_key=data["course"].translation_key).values_list(
                    "locale__language_code", "title"
                )
            )
        elif kind == "qualification" and data["profile"]:
            profile = data["profile"]
            titles = {"kk": profile.name_kk, "ru": profile.name_ru, "en": profile.name_en}
        return sample_certificate(kind=kind, language=data["language"], titles=titles)


@method_decorator(xframe_options_sameorigin, name="dispatch")  # shown in a frame on the form
class TemplatePreviewView(PermissionCheckedMixin, View):
    """A PDF of a sample certificate (holder with Kazakh letters, sample serial, today's date,
    a QR code to a sample address) from the template form's current fields, nothing saved."""

    model = CertificateTemplate
    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        # a plain 403 in the preview's frame, not Wagtail's redirect to the dashboard
        if not self.user_has_any_permission(["add", "change"]):
            return self.refuse([_("You may not preview certificate templates.")], status=403)
        return super().dispatch(request, *args, **kwargs)

    def post(self, request):
        form = PreviewForm(request.POST, user=request.user)
        if not form.is_valid():
            errors = [error for field in form.errors.values() for error in field]
            return self.refuse(errors)
        try:
            pdf = render_pdf_within(
                form.sample(),
                base_url=conf.get("PUBLIC_URL"),
                template=form.template(),
                seconds=conf.get("PREVIEW_SECONDS"),
            )
        except (RenderError, OSError) as error:  # OSError: the logo's file could not be read
            return self.refuse([str(error)])
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = 'inline; filename="certificate-preview.pdf"'
        response["Cache-Control"] = "no-store"
        return response

    def refuse(self, errors: list[str], *, status: int = 400):
        return render(
            self.request,
            "certificates/template_preview_error.html",
            {"errors": errors},
            status=status,
        )


class CertificateTemplateViewSet(ModelViewSet):
    """Certificate templates per profile or course and language, with a PDF preview."""

    model = CertificateTemplate
    name = "certificate_templates"
    url_prefix = "qualifications/templates"
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    add_view_class = TemplateCreateView
    edit_view_class = TemplateEditView
    copy_view_class = TemplateCopyView
    create_template_name = edit_template_name = "certificates/template_form.html"
    list_display = ["name", "profile", "course", "language"]
    list_filter = ["language", "profile"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel(
                [
                    FieldPanel("profile"),
                    PageChooserPanel("course", "curriculum.CoursePage"),
                    FieldPanel("language"),
                ]
            ),
            FieldPanel("html", widget=forms.Textarea(attrs=CODE)),
            FieldPanel("css", widget=forms.Textarea(attrs=CODE)),
            FieldPanel("logo"),
            FieldPanel("signatories", widget=forms.Textarea(attrs={"rows": 3})),
        ],
        base_form_class=CertificateTemplateForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            preview_url_name=self.get_url_name("preview"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("preview/", TemplatePreviewView.as_view(), name="preview"),
        ]
