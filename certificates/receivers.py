"""Reactions to learner progress in lms: a completed course earns its completion certificate.
lms sends the signal inside its transaction; the certificate is issued once that commits."""

from __future__ import annotations

import logging

from django.db import transaction
from django.dispatch import receiver

from lms.models import Enrolment
from lms.signals import course_completed

from . import conf, services

logger = logging.getLogger(__name__)


@receiver(course_completed, dispatch_uid="certificates.issue_course_certificate")
def issue_course_certificate(sender, enrolment: Enrolment, **kwargs) -> None:
    """Issue the course completion certificate after the completion commits (when the setting
    COURSE_CERTIFICATES is on). A failure is logged and never undoes the completion."""
    if not conf.get("COURSE_CERTIFICATES"):
        return
    enrolment_id = enrolment.pk
    transaction.on_commit(lambda: _issue(enrolment_id), robust=True)


def _issue(enrolment_id: int) -> None:
    # read again: the enrolment may have changed between the signal and the commit
    enrolment = (
        Enrolment.objects.select_related("trainee", "course").filter(pk=enrolment_id).first()
    )
    if enrolment is None:
        return
    try:
        services.issue_course_certificate(enrolment=enrolment)
    except services.CertificateError as error:
        logger.info("No course certificate for enrolment %s: %s", enrolment_id, error)
