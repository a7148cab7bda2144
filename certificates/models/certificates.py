"""Certificates: issued to a trainee for a qualification profile (or a completed course), with a
serial number, an unguessable verification code, a snapshot of what was met, and a PDF."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from curriculum.deletion import move_to_translation_or_cascade, move_to_translation_or_protect
from lms.models import private_storage

from .profiles import QualificationProfile


def new_code() -> str:
    """A verification code with 128 random bits (22 URL-safe characters)."""
    return secrets.token_urlsafe(16)


class SerialCounter(models.Model):
    """The last serial number used per pattern prefix and year; locked while a number is taken."""

    prefix = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="certificates_one_counter")
        ]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.year}: {self.last}"


class CertificateTemplate(models.Model):
    """HTML and CSS of a certificate, per profile or course and language. Without one, the
    built-in bilingual Kazakh and Russian layout is used."""

    name = models.CharField(_("name"), max_length=200)
    profile = models.ForeignKey(
        QualificationProfile,
        verbose_name=_("profile"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="templates",
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=[("kk-ru", _("Kazakh and Russian")), *settings.LANGUAGES],
        default="kk-ru",
    )
    course = models.ForeignKey(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_cascade,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For course completion certificates of this course."),
    )
    html = models.TextField(_("HTML"), help_text=_("A Django template; see the built-in one."))
    css = models.TextField(_("CSS"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    signatories = models.TextField(
        _("signatories"),
        blank=True,
        help_text=_("One per line: name, a comma, then the position."),
    )

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self) -> str:
        return self.name


class IssueBatch(models.Model):
    """Certificates issued with one action to everyone eligible; the admin page follows the
    rendering of its certificates until none is left being issued."""

    profile = models.ForeignKey(
        QualificationProfile,
        verbose_name=_("qualification"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    course = models.ForeignKey(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_cascade,
        null=True,
        blank=True,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    prepared_at = models.DateTimeField(
        _("certificates created at"),
        null=True,
        blank=True,
        help_text=_("Empty while the eligible trainees are still being found."),
    )
    total = models.PositiveIntegerField(_("certificates"), default=0)
    group_id = models.CharField(_("task group"), max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("bulk issue")
        verbose_name_plural = _("bulk issues")

    def __str__(self) -> str:
        return f"{self.profile or self.course} ({self.created_at:%Y-%m-%d %H:%M})"


class Certificate(models.Model):
    """One certificate. At most one valid certificate per trainee and profile at a time."""

    class Status(models.TextChoices):
        ISSUING = "issuing", _("Being issued")
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")
        EXPIRED = "expired", _("Expired")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    profile = models.ForeignKey(
        QualificationProfile,
        verbose_name=_("qualification"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
    )
    course = models.ForeignKey(
        Page,
        verbose_name=_("course"),
        on_delete=move_to_translation_or_protect,
        null=True,
        blank=True,
        related_name="+",
    )
    serial = models.CharField(_("serial number"), max_length=40, unique=True)
    code = models.CharField(_("verification code"), max_length=40, unique=True, default=new_code)
    language = models.CharField(_("language"), max_length=5, default="kk-ru")
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.ISSUING)
    issued_on = models.DateField(_("issued on"), default=timezone.localdate)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    snapshot = models.JSONField(_("what was certified"), default=dict)
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/pdf/%Y/", storage=private_storage, blank=True
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_on = models.DateField(_("revoked on"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    batch = models.ForeignKey(
        "IssueBatch",
        verbose_name=_("issued in batch"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
    )
    emailed_at = models.DateTimeField(_("holder notified at"), null=True, blank=True)
    #: times `services.resend_lost_work` sent the holder's e-mail again (it stops at a few)
    email_resends = models.PositiveSmallIntegerField(
        _("e-mail sent again"), default=0, editable=False
    )
    #: when its PDF was last asked of a worker: one still being issued long after was lost
    #: (`services.resend_lost_work`)
    render_requested_at = models.DateTimeField(
        _("PDF requested at"), default=timezone.now, editable=False
    )
    #: renders that failed for a reason other than the file system (a broken template, say);
    #: at `services.RENDER_ATTEMPTS` nothing sends it again until an administrator does
    render_failures = models.PositiveSmallIntegerField(
        _("failed PDF renders"), default=0, editable=False
    )
    render_error = models.TextField(_("last PDF error"), blank=True, editable=False)
    reminded_on = models.DateField(_("expiry reminder sent on"), null=True, blank=True)
    superseded_by = models.OneToOneField(
        "self",
        verbose_name=_("replaced by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supersedes",
    )

    # Not in Wagtail's reference index: what a certificate points to (trainee, profile, course)
    # is protected by its foreign keys already, and indexing each save cost a render about 3 ms
    # of extra queries, in the processes that happened to load the admin's viewsets only.
    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["trainee", "profile"],
                condition=Q(status__in=["issuing", "valid"], profile__isnull=False),
                name="certificates_one_current_per_profile",
            ),
            models.UniqueConstraint(
                fields=["trainee", "course"],
                condition=Q(status__in=["issuing", "valid"], course__isnull=False),
                name="certificates_one_current_per_course",
            ),
            models.CheckConstraint(
                condition=Q(profile__isnull=False) | Q(course__isnull=False),
                name="certificates_for_a_profile_or_a_course",
            ),
        ]

    def __str__(self) -> str:
        return self.serial

    def get_verification_path(self) -> str:
        return reverse("verify:verify", kwargs={"code": self.code})

    def public_status(self, today=None) -> str:
        """valid, expired, revoked or superseded, as the public verification page says it."""
        today = today or timezone.localdate()
        if self.status == self.Status.VALID and self.expires_on and self.expires_on < today:
            return self.Status.EXPIRED
        return self.status
