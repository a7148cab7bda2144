"""Reactions to learner progress: a completed course earns its completion certificate (lms sends
the signal inside its transaction; the certificate is issued once that commits), and any change
to a fact the requirements read marks the trainee's stored eligibility statuses stale."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from assessments.models import Attempt
from lms.models import Attendance, Enrolment, PracticeRecord, TraineeProfile
from lms.signals import course_completed

from . import conf, services, statuses
from .models import (
    REQUIREMENT_TYPES,
    Certificate,
    ElectionRecord,
    ExclusionFlag,
    RegionRequirement,
    RegisterEntry,
    TraineeDocument,
)

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


# --- stored eligibility statuses --------------------------------------------------------------

#: models holding facts of one trainee (their `trainee` or `user` field says whose)
TRAINEE_FACTS = (
    Attendance,
    Certificate,
    ElectionRecord,
    Enrolment,
    ExclusionFlag,
    PracticeRecord,
    RegisterEntry,
    TraineeDocument,
    TraineeProfile,
)


def _trainee_id(instance) -> int | None:
    return getattr(instance, "trainee_id", None) or getattr(instance, "user_id", None)


def _fact_changed(sender, instance, **kwargs) -> None:
    """One cheap statement: bulk writes (`update`, `bulk_create`) send no signal and wait for the
    nightly refresh."""
    statuses.mark_stale([_trainee_id(instance)])


def _attempt_changed(sender, instance: Attempt, **kwargs) -> None:
    # only graded attempts are facts; autosaves of an attempt in progress are not
    if instance.state == Attempt.State.GRADED:
        statuses.mark_stale([instance.trainee_id])


def _organisations_changed(sender, instance, action: str, pk_set=None, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, TraineeProfile):
        statuses.mark_stale([instance.user_id])
    else:  # the organisation's side: its members
        statuses.mark_stale(
            TraineeProfile.objects.filter(pk__in=pk_set or ()).values_list("user_id", flat=True)
        )


def _requirement_changed(sender, instance, **kwargs) -> None:
    statuses.mark_profile_stale(instance.profile_id)


def _regions_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, RegionRequirement
    ):
        statuses.mark_profile_stale(instance.profile_id)


for _model in TRAINEE_FACTS:
    post_save.connect(_fact_changed, sender=_model, dispatch_uid=f"stale-{_model.__name__}")
    post_delete.connect(_fact_changed, sender=_model, dispatch_uid=f"stale-del-{_model.__name__}")
post_save.connect(_attempt_changed, sender=Attempt, dispatch_uid="stale-Attempt")
post_delete.connect(_attempt_changed, sender=Attempt, dispatch_uid="stale-del-Attempt")
m2m_changed.connect(
    _organisations_changed,
    sender=TraineeProfile.organisations.through,
    dispatch_uid="stale-organisations",
)
for _model in REQUIREMENT_TYPES:
    post_save.connect(_requirement_changed, sender=_model, dispatch_uid=f"stale-{_model.__name__}")
    post_delete.connect(
        _requirement_changed, sender=_model, dispatch_uid=f"stale-del-{_model.__name__}"
    )
m2m_changed.connect(
    _regions_changed, sender=RegionRequirement.regions.through, dispatch_uid="stale-regions"
)
