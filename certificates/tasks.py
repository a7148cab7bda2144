"""Celery tasks: thin, idempotent wrappers around certificates services."""

import logging
import smtplib

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval

from lms.emails import TASK_OPTIONS

from . import services

logger = logging.getLogger(__name__)


def _backoff(task) -> float:
    """Seconds before a chunk's retry: exponential in its retries, capped at 10 minutes."""
    return get_exponential_backoff_interval(
        factor=1, retries=task.request.retries, maximum=600, full_jitter=True
    )


@shared_task(
    name="certificates.render_certificate",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
    soft_time_limit=120,
    time_limit=180,
)
def render_certificate(certificate_id: int) -> str:
    """Render one certificate's PDF; running it again for a finished certificate does nothing."""
    return services.render_and_store(certificate_id).status


@shared_task(
    bind=True,
    name="certificates.render_certificates",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=5,
    # for the chunk: a PDF takes well under a second, and one that runs into the soft limit
    # stops the chunk there, the ones after it sent again (see below)
    soft_time_limit=300,
    time_limit=360,
)
def render_certificates(self, certificate_ids: list[int]) -> int:
    """Render a chunk of a bulk issue's certificates, each committed on its own; running it
    again does nothing for the finished ones. A certificate that fails stays issuing while the
    others finish; then the task is retried for what is left (a file system error, as
    `render_certificate` retries, and those the time limit left untried) or fails with the first
    error, as `render_certificate` would have for that certificate."""
    rendered = services.render_chunk(
        certificate_ids=certificate_ids, stop_on=(SoftTimeLimitExceeded,)
    )
    retryable = [pk for pk, error in rendered.failed.items() if isinstance(error, OSError)]
    for certificate_id, error in rendered.failed.items():
        (logger.warning if certificate_id in retryable else logger.error)(
            "Certificate %s was not rendered: %r", certificate_id, error, exc_info=error
        )
    if retryable or rendered.untried:
        # the error the retry reports: a file system error, else the time limit that stopped
        error = rendered.failed[retryable[0]] if retryable else list(rendered.failed.values())[-1]
        raise self.retry(args=[retryable + rendered.untried], exc=error, countdown=_backoff(self))
    if rendered.failed:
        raise next(iter(rendered.failed.values()))
    return len(rendered.done)


@shared_task(name="certificates.email_certificate", **TASK_OPTIONS)
def email_certificate(certificate_id: int) -> bool:
    """E-mail a new certificate to its holder; a repeat sends nothing (emailed_at guards it)."""
    return services.email_certificate(certificate_id=certificate_id)


@shared_task(
    bind=True,
    name="certificates.email_certificates",
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=8,
)
def email_certificates(self, certificate_ids: list[int]) -> int:
    """E-mail the holders of a chunk of new certificates, each at most once (emailed_at guards
    it); how many were sent. A mail server that fails (an OSError, as smtplib's errors are)
    stops the chunk there, and the task is retried for that certificate and the ones after it;
    an address it refuses is passed over (retried at once, it would stop the chunk there again,
    and the holders after it would never have theirs; the sweep of lost e-mails tries it again
    later); any other error is logged, the others still sent, and the first raised at the end."""
    sent, failed = 0, {}
    for position, certificate_id in enumerate(certificate_ids):
        try:
            sent += services.email_certificate(certificate_id=certificate_id)
        except smtplib.SMTPRecipientsRefused as error:
            logger.warning("Certificate %s was not e-mailed: %r", certificate_id, error)
        except OSError as error:
            logger.warning("Certificate %s was not e-mailed: %r", certificate_id, error)
            raise self.retry(
                args=[certificate_ids[position:]], exc=error, countdown=_backoff(self)
            ) from error
        except Exception as error:  # the others are still sent
            logger.error("Certificate %s was not e-mailed: %r", certificate_id, error)
            failed[certificate_id] = error
    if failed:
        raise next(iter(failed.values()))
    return sent


@shared_task(name="certificates.expire_certificates")
def expire_certificates() -> int:
    """Mark certificates past their date as expired (beat runs it daily); a repeat changes
    nothing."""
    return services.expire_certificates()


@shared_task(name="certificates.send_expiry_reminders")
def send_expiry_reminders() -> int:
    """Remind holders whose certificates expire soon (beat runs it daily); each is reminded
    once."""
    return services.send_expiry_reminders()


@shared_task(
    name="certificates.prepare_batch",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def prepare_batch(batch_id: int) -> int:
    """Create a bulk issue's certificates and send their renders; a repeat creates nothing twice."""
    return services.prepare_batch(batch_id).total


@shared_task(name="certificates.refresh_eligibility", acks_late=True, reject_on_worker_lost=True)
def refresh_eligibility(only_outdated: bool = False) -> int:
    """Judge every trainee against every profile and store the statuses the eligibility report
    reads (beat runs it nightly; a report page queues it with only_outdated). A repeat judges
    again and stores the same."""
    from . import statuses

    return statuses.refresh_everyone(only_outdated=only_outdated)


@shared_task(name="certificates.resend_lost_work")
def resend_lost_work() -> int:
    """Ask the workers again for bulk issues, PDFs and e-mails lost on the way (beat runs it
    every ten minutes); how many bulk issues, certificates and e-mails that was. Work that was
    only slow is done once all the same: everything it sends is idempotent."""
    resent = services.resend_lost_work()
    return len(resent.batches) + len(resent.certificates) + len(resent.emails)
