"""In headless Chromium: the home page in each language, switching language, and a lesson."""

import pytest

from tests.e2e.helpers import ARTIFACTS, log_in

# A live server reads committed rows, so these tests run outside a wrapping transaction.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


HOME_HEADINGS = {
    "kk": "Келісім: этномедиаторларды оқыту",
    "ru": "Келісім: обучение этномедиаторов",
    "en": "Kelisim: training ethnomediators",
}


def test_browse_the_programme_in_three_languages_and_open_a_lesson(demo_site, page):
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    for language, heading in HOME_HEADINGS.items():
        page.goto(f"{demo_site}/{language}/")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("h1").inner_text() == heading
        page.screenshot(path=str(ARTIFACTS / f"home-{language}.png"), full_page=True)

    # Lessons are for enrolled trainees: log in as the demo trainee, who has begun the course.
    log_in(page, demo_site, "trainee")
    # From Kazakh, follow the programme, the course and the first lesson by links only.
    page.goto(f"{demo_site}/kk/")
    page.get_by_role("link", name="Келіссөз жүргізуші-этномедиатор бағдарламасы").click()
    page.get_by_role("link", name="Келіссөз жүргізуші-этномедиатор курсы").click()
    page.wait_for_url("**/negotiator-ethnomediator-course/")  # and its page loaded
    assert page.locator("h2", has_text="Модульдер").count() == 1
    page.locator(".outline ol a").first.click()
    assert "lesson-page" in page.locator("body").get_attribute("class")
    kazakh_title = page.locator("h1").inner_text()
    assert set(kazakh_title) & set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")
    page.screenshot(path=str(ARTIFACTS / "lesson-kk.png"), full_page=True)

    # The switcher keeps the reader on the same lesson.
    page.get_by_role("link", name="Русский").click()
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.url.startswith(f"{demo_site}/ru/")
    assert page.locator("h1").inner_text() != kazakh_title
    page.screenshot(path=str(ARTIFACTS / "lesson-ru.png"), full_page=True)

    # Keyboard: the first Tab reaches the skip link, and it leads to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_site_loads_nothing_from_other_hosts(demo_site, page):
    foreign = []
    page.on(
        "request",
        lambda request: None if request.url.startswith(demo_site) else foreign.append(request.url),
    )
    page.goto(f"{demo_site}/en/")
    page.get_by_role("link", name="Negotiator-ethnomediator programme").click()
    assert foreign == []
