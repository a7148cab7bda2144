"""Migrations match the models; production settings pass `check --deploy`; env switches work."""

import os
import subprocess
import sys
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env=None):
    # The browser tests need DJANGO_ALLOW_ASYNC_UNSAFE; a deployment must never have it.
    clean = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
    )


@pytest.mark.django_db
def test_makemigrations_check_is_clean():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_check_deploy_with_production_settings_reports_nothing():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "q7!v2m@x9#k4$z8&w1^p6*r3(t0)y5-u8=e2+o9_i4l7j1h3g6f0d8s2a5",
            "ALLOWED_HOSTS": "kelisim.example.kz",
            "CACHE_URL": "redis://cache.internal:6379/1",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_of_a_cache_each_process_keeps_to_itself():
    result = run_manage(
        "check",
        "--deploy",
        env={
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "q7!v2m@x9#k4$z8&w1^p6*r3(t0)y5-u8=e2+o9_i4l7j1h3g6f0d8s2a5",
            "ALLOWED_HOSTS": "kelisim.example.kz",
            "CACHE_URL": "",
        },
    )
    assert "kelisim.W001" in result.stdout + result.stderr
    assert "CACHE_URL" in result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.production"},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_environment_selects_database_and_broker():
    code = (
        "from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_TASK_ALWAYS_EAGER,"
        " settings.DEBUG, settings.CACHES['default']['BACKEND'],"
        " settings.WAGTAIL_REDIRECTS_FILE_STORAGE, settings.ALLOWED_HOSTS)"
    )
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL")
    }
    embedded = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "cms.settings.base", "DEBUG": "0"},
        capture_output=True,
        text=True,
    )
    assert embedded.stdout.split()[:5] == [
        "django.db.backends.sqlite3",
        "True",
        "False",
        "django.core.cache.backends.locmem.LocMemCache",
        "tmp_file",  # one process serves the demo: the temporary folder holds
    ]
    services = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env={
            **base,
            "DJANGO_SETTINGS_MODULE": "cms.settings.base",
            "DATABASE_URL": "postgres://kelisim@db.internal:5432/kelisim",
            "CELERY_BROKER_URL": "redis://cache.internal:6379/0",
            "CACHE_URL": "redis://cache.internal:6379/1",
            "DEBUG": "1",
            "ALLOWED_HOSTS": "kelisim.example.kz,www.kelisim.example.kz",
        },
        capture_output=True,
        text=True,
    )
    assert services.stdout.split()[:5] == [
        "django.db.backends.postgresql",
        "False",
        "True",
        "django.core.cache.backends.redis.RedisCache",
        "cache",  # a redirect import's second step may reach another web process
    ]
    assert "www.kelisim.example.kz" in services.stdout


@pytest.mark.broker
@pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL", "").startswith("redis://"),
    reason="needs Redis (CI sets CELERY_BROKER_URL)",
)
def test_processes_given_a_cache_url_share_one_cache():
    """Two processes, as two web processes would: what one holds, the other sees."""
    url = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[0] + "/12"
    key = f"kelisim-test-lock-{uuid.uuid4().hex}"
    code = f"from django.core.cache import cache; print(cache.add({key!r}, 1, 30))"
    env = {"DJANGO_SETTINGS_MODULE": "cms.settings.base", "CACHE_URL": url}
    first = run_manage("shell", "--no-imports", "-c", code, env=env)
    second = run_manage("shell", "--no-imports", "-c", code, env=env)
    assert first.stdout.split()[-1:] == ["True"], first.stdout + first.stderr
    assert second.stdout.split()[-1:] == ["False"], second.stdout + second.stderr
