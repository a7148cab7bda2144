"""Settings shared by every environment, read from the environment with safe local defaults.

With nothing set, Kelisim runs on SQLite with Celery tasks executed in-process (the embedded
default for a laptop demo). `DATABASE_URL` switches to PostgreSQL, `CELERY_BROKER_URL` to real
workers.
"""

import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable; '1', 'true', 'yes' and 'on' mean yes."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list, dropping blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "cms.home",
    "curriculum",
    "lms",
    "assessments",
    "certificates",
    "polymorphic",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite unless DATABASE_URL names another (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # a kept connection is checked before a request uses it (once, at its start)
        conn_health_checks=True,
    )
}
# SQLite (the embedded default) serves the demo's threads and runs its tasks in-process. A
# transaction that read and then writes while another has written cannot wait: SQLite fails it
# at once with "database is locked". Transactions therefore take the write lock as they begin
# (IMMEDIATE) and wait up to 20 s for one another, as PostgreSQL's do; write-ahead logging lets
# pages read meanwhile.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
# PostgreSQL's JIT compiles any query it guesses costly: the eligibility report's counts over
# 100,000 trainees spent 0.9 s compiling to run for 0.25 s. Pages run short queries, so it is
# off unless DATABASE_JIT=on.
if (
    DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    and os.environ.get("DATABASE_JIT", "off") != "on"
):
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    # added to what DATABASE_URL's `options` already asks of the server, not instead of it
    _options["options"] = f"{_options.get('options', '')} -c jit=off".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Languages: Kazakh first (the default), then Russian and English.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# Kazakh dates and numbers (Django ships none): "2026 ж. 28 қараша", "9,52".
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Almaty")
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Kelisim"
# Staff avatars are Wagtail's own, or an uploaded picture: no request to Gravatar, which would
# load from another site and hand it a hash of each staff member's address.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Quizzes sit beside lessons in a module.
KELISIM_CURRICULUM_MODULE_CHILD_PAGE_TYPES = ["curriculum.LessonPage", "assessments.QuizPage"]

# Wagtail's database backend, with its SQLite quoting mended (cms/search.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# Static and media files: served by the site itself (WhiteNoise), never by a CDN.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Personal documents (diplomas, uploaded spreadsheets of trainees) never go under MEDIA_URL: they
# are served only through views that check who is asking.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "lms.storage.PrivateFileStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: printed to the console unless an SMTP host is configured.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kelisim <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The cache: each process's own memory (the embedded default), or a Redis database every web
# process and worker shares when CACHE_URL names one, as a site with several processes needs:
# the public verification's rate limit and the one-eligibility-refresh-at-a-time lock only hold
# across processes that share it (`check --deploy` warns otherwise).
CACHE_URL = os.environ.get("CACHE_URL", "")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_URL,
        "KEY_PREFIX": "kelisim",
    }
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
# Wagtail's redirect import keeps the uploaded file between its two steps (check, then import):
# in the shared cache when there is one, since any web process may take the second step; else in
# the temporary folder, where an import left at its first step stays.
WAGTAIL_REDIRECTS_FILE_STORAGE = "cache" if CACHE_URL else "tmp_file"

# Celery: with no broker, tasks run eagerly in-process (the embedded default).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", CELERY_BROKER_URL or None)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
# Redis hands a message taken by a worker that then died to another worker after this many
# seconds (a task killed mid-way runs again; tasks are idempotent).
_VISIBILITY = int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
# Tests that start a real worker give it a queue of its own, so nothing stale reaches it.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_TASK_DEFAULT_QUEUE", "celery")
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _VISIBILITY,
    "unacked_restore_interval": max(1, min(10, _VISIBILITY // 4)),
    "unacked_restore_throttle": 1 if _VISIBILITY < 60 else 10,
    # A worker takes a lock in Redis for each look at the abandoned messages (every interval
    # above). One killed while holding it (SIGKILL, the OOM killer) leaves it until it expires,
    # and no worker restores anything until then: kombu's 5 minutes at most, and no longer than
    # the visibility timeout itself.
    "unacked_mutex_expire": min(300, _VISIBILITY),
}
CELERY_BEAT_SCHEDULE: dict = {
    "submit-overdue-attempts": {
        "task": "assessments.submit_overdue_attempts",
        "schedule": 60.0,
    },
    # Bulk issues and PDFs a broker or a worker lost on the way are asked for again.
    "resend-lost-certificate-work": {
        "task": "certificates.resend_lost_work",
        "schedule": 600.0,
    },
    # E-mails a broker or a worker lost on the way (practice reviews, schedule changes, grades,
    # changed results) are asked for again; see lms.emails.RESEND_AFTER.
    "resend-lost-lms-emails": {
        "task": "lms.resend_lost_emails",
        "schedule": 600.0,
    },
    "resend-lost-assessment-emails": {
        "task": "assessments.resend_lost_emails",
        "schedule": 600.0,
    },
    # Daily, as the day starts: certificates past their date become expired (the holder may
    # renew).
    "expire-certificates": {
        "task": "certificates.expire_certificates",
        "schedule": crontab(hour=0, minute=1),
    },
    # Daily, right after expiry: every trainee judged again against every profile for the new
    # day, the statuses the eligibility report reads. Until it has run, every status is of
    # yesterday, and a report or export judges whoever it shows itself.
    "refresh-eligibility": {
        "task": "certificates.refresh_eligibility",
        "schedule": crontab(hour=0, minute=5),
    },
    # Daily, in the morning (CELERY_TIMEZONE): trainers whose trainees' answers came in for a
    # grade since their last reminder are told what waits in their grading queue.
    "remind-trainers-to-grade": {
        "task": "assessments.remind_trainers_to_grade",
        "schedule": crontab(hour=8, minute=30),
    },
    # Daily, in the evening: the trainees of tomorrow's sessions are reminded of them; the runs
    # at 19 and 20 o'clock send what the first left (a lost task, an address refused).
    "remind-trainees-of-sessions": {
        "task": "lms.remind_trainees_of_sessions",
        "schedule": crontab(hour="18-20", minute=0),
    },
    # Daily, in the morning (CELERY_TIMEZONE): holders of certificates expiring soon are reminded.
    "remind-expiring-certificates": {
        "task": "certificates.send_expiry_reminders",
        "schedule": crontab(hour=9, minute=0),
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Wagtail logs every page edit and background task at INFO: too chatty for the console.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint logs seven progress lines a PDF at INFO ("Step 1 - Fetching and parsing
        # HTML"...): a bulk issue's would bury the workers' logs. Its CSS warnings still show.
        "weasyprint": {"level": "WARNING"},
    },
}

# Sane labels in the language switcher are the languages' own names; this tuple is for gettext
# so that makemessages keeps the human names translatable where the interface needs them.
LANGUAGE_NAMES = {"kk": _("Kazakh"), "ru": _("Russian"), "en": _("English")}
