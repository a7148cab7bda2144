"""Certificate tests render PDFs and send e-mails in the test's own process, even where CI sets
a broker; only the tests marked `broker` (real workers) leave tasks to the broker."""

import pytest


@pytest.fixture(autouse=True)
def _tasks_in_process(request):
    if not request.node.get_closest_marker("broker"):
        request.getfixturevalue("tasks_in_process")


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The verification endpoint's per-minute counters start from zero in every test."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def adult_profile():
    """A qualification anyone 18 or older meets."""
    from certificates.models import MinimumAgeRequirement, QualificationProfile

    profile = QualificationProfile.objects.create(
        slug="adult", name_kk="Медиатор", name_ru="Медиатор", name_en="Mediator"
    )
    MinimumAgeRequirement.objects.create(profile=profile, years=18)
    return profile


@pytest.fixture
def dated_profile():
    """A qualification anyone 18 or older meets, its certificates valid for two years, named
    as a test's in each language."""
    from certificates.models import MinimumAgeRequirement, QualificationProfile

    profile = QualificationProfile.objects.create(
        slug="adult",
        name_kk="Медиатор (сынақ)",
        name_ru="Медиатор (проверка)",
        name_en="Mediator (test)",
        validity_months=24,
    )
    MinimumAgeRequirement.objects.create(profile=profile, years=18)
    return profile


@pytest.fixture
def refreshes_sent(monkeypatch):
    """The eligibility refreshes handed to a worker (their keyword arguments), none of them run,
    with no earlier refresh holding the one-at-a-time lock; set `statuses.INLINE_LIMIT` low to
    make a page hand its trainees over."""
    from django.core.cache import cache

    from certificates import statuses, tasks

    sent: list[dict] = []
    monkeypatch.setattr(tasks.refresh_eligibility, "delay", lambda **kwargs: sent.append(kwargs))
    cache.delete(statuses.REFRESH_LOCK)
    return sent
