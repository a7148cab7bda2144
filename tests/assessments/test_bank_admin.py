"""Instructors build the question bank in the admin; an answered question is versioned."""

import json
from decimal import Decimal

import pytest

from assessments import services
from assessments.models import Question, SingleChoiceQuestion
from lms import services as lms_services
from tests.factories import (
    UserFactory,
    curriculum_tree,
    question_category,
    quiz_page,
    single_choice,
    trainee,
)

pytestmark = pytest.mark.django_db
ADD = "/admin/questions/singlechoicequestion/new/"


@pytest.fixture
def instructor(client):
    user = UserFactory(username="author", groups=["Instructors"])
    client.force_login(user)
    return user


def form_data(category, **overrides):
    return {
        "category": category.pk,
        "name": "voluntariness",
        "language": "kk",
        "translation_key": "8b7f2a1e-4c3d-4b2a-9e8f-7a6b5c4d3e2f",
        "text": "<p>Медиация қандай қағидатқа сүйенеді?</p>",
        "default_mark": "1",
        "general_feedback": "",
        "tags": "құқық, қағидаттар",
        "options": json.dumps(
            [
                {"text": "Ерiктiлiк", "fraction": 1, "feedback": "Дұрыс"},
                {"text": "Мәжбүрлеу", "fraction": 0, "feedback": ""},
            ],
            ensure_ascii=False,
        ),
        "shuffle_options": "on",
        **overrides,
    }


def test_an_instructor_adds_a_question_with_tags_and_options(client, instructor):
    category = question_category("Mediation/Law")
    response = client.post(ADD, form_data(category))
    assert response.status_code == 302, response.context["form"].errors
    question = SingleChoiceQuestion.objects.get()
    assert [o["text"] for o in question.options] == ["Ерiктiлiк", "Мәжбүрлеу"]
    assert all(o["id"] for o in question.options)  # ids given on save
    assert set(question.tags.names()) == {"құқық", "қағидаттар"}


@pytest.mark.parametrize(
    "options",
    [
        "not json",
        "[]",
        '[{"text": "A"}]',
        '[{"text": "A", "fraction": 0}, {"text": "B", "fraction": 0}]',
    ],
)
def test_bad_options_are_a_form_error_not_a_500(client, instructor, options):
    response = client.post(ADD, form_data(question_category(), options=options))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Question.objects.exists()


def test_editing_an_answered_question_in_the_admin_saves_a_new_version(client, instructor):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    question = single_choice()
    quiz = quiz_page(tree["modules"][0], questions=[question], pass_mark=Decimal(50))
    learner = trainee("answered")
    lms_services.enrol(trainee=learner, course=tree["course"])
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    services.submit_attempt(attempt=attempt, trainee=learner)
    url = f"/admin/questions/singlechoicequestion/edit/{question.pk}/"
    data = form_data(
        question.category,
        name=question.name,
        translation_key=str(question.translation_key),
        options=json.dumps(question.options),
        text="<p>Жаңартылған мәтін</p>",
        tags="",
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    versions = Question.objects.filter(family=question.family).order_by("version")
    assert [(v.version, v.is_current) for v in versions] == [(1, False), (2, True)]
    assert attempt.answers.get().question.text != "<p>Жаңартылған мәтін</p>"
    # the old version is no longer editable
    assert client.get(url, follow=True).status_code == 404


def test_a_trainee_cannot_open_the_bank(client):
    client.force_login(trainee("curious"))
    response = client.get(ADD)
    assert response.status_code in (302, 403)


@pytest.mark.usefixtures("tasks_in_process")
def test_fixing_a_key_in_the_admin_regrades_the_attempts(
    client, instructor, mailoutbox, django_capture_on_commit_callbacks
):
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    question = single_choice(right="a")
    quiz = quiz_page(tree["modules"][0], questions=[question], pass_mark=Decimal(50))
    learner = trainee("regraded")
    lms_services.enrol(trainee=learner, course=tree["course"])
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    services.save_answers(attempt=attempt, trainee=learner, responses={"1": {"choice": "b"}})
    attempt = services.submit_attempt(attempt=attempt, trainee=learner)
    assert not attempt.passed
    fixed = [{**o, "fraction": 1 if o["id"] == "b" else 0} for o in question.options]
    url = f"/admin/questions/singlechoicequestion/edit/{question.pk}/"
    data = form_data(
        question.category,
        name=question.name,
        translation_key=str(question.translation_key),
        options=json.dumps(fixed),
        text=question.text,
        tags="",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data, follow=True)
    attempt.refresh_from_db()
    assert attempt.passed and attempt.percent == 100
    assert learner.completions.filter(page_key=quiz.translation_key).exists()
    shown = [str(m) for m in response.context["messages"]]
    # in the admin's language: "… 1. Trainees whose result changed are told by e-mail."
    assert any(m.endswith(": 1. Нәтижесі өзгерген тыңдаушыларға хат жіберіледі.") for m in shown)
    [told] = mailoutbox
    assert told.to == [learner.email] and "100%" in told.body
