"""Browser tests: the demo site served by a live server, driven in Debian's headless Chromium."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.e2e.helpers import ARTIFACTS


@pytest.fixture(autouse=True)
def _needs_chromium():
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is not installed (make pytest installs it)")


@pytest.fixture(scope="session")
def migration_rows(django_db_setup, django_db_blocker):
    """The rows migrations create (site, locales, groups, regions), taken before any browser test
    commits anything. A transactional test ends by emptying every table; the next one puts these
    back. (Django's serialized rollback does not survive Playwright's own context switches.)"""
    from django.db import connection

    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


@pytest.fixture
def demo_site(live_server, migration_rows):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Site

    if not Site.objects.exists():
        # the flush re-created content types and permissions under new ids; put back the originals
        ContentType.objects.all().delete()
        ContentType.objects.clear_cache()
        rows = json.loads(migration_rows)
        for first in (True, False):  # content types before the rows that point at them
            part = [r for r in rows if (r["model"] == "contenttypes.contenttype") == first]
            connection.creation.deserialize_db_from_string(json.dumps(part))
    call_command("seed_demo", force=True, stdout=StringIO())
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url
