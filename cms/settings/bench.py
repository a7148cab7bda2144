"""Benchmark settings: production's behaviour (no debug, cached templates, WhiteNoise) on
127.0.0.1 without TLS, so gunicorn can be measured the way it would serve the site."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "kelisim-bench-secret-key-not-for-production-use-0123456789abcdef"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# thousands of simulated trainees log in: a cheap hash keeps logging in out of the measurements
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search", "AUTO_UPDATE": False}}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
WHITENOISE_USE_FINDERS = True  # static files without collectstatic
STATIC_ROOT = None  # nothing collected: WhiteNoise would warn of a missing var/static each start
# the certificate batch scenario measures its own renders only
KELISIM_CERTIFICATES_COURSE_CERTIFICATES = False
# gunicorn's threads keep their database connection between requests, as a production site on
# PostgreSQL would (DATABASE_CONN_MAX_AGE; see the README's production notes): a new PostgreSQL
# connection costs 4-6 ms here, which every request but the trivial view paid before.
DATABASES["default"]["CONN_MAX_AGE"] = int(  # noqa: F405
    os.environ.get("DATABASE_CONN_MAX_AGE", "60")
)
# Celery workers keep theirs between tasks (checked before each task, see cms/celery.py) instead
# of opening one per task.
KELISIM_WORKER_CONN_MAX_AGE = int(os.environ.get("WORKER_DATABASE_CONN_MAX_AGE", "60"))
