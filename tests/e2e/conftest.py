"""Browser tests: the demo site served by a live server, driven in Debian's headless Chromium."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.e2e.helpers import ARTIFACTS


@pytest.fixture(autouse=True)
def _needs_chromium():
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is not installed (make pytest installs it)")


@pytest.fixture
def demo_site(live_server, committed_db):
    call_command("seed_demo", force=True, stdout=StringIO())
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url
