"""In headless Chromium, as the demo trainee: fail the module quiz, try again, pass, and find the
next module open."""

import re

import pytest

from assessments.models import Attempt
from tests.e2e.helpers import ARTIFACTS, log_in, right_fields, second_module_quiz

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_right_answers(page, attempt):
    """Answer every question of `attempt` right, through the form, as a trainee would."""
    for name, wanted in right_fields(attempt).items():
        field = page.locator(f'[name="{name}"]').first
        if field.get_attribute("type") in ("radio", "checkbox"):
            for value in {wanted} if isinstance(wanted, str) else wanted:
                page.check(f'input[name="{name}"][value="{value}"]')
        elif field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(wanted)
        else:
            field.fill(wanted)


def test_fail_retry_pass_and_the_next_module_opens(demo_site, page):
    second = second_module_quiz("en").get_parent()  # its lessons done, its quiz opens

    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, demo_site, "trainee", language="en")
    page.goto(f"{demo_site}{second.url}")
    page.locator("main a", has_text=re.compile("test|quiz", re.I)).last.click()
    assert "quiz-page" in page.locator("body").get_attribute("class")

    # First try: submitted without answers, so it fails.
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("button", name="Submit the attempt").click()
    assert "Not passed" in page.locator(".result").inner_text()
    page.screenshot(path=str(ARTIFACTS / "quiz-failed.png"), full_page=True)
    page.goto(f"{demo_site}/en/learn/")
    assert "locked" in page.locator(".module-states li").nth(2).get_attribute("class")

    # Second try: every answer right, saved as the trainee goes, then submitted.
    page.go_back()
    page.goto(page.url)
    page.goto(f"{demo_site}{second.url}")
    page.locator("main a", has_text=re.compile("test|quiz", re.I)).last.click()
    page.get_by_role("button", name="Try again").click()
    attempt = Attempt.objects.get(trainee__username="trainee", state="in_progress")
    fill_right_answers(page, attempt)
    page.wait_for_timeout(800)  # the autosave after the last change
    assert "saved" in page.locator(".save-status").inner_text()
    page.get_by_role("button", name="Submit the attempt").click()
    assert "Passed" in page.locator(".result").inner_text()
    page.screenshot(path=str(ARTIFACTS / "quiz-passed.png"), full_page=True)

    page.goto(f"{demo_site}/en/learn/")
    assert "open" in page.locator(".module-states li").nth(2).get_attribute("class")
