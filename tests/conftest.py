"""Fixtures shared by the whole suite."""

import json
import os
import signal
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests import snapshots

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, headless, as root: never a downloaded browser."""
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def demo_snapshot(migration_rows, django_db_blocker) -> snapshots.Snapshot:
    """The demo site as `seed_demo` builds it (kk, ru, en), seeded and committed once for the run
    (about 20 s on PostgreSQL) and kept as a snapshot; the database is then put back as it was."""
    with django_db_blocker.unblock():
        put_back_migration_rows(migration_rows)  # an earlier browser test emptied every table
        before = snapshots.take()
        try:
            call_command("seed_demo", force=True, stdout=StringIO())
            return snapshots.take()
        finally:
            snapshots.restore(before)


@pytest.fixture(scope="module")
def demo_database(demo_snapshot, django_db_blocker):
    """The demo site for a module's tests, put back from the run's snapshot inside a transaction
    held open until the module is done and then rolled back: each test runs in a savepoint within
    it, and no other module sees these rows."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            snapshots.restore(demo_snapshot)
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    ContentType.objects.clear_cache()
    cache.clear()  # e.g. Wagtail's site root paths, cached from the demo's pages


@pytest.fixture
def seeded(demo_database, db):
    """The demo site, put back once for the module; what a test changes is rolled back with the
    test's transaction."""


@pytest.fixture(scope="session")
def migration_rows(django_db_setup, django_db_blocker):
    """The rows migrations create (site, locales, groups, regions), taken before any browser test
    commits anything. A transactional test ends by emptying every table; the next one puts these
    back. (Django's serialized rollback does not survive Playwright's own context switches.)"""
    from django.apps import apps
    from django.db import connection, models
    from polymorphic.models import PolymorphicModel

    # A polymorphic model's base manager returns rows downcast to their own types, so Django's
    # serialiser would skip the parent table (e.g. the requirements seeded by a migration); for
    # the snapshot every polymorphic model is read through its plain, non-polymorphic manager.
    polymorphic = [m for m in apps.get_models() if issubclass(m, PolymorphicModel)]
    saved = {m: m._meta.__dict__.get("base_manager") for m in polymorphic}
    try:
        for model in polymorphic:
            plain = models.Manager()
            plain.model, plain.name = model, "plain_objects"
            model._meta.__dict__["base_manager"] = plain
        with django_db_blocker.unblock():
            return connection.creation.serialize_db_to_string()
    finally:
        for model, manager in saved.items():
            if manager is None:
                model._meta.__dict__.pop("base_manager", None)
            else:
                model._meta.__dict__["base_manager"] = manager


@pytest.fixture
def committed_db(transactional_db, migration_rows):
    """A database whose rows are really committed (for live servers and threads), holding what
    migrations create (site, locales, groups, regions) even after an earlier such test emptied
    every table."""
    put_back_migration_rows(migration_rows)


def put_back_migration_rows(migration_rows: str) -> None:
    """After a browser test emptied every table: the rows migrations create, under their ids."""
    from wagtail.models import Site

    if not Site.objects.exists():
        # the flush re-created content types and permissions under new ids; put back the originals
        ContentType.objects.all().delete()
        ContentType.objects.clear_cache()
        rows = json.loads(migration_rows)
        for first in (True, False):  # content types before the rows that point at them
            part = [r for r in rows if (r["model"] == "contenttypes.contenttype") == first]
            connection.creation.deserialize_db_from_string(json.dumps(part))


@pytest.fixture
def tasks_in_process():
    """Celery tasks run in the test's own process, even where CI sets a broker (whose tasks
    would otherwise wait in the run's queue for a worker no test started)."""
    from celery import current_app

    previous = current_app.conf.task_always_eager
    current_app.conf.task_always_eager = True
    yield
    current_app.conf.task_always_eager = previous


@pytest.fixture
def refused_addresses(monkeypatch):
    """Addresses added to this set are refused by the mail server, as Django's SMTP backend
    reports it (smtplib.SMTPRecipientsRefused, the server's 550 for each); the others are
    delivered to the test outbox."""
    import smtplib

    from django.core.mail.backends.locmem import EmailBackend

    refused: set[str] = set()
    deliver = EmailBackend.send_messages

    def send_messages(self, messages):
        for message in messages:
            if rejected := refused.intersection(message.recipients()):
                raise smtplib.SMTPRecipientsRefused(
                    dict.fromkeys(rejected, (550, b"5.1.1 No such mailbox"))
                )
        return deliver(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    return refused


@pytest.fixture
def count_queries():
    """Run a callable and return how many SQL queries it made."""

    def run(func):
        with CaptureQueriesContext(connection) as captured:
            func()
        return len(captured.captured_queries)

    return run


@pytest.fixture
def reader(db, client):
    """A client logged in as an instructor, who reads every lesson without studying it."""
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="reader", groups=["Instructors"]))
    return client


ROOT = Path(__file__).resolve().parents[1]
CELERY = str(Path(sys.executable).with_name("celery"))


def pytest_sessionfinish(session, exitstatus):
    """Empty the test run's own Celery queue of tasks no worker took (see cms/settings/test.py)."""
    from django.conf import settings

    if getattr(settings, "CELERY_BROKER_URL", ""):
        from cms.celery import app

        with app.connection_for_write() as conn:
            conn.default_channel.queue_purge(settings.CELERY_TASK_DEFAULT_QUEUE)


@pytest.fixture
def celery_queue():
    """A queue of this test's own: the worker sees only the tasks this test sends."""
    from celery import current_app

    name = f"kelisim-test-{uuid.uuid4().hex[:8]}"
    previous = current_app.conf.task_default_queue
    current_app.conf.task_default_queue = name
    yield name
    current_app.conf.task_default_queue = previous
    with current_app.connection_for_write() as conn:
        conn.default_channel.queue_purge(name)


@pytest.fixture
def celery_worker_process(celery_queue, tmp_path_factory):
    """Start `celery -A cms worker` processes on the test's database, files and queue, with a
    temporary folder in pytest's (what a worker killed on purpose leaves is pytest's to clear)."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "KELISIM_TEST_FILES": str(Path(settings.PRIVATE_MEDIA_ROOT).parent),
        "CELERY_TASK_DEFAULT_QUEUE": celery_queue,
        "TMPDIR": str(tmp_path_factory.mktemp("worker-tmp")),
    }
    workers = []

    def start(concurrency: int = 2, visibility: int = 5, **more_env: str):
        """A worker; a message it took and never acknowledged goes to the next worker after
        `visibility` seconds."""
        worker = subprocess.Popen(
            [
                CELERY,
                "-A",
                "cms",
                "worker",
                "--pool=prefork",
                f"--concurrency={concurrency}",
                "--loglevel=WARNING",
                "-Q",
                celery_queue,
                "-n",
                f"{celery_queue}-{len(workers)}@localhost",
            ],
            cwd=ROOT,
            env={**env, "CELERY_VISIBILITY_TIMEOUT": str(visibility), **more_env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: SIGKILL reaches the pool too
        )
        workers.append(worker)
        return worker

    def stop(worker) -> None:
        """As a service manager stops it: SIGTERM to every process of the worker's group."""
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()

    start.stop = stop
    yield start
    for worker in workers:
        if worker.poll() is None:
            stop(worker)
