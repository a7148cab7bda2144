"""Celery tasks: thin, idempotent wrappers around certificates services."""

from celery import shared_task

from . import services


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
    name="certificates.email_certificate",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),  # smtplib's errors are OSErrors: a mail server down is retried
    retry_backoff=True,
    max_retries=8,
)
def email_certificate(certificate_id: int) -> bool:
    """E-mail a new certificate to its holder; a repeat sends nothing (emailed_at guards it)."""
    return services.email_certificate(certificate_id=certificate_id)


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
