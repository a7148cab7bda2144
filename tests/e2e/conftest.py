"""Browser tests: the demo site served by a live server, driven in Debian's headless Chromium."""

from pathlib import Path

import pytest

from tests import snapshots
from tests.e2e.helpers import ARTIFACTS


@pytest.fixture(autouse=True)
def _needs_chromium():
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is not installed (make pytest installs it)")


@pytest.fixture
def demo_site(live_server, transactional_db, demo_snapshot):
    """The demo, put back from the run's snapshot and committed, served by a live server; the
    test's end empties every table."""
    snapshots.restore(demo_snapshot)
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url
