"""Test settings: the same as base, fast hashing, a throw-away media folder."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import CELERY_BROKER_TRANSPORT_OPTIONS, CELERY_BROKER_URL, STORAGES

DEBUG = False
SECRET_KEY = "kelisim-test-secret-key-not-for-production-use-0123456789"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A worker process started by a test shares the test's files through KELISIM_TEST_FILES; a
# folder made here is this process's own, removed when it exits.
if os.environ.get("KELISIM_TEST_FILES"):
    _FILES = Path(os.environ["KELISIM_TEST_FILES"])
else:
    _FILES = Path(tempfile.mkdtemp(prefix="kelisim-test-files-"))
    atexit.register(shutil.rmtree, _FILES, ignore_errors=True)
MEDIA_ROOT = _FILES / "media"
PRIVATE_MEDIA_ROOT = _FILES / "private"
STORAGES = {
    **STORAGES,
    "private": {**STORAGES["private"], "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)}},
}
# Indexing every page on save makes building large trees quadratic on PostgreSQL (Wagtail's
# database backend renormalises titles on each insert); the search tests index explicitly.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search", "AUTO_UPDATE": False}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The crawl's uploads to Wagtail's redirect import stop at its first step: kept in the (per
# process) cache, not as files left in /tmp by every run.
WAGTAIL_REDIRECTS_FILE_STORAGE = "cache"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files are not collected in tests; WhiteNoise must not complain about a missing folder.
WHITENOISE_AUTOREFRESH = True
# Tasks a test sends without a worker to take them (CI has a broker) go to a queue of the test
# run's own, emptied when the run ends (tests/conftest.py), so they never reach a later worker.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get(
    "CELERY_TASK_DEFAULT_QUEUE", f"kelisim-test-run-{os.getpid()}"
)
# `make test` runs the suite in several processes (pytest-xdist, PYTEST_XDIST_WORKER = gw0, gw1...):
# each one, with the workers its tests start, keeps to keys of its own on a Redis broker, so that
# neither sees the other's queues, unacknowledged messages, restore lock or control replies.
if os.environ.get("PYTEST_XDIST_WORKER") and CELERY_BROKER_URL.startswith("redis"):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "global_keyprefix": f"kelisim-test-{os.environ['PYTEST_XDIST_WORKER']}:",
    }
