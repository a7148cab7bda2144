"""Every question type grades itself, including the edge cases; bad responses are refused."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from assessments.models import (
    DescriptionQuestion,
    EssayQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    PracticalAssessmentQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

D = Decimal


def fraction(question, raw):
    return question.grade(question.clean_response(raw)).fraction


def options(*fractions):
    return [
        {"id": f"o{i}", "text": f"option {i}", "fraction": f, "feedback": f"fb {i}"}
        for i, f in enumerate(fractions)
    ]


class TestSingleChoice:
    question = SingleChoiceQuestion(options=options(1, 0, 0.5))

    def test_right_wrong_partial_and_blank(self):
        assert fraction(self.question, {"choice": "o0"}) == 1
        assert fraction(self.question, {"choice": "o1"}) == 0
        assert fraction(self.question, {"choice": "o2"}) == D("0.5")
        assert fraction(self.question, None) == 0

    def test_feedback_of_the_chosen_option(self):
        grade = self.question.grade({"choice": "o1"})
        assert grade.feedback == ["fb 1"]

    @pytest.mark.parametrize(
        "raw", [{"choice": "zz"}, {"choice": 1}, {"choices": ["o0"]}, ["o0"], "o0"]
    )
    def test_foreign_or_malformed_choices_are_refused(self, raw):
        with pytest.raises(ValidationError):
            self.question.clean_response(raw)


class TestMultipleChoice:
    question = MultipleChoiceQuestion(options=options(0.5, 0.5, -0.5, 0))

    def test_partial_credit_adds_up(self):
        assert fraction(self.question, {"choices": ["o0"]}) == D("0.5")
        assert fraction(self.question, {"choices": ["o0", "o1"]}) == 1

    def test_negative_marks_take_away_but_never_below_zero(self):
        assert fraction(self.question, {"choices": ["o0", "o1", "o2"]}) == D("0.5")
        assert fraction(self.question, {"choices": ["o2"]}) == 0

    def test_choosing_everything_is_not_a_trick_to_full_marks(self):
        assert fraction(self.question, {"choices": ["o0", "o1", "o2", "o3"]}) == D("0.5")

    @pytest.mark.parametrize(
        "raw",
        [{"choices": ["o0", "o0"]}, {"choices": ["x"]}, {"choices": "o0"}, {"choices": [1]}],
    )
    def test_duplicates_and_foreign_options_are_refused(self, raw):
        with pytest.raises(ValidationError):
            self.question.clean_response(raw)


class TestTrueFalse:
    question = TrueFalseQuestion(answer=False, feedback_true="No.", feedback_false="Yes.")

    def test_grading_and_feedback(self):
        assert fraction(self.question, {"value": False}) == 1
        assert fraction(self.question, {"value": True}) == 0
        assert self.question.grade({"value": True}).feedback == ["No."]

    def test_a_string_is_not_a_boolean(self):
        with pytest.raises(ValidationError):
            self.question.clean_response({"value": "false"})


class TestShortAnswer:
    question = ShortAnswerQuestion(
        answers=[
            {"text": "Медиация", "fraction": 1, "feedback": "Дұрыс"},
            {"text": "медиатор*", "fraction": 0.5, "feedback": ""},
            {"text": "келісім  жасау", "fraction": 1, "feedback": ""},
        ]
    )

    def test_case_and_spaces_do_not_matter(self):
        assert fraction(self.question, {"text": "  МЕДИАЦИЯ "}) == 1
        assert fraction(self.question, {"text": "Келісім    жасау"}) == 1

    def test_wildcards_and_fractions(self):
        assert fraction(self.question, {"text": "медиатордың"}) == D("0.5")
        assert fraction(self.question, {"text": "соттау"}) == 0

    def test_the_best_matching_answer_counts(self):
        question = ShortAnswerQuestion(
            answers=[{"text": "*", "fraction": 0.1}, {"text": "бітім", "fraction": 1}]
        )
        assert fraction(question, {"text": "Бітім"}) == 1
        assert fraction(question, {"text": "басқа"}) == D("0.1")

    def test_regex_characters_in_answers_are_literal(self):
        question = ShortAnswerQuestion(answers=[{"text": "a.b (c)", "fraction": 1}])
        assert fraction(question, {"text": "a.b (c)"}) == 1
        assert fraction(question, {"text": "axb (c)"}) == 0

    def test_case_sensitive_when_asked(self):
        question = ShortAnswerQuestion(
            answers=[{"text": "ҚХА", "fraction": 1}], case_sensitive=True
        )
        assert fraction(question, {"text": "ҚХА"}) == 1
        assert fraction(question, {"text": "қха"}) == 0

    def test_overlong_answers_are_refused(self):
        with pytest.raises(ValidationError):
            self.question.clean_response({"text": "ә" * 1000})


class TestNumeric:
    question = NumericQuestion(
        answers=[
            {"value": 72, "tolerance": 0, "fraction": 1},
            {"value": 70, "tolerance": 5, "fraction": 0.5},
        ]
    )

    def test_exact_tolerance_and_outside(self):
        assert fraction(self.question, {"value": "72"}) == 1
        assert fraction(self.question, {"value": "74,5"}) == D("0.5")
        assert fraction(self.question, {"value": 65}) == D("0.5")
        assert fraction(self.question, {"value": "64.9"}) == 0

    @pytest.mark.parametrize("raw", [{"value": "abc"}, {"value": "NaN"}, {"value": True}])
    def test_what_is_not_a_number_is_refused(self, raw):
        with pytest.raises(ValidationError):
            self.question.clean_response(raw)


class TestMatching:
    def make(self):
        question = MatchingQuestion(
            pairs=[
                {"id": "p1", "prompt": "Сот", "answer": "шешім шығарады"},
                {"id": "p2", "prompt": "Медиатор", "answer": "келісуге көмектеседі"},
                {"id": "p3", "prompt": "Төреші", "answer": "арбитраж"},
                {"id": "p4", "prompt": "Ақсақал", "answer": "кеңес береді"},
            ]
        )
        for pair in question.pairs:
            pair["answer_id"] = "x" + pair["id"][::-1]
        return question

    def test_share_of_right_matches(self):
        question = self.make()
        ids = {p["id"]: p["answer_id"] for p in question.pairs}
        assert fraction(question, {"pairs": ids}) == 1
        half = {"p1": ids["p1"], "p2": ids["p2"], "p3": ids["p4"], "p4": ids["p3"]}
        assert fraction(question, {"pairs": half}) == D("0.5")

    def test_public_answers_do_not_carry_the_pair_ids(self):
        question = self.make()
        import random

        data = question.public_data(random.Random(1))
        assert {a["id"] for a in data["answers"]}.isdisjoint({"p1", "p2", "p3", "p4"})

    def test_foreign_prompt_or_answer_is_refused(self):
        question = self.make()
        with pytest.raises(ValidationError):
            question.clean_response({"pairs": {"p9": "x1p"}})
        with pytest.raises(ValidationError):
            question.clean_response({"pairs": {"p1": "p1"}})


class TestOrdering:
    question = OrderingQuestion(
        items=[
            {"id": i, "text": t} for i, t in [("s1", "Ашу"), ("s2", "Тыңдау"), ("s3", "Келісім")]
        ]
    )

    def test_share_of_items_in_place(self):
        assert fraction(self.question, {"order": ["s1", "s2", "s3"]}) == 1
        assert fraction(self.question, {"order": ["s1", "s3", "s2"]}) == D("0.3333333")
        assert fraction(self.question, {"order": ["s3", "s1", "s2"]}) == 0

    @pytest.mark.parametrize(
        "raw",
        [{"order": ["s1", "s2"]}, {"order": ["s1", "s1", "s2"]}, {"order": ["s1", "s2", "x"]}],
    )
    def test_not_a_permutation_is_refused(self, raw):
        with pytest.raises(ValidationError):
            self.question.clean_response(raw)


class TestRubricQuestions:
    essay = EssayQuestion(
        rubric=[{"criterion": "Мүдделер", "points": 6}, {"criterion": "Әдеп", "points": 4}]
    )

    def test_waits_for_a_person_then_grades_by_rubric(self):
        assert self.essay.grade({"text": "Жауап"}).fraction is None
        assert self.essay.grade_with_rubric([6, 1]) == D("0.7")

    @pytest.mark.parametrize("scores", [[7, 0], [1], [-1, 2], ["x", 1]])
    def test_impossible_scores_are_refused(self, scores):
        with pytest.raises(ValidationError):
            self.essay.grade_with_rubric(scores)

    def test_practical_assessment_takes_no_typed_answer(self):
        practical = PracticalAssessmentQuestion(rubric=[{"criterion": "Ашу", "points": 10}])
        assert practical.manual
        with pytest.raises(ValidationError):
            practical.clean_response({"text": "hi"})
        assert practical.grade_with_rubric([10]) == 1


def test_a_description_is_not_answered_nor_counted():
    description = DescriptionQuestion()
    assert not description.graded
    with pytest.raises(ValidationError):
        description.clean_response({"text": "x"})
