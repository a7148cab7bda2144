"""Issuing and revoking certificates. Issuing checks eligibility, takes a serial number under a
lock, keeps a snapshot of what was met, and leaves the PDF to a Celery task enqueued once the
transaction commits; the database refuses a second current certificate for the same profile."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.log_actions import log
from wagtail.models import Page

from curriculum.models import CoursePage
from lms.emails import count_resends, resend_window, send_once
from lms.models import Attendance, Enrolment, TraineeProfile
from lms.permissions import trainees_visible_to

from . import conf, emails, statuses
from .eligibility import Checklist, evaluate_population, evaluate_trainee
from .models import (
    AcademicHoursRequirement,
    Certificate,
    IssueBatch,
    QualificationProfile,
    SerialCounter,
)
from .rendering import render_pdf, template_for

logger = logging.getLogger(__name__)


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


def _holder_names(trainee) -> dict:
    """The holder's name as a certificate prints it, read from their profile now."""
    person = TraineeProfile.objects.filter(user=trainee).first()
    return {
        "holder": person.full_name if person else trainee.get_full_name() or trainee.get_username(),
        "holder_latin": person.full_name_latin if person else "",
    }


def _snapshot(trainee, profile: QualificationProfile, checklist: Checklist) -> dict:
    with override("kk"):
        met = [
            {"requirement": str(requirement), "result": outcome.explanation}
            for requirement, outcome in checklist.outcome.children
        ]
    hours = next(
        (
            _hours_text(outcome.current)
            for requirement, outcome in checklist.outcome.children
            if isinstance(requirement, AcademicHoursRequirement) and outcome.current
        ),
        "",
    )
    return {
        **_holder_names(trainee),
        "profile": profile.slug,
        "title_kk": profile.name_kk,
        "title_ru": profile.name_ru,
        "title_en": profile.name_en,
        "hours": hours,
        "requirements": met,
    }


def issue_certificate(
    *,
    trainee,
    profile: QualificationProfile,
    by=None,
    on: date | None = None,
    checklist: Checklist | None = None,
    batch: IssueBatch | None = None,
    render: bool = True,
) -> Certificate:
    """Issue a certificate to an eligible trainee; the PDF follows from a Celery task. Issuing
    twice (two clicks, two workers) gives one certificate. A bulk issue passes the checklist it
    has just evaluated for the whole population instead of evaluating the trainee again."""
    on = on or timezone.localdate()
    if checklist is None:
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
                batch=batch,
            )
            if render:
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


# --- course completion certificates ----------------------------------------------------------


def _hours_text(value) -> str:
    # "72", "4.5": normalize() alone would write 70 as "7E+1"
    return format(value.normalize(), "f") if value else ""


def _course_snapshot(enrolment: Enrolment) -> dict:
    """Holder, the course's title in kk, ru and en (its translations share a key), the academic
    hours attended in its cohorts (else the course's nominal hours) and the completion date."""
    titles = dict(
        Page.objects.filter(translation_key=enrolment.course_key).values_list(
            "locale__language_code", "title"
        )
    )
    attended = Attendance.objects.filter(
        trainee_id=enrolment.trainee_id,
        present=True,
        session__cohort__course_key=enrolment.course_key,
    ).aggregate(total=Sum("hours"))["total"]
    if not attended:
        attended = (
            CoursePage.objects.filter(pk=enrolment.course_id)
            .values_list("academic_hours", flat=True)
            .first()
        )
    fallback = titles.get("kk") or enrolment.course.title
    return {
        "kind": "course",
        **_holder_names(enrolment.trainee),
        "course_key": str(enrolment.course_key),
        **{f"title_{code}": titles.get(code) or fallback for code in ("kk", "ru", "en")},
        "hours": _hours_text(attended),
        "completed_on": enrolment.completed_on.isoformat(),
    }


def issue_course_certificate(
    *,
    enrolment: Enrolment | None = None,
    trainee=None,
    course: Page | None = None,
    by=None,
    on: date | None = None,
    batch: IssueBatch | None = None,
    render: bool = True,
) -> Certificate:
    """Issue a course completion certificate for a completed enrolment (given, or found from
    the trainee and any translation of the course). It never expires; the PDF follows from the
    render task. Issuing twice (the completion signal and an admin, two workers) gives one."""
    if enrolment is None:
        enrolment = (
            Enrolment.objects.filter(trainee=trainee, course_key=course.translation_key).first()
            if trainee is not None and course is not None
            else None
        )
    if (
        enrolment is None
        or enrolment.status != Enrolment.Status.COMPLETED
        or enrolment.completed_on is None
    ):
        raise CertificateError(
            _("%(name)s has not completed this course.")
            % {"name": enrolment.trainee if enrolment else trainee}
        )
    on = on or timezone.localdate()
    current = Q(
        trainee_id=enrolment.trainee_id,
        course__translation_key=enrolment.course_key,
        status__in=(Certificate.Status.ISSUING, Certificate.Status.VALID),
    )
    try:
        with transaction.atomic():
            existing = Certificate.objects.filter(current).first()
            if existing is not None:
                return existing
            certificate = Certificate.objects.create(
                trainee_id=enrolment.trainee_id,
                # the enrolment's page, one per trainee and course: the database's one-current
                # rule then holds across the course's translations too
                course_id=enrolment.course_id,
                serial=next_serial(on),
                issued_on=on,
                snapshot=_course_snapshot(enrolment),
                issued_by=by,
                batch=batch,
            )
            if render:
                transaction.on_commit(lambda: _enqueue_render(certificate.pk))
    except IntegrityError:  # a parallel request issued it first
        return Certificate.objects.get(current)
    return certificate


def render_and_store(
    certificate_id: int,
    *,
    templates: dict | None = None,
    certificate: Certificate | None = None,
    in_chunk: bool = False,
    transient: tuple[type[Exception], ...] = (OSError,),
) -> Certificate:
    """Render the PDF of a certificate being issued and make it valid; a repeat does nothing.

    The PDF is rendered with no transaction open and no row locked (a render takes tens of
    milliseconds; a revocation or a reissue need not wait for it). One conditional UPDATE then
    makes the certificate valid only if it is still being issued: a certificate revoked
    meanwhile, or finished by a second delivery of the same task, keeps what it has and this
    render's file is deleted. `templates` is kept across a chunk of certificates (see
    `template_for`), and so is `certificate`, read with the chunk. The holder's e-mail and their
    stale eligibility follow at once; `in_chunk`, the chunk does both once for all of its
    certificates.

    An error that is not `transient` (a file system error, retried by the task) is counted on
    the certificate with its message (`record_render_failure`) before it is raised."""
    if certificate is None:
        certificate = Certificate.objects.get(pk=certificate_id)
    if certificate.status != Certificate.Status.ISSUING:
        return certificate
    try:
        template = template_for(certificate, chosen=templates)
        pdf = render_pdf(certificate, base_url=conf.get("PUBLIC_URL"), template=template)
        certificate.pdf.save(f"{certificate.serial}.pdf", ContentFile(pdf), save=False)
    except transient:
        raise
    except Exception as error:
        record_render_failure(certificate, error)
        raise
    made_valid = Certificate.objects.filter(
        pk=certificate.pk, status=Certificate.Status.ISSUING
    ).update(pdf=certificate.pdf.name, status=Certificate.Status.VALID, render_error="")
    if not made_valid:
        certificate.pdf.delete(save=False)
        certificate.refresh_from_db()
        return certificate
    certificate.status = Certificate.Status.VALID
    if not in_chunk:
        # a valid certificate is a fact the requirements read (`update` sends no signal)
        statuses.mark_stale([certificate.trainee_id])
        # its own task: a mail server that is down retries the e-mail, not the rendering
        transaction.on_commit(lambda: _enqueue_email(certificate.pk))
    return certificate


#: a certificate whose PDF failed this many times (not counting file system errors) is no longer
#: sent again by `resend_lost_work`: the cause needs an administrator (`render_again`)
RENDER_ATTEMPTS = 3


def record_render_failure(certificate: Certificate, error: Exception) -> None:
    """Count a failed render on the certificate and keep its message for the administrators
    (the certificate's page, its history). One UPDATE that commits at once: the render runs
    with no transaction open, and the task fails after this."""
    message = (str(error) or type(error).__name__)[:2000]
    Certificate.objects.filter(pk=certificate.pk).update(
        render_failures=F("render_failures") + 1, render_error=message
    )
    certificate.refresh_from_db(fields=["render_failures", "render_error"])
    log(instance=certificate, action="certificates.render_failed", data={"reason": message})
    if certificate.render_failures >= RENDER_ATTEMPTS:
        logger.error(
            "Certificate %s failed to render %d times and is no longer sent again: %s",
            certificate.pk,
            certificate.render_failures,
            message,
        )


@transaction.atomic
def render_again(*, certificate: Certificate, by) -> Certificate:
    """Send the PDF of a certificate still being issued to a worker again: after
    `RENDER_ATTEMPTS` failures (a broken template, say) or `RESEND_DAYS`, nothing else does.
    The count of failures starts again, so a render lost on its way is sent again by
    `resend_lost_work` as any other; each failure and its message stay in the history."""
    if not by.has_perm("certificates.change_certificate"):
        raise CertificateError(_("You may not change certificates."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status != Certificate.Status.ISSUING:
        raise CertificateError(_("Only the PDF of a certificate being issued can be rendered."))
    certificate.render_requested_at = timezone.now()
    certificate.render_failures, certificate.render_error = 0, ""
    certificate.save(update_fields=["render_requested_at", "render_failures", "render_error"])
    log(instance=certificate, action="certificates.render_again", user=by)
    transaction.on_commit(lambda: _enqueue_render(certificate.pk))
    return certificate


#: a certificate e-mailed this recently is not e-mailed again on request (a double click)
EMAIL_AGAIN_AFTER = timedelta(minutes=1)


@transaction.atomic
def email_again(*, certificate: Certificate, by) -> Certificate:
    """Send a valid certificate to its holder once more, at a staff member's request: the
    first e-mail went astray, or the holder has a new address (the current one is used). The
    same task as the first e-mail, so requests made before it has run send it once; one made
    within `EMAIL_AGAIN_AFTER` of the last e-mail is refused."""
    if not by.has_perm("certificates.change_certificate"):
        raise CertificateError(_("You may not change certificates."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.public_status() != Certificate.Status.VALID:
        raise CertificateError(_("Only a valid certificate can be e-mailed."))
    if not certificate.trainee.email:
        raise CertificateError(_("The holder has no e-mail address."))
    if certificate.emailed_at and certificate.emailed_at > timezone.now() - EMAIL_AGAIN_AFTER:
        raise CertificateError(_("The certificate was e-mailed a moment ago."))
    certificate.emailed_at = None
    certificate.save(update_fields=["emailed_at"])
    log(
        instance=certificate,
        action="certificates.email_again",
        user=by,
        data={"to": certificate.trainee.email},
    )
    transaction.on_commit(lambda: _enqueue_email(certificate.pk))
    return certificate


@dataclass
class ChunkRendered:
    """What rendering a chunk of certificates came to: the ones now valid (or finished before),
    the ones that failed with their error (still issuing), and those not tried because the chunk
    stopped early."""

    done: list[int] = field(default_factory=list)
    failed: dict[int, Exception] = field(default_factory=dict)
    untried: list[int] = field(default_factory=list)


def render_chunk(
    *, certificate_ids: list[int], stop_on: tuple[type[Exception], ...] = ()
) -> ChunkRendered:
    """Render a chunk of a bulk issue's certificates in one go: read together, each then made
    valid by its own UPDATE (`render_and_store`), so one that fails loses none of the others and
    stays issuing; the template looked up once per profile (or course) and language. An error
    of a `stop_on` type (the task's time limit) stops the chunk there. A repeat does nothing for
    the certificates already finished. Then, once for the chunk, the holders' eligibility is
    marked stale and one task e-mails them (each at most once, so a repeat that sends it again
    e-mails nobody twice)."""
    rendered = ChunkRendered()
    templates: dict = {}
    read = Certificate.objects.in_bulk(certificate_ids)
    holders = []
    for position, certificate_id in enumerate(certificate_ids):
        try:
            certificate = render_and_store(
                certificate_id,
                templates=templates,
                certificate=read.get(certificate_id),
                in_chunk=True,
                transient=(OSError, *stop_on),
            )
        except stop_on as error:
            rendered.failed[certificate_id] = error
            rendered.untried = list(certificate_ids[position + 1 :])
            break
        except Exception as error:  # the others go on; the caller reports or retries this one
            rendered.failed[certificate_id] = error
        else:
            rendered.done.append(certificate_id)
            holders.append(certificate.trainee_id)
    if rendered.done:
        done = list(rendered.done)
        statuses.mark_stale(holders)
        # one message for the chunk instead of one a certificate (2% of a render); after the
        # commits, so each is already valid when its e-mail is sent
        transaction.on_commit(lambda: _enqueue_emails(done))
    return rendered


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


# --- lifecycle: reissue, expiry, reminders, the holder's e-mails -----------------------------


def _reissued_snapshot(certificate: Certificate) -> dict:
    """What a replacement says. What was certified stays as it was (a reissue does not certify
    again, and today's checklist could differ from the one met); the holder's name and the
    qualification's title are read afresh, since correcting them is what a reissue is for."""
    snapshot = {**certificate.snapshot, **_holder_names(certificate.trainee)}
    if certificate.profile_id:
        profile = certificate.profile
        snapshot.update(
            title_kk=profile.name_kk, title_ru=profile.name_ru, title_en=profile.name_en
        )
    return snapshot


def reissue_certificate(*, certificate: Certificate, reason: str, by) -> Certificate:
    """Replace a valid certificate with a corrected one: a new serial and verification code, the
    holder's current name, valid until the same date (a reissue corrects a document, it does not
    extend it). The old one stays as superseded, pointing to its replacement, and its code then
    verifies as replaced; the new PDF follows from the render task once the transaction commits."""
    if not by.has_perm("certificates.change_certificate"):
        raise CertificateError(_("You may not reissue certificates."))
    reason = reason.strip()
    if not reason:
        raise CertificateError(_("Give the reason for reissuing."))
    today = timezone.localdate()
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        status = old.public_status(today)
        if status != Certificate.Status.VALID:
            raise CertificateError(
                _("Only a valid certificate can be reissued; this one is %(status)s.")
                % {"status": str(Certificate.Status(status).label).lower()}
            )
        # One current certificate per holder and profile (or course), says the database: the old
        # one leaves that place before its replacement takes it.
        old.status = Certificate.Status.SUPERSEDED
        old.save(update_fields=["status"])
        new = Certificate.objects.create(
            trainee_id=old.trainee_id,
            profile_id=old.profile_id,
            course_id=old.course_id,
            serial=next_serial(today),
            language=old.language,
            issued_on=today,
            expires_on=old.expires_on,
            snapshot=_reissued_snapshot(old),
            issued_by=by,
            reminded_on=old.reminded_on,  # the same expiry date: one reminder is enough
        )
        old.superseded_by = new
        old.save(update_fields=["superseded_by"])
        log(
            instance=old,
            action="certificates.reissue",
            user=by,
            data={"reason": reason, "replacement": new.serial},
        )
        transaction.on_commit(lambda: _enqueue_render(new.pk))
    return new


def expire_certificates(*, today: date | None = None) -> int:
    """Mark valid certificates whose date has passed as expired (Celery beat runs it daily).
    That frees the holder's place: once eligible again, a renewed certificate can be issued."""
    today = today or timezone.localdate()
    past = Certificate.objects.filter(status=Certificate.Status.VALID, expires_on__lt=today)
    return past.update(status=Certificate.Status.EXPIRED)


def send_expiry_reminders(*, today: date | None = None) -> int:
    """E-mail each holder whose valid certificate expires within the next REMIND_DAYS days, once
    per certificate: the date, and where to see what renewal needs. Returns how many were sent;
    run again the same day (or by two workers), it sends nothing twice."""
    today = today or timezone.localdate()
    days = timedelta(days=conf.get("REMIND_DAYS"))
    due = (
        Certificate.objects.filter(
            status=Certificate.Status.VALID,
            expires_on__gte=today,
            expires_on__lte=today + days,
        )
        .filter(Q(reminded_on__isnull=True) | Q(reminded_on__lt=today))
        .exclude(trainee__email="")
        .values_list("pk", flat=True)
    )
    sent = 0
    for certificate_id in list(due):
        with transaction.atomic():
            certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
            if certificate.status != Certificate.Status.VALID or (
                # reminded already in this certificate's window (not for an earlier expiry date)
                certificate.reminded_on and certificate.reminded_on >= certificate.expires_on - days
            ):
                continue
            emails.expiry_reminder(certificate, today=today).send()
            certificate.reminded_on = today
            certificate.save(update_fields=["reminded_on"])
            sent += 1
    return sent


def _enqueue_email(certificate_id: int) -> None:
    from .tasks import email_certificate

    email_certificate.delay(certificate_id)


def _enqueue_emails(certificate_ids: list[int]) -> None:
    from .tasks import email_certificates

    email_certificates.delay(certificate_ids)


def email_certificate(*, certificate_id: int) -> bool:
    """Send the holder their new certificate (the PDF attached, the verification link) once:
    `emailed_at` is set in the same transaction, so a repeated task sends nothing. False when
    nothing was sent (already sent, not valid, or no e-mail address)."""

    def message_for(certificate: Certificate):
        valid = certificate.status == Certificate.Status.VALID
        return emails.certificate_issued(certificate) if valid else None  # None: no address

    return send_once(Certificate, certificate_id, "emailed_at", message_for)


# --- bulk issue -------------------------------------------------------------------------------


@transaction.atomic
def start_bulk_issue(*, profile: QualificationProfile, by) -> IssueBatch:
    """Issue a profile's certificates to everyone eligible in the requester's scope. The batch is
    recorded now; finding the eligible trainees and rendering their PDFs run as Celery tasks
    once this transaction commits, and the admin page follows the batch's progress."""
    if not by.has_perm("certificates.add_certificate"):
        raise CertificateError(_("You may not issue certificates."))
    if not profile.active:
        raise CertificateError(_("This qualification profile is not active."))
    batch = IssueBatch.objects.create(profile=profile, requested_by=by)
    transaction.on_commit(lambda: _enqueue_prepare(batch.pk))
    return batch


def _enqueue_prepare(batch_id: int) -> None:
    from .tasks import prepare_batch

    prepare_batch.delay(batch_id)


def prepare_batch(batch_id: int, *, on: date | None = None) -> IssueBatch:
    """Create the batch's certificates for every eligible trainee in the requester's scope who
    holds none, then send their renders as one Celery group of chunks (`send_renders`). Run
    again after a worker died mid-way, it creates nothing twice and sends whatever of the batch
    is still unrendered."""
    batch = IssueBatch.objects.select_related("profile", "requested_by").get(pk=batch_id)
    if batch.prepared_at is not None:
        return batch
    on = on or timezone.localdate()
    requester = batch.requested_by
    if requester is not None and requester.is_active:
        holders = Certificate.objects.filter(
            profile=batch.profile,
            status__in=(Certificate.Status.ISSUING, Certificate.Status.VALID),
        ).values("trainee_id")
        candidates = (
            trainees_visible_to(requester)
            .filter(trainee_profile__isnull=False)
            .exclude(pk__in=holders)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        users = get_user_model().objects
        eligible: list[Checklist] = []
        for checklist in evaluate_population(batch.profile, candidates.iterator(), on=on):
            if checklist.eligible:
                eligible.append(checklist)
            if len(eligible) == 200:
                _issue_eligible(batch, eligible, users, on)
                eligible = []
        _issue_eligible(batch, eligible, users, on)
    pending = list(
        batch.certificates.filter(status=Certificate.Status.ISSUING).values_list("pk", flat=True)
    )
    batch.total = batch.certificates.count()
    batch.prepared_at = timezone.now()
    batch.group_id = send_renders(pending) if pending else ""
    batch.save(update_fields=["total", "prepared_at", "group_id"])
    return batch


def _issue_eligible(batch: IssueBatch, checklists: list[Checklist], users, on: date) -> None:
    trainees = users.in_bulk([c.trainee_id for c in checklists])
    for checklist in checklists:
        issue_certificate(
            trainee=trainees[checklist.trainee_id],
            profile=batch.profile,
            by=batch.requested_by,
            on=on,
            checklist=checklist,
            batch=batch,
            render=False,
        )


#: certificates rendered by one task of a bulk issue: one task, database connection, template
#: lookup and acknowledgement for this many PDFs instead of one each
RENDER_CHUNK = 10


def send_renders(certificate_ids: list[int], *, chunk: int | None = None) -> str:
    """Send the renders of a bulk issue's certificates as one Celery group of
    `render_certificates` tasks, `chunk` (RENDER_CHUNK) certificates each, noting when they were
    asked for (`resend_lost_work`); the group's id."""
    from celery import group

    from .tasks import render_certificates

    now, step = timezone.now(), 5000  # ids a statement: well under any backend's parameters
    for start in range(0, len(certificate_ids), step):
        Certificate.objects.filter(pk__in=certificate_ids[start : start + step]).update(
            render_requested_at=now
        )
    chunk = chunk or RENDER_CHUNK
    chunks = [certificate_ids[i : i + chunk] for i in range(0, len(certificate_ids), chunk)]
    result = group(render_certificates.si(ids) for ids in chunks).apply_async()
    return result.id or ""


# --- work a worker lost -----------------------------------------------------------------------

# As for e-mails (lms.emails): a render (or a batch's preparation) asked for `RESEND_AFTER`
# ago and still not done was lost, and is asked for again `RESEND_DAYS` after the issue at
# most; an older certificate still being issued needs an administrator (`render_again`). A
# holder's e-mail is sent again `EMAIL_RESENDS` times at most.


@dataclass
class Resent:
    batches: list[int] = field(default_factory=list)
    certificates: list[int] = field(default_factory=list)
    emails: list[int] = field(default_factory=list)


def resend_lost_work(*, now: datetime | None = None) -> Resent:
    """Ask the workers again for what they should have finished long ago (beat runs it every few
    minutes): the preparation of bulk issues still unprepared, the PDFs of certificates still
    being issued (except those that failed `RENDER_ATTEMPTS` times), and the e-mails of valid
    certificates whose holder has an address and was never sent one (`EMAIL_RESENDS` times at
    most). All are idempotent, so work only slow rather than lost is done once and the repeat
    finds nothing left; the certificates of a batch not yet prepared are left to its
    preparation."""
    now = now or timezone.now()
    cutoff, oldest = resend_window(now)
    resent = Resent()
    resent.batches = list(
        IssueBatch.objects.filter(
            prepared_at__isnull=True, created_at__lt=cutoff, created_at__gte=oldest
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for batch_id in resent.batches:
        _enqueue_prepare(batch_id)
    # before the renders: a certificate rendered now is e-mailed by its render
    resent.emails = _resend_emails(cutoff, timezone.localdate(oldest))
    resent.certificates = list(
        Certificate.objects.filter(
            Q(batch__isnull=True) | Q(batch__prepared_at__isnull=False),
            status=Certificate.Status.ISSUING,
            render_requested_at__lt=cutoff,
            issued_on__gte=timezone.localdate(oldest),
            render_failures__lt=RENDER_ATTEMPTS,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if resent.certificates:
        send_renders(resent.certificates)
    if resent.batches or resent.certificates or resent.emails:
        logger.warning(
            "Asked again for lost work: %d bulk issue(s) to prepare, %d certificate(s) to "
            "render, %d holder(s) to e-mail",
            len(resent.batches),
            len(resent.certificates),
            len(resent.emails),
        )
    return resent


def _resend_emails(cutoff: datetime, oldest: date) -> list[int]:
    """Send again the e-mails of valid certificates whose PDF was asked for before `cutoff` and
    whose holder, who has an address, was never e-mailed; counted on each certificate."""
    lost = count_resends(
        Certificate.objects.filter(
            status=Certificate.Status.VALID,
            emailed_at__isnull=True,
            render_requested_at__lt=cutoff,
            issued_on__gte=oldest,
        ).exclude(trainee__email="")
    )
    for start in range(0, len(lost), RENDER_CHUNK):
        _enqueue_emails(lost[start : start + RENDER_CHUNK])
    return lost
