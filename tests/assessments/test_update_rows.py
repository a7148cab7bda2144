"""`assessments.db.update_rows`, the one-statement write of autosave and submit: it stores what
`bulk_update` would (decimals, JSON including null and lists, times), touches only the fields
named and the rows given, and stays one statement per hundred rows."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments import db, services
from assessments.models import Answer
from lms import services as lms_services
from tests.assessments.test_queries import mixed_questions
from tests.factories import curriculum_tree, quiz_page, trainee

pytestmark = pytest.mark.django_db


@pytest.fixture
def answers():
    """The answers of a started attempt at six questions."""
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    quiz = quiz_page(tree["modules"][0], questions=mixed_questions(6, "rows"), pass_mark=100)
    learner = trainee("rows")
    lms_services.enrol(trainee=learner, course=tree["course"])
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    return list(attempt.answers.order_by("position"))


def stored(answers, *fields):
    rows = Answer.objects.filter(pk__in=[a.pk for a in answers]).order_by("position")
    return list(rows.values_list(*fields))


def test_it_stores_what_bulk_update_would(answers):
    now = timezone.now().replace(microsecond=0)
    first, second, third = answers[:3]
    first.fraction, first.awarded, first.feedback = Decimal("0.5"), Decimal("0.50"), ["Жақсы"]
    second.fraction, second.awarded, second.feedback = Decimal(0), Decimal(0), []
    third.fraction, third.awarded, third.feedback = None, None, [{"қате": "Ә Ғ Қ"}]
    first.response, second.response, third.response = ["a"], {"x": 1}, None
    for offset, answer in enumerate((first, second, third)):
        answer.saved_at = now - timedelta(minutes=offset)
    untouched = stored(answers[3:], "fraction", "response", "saved_at")

    with CaptureQueriesContext(connection) as queries:
        updated = db.update_rows(
            [first, second, third], ["fraction", "awarded", "feedback", "response", "saved_at"]
        )

    assert updated == 3
    assert len(queries) == 1
    assert stored(answers[:3], "fraction", "awarded", "feedback", "response", "saved_at") == [
        (Decimal("0.50000"), Decimal("0.50"), ["Жақсы"], ["a"], now),
        (Decimal("0.00000"), Decimal("0.00"), [], {"x": 1}, now - timedelta(minutes=1)),
        (None, None, [{"қате": "Ә Ғ Қ"}], None, now - timedelta(minutes=2)),
    ]
    assert stored(answers[3:], "fraction", "response", "saved_at") == untouched


def test_only_the_named_fields_are_written(answers):
    answer = answers[0]
    answer.response = ["b"]
    answer.grader_comment = "not to be saved"

    db.update_rows([answer], ["response"])

    assert stored([answer], "response", "grader_comment") == [(["b"], "")]


def test_nothing_to_write_sends_nothing(answers):
    with CaptureQueriesContext(connection) as queries:
        assert db.update_rows([], ["response"]) == 0
    assert len(queries) == 0


def test_a_hundred_rows_a_statement(answers, monkeypatch):
    monkeypatch.setattr(db, "CHUNK", 4)
    for position, answer in enumerate(answers):
        answer.response = [f"r{position}"]

    with CaptureQueriesContext(connection) as queries:
        assert db.update_rows(answers, ["response"]) == 6

    assert len(queries) == 2
    assert [r for (r,) in stored(answers, "response")] == [[f"r{i}"] for i in range(6)]
