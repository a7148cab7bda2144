"""The Celery app: in-process without a broker; a real worker on the configured broker."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from cms.celery import app

ROOT = Path(__file__).resolve().parents[2]
CELERY = str(Path(sys.executable).with_name("celery"))


def test_celery_reads_its_configuration_from_django_settings():
    assert app.conf.task_always_eager == settings.CELERY_TASK_ALWAYS_EAGER
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.timezone == settings.TIME_ZONE


@pytest.mark.broker
@pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL"), reason="needs CELERY_BROKER_URL (CI sets Redis)"
)
def test_a_worker_started_like_production_answers_on_the_broker():
    """`celery -A cms worker` in its own process, reached through the configured broker."""
    name = f"kelisim-test-{uuid.uuid4().hex[:8]}"
    hostname = f"{name}@localhost"
    worker = subprocess.Popen(
        [CELERY, "-A", "cms", "worker", "--pool=solo", "--loglevel=WARNING", "-n", hostname],
        cwd=ROOT,
        # a queue of its own: tasks other tests left on the broker never reach this worker
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "CELERY_TASK_DEFAULT_QUEUE": name,
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        replies = []
        deadline = time.monotonic() + 60
        while not replies and time.monotonic() < deadline and worker.poll() is None:
            replies = app.control.ping(destination=[hostname], timeout=1)
        assert replies, worker.stderr.read().decode() if worker.poll() is not None else "no reply"
        assert replies[0][hostname] == {"ok": "pong"}
    finally:
        worker.terminate()
        worker.wait(timeout=30)
