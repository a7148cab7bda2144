"""Issuing and revoking certificates. Issuing checks eligibility, takes a serial number under a
lock, keeps a snapshot of what was met, and leaves the PDF to a Celery task enqueued once the
transaction commits; the database refuses a second current certificate for the same profile."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.log_actions import log

from lms.models import TraineeProfile

from . import conf
from .eligibility import Checklist, evaluate_trainee
from .models import AcademicHoursRequirement, Certificate, QualificationProfile, SerialCounter
from .rendering import render_pdf


class CertificateError(Exception):
    """Issuing or revoking was refused; the message says why."""


def next_serial(today: date) -> str:
    pattern = conf.get("SERIAL_PATTERN")
    prefix = pattern.split("{", 1)[0].rstrip("-")
    counter, _created = SerialCounter.objects.select_for_update().get_or_create(
        prefix=prefix, year=today.year
    )
    counter.last += 1
    counter.save(update_fields=["last"])
    return pattern.format(year=today.year, number=counter.last)


def _snapshot(trainee, profile: QualificationProfile, checklist: Checklist) -> dict:
    person = TraineeProfile.objects.filter(user=trainee).first()
    with override("kk"):
        met = [
            {"requirement": str(requirement), "result": outcome.explanation}
            for requirement, outcome in checklist.outcome.children
        ]
    hours = next(
        (
            str(outcome.current.normalize())
            for requirement, outcome in checklist.outcome.children
            if isinstance(requirement, AcademicHoursRequirement) and outcome.current
        ),
        "",
    )
    return {
        "holder": person.full_name if person else trainee.get_full_name() or trainee.get_username(),
        "holder_latin": person.full_name_latin if person else "",
        "profile": profile.slug,
        "title_kk": profile.name_kk,
        "title_ru": profile.name_ru,
        "title_en": profile.name_en,
        "hours": hours,
        "requirements": met,
    }


def issue_certificate(
    *, trainee, profile: QualificationProfile, by=None, on: date | None = None
) -> Certificate:
    """Issue a certificate to an eligible trainee; the PDF follows from a Celery task. Issuing
    twice (two clicks, two workers) gives one certificate."""
    on = on or timezone.localdate()
    [checklist] = evaluate_trainee(trainee, [profile], on=on)
    if not checklist.eligible:
        raise CertificateError(_("%(name)s does not meet every requirement.") % {"name": trainee})
    try:
        with transaction.atomic():
            existing = Certificate.objects.filter(
                trainee=trainee,
                profile=profile,
                status__in=(Certificate.Status.ISSUING, Certificate.Status.VALID),
            ).first()
            if existing is not None:
                return existing
            certificate = Certificate.objects.create(
                trainee=trainee,
                profile=profile,
                serial=next_serial(on),
                issued_on=on,
                expires_on=on + relativedelta(months=profile.validity_months)
                if profile.validity_months
                else None,
                snapshot=_snapshot(trainee, profile, checklist),
                issued_by=by,
            )
            transaction.on_commit(lambda: _enqueue_render(certificate.pk))
    except IntegrityError:  # a parallel request issued it first
        return Certificate.objects.get(
            trainee=trainee,
            profile=profile,
            status__in=(Certificate.Status.ISSUING, Certificate.Status.VALID),
        )
    return certificate


def _enqueue_render(certificate_id: int) -> None:
    from .tasks import render_certificate

    render_certificate.delay(certificate_id)


def render_and_store(certificate_id: int) -> Certificate:
    """Render the PDF of a certificate being issued and make it valid; a repeat does nothing."""
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
        if certificate.status != Certificate.Status.ISSUING:
            return certificate
        pdf = render_pdf(certificate, base_url=conf.get("PUBLIC_URL"))
        certificate.pdf.save(f"{certificate.serial}.pdf", ContentFile(pdf), save=False)
        certificate.status = Certificate.Status.VALID
        certificate.save(update_fields=["pdf", "status"])
    return certificate


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, reason: str, by) -> Certificate:
    """Revoke with a reason, kept in the audit log; verification then says "revoked"."""
    if not by.has_perm("certificates.change_certificate"):
        raise CertificateError(_("You may not revoke certificates."))
    reason = reason.strip()
    if not reason:
        raise CertificateError(_("Give the reason for revoking."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status == Certificate.Status.REVOKED:
        return certificate
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_on = timezone.localdate()
    certificate.revocation_reason = reason
    certificate.save(update_fields=["status", "revoked_on", "revocation_reason"])
    log(instance=certificate, action="certificates.revoke", user=by, data={"reason": reason})
    return certificate
