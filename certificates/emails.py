"""The e-mails a certificate's holder receives: the certificate once it is issued, and a reminder
before it expires. Plain text from templates in certificates/email/, in the holder's language,
with absolute links built on PUBLIC_URL (a worker has no request to take the host from)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override

from lms.selectors import language_to_write_in

from . import conf
from .models import Certificate


def holder_language(certificate: Certificate) -> str:
    """The language to write to the holder in: the one they chose in their account, else the
    certificate's own language when it has only one, else the site's default (Kazakh)."""
    return language_to_write_in(certificate.trainee_id, certificate.language)


def _absolute(path: str) -> str:
    return conf.get("PUBLIC_URL").rstrip("/") + path


def title(certificate: Certificate, language: str) -> str:
    """The qualification's or course's title as the certificate states it, in `language`."""
    snapshot = certificate.snapshot
    return (
        snapshot.get(f"title_{language}")
        or snapshot.get("title_kk")
        or snapshot.get("title")
        or str(certificate.profile or certificate.course or "")
    )


def _message(certificate: Certificate, template: str, context: dict) -> EmailMessage:
    language = holder_language(certificate)
    with override(language):
        context = {
            "certificate": certificate,
            "holder": certificate.snapshot.get("holder") or certificate.trainee.get_username(),
            "title": title(certificate, language),
            "verify_url": _absolute(certificate.get_verification_path()),
            "certificates_url": _absolute(reverse("certificates:my_certificates")),
            "qualifications_url": _absolute(reverse("certificates:my_qualifications")),
            "site_url": _absolute(f"/{language}/"),
            **context,
        }
        subject = render_to_string(f"certificates/email/{template}_subject.txt", context)
        body = render_to_string(f"certificates/email/{template}_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),  # a header: one line
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[certificate.trainee.email],
        headers={"Content-Language": language},
    )


def certificate_issued(certificate: Certificate) -> EmailMessage:
    """The new certificate with its PDF attached, the link that verifies it and the holder's
    page of certificates; a replacement says which certificate it replaces."""
    replaces = Certificate.objects.filter(superseded_by=certificate).only("serial").first()
    message = _message(certificate, "issued", {"replaces": replaces})
    if certificate.pdf:
        with certificate.pdf.open("rb") as pdf:
            message.attach(f"{certificate.serial}.pdf", pdf.read(), "application/pdf")
    return message


def expiry_reminder(certificate: Certificate, *, today: date) -> EmailMessage:
    """When the certificate expires, and where the holder sees what renewing it takes."""
    return _message(
        certificate, "expiry_reminder", {"days_left": (certificate.expires_on - today).days}
    )
