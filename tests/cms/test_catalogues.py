"""The kk and ru message catalogues are complete: every interface string is translated."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ["cms", "curriculum", "lms", "assessments", "certificates"]


def catalogue(app: str, language: str) -> polib.POFile:
    return polib.pofile(str(ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("app", APPS)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(app, language):
    po = catalogue(app, language)
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{app}/{language} untranslated: {untranslated}"
    assert not fuzzy, f"{app}/{language} fuzzy: {fuzzy}"


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("app", APPS)
def test_catalogue_keeps_placeholders(app, language):
    for entry in catalogue(app, language).translated_entries():
        wanted = sorted(re.findall(r"%\(\w+\)[sd]|\{\w+\}", entry.msgid))
        got = sorted(re.findall(r"%\(\w+\)[sd]|\{\w+\}", entry.msgstr or entry.msgid))
        assert wanted == got, f"{app}/{language}: {entry.msgid!r} -> {entry.msgstr!r}"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext tools are not installed")
@pytest.mark.parametrize("app", APPS)
def test_every_string_in_the_source_is_in_the_catalogues(app, tmp_path):
    """Extract the app's strings afresh into a copy and compare with the committed catalogue."""
    copy = tmp_path / app
    shutil.copytree(ROOT / app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        # manage.py by absolute path: with `-m django` the copied cms/celery.py would shadow celery
        [sys.executable, str(ROOT / "manage.py"), "makemessages", "-l", "kk", "--no-obsolete"]
        + ["--ignore=demo/content", "-v0"],
        cwd=copy,
        check=True,
        env={
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
        },
    )
    fresh = {e.msgid for e in polib.pofile(str(copy / "locale/kk/LC_MESSAGES/django.po"))}
    committed = {e.msgid for e in catalogue(app, "kk") if not e.obsolete}
    assert not fresh - committed, (
        f"run `make messages-update`; missing: {sorted(fresh - committed)}"
    )


@pytest.mark.parametrize("app", APPS + ["home"])
def test_every_named_model_names_its_plural_too(app):
    """Django's default plural adds an English "s" to the translated name (сұрағыs)."""
    from django.apps import apps

    unnamed = [
        model._meta.label
        for model in apps.get_app_config(app).get_models()
        if "verbose_name" in model._meta.original_attrs
        and "verbose_name_plural" not in model._meta.original_attrs
    ]
    assert not unnamed
