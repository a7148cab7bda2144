"""The e-mails a certificate's holder receives: the certificate once it is issued, and a reminder
before it expires. Plain text from templates in certificates/email/, in the holder's language
(lms.emails), with absolute links built on PUBLIC_URL, where the QR codes point too."""

from __future__ import annotations

from datetime import date

from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils.translation import get_language

from lms.emails import message

from . import conf
from .models import Certificate


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


def _message(certificate: Certificate, template: str, context: dict) -> EmailMessage | None:
    def in_the_holders_language() -> dict:
        return {
            "certificate": certificate,
            "holder": certificate.snapshot.get("holder") or certificate.trainee.get_username(),
            "title": title(certificate, get_language()),
            "verify_url": _absolute(certificate.get_verification_path()),
            "certificates_url": _absolute(reverse("certificates:my_certificates")),
            "qualifications_url": _absolute(reverse("certificates:my_qualifications")),
            "site_url": _absolute(f"/{get_language()}/"),
            **context,
        }

    return message(
        certificate.trainee,
        f"certificates/email/{template}",
        in_the_holders_language,
        fallback_language=certificate.language,  # one language: the certificate's own
    )


def certificate_issued(certificate: Certificate) -> EmailMessage | None:
    """The new certificate with its PDF attached, the link that verifies it and the holder's
    page of certificates; a replacement says which certificate it replaces. None when the
    holder has no address."""
    replaces = Certificate.objects.filter(superseded_by=certificate).only("serial").first()
    email = _message(certificate, "issued", {"replaces": replaces})
    if email is not None and certificate.pdf:
        with certificate.pdf.open("rb") as pdf:
            email.attach(f"{certificate.serial}.pdf", pdf.read(), "application/pdf")
    return email


def expiry_reminder(certificate: Certificate, *, today: date) -> EmailMessage | None:
    """When the certificate expires, and where the holder sees what renewing it takes; None
    when the holder has no address."""
    return _message(
        certificate, "expiry_reminder", {"days_left": (certificate.expires_on - today).days}
    )
