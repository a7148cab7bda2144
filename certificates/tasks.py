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
