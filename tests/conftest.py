"""Fixtures shared by the whole suite."""

import json
import os
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


@pytest.fixture
def seeded(db, settings):
    """The demo site as `seed_demo` builds it (kk, ru, en), inside the test's transaction."""
    call_command("seed_demo", force=True, stdout=StringIO())


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
    from django.contrib.contenttypes.models import ContentType
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
