"""Certificates in the Wagtail admin: a list, an inspect page with what was certified and the
certificate's history, and its actions: Revoke, Reissue, E-mail again and, for a PDF that
failed, Render again. Certificates are issued only by services, so there is no add, edit or
delete form. National staff see every certificate; a coordinator only those of the trainees in
their scope, and any other id answers 404."""

from __future__ import annotations

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.defaults import permission_denied
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.log_actions import registry as log_registry

from curriculum.admin_views import ModelViewSet
from lms.permissions import is_national, trainees_visible_to

from . import services
from .models import Certificate, QualificationProfile

CHANGE = "certificates.change_certificate"


def visible_certificates(user) -> QuerySet:
    """The certificates `user` may see as staff: all for national staff, else those of the
    trainees in their region or organisations."""
    certificates = Certificate.objects.all()
    if is_national(user):
        return certificates
    return certificates.filter(trainee__in=trainees_visible_to(user))


def holder_name(certificate: Certificate) -> str:
    """The holder's current name (from their profile), else the one on the certificate."""
    person = getattr(certificate.trainee, "trainee_profile", None)
    return (
        (person.full_name if person else "")
        or certificate.snapshot.get("holder", "")
        or certificate.trainee.get_username()
    )


def certified_title(certificate: Certificate) -> str:
    """The qualification profile or, for a course completion certificate, the course."""
    if certificate.profile_id:
        return str(certificate.profile)
    return certificate.course.title if certificate.course_id else ""


#: the status filter's and column's word for a certificate being issued whose PDF failed
PDF_FAILED = "pdf_failed"


def pdf_failed(certificate: Certificate) -> bool:
    return certificate.status == Certificate.Status.ISSUING and certificate.render_failures > 0


def status_label(certificate: Certificate) -> str:
    """The status as the public verification says it: a valid certificate past its date is
    "Expired" even before the nightly task has marked it. Staff also see a certificate being
    issued whose PDF failed as such."""
    if pdf_failed(certificate):
        return gettext("PDF failed")
    return str(Certificate.Status(certificate.public_status()).label)


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[*Certificate.Status.choices, (PDF_FAILED, _("PDF failed"))],
        method="filter_status",
        empty_label=_("All"),
    )
    profile = django_filters.ModelChoiceFilter(
        label=_("Qualification"),
        queryset=QualificationProfile.objects.all(),
        empty_label=_("All"),
    )

    class Meta:
        model = Certificate
        fields = ["status", "profile"]

    def filter_status(self, queryset, name, value):
        # the same meaning as the status column: valid means not yet past its date
        past = Q(expires_on__lt=timezone.localdate())
        if value == Certificate.Status.EXPIRED:
            return queryset.filter(
                Q(status=Certificate.Status.EXPIRED) | (Q(status=Certificate.Status.VALID) & past)
            )
        if value == Certificate.Status.VALID:
            return queryset.filter(status=Certificate.Status.VALID).exclude(past)
        if value == PDF_FAILED:
            return queryset.filter(status=Certificate.Status.ISSUING, render_failures__gt=0)
        return queryset.filter(status=value)


class CertificateIndexView(generic.IndexView):
    def get_base_queryset(self):
        # everything a row shows, in the one query: the page's query count does not grow
        return visible_certificates(self.request.user).select_related(
            "trainee__trainee_profile", "profile", "course"
        )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Kept in the certificate's history; the public check shows only the date."),
    )


class ReissueForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for reissuing"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_(
            "For example, a corrected name. The new certificate gets a new number and is valid "
            "until the same date; the old one is kept as replaced."
        ),
    )


class CertificateInspectView(generic.InspectView):
    """What was certified, the replacement chain, the history and, for staff who may change
    certificates, the forms to revoke or reissue it."""

    inspect_url_name = None
    revoke_url_name = None
    reissue_url_name = None
    render_again_url_name = None
    email_again_url_name = None

    def get_object(self, queryset=None):
        return get_object_or_404(
            visible_certificates(self.request.user).select_related(
                "trainee__trainee_profile",
                "profile",
                "course",
                "issued_by",
                "batch",
                "superseded_by",
                "supersedes",
            ),
            pk=self.pk,
        )

    def get_page_subtitle(self):
        return self.object.serial

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value is None or value == "" else value

    def get_trainee_display_value(self):
        return holder_name(self.object)

    def get_status_display_value(self):
        return status_label(self.object)

    def get_superseded_by_display_value(self):
        replacement = self.object.superseded_by
        return replacement.serial if replacement else "—"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.object
        can_change = self.request.user.has_perm(CHANGE)
        context.update(
            {
                "certified_title": certified_title(certificate),
                "public_status": certificate.public_status(),
                "replaces": getattr(certificate, "supersedes", None),
                "verify_path": certificate.get_verification_path(),
                "history": log_registry.get_logs_for_instance(certificate)
                .select_related("user")
                .order_by("-timestamp"),
                "inspect_url_name": self.inspect_url_name,
                "can_revoke": can_change and certificate.status != Certificate.Status.REVOKED,
                "can_reissue": can_change
                and certificate.public_status() == Certificate.Status.VALID,
                "can_render_again": can_change and certificate.status == Certificate.Status.ISSUING,
                # to the holder's address as it is now: shown, so staff see where it goes
                "can_email_again": can_change
                and certificate.public_status() == Certificate.Status.VALID
                and bool(certificate.trainee.email),
                "pdf_failed": pdf_failed(certificate),
                "pdf_given_up": certificate.render_failures >= services.RENDER_ATTEMPTS,
                "revoke_url": reverse(self.revoke_url_name, args=[certificate.pk]),
                "reissue_url": reverse(self.reissue_url_name, args=[certificate.pk]),
                "render_again_url": reverse(self.render_again_url_name, args=[certificate.pk]),
                "email_again_url": reverse(self.email_again_url_name, args=[certificate.pk]),
                "revoke_form": RevokeForm(prefix="revoke"),
                "reissue_form": ReissueForm(prefix="reissue"),
            }
        )
        return context


class CertificateActionView(View):
    """A POST from the inspect page's form: checked for the permission (403) and the staff
    member's scope (404), then one service call; a refusal comes back as a message."""

    http_method_names = ["post"]
    form_class: type[forms.Form] = RevokeForm
    prefix = ""
    inspect_url_name = ""

    def post(self, request, pk: int):
        if not request.user.has_perm(CHANGE):
            # a real 403, not Wagtail's redirect to the dashboard: nothing was done
            return permission_denied(request, PermissionDenied())
        certificate = get_object_or_404(visible_certificates(request.user), pk=pk)
        form = self.form_class(request.POST, prefix=self.prefix)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect(self.inspect_url_name, certificate.pk)
        try:
            result = self.act(certificate, form.cleaned_data["reason"], request.user)
        except services.CertificateError as error:
            messages.error(request, str(error))
            return redirect(self.inspect_url_name, certificate.pk)
        return redirect(self.inspect_url_name, result.pk)

    def act(self, certificate: Certificate, reason: str, user) -> Certificate:
        raise NotImplementedError


class RevokeView(CertificateActionView):
    form_class = RevokeForm
    prefix = "revoke"

    def act(self, certificate, reason, user):
        certificate = services.revoke_certificate(certificate=certificate, reason=reason, by=user)
        messages.success(
            self.request,
            gettext("Certificate %(serial)s was revoked.") % {"serial": certificate.serial},
        )
        return certificate


class ReissueView(CertificateActionView):
    form_class = ReissueForm
    prefix = "reissue"

    def act(self, certificate, reason, user):
        new = services.reissue_certificate(certificate=certificate, reason=reason, by=user)
        messages.success(
            self.request,
            gettext("Certificate %(old)s was replaced by %(new)s; its PDF is being prepared.")
            % {"old": certificate.serial, "new": new.serial},
        )
        return new


class CertificateCommandView(View):
    """A POST from the inspect page with nothing to fill in: checked for the permission (403) and
    the staff member's scope (404), then one service call; a refusal comes back as a message."""

    http_method_names = ["post"]
    inspect_url_name = ""

    def post(self, request, pk: int):
        if not request.user.has_perm(CHANGE):
            return permission_denied(request, PermissionDenied())
        certificate = get_object_or_404(visible_certificates(request.user), pk=pk)
        try:
            self.act(certificate, request.user)
        except services.CertificateError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, self.done_message(certificate))
        return redirect(self.inspect_url_name, certificate.pk)

    def act(self, certificate: Certificate, user) -> None:
        raise NotImplementedError

    def done_message(self, certificate: Certificate) -> str:
        raise NotImplementedError


class RenderAgainView(CertificateCommandView):
    """Send the PDF of a certificate being issued to a worker again."""

    def act(self, certificate, user):
        services.render_again(certificate=certificate, by=user)

    def done_message(self, certificate):
        return gettext("The PDF of certificate %(serial)s is being rendered again.") % {
            "serial": certificate.serial
        }


class EmailAgainView(CertificateCommandView):
    """E-mail a valid certificate to its holder's current address once more."""

    def act(self, certificate, user):
        services.email_again(certificate=certificate, by=user)

    def done_message(self, certificate):
        return gettext("Certificate %(serial)s is being e-mailed to %(email)s.") % {
            "serial": certificate.serial,
            "email": certificate.trainee.email,
        }


class CertificateViewSet(ModelViewSet):
    model = Certificate
    name = "qualification_certificates"
    url_prefix = "qualifications/certificates"
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = CertificateFilterSet
    search_fields = ["serial"]
    search_backend_name = None  # the ORM: certificates are not in the search index
    list_display = [
        "serial",
        Column("holder", label=_("Holder"), accessor=holder_name),
        Column("certified", label=_("Qualification or course"), accessor=certified_title),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor=status_label,
            primary=lambda c: c.public_status() == Certificate.Status.VALID,
            sort_key="status",
        ),
        Column("issued_on", label=_("Issued on"), sort_key="issued_on"),
        Column("expires_on", label=_("Expires on"), sort_key="expires_on"),
    ]
    inspect_view_fields = [
        "serial",
        "trainee",
        "status",
        "issued_on",
        "expires_on",
        "issued_by",
        "batch",
        "emailed_at",
        "email_resends",
        "reminded_on",
        "revoked_on",
        "revocation_reason",
        "superseded_by",
    ]

    def get_common_view_kwargs(self, **kwargs):
        # no add, edit, delete, history or usage screens: certificates change through services
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            template_name="certificates/certificate_inspect.html",
            revoke_url_name=self.get_url_name("revoke"),
            reissue_url_name=self.get_url_name("reissue"),
            render_again_url_name=self.get_url_name("render_again"),
            email_again_url_name=self.get_url_name("email_again"),
            **kwargs,
        )

    @cached_property
    def url_finder_class(self):
        # links to a certificate from elsewhere in the admin (site history) open its inspect page
        return type(
            "CertificateURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_urlpatterns(self):
        inspect = self.get_url_name("inspect")
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("revoke/<int:pk>/", RevokeView.as_view(inspect_url_name=inspect), name="revoke"),
            path(
                "reissue/<int:pk>/", ReissueView.as_view(inspect_url_name=inspect), name="reissue"
            ),
            path(
                "render-again/<int:pk>/",
                RenderAgainView.as_view(inspect_url_name=inspect),
                name="render_again",
            ),
            path(
                "email-again/<int:pk>/",
                EmailAgainView.as_view(inspect_url_name=inspect),
                name="email_again",
            ),
        ]
