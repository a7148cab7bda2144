"""The demo content files follow FORMAT.md: every string trilingual, hours that add up, safe HTML."""

import re

import pytest

from cms.demo import loader
from cms.demo.content.catalogue import HOME, PROGRAMMES

ALLOWED_TAGS = {"h3", "p", "ul", "ol", "li", "strong", "em"}
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
MODULE_FILES = [name for programme in PROGRAMMES for name in programme["module_files"]]


def trilingual_leaves(value, path="$"):
    """Yield (path, leaf) for every {"kk","ru","en"} leaf; fail on any other bare string."""
    if isinstance(value, dict) and set(value) == set(loader.LANGUAGES):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("slug", "type", "delivery_mode", "module_files"):
                continue
            yield from trilingual_leaves(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from trilingual_leaves(item, f"{path}[{i}]")
    elif isinstance(value, str):
        raise AssertionError(f"{path}: a bare string; user-visible text must be trilingual")


@pytest.mark.parametrize("source", ["catalogue", *MODULE_FILES])
def test_every_text_is_given_in_kazakh_russian_and_english(source):
    data = (
        {"HOME": HOME, "PROGRAMMES": PROGRAMMES}
        if source == "catalogue"
        else loader.load_module(source)
    )
    leaves = list(trilingual_leaves(data))
    assert leaves
    for path, leaf in leaves:
        for language, text in leaf.items():
            assert isinstance(text, str) and text.strip(), f"{path}.{language} is empty"
            tags = set(re.findall(r"</?([a-zA-Z0-9]+)", text))
            assert tags <= ALLOWED_TAGS, f"{path}.{language}: tags {tags - ALLOWED_TAGS}"
        assert re.search("[а-яА-ЯёЁ]", leaf["ru"]), f"{path}.ru is not Russian"
        assert re.search("[а-яА-Я]", leaf["kk"]), f"{path}.kk is not Cyrillic Kazakh"


@pytest.mark.parametrize("module_file", MODULE_FILES)
def test_lesson_hours_add_up_to_their_module(module_file):
    module = loader.load_module(module_file)
    lessons = module["lessons"]
    assert lessons, module["slug"]
    assert sum(lesson["academic_hours"] for lesson in lessons) == module["academic_hours"]
    for lesson in lessons:
        kinds = [block["type"] for block in lesson["body"]]
        assert "text" in kinds, lesson["slug"]


@pytest.mark.parametrize("module_file", MODULE_FILES)
def test_each_lesson_teaches_in_earnest_in_every_language(module_file):
    """A lesson is a page of teaching, not a stub: enough words of text in each language."""
    for lesson in loader.load_module(module_file)["lessons"]:
        for language in loader.LANGUAGES:
            text = " ".join(
                re.sub("<[^>]+>", " ", block["value"][language])
                for block in lesson["body"]
                if block["type"] == "text"
            )
            assert len(text.split()) >= 250, (lesson["slug"], language, len(text.split()))


def test_module_hours_add_up_to_each_course():
    for programme in PROGRAMMES:
        modules = [loader.load_module(name) for name in programme["module_files"]]
        assert sum(m["academic_hours"] for m in modules) == programme["course"]["academic_hours"]
        kazakh_text = " ".join(leaf["kk"] for _, leaf in trilingual_leaves(modules))
        assert KAZAKH_ONLY & set(kazakh_text)


QUIZ_TYPES = {
    "single_choice",
    "multiple_choice",
    "true_false",
    "short_answer",
    "matching",
    "ordering",
    "essay",
}


@pytest.mark.parametrize("module_file", MODULE_FILES)
def test_every_module_has_a_trilingual_quiz_that_tests_it(module_file):
    from cms.demo.quizzes import load_quiz

    quiz = load_quiz(module_file)
    assert quiz is not None, f"no quiz for {module_file}"
    assert quiz["module"] == loader.load_module(module_file)["slug"]
    assert 8 <= len(quiz["questions"]) <= 10
    kinds = [q["type"] for q in quiz["questions"]]
    assert set(kinds) <= QUIZ_TYPES
    assert {"single_choice", "multiple_choice", "true_false", "short_answer"} <= set(kinds)
    for question in quiz["questions"]:
        visible = {k: v for k, v in question.items() if k not in ("answers", "name")}
        for path, leaf in trilingual_leaves(visible):
            assert all(text.strip() for text in leaf.values()), path
        if question["type"] == "single_choice":
            assert sum(o["correct"] for o in question["options"]) == 1
        if question["type"] == "multiple_choice":
            positive = sum(o["fraction"] for o in question["options"] if o["fraction"] > 0)
            assert abs(positive - 1) < 0.01, question["name"]
        if question["type"] == "short_answer":
            assert set(question["answers"]) == set(loader.LANGUAGES)
        if question["type"] == "essay":
            assert sum(r["points"] for r in question["rubric"]) == 10
