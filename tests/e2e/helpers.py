"""Helpers shared by the browser tests."""

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

PHONE = {"width": 360, "height": 740}  # a small phone held upright
# A page and what it loads, uncompressed: the demo's heaviest, a long lesson, is about 35 KB
WEIGHT_BUDGET = 150_000
AXE = Axe()
CHECKS = {
    "runOnly": {
        "type": "tag",
        "values": [
            "wcag2a",
            "wcag2aa",
            "wcag21a",
            "wcag21aa",
            "wcag22a",
            "wcag22aa",
            "best-practice",
        ],
    }
}
LOADED = """(() => [performance.getEntriesByType("navigation")[0],
  ...performance.getEntriesByType("resource")].map(entry => [entry.name, entry.decodedBodySize]))()"""


def log_in(page, site: str, username: str, language: str = "kk") -> None:
    """Log in through the site's own form with the demo password."""
    page.goto(f"{site}/{language}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "kelisim-demo")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def right_fields(attempt) -> dict[str, str | set[str]]:
    """The form fields of `attempt` answered right, as a trainee's browser would send them: a
    radio's or a select's value, a checkbox group's values, a text field's words."""
    fields: dict[str, str | set[str]] = {}
    for answer in attempt.answers.order_by("position").with_questions():
        question, name = answer.question, f"q{answer.position}"
        key = question.key_data().get("right")
        kind = question.type_name
        if kind == "singlechoicequestion":
            fields[name] = str(key[0])
        elif kind == "multiplechoicequestion":
            fields[name] = {str(option_id) for option_id in key}
        elif kind == "truefalsequestion":
            fields[name] = "true" if key else "false"
        elif kind == "shortanswerquestion":
            fields[name] = key[0].replace("*", "")
        elif kind == "matchingquestion":
            fields.update(
                {f"{name}-{pair['id']}": str(pair["answer_id"]) for pair in question.pairs}
            )
        elif kind == "orderingquestion":
            fields.update(
                {f"{name}-{item['id']}": str(place) for place, item in enumerate(question.items, 1)}
            )
    return fields


def second_module_quiz(language: str = "kk"):
    """The quiz of the demo course's second module, open to the demo trainee: they have passed
    the first module, and the second's lessons are marked done here."""
    from django.contrib.auth import get_user_model

    from assessments.models import QuizPage
    from curriculum.models import CoursePage, LessonPage, ModulePage
    from lms import services as lms_services

    trainee = get_user_model().objects.get(username="trainee")
    course = CoursePage.objects.get(
        slug="negotiator-ethnomediator-course", locale__language_code=language
    )
    second = ModulePage.objects.child_of(course).live()[1]
    for lesson in LessonPage.objects.child_of(second).live():
        lms_services.record_completion(trainee=trainee, page=lesson)
    return QuizPage.objects.descendant_of(second).live().get()


def problems(page, light: bool = True) -> list[str]:
    """What axe finds wrong on the page as it stands, a page wider than the screen, and (where
    it must be `light`: the site, not the admin) one heavier than the budget or loading anything
    from another host."""
    found = [
        f"{violation['id']} ({violation['help']}): {node['target']}"
        for violation in AXE.run(page, options=CHECKS).response["violations"]
        for node in violation["nodes"][:3]
    ]
    wider = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    if wider > 0:
        found.append(f"{wider}px wider than the screen")
    if not light:
        return found
    loaded = page.evaluate(LOADED)
    site = page.url.split("/")[2]
    found += [f"loads {url} from another host" for url, _ in loaded if url.split("/")[2] != site]
    if (weight := sum(size for _, size in loaded)) > WEIGHT_BUDGET:
        found.append(f"weighs {weight} bytes with what it loads")
    return found
