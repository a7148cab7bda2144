"""In headless Chromium: the administrator issues a qualification's certificates to everyone
eligible with one action and watches the progress bar fill while Celery renders the PDFs (a
real worker where CI has PostgreSQL and Redis, in-process otherwise); then a trainee downloads
their certificate from "My certificates"."""

import io
import os

import pytest
from django.db import connection
from pypdf import PdfReader

from tests.e2e.helpers import ARTIFACTS, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def tasks(request):
    """A real Celery worker when a broker and PostgreSQL are there; tasks in-process otherwise."""
    from celery import current_app

    if os.environ.get("CELERY_BROKER_URL") and connection.vendor == "postgresql":
        request.getfixturevalue("celery_worker_process")(concurrency=2)
        yield "worker"
        return
    previous = current_app.conf.task_always_eager
    current_app.conf.task_always_eager = True
    yield "in-process"
    current_app.conf.task_always_eager = previous


def test_the_administrator_issues_in_bulk_and_the_trainee_downloads(demo_site, tasks, page):
    from certificates.eligibility import evaluate_population
    from certificates.models import Certificate, QualificationProfile, RegionRequirement
    from lms.models import TraineeProfile

    profile = QualificationProfile.objects.create(
        slug="regional-mediator",
        name_kk="Өңірлік медиатор",
        name_ru="Региональный медиатор",
        name_en="Regional mediator",
    )
    RegionRequirement.objects.create(profile=profile)  # every demo trainee has a region
    eligible = sum(c.eligible for c in evaluate_population(profile))
    assert eligible >= 2

    page.goto(f"{demo_site}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "kelisim-demo")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()
    page.goto(f"{demo_site}/admin/qualifications/issue/")
    page.select_option("#id_profile", str(profile.pk))
    page.locator("main form button[type=submit]").click()

    progress = page.locator("#batch-progress")
    progress.wait_for()
    page.wait_for_selector('#batch-progress[data-state="finished"]', timeout=240_000)
    assert page.locator("#batch-bar").get_attribute("value") == "100"
    assert page.locator("#batch-status").inner_text().count(str(eligible)) == 2  # N of N
    page.screenshot(path=str(ARTIFACTS / "bulk-issue-finished.png"), full_page=True)
    assert Certificate.objects.filter(profile=profile, status="valid").count() == eligible

    page.context.clear_cookies()
    log_in(page, demo_site, "trainee", language="en")
    page.goto(f"{demo_site}/en/qualifications/certificates/")
    card = page.locator(".card", has_text="Regional mediator")
    with page.expect_download() as download:
        card.get_by_role("link", name="Download the PDF").click()
    data = open(download.value.path(), "rb").read()  # noqa: SIM115
    mine = Certificate.objects.get(profile=profile, trainee__username="trainee")
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert mine.serial in text
    assert TraineeProfile.objects.get(user=mine.trainee).full_name in text
