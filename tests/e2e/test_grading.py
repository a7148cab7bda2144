"""In headless Chromium, as the demo instructor at a phone's width: the demo's case study waiting
for a grade (Saule's) is found in the queue, graded against its rubric on its page (both pages
pass axe), and the attempt is graded."""

import pytest

from tests.e2e.helpers import PHONE, log_in, problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_trainer_grades_an_essay_on_a_phone(demo_site, page):
    from assessments.models import Answer, Attempt, EssayQuestion

    essay = Answer.objects.get(  # the case study in Saule's last module test
        attempt__trainee__username="saule", question__in=EssayQuestion.objects.all()
    )

    page.set_viewport_size(PHONE)
    log_in(page, demo_site, "instructor")
    page.goto(f"{demo_site}/kk/quiz/grading/")
    assert problems(page) == []
    page.locator(f'main a[href$="/grading/{essay.pk}/"]').click()
    page.wait_for_url(f"**/grading/{essay.pk}/")
    assert problems(page) == []

    rubric = EssayQuestion.objects.get(pk=essay.question_id).rubric
    for index, criterion in enumerate(rubric):
        page.fill(f"#id_points_{index}", str(criterion["points"]))
    page.fill("#id_comment", "Мүдделер анық ажыратылған.")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/quiz/grading/")
    assert page.locator(f'main a[href$="/grading/{essay.pk}/"]').count() == 0

    essay.refresh_from_db()
    assert essay.fraction == 1 and essay.grader_comment == "Мүдделер анық ажыратылған."
    assert Attempt.objects.get(pk=essay.attempt_id).state == Attempt.State.GRADED
