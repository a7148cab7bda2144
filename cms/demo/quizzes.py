"""Demo quizzes: the trilingual questions in `content/quizzes/` become a question bank (one
category per module, each question in kk, ru and en linked as translations), a quiz at the end of
every module, and a final exam per course drawing random questions from every module.
Idempotent, like the rest of `seed_demo`."""

from __future__ import annotations

import importlib
import uuid
from decimal import Decimal

from django.db import transaction
from wagtail.models import Page

from assessments.models import (
    EssayQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Question,
    QuestionCategory,
    QuizDraw,
    QuizPage,
    QuizQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from cms.demo import loader

NAMESPACE = uuid.UUID("6f0c7f7e-3b8e-4f55-9d61-6a8f1f4b7c21")
MODULE_QUIZ_RULES = {"max_attempts": 0, "cooldown_minutes": 0, "time_limit_minutes": 0}
FINAL_EXAMS = {
    # course slug: (title, questions drawn per module, pass mark, attempts, minutes, cool-down)
    "negotiator-ethnomediator-course": (
        {"kk": "Қорытынды тест", "ru": "Итоговый тест", "en": "Final test"},
        2,
        75,
        3,
        40,
        60,
    ),
    "foundations-of-mediation": (
        {"kk": "Қорытынды тест", "ru": "Итоговый тест", "en": "Final test"},
        3,
        70,
        3,
        30,
        60,
    ),
}
FINAL_INTRO = {
    "kk": "<p>Тест барлық модульдерден кездейсоқ сұрақтар алады. Уақыт шектеулі; жауаптар "
    "жазылған сайын сақталады.</p>",
    "ru": "<p>Тест берёт случайные вопросы из всех модулей. Время ограничено; ответы "
    "сохраняются по мере ввода.</p>",
    "en": "<p>The test draws random questions from every module. It is timed; answers are "
    "saved as you go.</p>",
}


def load_quiz(module_file: str) -> dict | None:
    try:
        return importlib.import_module(f"cms.demo.content.quizzes.{module_file}").QUIZ
    except ModuleNotFoundError:
        return None


def _key(*parts: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "/".join(parts))


def _options(options: list[dict], language: str, *, single: bool) -> list[dict]:
    return [
        {
            "id": f"o{index}",
            "text": option["text"][language],
            "fraction": (1 if option["correct"] else 0) if single else option["fraction"],
            "feedback": option.get("feedback", {}).get(language, ""),
        }
        for index, option in enumerate(options)
    ]


def _fields(data: dict, language: str) -> tuple[type[Question], dict]:
    """The question model and its type-specific fields, in one language."""
    kind = data["type"]
    if kind == "single_choice":
        return SingleChoiceQuestion, {"options": _options(data["options"], language, single=True)}
    if kind == "multiple_choice":
        return MultipleChoiceQuestion, {
            "options": _options(data["options"], language, single=False)
        }
    if kind == "true_false":
        return TrueFalseQuestion, {"answer": data["answer"]}
    if kind == "short_answer":
        return ShortAnswerQuestion, {
            "answers": [{"feedback": "", **a} for a in data["answers"][language]]
        }
    if kind == "matching":
        return MatchingQuestion, {
            "pairs": [
                {
                    "id": f"p{index}",
                    "answer_id": _key(data["name"], "pair", str(index)).hex[:8],
                    "prompt": pair["prompt"][language],
                    "answer": pair["answer"][language],
                }
                for index, pair in enumerate(data["pairs"])
            ]
        }
    if kind == "ordering":
        return OrderingQuestion, {
            "items": [
                {"id": _key(data["name"], "item", str(i)).hex[:8], "text": item[language]}
                for i, item in enumerate(data["items"])
            ]
        }
    if kind == "essay":
        return EssayQuestion, {
            "rubric": [
                {"criterion": r["criterion"][language], "points": r["points"]}
                for r in data["rubric"]
            ],
            "default_mark": Decimal(10),
        }
    raise ValueError(f"unknown question type {kind}")


def seed_questions(quiz: dict, category: QuestionCategory, module_file: str) -> list[Question]:
    """The module's questions in kk, ru and en; returns the Kazakh versions in file order."""
    kazakh = []
    for data in quiz["questions"]:
        translation_key = _key(module_file, data["name"])
        target = category
        if data["type"] == "essay":  # case studies stay out of random draws of the final exam
            target = QuestionCategory.get_or_create_path(f"{category.path}/case-studies")
        for language in loader.LANGUAGES:
            model, specific = _fields(data, language)
            family = _key(module_file, data["name"], language)
            fields = {
                "category": target,
                "name": f"{data['name']} ({language})",
                "text": data["text"][language],
                "general_feedback": data.get("general_feedback", {}).get(language, ""),
                "language": language,
                "translation_key": translation_key,
                **specific,
            }
            question = model.objects.filter(family=family, is_current=True).first()
            if question is None:
                question = model(family=family, **fields)
                question.save()
            else:
                changed = [k for k, v in fields.items() if getattr(question, k) != v]
                for name in changed:
                    setattr(question, name, fields[name])
                if changed:
                    question.save()
            if language == "kk":
                kazakh.append(question)
    return kazakh


def _quiz_fields(title: dict, intro: dict, language: str, rules: dict) -> dict:
    return {
        "title": title[language],
        "intro": intro[language],
        "summary": "",
        "learning_outcomes": "[]",
        "academic_hours": Decimal(0),
        **rules,
    }


@transaction.atomic
def seed_module_quiz(module: Page, module_file: str, course_slug: str) -> QuizPage | None:
    quiz = load_quiz(module_file)
    if quiz is None:
        return None
    category = QuestionCategory.get_or_create_path(f"{course_slug}/{quiz['module']}")
    questions = seed_questions(quiz, category, module_file)
    rules = {**MODULE_QUIZ_RULES, "pass_mark": Decimal(quiz["pass_mark"])}
    # Module quizzes gate the next module, so they hold only automatically graded questions;
    # the last module's quiz keeps its case study for a trainer to grade.
    keep_essays = module.get_next_siblings().live().count() == 0
    asked = [q for q in questions if keep_essays or not q.manual]
    page = _upsert_quiz(module, f"{quiz['module']}-quiz", quiz["title"], quiz["intro"], rules)
    existing = list(page.fixed_questions.values_list("question_id", flat=True))
    if existing != [q.pk for q in asked]:
        page.fixed_questions.all().delete()
        for index, question in enumerate(asked):
            QuizQuestion.objects.create(quiz=page, question=question, sort_order=index)
    _translate(page, quiz["title"], quiz["intro"], rules)
    return page


@transaction.atomic
def seed_final_exam(course: Page, course_slug: str, module_slugs: list[str]) -> QuizPage | None:
    if course_slug not in FINAL_EXAMS:
        return None
    title, per_module, pass_mark, attempts, minutes, cooldown = FINAL_EXAMS[course_slug]
    last_module = course.get_children().live().last()
    rules = {
        "pass_mark": Decimal(pass_mark),
        "max_attempts": attempts,
        "time_limit_minutes": minutes,
        "cooldown_minutes": cooldown,
    }
    page = _upsert_quiz(last_module, "final-exam", title, FINAL_INTRO, rules)
    if not page.draws.exists():
        for index, slug in enumerate(module_slugs):
            category = QuestionCategory.objects.filter(path=f"{course_slug}/{slug}").first()
            if category is not None:
                QuizDraw.objects.create(
                    quiz=page,
                    category=category,
                    count=per_module,
                    include_subcategories=False,
                    sort_order=index,
                )
    _translate(page, title, FINAL_INTRO, rules)
    return page


def _upsert_quiz(module: Page, slug: str, title: dict, intro: dict, rules: dict) -> QuizPage:
    fields = _quiz_fields(title, intro, "kk", rules)
    page = QuizPage.objects.child_of(module).filter(slug=slug).first()
    if page is None:
        page = QuizPage(slug=slug, **fields)
        module.add_child(instance=page)
        page.save_revision().publish()
        return page
    loader.apply_fields(page, fields)
    return page


def _translate(page: QuizPage, title: dict, intro: dict, rules: dict) -> None:
    """Russian and English copies of the quiz page (their questions resolve by language)."""
    for language in ("ru", "en"):
        translated = loader.upsert_translation(
            page, language, _quiz_fields(title, intro, language, rules)
        )
        translated = translated.specific
        wanted = list(page.fixed_questions.values_list("question_id", "sort_order"))
        if list(translated.fixed_questions.values_list("question_id", "sort_order")) != wanted:
            translated.fixed_questions.all().delete()
            for question_id, order in wanted:
                QuizQuestion.objects.create(
                    quiz=translated, question_id=question_id, sort_order=order
                )
        wanted_draws = list(page.draws.values_list("category_id", "count", "sort_order"))
        if list(translated.draws.values_list("category_id", "count", "sort_order")) != wanted_draws:
            translated.draws.all().delete()
            for category_id, count, order in wanted_draws:
                QuizDraw.objects.create(
                    quiz=translated,
                    category_id=category_id,
                    count=count,
                    include_subcategories=False,
                    sort_order=order,
                )
