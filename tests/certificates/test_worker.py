"""Bulk issue with a real Redis broker and real Celery worker processes: fifty certificates come
out exactly once each, and a worker killed with SIGKILL mid-batch and started again still leaves
exactly one certificate per trainee (tasks are acknowledged late, Redis hands an abandoned task
to the next worker, and rendering a certificate twice changes nothing)."""

import json
import os
import signal
import time
from datetime import date

import pytest
from django.db import connection, transaction

from certificates import selectors, services
from certificates.models import Certificate
from cms.celery import app
from tests.factories import UserFactory, trainee

pytestmark = [
    pytest.mark.broker,
    pytest.mark.postgres,
    pytest.mark.skipif(
        not os.environ.get("CELERY_BROKER_URL") or connection.vendor != "postgresql",
        reason="needs PostgreSQL and CELERY_BROKER_URL (CI sets both)",
    ),
]


@pytest.fixture
def profile(committed_db, adult_profile):
    return adult_profile


def eligible_trainees(n: int) -> list:
    return [
        trainee(f"adult{i}", full_name=f"Қуанышбек Әлиұлы {i}", date_of_birth=date(1980, 1, 1))
        for i in range(n)
    ]


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def progress_of(batch):
    batch.refresh_from_db()
    return selectors.batch_progress(batch)


def assert_one_valid_certificate_each(trainees, batch):
    certificates = list(Certificate.objects.all())
    assert sorted(c.trainee_id for c in certificates) == sorted(t.pk for t in trainees)
    assert all(
        c.status == Certificate.Status.VALID and c.batch_id == batch.pk for c in certificates
    )
    assert all(c.pdf and c.pdf.storage.exists(c.pdf.name) for c in certificates)
    assert len({c.serial for c in certificates}) == len(certificates)


def test_bulk_issue_for_fifty_trainees_gives_exactly_fifty_certificates(
    profile, celery_worker_process, tmp_path
):
    trainees = eligible_trainees(50)
    issuer = UserFactory(username="issuer", groups=["Administrators"])
    worker = celery_worker_process(concurrency=2, TMPDIR=str(tmp_path))

    batch = services.start_bulk_issue(profile=profile, by=issuer)  # autocommit: sent at once

    wait_for(lambda: progress_of(batch).finished, 300, "the batch to finish")
    assert progress_of(batch).total == 50
    assert_one_valid_certificate_each(trainees, batch)
    # and each holder e-mailed, by one task for each chunk of renders
    unsent = Certificate.objects.filter(batch=batch, emailed_at__isnull=True)
    wait_for(lambda: not unsent.exists(), 120, "the e-mails")
    # the fonts WeasyPrint copied for the pool's processes are removed when the worker stops
    assert list(tmp_path.glob("weasyprint-*"))
    celery_worker_process.stop(worker)
    assert not list(tmp_path.glob("weasyprint-*"))


def restore_lock_expiry() -> float:
    """How long the running worker holds the lock it takes in Redis for each look at abandoned
    messages, as the worker itself reports its settings (kombu's default: 5 minutes)."""
    [conf] = app.control.inspect(timeout=10).conf(with_defaults=True).values()
    return conf["broker_transport_options"].get("unacked_mutex_expire", 300)


def abandoned_in(queue: str) -> int:
    """Messages of the queue taken by a worker and neither acknowledged nor yet handed on."""
    with app.connection_for_write() as conn:
        channel = conn.default_channel
        # by the commands kombu itself uses (a broker key prefix, as `make test` gives each of its
        # processes, is added to these, not to HVALS)
        tags = channel.client.zrange(channel.unacked_index_key, 0, -1)
        held = [channel.client.hget(channel.unacked_key, tag) for tag in tags]
    return sum(json.loads(value)[2] == queue for value in held if value)


def leave_the_restore_lock_held(expiry: float) -> None:
    """What a worker killed during that look leaves behind: its lock, held until it expires.
    The worst moment for the kill, made certain (kombu's default once stalled this test's batch
    past its wait; cms/settings/base.py shortens it)."""
    with app.connection_for_write() as conn:
        channel = conn.default_channel
        channel.client.set(channel.unacked_mutex_key, "a-killed-worker", px=int(expiry * 1000))


def test_a_worker_killed_mid_batch_and_restarted_still_gives_one_certificate_each(
    profile, celery_queue, celery_worker_process
):
    """The worker is killed while it renders the first chunk, three of its certificates done and
    the fourth held up by a row lock this test takes, so the kill lands mid-chunk however fast
    the machine renders. The batch is prepared here, before any worker runs, for that lock. The
    chunk's message is then handed to the restarted worker once its visibility timeout has
    passed (a long one here: a live worker hands on its own messages after it too)."""
    trainees = eligible_trainees(16)
    issuer = UserFactory(username="issuer", groups=["Administrators"])
    batch = services.start_bulk_issue(profile=profile, by=issuer)
    services.prepare_batch(batch.pk)  # the worker's own preparation then finds it done
    pending = list(batch.certificates.values_list("pk", flat=True))  # the order they are sent in

    with transaction.atomic():
        Certificate.objects.select_for_update().get(pk=pending[3])
        first = celery_worker_process(concurrency=1, visibility=15)
        wait_for(lambda: progress_of(batch).issued == 3, 180, "the first three certificates")
        wait_for(waiting_for_a_lock, 60, "the fourth to wait for its lock")
        expiry = restore_lock_expiry()
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    killed_at = progress_of(batch)
    assert killed_at.prepared and killed_at.pending > 0, killed_at  # killed mid-batch
    assert abandoned_in(celery_queue) == 1  # the chunk, left for the next worker
    leave_the_restore_lock_held(expiry)

    celery_worker_process(concurrency=1, visibility=15)

    wait_for(lambda: progress_of(batch).finished, 300, "the batch to finish after the restart")
    assert progress_of(batch).total == 16
    assert_one_valid_certificate_each(trainees, batch)


def waiting_for_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


@pytest.fixture
def connections_kept(monkeypatch):
    """Workers started after this keep database connections for a minute."""
    monkeypatch.setenv("DATABASE_CONN_MAX_AGE", "60")


def test_a_worker_keeps_its_database_connection_between_tasks(
    profile, connections_kept, celery_worker_process
):
    """With CONN_MAX_AGE set, the connection a worker opened for its first task still serves it
    once the batch (two chunks, then the e-mails) is done: Celery's Django fixup closes every
    connection around each task unless told otherwise (cms/celery.py)."""
    eligible_trainees(12)
    issuer = UserFactory(username="issuer", groups=["Administrators"])
    celery_worker_process(concurrency=1)

    batch = services.start_bulk_issue(profile=profile, by=issuer)
    wait_for(lambda: progress_of(batch).issued >= 1, 180, "the first certificate")
    with connection.cursor() as cursor:
        cursor.execute("SELECT now()")
        [first_rendered] = cursor.fetchone()
    wait_for(lambda: progress_of(batch).finished, 300, "the batch to finish")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT backend_start FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
        )
        [[opened]] = cursor.fetchall()  # the pool child's, and no other
    assert opened < first_rendered
