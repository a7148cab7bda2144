"""The quiz attempt page's script, in headless Chromium as the demo trainee. On a link that
drops, answers changed while offline are kept on the device and sent when the link returns, or
when the attempt is opened again after the page was closed; what the trainee took back (an
unticked box) stays taken back. Answers changed after the session ended are kept too, and sent
once the trainee signs in and opens the attempt again. When time runs out, the timer submits
the answers on the page, even one still being typed. And without JavaScript at all, the Save
and Submit buttons still do the work."""

import re

import pytest

from tests.e2e.helpers import log_in, second_module_quiz

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def saved_responses(attempt) -> dict[int, dict]:
    return {answer.position: answer.response for answer in attempt.answers.order_by("position")}


def start(page, demo_site, quiz):
    """Start the quiz through its page; the attempt the server opened."""
    from assessments.models import Attempt

    page.goto(demo_site + quiz.url)
    page.locator("main form[action$='/start/'] button[type=submit]").click()
    page.wait_for_url("**/quiz/attempts/*/")
    return Attempt.objects.get(trainee__username="trainee", quiz=quiz, state="in_progress")


def boxes_and_a_radio(attempt) -> tuple[str, str, str, str, object]:
    """A multiple-choice question's name and two of its option ids, and a single-choice
    question's name."""
    answers = list(attempt.answers.order_by("position").with_questions())
    multiple = next(a for a in answers if a.question.type_name == "multiplechoicequestion")
    single = next(a for a in answers if a.question.type_name == "singlechoicequestion")
    first, second = (option["id"] for option in multiple.question.options[:2])
    return f"q{multiple.position}", first, second, f"q{single.position}", single


def saving(page):
    """Wait for the page's script to send the answers (it waits a moment after a change)."""
    return page.expect_response(lambda response: response.url.endswith("/save/"))


def says(page, message: str) -> None:
    """Wait until the save status says the page's message of that name (saved, offline)."""
    page.wait_for_function(
        "name => { const s = document.querySelector('.save-status');"
        " return s.textContent.startsWith(s.dataset[name]); }",
        arg=message,
    )


def test_answers_changed_offline_are_sent_when_the_link_returns(demo_site, page, context):
    quiz = second_module_quiz()
    log_in(page, demo_site, "trainee")
    attempt = start(page, demo_site, quiz)
    boxes, first, second, radio, single = boxes_and_a_radio(attempt)
    multiple_position = int(boxes[1:])
    with saving(page):
        page.check(f'input[name="{boxes}"][value="{first}"]')
        page.check(f'input[name="{boxes}"][value="{second}"]')
    says(page, "saved")
    assert page.locator(".save-status").inner_text() == "Барлық жауап сақталды."
    assert set(saved_responses(attempt)[multiple_position]["choices"]) == {first, second}

    context.set_offline(True)
    page.uncheck(f'input[name="{boxes}"][value="{second}"]')
    option = single.question.options[0]["id"]
    page.check(f'input[name="{radio}"][value="{option}"]')
    says(page, "offline")
    assert "осы құрылғыда сақталады" in page.locator(".save-status").inner_text()
    assert set(saved_responses(attempt)[multiple_position]["choices"]) == {first, second}

    with saving(page):
        context.set_offline(False)
    says(page, "saved")
    responses = saved_responses(attempt)
    assert responses[multiple_position]["choices"] == [first]
    assert responses[int(radio[1:])] == {"choice": option}


def test_answers_kept_offline_are_sent_when_the_attempt_is_opened_again(demo_site, page, context):
    quiz = second_module_quiz()
    log_in(page, demo_site, "trainee")
    attempt = start(page, demo_site, quiz)
    boxes, first, second, radio, single = boxes_and_a_radio(attempt)
    with saving(page):
        page.check(f'input[name="{boxes}"][value="{first}"]')
        page.check(f'input[name="{boxes}"][value="{second}"]')
    says(page, "saved")
    url = page.url

    context.set_offline(True)
    page.uncheck(f'input[name="{boxes}"][value="{second}"]')
    option = single.question.options[0]["id"]
    page.check(f'input[name="{radio}"][value="{option}"]')
    says(page, "offline")
    page.close()  # the phone's browser closed the tab; the answers wait on the device

    context.set_offline(False)
    again = context.new_page()
    with saving(again):
        again.goto(url)  # the server still has both boxes ticked; the device knows better
    says(again, "saved")
    assert not again.is_checked(f'input[name="{boxes}"][value="{second}"]')
    assert again.is_checked(f'input[name="{radio}"][value="{option}"]')
    responses = saved_responses(attempt)
    assert responses[int(boxes[1:])]["choices"] == [first]
    assert responses[int(radio[1:])] == {"choice": option}


def test_answers_changed_after_signing_out_are_sent_when_the_attempt_is_opened_again(
    demo_site, page, context
):
    quiz = second_module_quiz()
    log_in(page, demo_site, "trainee")
    attempt = start(page, demo_site, quiz)
    boxes, first, _second, _radio, _single = boxes_and_a_radio(attempt)
    url = page.url

    context.clear_cookies()  # the session ended (signed out in another tab, or expired)
    with saving(page):
        page.check(f'input[name="{boxes}"][value="{first}"]')
    says(page, "signedOut")
    assert "осы құрылғыда сақталды" in page.locator(".save-status").inner_text()
    assert saved_responses(attempt)[int(boxes[1:])] in ({}, None)

    log_in(page, demo_site, "trainee")
    with saving(page):
        page.goto(url)
    says(page, "saved")
    assert saved_responses(attempt)[int(boxes[1:])]["choices"] == [first]


def test_when_time_runs_out_the_timer_submits_what_is_on_the_page(demo_site, page):
    from datetime import datetime, timedelta

    from django.utils import timezone

    quiz = second_module_quiz()
    log_in(page, demo_site, "trainee")
    attempt = start(page, demo_site, quiz)
    short = next(
        answer
        for answer in attempt.answers.order_by("position").with_questions()
        if answer.question.type_name == "shortanswerquestion"
    )
    attempt.deadline = timezone.now() + timedelta(minutes=2)
    attempt.save(update_fields=["deadline"])
    loaded = datetime.now()
    page.clock.install(time=loaded)  # the page's clock, moved by the test from here
    page.reload()
    page.clock.pause_at(loaded + timedelta(seconds=3))
    assert re.fullmatch(r"2:00|1:5\d", page.locator(".timer").inner_text())
    warning = page.locator(".time-warning")
    page.clock.run_for(2000)
    assert warning.inner_text() == ""  # it began under five minutes: no "5 minutes left"

    # The phone put the page in the background: its timers stood still for 100 s while the
    # clock went on. Back in front, the next tick shows the time really left, and warns.
    page.clock.set_system_time(loaded + timedelta(seconds=105))
    page.clock.run_for(1000)
    assert page.locator(".timer").inner_text() in ("0:12", "0:13", "0:14", "0:15")
    assert warning.inner_text() == "1 минут қалды."
    assert warning.get_attribute("role") == "alert"

    # typed, not yet sent (a text field is sent when the trainee leaves it); then time runs out
    page.locator(f'input[name="q{short.position}"]').press_sequentially("медиация")
    with page.expect_navigation(url="**/review/"):
        page.clock.run_for(20_000)
    attempt.refresh_from_db()
    assert attempt.state == "graded"
    assert attempt.answers.get(position=short.position).response == {"text": "медиация"}


def test_without_javascript_the_buttons_save_and_submit(demo_site, browser):
    quiz = second_module_quiz()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, demo_site, "trainee")
    attempt = start(page, demo_site, quiz)
    boxes, first, _second, radio, single = boxes_and_a_radio(attempt)
    page.check(f'input[name="{boxes}"][value="{first}"]')
    page.get_by_role("button", name="Жауаптарды сақтау").click()
    assert page.locator(".messages").inner_text().strip() == "Жауаптарыңыз сақталды."
    assert page.is_checked(f'input[name="{boxes}"][value="{first}"]')
    assert saved_responses(attempt)[int(boxes[1:])]["choices"] == [first]

    option = single.question.options[0]["id"]
    page.check(f'input[name="{radio}"][value="{option}"]')
    page.get_by_role("button", name="Талпынысты тапсыру").click()
    page.wait_for_url("**/review/")
    attempt.refresh_from_db()
    assert attempt.state == "graded"
    assert saved_responses(attempt)[int(radio[1:])] == {"choice": option}
    context.close()
