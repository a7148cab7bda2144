"""An id no column can hold finds nothing, through a foreign key or a parent link too, on every
database (on SQLite such an id used to raise OverflowError: a 500 for a mistyped address)."""

import pytest
from django.db.models import Q

from assessments.models import Attempt, Question, QuizPage, SingleChoiceQuestion
from tests.factories import curriculum_tree, question_category, quiz_page, single_choice

pytestmark = pytest.mark.django_db

HUGE = 10**20  # past 64 bits


@pytest.fixture
def quiz():
    question = single_choice(category=question_category())
    return quiz_page(
        curriculum_tree(modules=1, lessons_per_module=1)["modules"][0], questions=[question]
    )


@pytest.mark.parametrize("value", [HUGE, -HUGE, str(HUGE)])
def test_an_id_out_of_range_matches_nothing_through_keys_and_parent_links(quiz, value):
    assert SingleChoiceQuestion.objects.filter(pk=value).first() is None  # parent link
    assert QuizPage.objects.filter(pk=value).first() is None  # a page type's parent link
    assert not Attempt.objects.filter(quiz=value).exists()  # a foreign key
    assert not Attempt.objects.filter(quiz__pk=value).exists()


def test_ids_in_range_still_match_and_an_out_of_range_one_drops_out_of_an_or(quiz):
    question = SingleChoiceQuestion.objects.get()
    assert SingleChoiceQuestion.objects.filter(pk=question.pk).get() == question
    assert QuizPage.objects.filter(pk=quiz.pk).get() == quiz
    either = SingleChoiceQuestion.objects.filter(Q(pk=HUGE) | Q(pk=question.pk))
    assert list(either) == [question]
    assert Question.objects.filter(pk=HUGE).count() == 0  # a plain id, as Django already did


def test_values_out_of_range_drop_out_of_in_lists(quiz):
    question = SingleChoiceQuestion.objects.get()
    assert list(Question.objects.filter(pk__in=[HUGE, question.pk])) == [question]
    assert not Question.objects.filter(pk__in=[HUGE, -HUGE]).exists()
    assert list(SingleChoiceQuestion.objects.filter(pk__in=[str(HUGE), question.pk])) == [question]
    assert not Attempt.objects.filter(quiz__in=[HUGE]).exists()
    assert not QuizPage.objects.exclude(pk__in=[HUGE]).filter(pk=HUGE).exists()
    assert QuizPage.objects.exclude(pk__in=[HUGE]).get() == quiz  # NOT IN of nothing: all
