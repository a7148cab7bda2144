"""Certificate tests render PDFs and send e-mails in the test's own process, even where CI sets
a broker; only the tests marked `broker` (real workers) leave tasks to the broker."""

import pytest


@pytest.fixture(autouse=True)
def _tasks_in_process(request):
    from celery import current_app

    if request.node.get_closest_marker("broker"):
        yield
        return
    previous = current_app.conf.task_always_eager
    current_app.conf.task_always_eager = True
    yield
    current_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The verification endpoint's per-minute counters start from zero in every test."""
    from django.core.cache import cache

    cache.clear()
