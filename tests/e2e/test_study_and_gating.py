"""In headless Chromium, as the demo trainee: finish a lesson, watch the progress bar move and
see the next module locked with its reason."""

import re

import pytest

from tests.e2e.helpers import ARTIFACTS, log_in

# A live server reads committed rows, so these tests run outside a wrapping transaction.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def progress_value(page) -> int:
    return int(page.locator("main progress").first.get_attribute("value"))


def test_trainee_finishes_a_lesson_and_the_gate_follows(demo_site, page):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, demo_site, "trainee", language="en")
    page.goto(f"{demo_site}/en/learn/")
    before = progress_value(page)
    locked = page.locator(".module-states .state-locked").first
    assert "Complete" in locked.inner_text()
    page.screenshot(path=str(ARTIFACTS / "dashboard-before.png"), full_page=True)

    page.get_by_role("link", name=re.compile(r"^Next: ")).first.click()
    assert "lesson-page" in page.locator("body").get_attribute("class")
    page.get_by_role("button", name="Mark as done").click()
    page.goto(f"{demo_site}/en/learn/")
    after = progress_value(page)
    assert after > before
    # Module 2's lessons are done, but its quiz is not passed yet: module 3 stays locked, and
    # says what to finish first.
    states = page.locator(".module-states li")
    assert "open" in states.nth(1).get_attribute("class")
    third = states.nth(2)
    assert "locked" in third.get_attribute("class")
    assert "Complete" in third.inner_text()
    page.screenshot(path=str(ARTIFACTS / "dashboard-after.png"), full_page=True)

    # The locked module's first lesson is refused by the server, with the reason.
    page.goto(f"{demo_site}/en/learn/")
    page.get_by_role("link", name=re.compile(".")).filter(has_text="Negotiator").first.click()
    lesson_links = page.locator(".outline > li:nth-child(4) ol a")
    locked_url = lesson_links.first.get_attribute("href")
    response = page.goto(f"{demo_site}{locked_url}")
    assert response.status == 403
    assert "Complete" in page.locator("main").inner_text()
