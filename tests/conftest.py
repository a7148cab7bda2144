"""Fixtures shared by the whole suite."""

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
