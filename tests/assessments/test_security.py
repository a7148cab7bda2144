"""Security and integrity of quizzes: keys stay on the server until review is allowed, attempts are
private, tampered submissions change nothing, and races grade once."""

import json
import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments import services
from assessments.models import (
    Attempt,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    ShortAnswerQuestion,
    TrueFalseQuestion,
)
from lms import services as lms_services
from tests.factories import curriculum_tree, question_category, quiz_page, single_choice, trainee

pytestmark = pytest.mark.django_db


def every_type():
    category = question_category()
    questions = [single_choice(name="single")]
    questions.append(
        MultipleChoiceQuestion.objects.create(
            category=category,
            name="multi",
            text="<p>Қайсысы?</p>",
            options=[
                {"id": "m1", "text": "бірінші", "fraction": 0.5, "feedback": "SECRET-FB-1"},
                {"id": "m2", "text": "екінші", "fraction": 0.5, "feedback": "SECRET-FB-2"},
                {"id": "m3", "text": "үшінші", "fraction": -0.5, "feedback": "SECRET-FB-3"},
            ],
        )
    )
    questions.append(
        TrueFalseQuestion.objects.create(
            category=category,
            name="tf",
            text="<p>Рас па?</p>",
            answer=True,
            feedback_true="SECRET-TF",
            feedback_false="SECRET-TF-NO",
        )
    )
    questions.append(
        ShortAnswerQuestion.objects.create(
            category=category,
            name="short",
            text="<p>Сөз?</p>",
            answers=[{"text": "SECRETWORD", "fraction": 1, "feedback": "SECRET-SA"}],
        )
    )
    questions.append(
        MatchingQuestion.objects.create(
            category=category,
            name="match",
            text="<p>Сәйкестендіріңіз</p>",
            pairs=[
                {"id": "p1", "prompt": "Сот", "answer": "шешім"},
                {"id": "p2", "prompt": "Медиатор", "answer": "келісім"},
                {"id": "p3", "prompt": "Ақсақал", "answer": "кеңес"},
            ],
        )
    )
    questions.append(
        OrderingQuestion.objects.create(
            category=category,
            name="order",
            text="<p>Ретке келтіріңіз</p>",
            items=[
                {"id": "s1", "text": "Ашу"},
                {"id": "s2", "text": "Тыңдау"},
                {"id": "s3", "text": "Жабу"},
            ],
        )
    )
    return questions


@pytest.fixture
def setup():
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    questions = every_type()
    quiz = quiz_page(
        tree["modules"][0], questions=questions, max_attempts=5, pass_mark=Decimal(100)
    )
    learner = trainee("learner")
    lms_services.enrol(trainee=learner, course=tree["course"])
    return quiz, learner, questions


def secrets_of(questions):
    """What would give a key away: feedback and right answers (all marked SECRET in the
    fixtures), fractions, and the link between a matching prompt and its answer."""
    match = next(q for q in questions if q.name == "match")
    return ["SECRET", "fraction", "answer_id", *(p["id"] + p["answer_id"] for p in match.pairs)]


def test_no_key_reaches_the_browser_while_answering_or_before_review(client, setup):
    quiz, learner, questions = setup
    client.force_login(learner)
    response = client.post(f"/kk/quiz/{quiz.pk}/start/")
    attempt = Attempt.objects.get()
    pages = [client.get(response["Location"]).content.decode()]
    pages.append(client.get(quiz.get_url()).content.decode())
    saved = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/",
        data=json.dumps({"responses": {"1": {"choice": "b"}}}),
        content_type="application/json",
    )
    pages.append(saved.content.decode())
    client.post(f"/kk/quiz/attempts/{attempt.pk}/save/", {"submit": "1"})
    pages.append(client.get(f"/kk/quiz/attempts/{attempt.pk}/review/").content.decode())
    for html in pages:
        for secret in secrets_of(questions):
            assert secret not in html
        assert 'class="key"' not in html  # the block that shows right answers


def test_review_shows_keys_once_the_trainee_has_passed(client, setup):
    quiz, learner, questions = setup
    quiz.pass_mark = Decimal(0)
    quiz.save_revision().publish()
    client.force_login(learner)
    client.post(f"/kk/quiz/{quiz.pk}/start/")
    attempt = Attempt.objects.get()
    client.post(f"/kk/quiz/attempts/{attempt.pk}/save/", {"submit": "1"})
    html = client.get(f"/kk/quiz/attempts/{attempt.pk}/review/").content.decode()
    assert "SECRETWORD" in html


def test_another_trainees_attempt_urls_all_answer_404(client, setup):
    quiz, learner, _ = setup
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    intruder = trainee("intruder")
    client.force_login(intruder)
    for url in (
        f"/kk/quiz/attempts/{attempt.pk}/",
        f"/kk/quiz/attempts/{attempt.pk}/review/",
    ):
        assert client.get(url).status_code == 404
    response = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/",
        data=json.dumps({"responses": {"1": {"choice": "a"}}}),
        content_type="application/json",
    )
    assert response.status_code == 404
    assert client.post(f"/kk/quiz/attempts/{attempt.pk}/save/", {"submit": "1"}).status_code == 404
    attempt.refresh_from_db()
    assert attempt.in_progress and not attempt.answers.filter(response__isnull=False).exists()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(payload=st.dictionaries(st.text(max_size=4), json_values, max_size=5))
def test_tampered_submissions_get_a_400_and_change_nothing(client, setup, payload):
    quiz, learner, _ = setup
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    client.force_login(learner)
    before = list(attempt.answers.values_list("response", flat=True))
    response = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/",
        data=json.dumps({"responses": payload}, allow_nan=True),
        content_type="application/json",
    )
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json()["error"]
        assert list(attempt.answers.values_list("response", flat=True)) == before
    else:  # it was a set of valid answers (empty, or blanks): then it was saved as given
        assert response.json()["saved"]


@pytest.mark.parametrize(
    "body",
    [b"not json", b'{"responses": []}', b"[1, 2]", b'{"responses": {"1": {"choice": ["a"]}}}'],
)
def test_malformed_bodies_get_a_400(client, setup, body):
    quiz, learner, _ = setup
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    client.force_login(learner)
    response = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/", data=body, content_type="application/json"
    )
    assert response.status_code == 400


def test_a_null_character_in_an_answer_is_refused_with_a_400(client, setup):
    """PostgreSQL's jsonb cannot store U+0000: saving such an answer was a DataError, a 500."""
    quiz, learner, _ = setup
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    client.force_login(learner)
    for position in attempt.answers.values_list("position", flat=True):
        for key in ("text", "value", "choice", "choices", "order"):
            value = ["a\x00b"] if key in ("choices", "order") else "Келісім\x00"
            response = client.post(
                f"/kk/quiz/attempts/{attempt.pk}/save/",
                data=json.dumps({"responses": {str(position): {key: value}}}),
                content_type="application/json",
            )
            assert response.status_code == 400 and response.json()["error"]
    assert not attempt.answers.filter(response__isnull=False).exists()


def test_an_authors_option_with_a_null_character_is_a_form_error():
    question = single_choice("nul")
    question.options[0]["feedback"] = "Дұрыс\x00"
    with pytest.raises(ValidationError) as refused:
        question.full_clean()
    assert "options" in refused.value.message_dict


def test_a_huge_payload_is_refused(client, setup):
    quiz, learner, _ = setup
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    client.force_login(learner)
    body = json.dumps({"responses": {"4": {"text": "ә" * 400_000}}})
    response = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/", data=body, content_type="application/json"
    )
    assert response.status_code == 400
    assert not attempt.answers.filter(response__isnull=False).exists()


def test_an_option_of_another_question_is_refused(client, setup):
    quiz, learner, questions = setup
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    single_position = attempt.answers.get(question__name="single").position
    client.force_login(learner)
    response = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/",
        data=json.dumps({"responses": {str(single_position): {"choice": "m1"}}}),
        content_type="application/json",
    )
    assert response.status_code == 400


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks and real concurrency need PostgreSQL"
)


def run_in_threads(count, work):
    """Run `work` in `count` threads started together; return their results or exceptions."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def target(index):
        from django.db import connections

        try:
            barrier.wait()
            results[index] = work()
        except Exception as error:  # noqa: BLE001 - the test inspects them
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=target, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@postgres_only
@pytest.mark.postgres
def test_simultaneous_submits_grade_once(committed_db):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    quiz = quiz_page(tree["modules"][0], questions=[single_choice()], slug="race")
    learner = trainee("racer")
    lms_services.enrol(trainee=learner, course=tree["course"])
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    services.save_answers(attempt=attempt, trainee=learner, responses={"1": {"choice": "a"}})
    results = run_in_threads(
        6, lambda: services.submit_attempt(attempt=attempt, trainee=learner).submitted_at
    )
    assert not [r for r in results if isinstance(r, Exception)]
    assert len(set(results)) == 1  # one submission time: graded once
    assert learner.completions.count() == 1


@postgres_only
@pytest.mark.postgres
def test_simultaneous_starts_cannot_exceed_the_attempt_limit(committed_db):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    quiz = quiz_page(tree["modules"][0], questions=[single_choice()], max_attempts=1, slug="r2")
    learner = trainee("starter")
    lms_services.enrol(trainee=learner, course=tree["course"])
    results = run_in_threads(6, lambda: services.start_attempt(trainee=learner, quiz=quiz).pk)
    assert len({r for r in results if not isinstance(r, Exception)}) == 1
    assert Attempt.objects.filter(trainee=learner).count() == 1


def test_the_pages_script_saves_with_a_multipart_form_and_gets_json(client, setup):
    """What attempt.js sends: the form as multipart, asking for JSON back."""
    quiz, learner, _ = setup
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    single = attempt.answers.get(question__name="single").position
    client.force_login(learner)
    response = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/",
        {f"q{single}": "a"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200 and response.json()["saved"]
    assert attempt.answers.get(position=single).response == {"choice": "a"}
