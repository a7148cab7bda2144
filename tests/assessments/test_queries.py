"""Taking a quiz runs as many queries for 15 questions as for 3: starting, the quiz's page and the
page of an attempt in progress, an autosave of the whole form and the submit (the requests an exam
day crowds)."""

import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from assessments.models import Attempt, MultipleChoiceQuestion, TrueFalseQuestion
from lms import services as lms_services
from tests.factories import curriculum_tree, question_category, quiz_page, single_choice, trainee

pytestmark = pytest.mark.django_db


def mixed_questions(count: int, tag: str) -> list:
    """`count` questions of three types, in turn (the number of types stays the same)."""
    category = question_category()
    questions = []
    for index in range(count):
        kind = index % 3
        if kind == 0:
            questions.append(single_choice(name=f"{tag}-single-{index}"))
        elif kind == 1:
            questions.append(
                MultipleChoiceQuestion.objects.create(
                    category=category,
                    name=f"{tag}-multi-{index}",
                    text="<p>Қайсысы?</p>",
                    options=[
                        {"id": "m1", "text": "бірінші", "fraction": 0.5, "feedback": ""},
                        {"id": "m2", "text": "екінші", "fraction": 0.5, "feedback": ""},
                        {"id": "m3", "text": "үшінші", "fraction": -0.5, "feedback": ""},
                    ],
                )
            )
        else:
            questions.append(
                TrueFalseQuestion.objects.create(
                    category=category, name=f"{tag}-tf-{index}", text="<p>Рас па?</p>", answer=True
                )
            )
    return questions


def wrong_form(attempt: Attempt) -> dict:
    """The whole form as the page's script posts it, every answer wrong (a pass would also
    record the completion, which lms counts on its own)."""
    form = {}
    for answer in attempt.answers.order_by("position"):
        kind = answer.question.type_name
        name = f"q{answer.position}"
        if kind == "singlechoicequestion":
            form[name] = "b"
        elif kind == "multiplechoicequestion":
            form[name] = ["m3"]
            form[f"{name}-present"] = "1"
        else:
            form[name] = "false"
    return form


def take_counting(count_queries, client: Client, quiz) -> dict:
    """Start, open, autosave and submit one attempt; the queries of each request."""
    counts = {}
    start_url = f"/kk/quiz/{quiz.pk}/start/"

    def start():
        response = client.post(start_url)
        assert response.status_code == 302

    counts["start"] = count_queries(start)
    attempt = Attempt.objects.filter(quiz_key=quiz.translation_key, state="in_progress").get()
    page_url = f"/kk/quiz/attempts/{attempt.pk}/"
    save_url = f"/kk/quiz/attempts/{attempt.pk}/save/"
    counts["quiz page"] = count_queries(lambda: _ok(client.get(quiz.get_url())))
    counts["page"] = count_queries(lambda: _ok(client.get(page_url)))
    form = wrong_form(attempt)
    counts["autosave"] = count_queries(
        lambda: _saved(client.post(save_url, form, HTTP_ACCEPT="application/json"))
    )
    counts["submit"] = count_queries(
        lambda: _redirected(client.post(save_url, {**form, "submit": "1"}))
    )
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.GRADED and attempt.percent < 100
    return counts


def _ok(response):
    assert response.status_code == 200


def _saved(response):
    assert response.status_code == 200 and json.loads(response.content)["saved"]


def _quiz_for_a_learner(client, name: str, *, questions: int, **fields):
    """A quiz of `questions` questions in a course `client` is logged in to as an enrolled
    trainee."""
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    quiz = quiz_page(tree["modules"][0], questions=mixed_questions(questions, name), **fields)
    learner = trainee(name)
    lms_services.enrol(trainee=learner, course=tree["course"])
    client.force_login(learner)
    return quiz


def _redirected(response):
    assert response.status_code == 302 and "/review/" in response["Location"]


def test_taking_a_quiz_runs_as_many_queries_for_15_questions_as_for_3(count_queries):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    counts = {}
    for size in (3, 15):
        quiz = quiz_page(
            tree["modules"][0],
            questions=mixed_questions(size, f"n{size}"),
            max_attempts=0,
            pass_mark=Decimal(100),
            slug=f"quiz-{size}",
        )
        learner = trainee(f"learner-{size}")
        lms_services.enrol(trainee=learner, course=tree["course"])
        client = Client()
        client.force_login(learner)
        take_counting(count_queries, client, quiz)  # warm per-process caches
        counts[size] = take_counting(count_queries, client, quiz)
    assert counts[3] == counts[15]


def test_a_submit_reads_the_answers_once_to_read_the_form_and_once_under_the_lock(client):
    """The answers a submit saves are the ones it grades and adds up: not read again."""
    quiz = _quiz_for_a_learner(client, "once", questions=6, pass_mark=100)
    client.post(f"/kk/quiz/{quiz.pk}/start/")
    attempt = Attempt.objects.get()
    form = wrong_form(attempt)
    with CaptureQueriesContext(connection) as submitting:
        _redirected(client.post(f"/kk/quiz/attempts/{attempt.pk}/save/", {**form, "submit": "1"}))
    reads = [
        q["sql"]
        for q in submitting.captured_queries
        if q["sql"].startswith("SELECT") and 'FROM "assessments_answer"' in q["sql"]
    ]
    assert len(reads) == 2
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.GRADED and attempt.score == 0


def test_the_quiz_page_works_out_the_trainees_course_progress_once(client):
    """The gate in front of the page, the page's start button and its template share one
    computation of the course's progress (it was done twice: 43 queries on an exam's page)."""
    quiz = _quiz_for_a_learner(client, "progress-once", questions=3, max_attempts=2)
    client.get(quiz.get_url())  # per-process caches

    with CaptureQueriesContext(connection) as serving:
        response = client.get(quiz.get_url())

    assert response.status_code == 200
    assert f"/quiz/{quiz.pk}/start/" in response.content.decode()
    progress_reads = [q for q in serving.captured_queries if 'FROM "lms_completion"' in q["sql"]]
    assert len(progress_reads) == 1
    attempt_reads = [
        q for q in serving.captured_queries if 'FROM "assessments_attempt"' in q["sql"]
    ]
    assert len(attempt_reads) == 1


def test_starting_reads_the_trainees_attempts_at_the_quiz_once(client):
    """The attempt in progress, the finished ones the rules count and the next number come from
    one read (it was three)."""
    quiz = _quiz_for_a_learner(client, "start-once", questions=3, max_attempts=3)
    client.post(f"/kk/quiz/{quiz.pk}/start/")
    first = Attempt.objects.get()
    _redirected(
        client.post(f"/kk/quiz/attempts/{first.pk}/save/", {**wrong_form(first), "submit": "1"})
    )

    with CaptureQueriesContext(connection) as starting:
        response = client.post(f"/kk/quiz/{quiz.pk}/start/")

    second = Attempt.objects.exclude(pk=first.pk).get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{second.pk}/")
    assert second.number == 2
    attempt_reads = [
        q
        for q in starting.captured_queries
        if q["sql"].startswith("SELECT") and 'FROM "assessments_attempt"' in q["sql"]
    ]
    assert len(attempt_reads) == 1
