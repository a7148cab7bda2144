"""In headless Chromium at a phone's width: every page of the site a demo user reaches by links,
the quiz attempt and its review that only a form leads to, and a certificate's public
verification page pass axe-core's checks (WCAG 2.2 A and AA, and its best practices), fit the
screen without scrolling sideways, and stay light for a slow link (everything from this site,
under a budget); and a quiz can be taken with the keyboard alone."""

import re

import pytest

from tests.crawling import STAFF, STAFF_ON_THE_SITE, crawl, login
from tests.e2e.helpers import (
    ARTIFACTS,
    PHONE,
    log_in,
    problems,
    right_fields,
    second_module_quiz,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUSED = """(() => {
  const e = document.activeElement;
  return {tag: e.tagName, type: e.type || "", name: e.name || "", value: e.value || "",
          checked: Boolean(e.checked)};
})()"""


@pytest.mark.parametrize("username", [None, "trainee", "instructor"])
def test_every_page_reached_by_links_passes_axe_and_fits_a_phone(demo_site, page, username):
    client, scope = login(username)
    if scope is STAFF:  # their pages of the site, not the admin (Wagtail's, and its own tests')
        scope = STAFF_ON_THE_SITE
    pages, _found = crawl(client, scope)
    site = [
        url
        for url, (status, html) in pages.items()
        if status == 200 and html and not url.startswith("/admin/")
    ]
    assert len(site) >= 8, site
    page.set_viewport_size(PHONE)
    if username:
        log_in(page, demo_site, username)
    failures = {}
    for url in site:
        page.goto(demo_site + url)
        if found := problems(page):
            failures[url] = found
    assert failures == {}


def test_forms_sent_back_with_errors_pass_axe(demo_site, page):
    """A form refused on the server: a summary at the top of the page links to each field in
    error, each error is tied to its field (aria-invalid and aria-describedby), and the page
    still passes axe."""
    page.set_viewport_size(PHONE)
    for url in ("/kk/accounts/login/", "/ru/learn/register/", "/kk/learn/practice/"):
        if url == "/kk/learn/practice/":
            log_in(page, demo_site, "trainee")
        page.goto(demo_site + url)
        form = page.locator("main form", has=page.locator("button[type=submit]")).last
        form.evaluate("form => { form.noValidate = true; }")  # past the browser's own checks
        form.locator("button[type=submit]").click()
        page.wait_for_load_state()
        invalid = page.locator("main [aria-invalid=true]").all()
        assert len(invalid) >= 2, url
        for field in invalid:
            field_id = field.get_attribute("id")
            error_id = f"{field_id}_error"
            assert page.locator(f"#{error_id}.errorlist").count() == 1, (url, error_id)
            assert error_id in field.get_attribute("aria-describedby").split(), url
            if not re.search(r"_[1-9]\d*$", field_id):  # a group's first choice stands for it
                assert page.locator(f'.error-summary a[href="#{field_id}"]').count() >= 1, url
        # the summary comes first in the page's content, where a phone opens it, and has the
        # focus: the next Tab reaches its first link
        assert page.locator("main > .error-summary[role=alert]").count() == 1, url
        assert page.evaluate("document.activeElement.className") == "error-summary", url
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.error-summary') !== null"), url
        assert problems(page) == [], url


# The admin screens of our own making (Wagtail's are tested upstream), and the pages they lead to
OUR_ADMIN_SCREENS = [
    "/admin/qualifications/report/",
    "/admin/qualifications/holders/",
    "/admin/qualifications/statistics/",
    "/admin/qualifications/issue/",
    "/admin/qualifications/certificates/",
    "/admin/assessments/reports/",
    "/admin/assessments/import/",
    "/admin/lms/import/",
    "/admin/lms/override/",
    "/admin/lms/schedule-changes/",
]
OUR_ADMIN = re.compile(
    r"^/admin/(qualifications/(report|holders|statistics|issue|certificates/inspect)|assessments/|lms/(import|override|schedule-changes/($|inspect)))"
)


def test_our_admin_screens_pass_axe(demo_site, page):
    client, _scope = login("admin")
    pages, _found = crawl(client, (OUR_ADMIN_SCREENS, OUR_ADMIN))
    screens = [url for url, (status, html) in pages.items() if status == 200 and html]
    assert len(screens) >= len(OUR_ADMIN_SCREENS) + 3, screens  # and a profile's, a quiz's
    assert any("/schedule-changes/inspect/" in url for url in screens), screens
    page.goto(f"{demo_site}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "kelisim-demo")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"{demo_site}/admin/")
    failures = {}
    for url in screens:
        page.goto(demo_site + url)
        if found := problems(page, light=False):
            failures[url] = found
    assert failures == {}


def test_a_quiz_taken_with_the_keyboard_alone_and_its_pages_pass_axe(demo_site, page):
    from assessments.models import Attempt
    from certificates.models import Certificate

    quiz = second_module_quiz()
    page.set_viewport_size(PHONE)
    log_in(page, demo_site, "trainee")
    page.goto(demo_site + quiz.url)
    page.locator("main form[action$='/start/'] button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/quiz/attempts/*/")
    assert problems(page) == []
    page.screenshot(path=str(ARTIFACTS / "attempt-phone.png"), full_page=True)

    attempt = Attempt.objects.get(trainee__username="trainee", quiz=quiz, state="in_progress")
    fields = right_fields(attempt)
    assert fields, "the quiz has questions the keyboard can answer"
    assert answer_by_keyboard(page, fields) == set(fields)
    page.keyboard.press("Enter")  # on "Submit the attempt"
    page.wait_for_url("**/review/")
    attempt.refresh_from_db()
    assert attempt.state == "graded" and attempt.percent == 100
    assert problems(page) == []
    page.screenshot(path=str(ARTIFACTS / "review-phone.png"), full_page=True)

    # A holder's certificates (the demo's holder is Mira), and the page anyone reaches from a
    # certificate's QR code, signed out.
    page.context.clear_cookies()
    log_in(page, demo_site, "mira")
    page.goto(f"{demo_site}/kk/qualifications/certificates/")
    # her certificate (its PDF link only once a worker rendered it: not yet on a real broker)
    assert page.locator("main .card").count() >= 1
    assert problems(page) == []
    page.context.clear_cookies()
    for language in ("kk", "ru", "en"):
        page.goto(f"{demo_site}/{language}/verify/{Certificate.objects.first().code}/")
        assert problems(page) == []


def answer_by_keyboard(page, fields: dict) -> set[str]:
    """Tab from the top of the attempt page to its submit button, answering each field on the
    way with the keys a trainee would use: arrows in a radio group or a closed select, Space on
    a checkbox, typing in a text field. The names of the fields reached."""
    reached: set[str] = set()
    for _ in range(500):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        name, wanted = focused["name"], fields.get(focused["name"])
        if focused["tag"] == "BUTTON" and name == "submit":
            return reached
        if wanted is None:
            continue
        reached.add(name)
        if focused["type"] == "radio":  # Tab lands on the group's first radio; arrows choose
            for _ in range(50):
                if page.evaluate(FOCUSED)["value"] == wanted:
                    break
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Space")
        elif focused["type"] == "checkbox":
            if (focused["value"] in wanted) != focused["checked"]:
                page.keyboard.press("Space")
        elif focused["tag"] == "SELECT":
            for _ in range(50):
                if page.evaluate(FOCUSED)["value"] == wanted:
                    break
                page.keyboard.press("ArrowDown")
        else:
            page.keyboard.type(wanted)
    raise AssertionError("Tab never reached the submit button")
