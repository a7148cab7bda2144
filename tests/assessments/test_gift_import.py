"""Importing GIFT: Moodle's own fixture question by question, categories, escapes, formats,
numeric ranges, tags, and malformed answer blocks that import nothing and say where."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command, execute_from_command_line

from assessments.interop.gift import GIFTError, import_gift
from assessments.models import (
    DescriptionQuestion,
    EssayQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    Question,
    QuestionCategory,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    """These tests read the importers' messages in English, also from management commands."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


MOODLE = Path(__file__).resolve().parents[3] / "shared" / "interop" / "moodle"
FIXTURE = MOODLE / "questions.gift.txt"


def overall(language: str) -> str:
    """The default rubric criterion of an imported essay, in the language it was imported in."""
    from django.utils.translation import gettext, override

    with override(language):
        return gettext("Overall")


def without_ids(parts):
    return [{k: v for k, v in part.items() if k not in ("id", "answer_id")} for part in parts]


def summary(question):
    """The fields of any question type that the tests compare."""
    data = {
        "type": type(question).__name__,
        "name": question.name,
        "text": question.text,
        "general_feedback": question.general_feedback,
    }
    for name, value in question.copy_data().items():
        data[name] = without_ids(value) if isinstance(value, list) else value
    return data


# --- Moodle's fixture ------------------------------------------------------------------------


def test_moodle_fixture_imports_its_nine_questions_exactly():
    report = import_gift(FIXTURE.read_bytes(), parent_path="GIFT")

    assert [summary(q) for q in report.questions] == [
        {
            "type": "EssayQuestion",
            "name": "Q8",
            "text": "<p>How are you?</p>",
            "general_feedback": "",
            "rubric": [{"criterion": overall("kk"), "points": 10}],
            "grader_info": "",
        },
        {
            "type": "MatchingQuestion",
            "name": "Moodle activities",
            "text": "Match the <b>activity</b> to the description.",
            "general_feedback": "",
            "pairs": [
                {"prompt": "An activity supporting asynchronous discussions.", "answer": "Forum"},
                {
                    "prompt": "A teacher asks a question and specifies a choice of multiple "
                    "responses.",
                    "answer": "Choice",
                },
                {
                    "prompt": "A bank of record entries which participants can add to.",
                    "answer": "Database",
                },
                {
                    "prompt": "A collection of web pages that anyone can add to or edit.",
                    "answer": "Wiki",
                },
            ],
        },
        {
            "type": "SingleChoiceQuestion",
            "name": "Q2",
            "text": "<p>What's between orange and green in the spectrum?</p>",
            "general_feedback": "",
            "options": [
                {"text": "yellow", "fraction": 1, "feedback": "right; good!"},
                {"text": "red", "fraction": 0, "feedback": "wrong, it's yellow"},
                {"text": "blue", "fraction": 0, "feedback": "wrong, it's yellow"},
            ],
            "shuffle_options": True,
        },
        {
            "type": "MultipleChoiceQuestion",
            "name": "colours",
            "text": "<p>What's between orange and green in the spectrum?</p>",
            "general_feedback": "",
            "options": [
                {"text": "yellow", "fraction": 0.5, "feedback": "right; good!"},
                {"text": "red", "fraction": -1, "feedback": "wrong"},
                {"text": "off-beige", "fraction": 0.5, "feedback": "right; good!"},
                {"text": "blue", "fraction": -1, "feedback": "wrong"},
            ],
            "shuffle_options": True,
        },
        {
            # Text after the answer block makes it a "missing word" question, as in Moodle.
            "type": "NumericQuestion",
            "name": "Q5",
            "text": '<p>What is a number from 1 to 5? _____";</p>',
            "general_feedback": "",
            "answers": [{"value": 3, "tolerance": 2, "fraction": 1, "feedback": ""}],
        },
        {
            "type": "ShortAnswerQuestion",
            "name": "Shortanswer",
            "text": "<p>Which is the best animal?</p>",
            "general_feedback": "",
            "answers": [
                {"text": "Frog", "fraction": 1, "feedback": "Good!"},
                {"text": "Cat", "fraction": 0.5, "feedback": "What is it with Moodlers and cats?"},
                {"text": "*", "fraction": 0, "feedback": "Completely wrong"},
            ],
            "case_sensitive": False,
        },
        {
            "type": "TrueFalseQuestion",
            "name": "Q1",
            "text": '<p>42 is the Absolute Answer to everything._____";</p>',
            "general_feedback": "This is, of course, a Hitchiker's Guide to the Galaxy reference.",
            "answer": False,
            "feedback_true": "42 is the Ultimate Answer.",
            "feedback_false": "You gave the right answer.",
        },
        {
            "type": "TrueFalseQuestion",
            "name": "2-08 TSL",
            "text": "<p>TSL is blablabla.</p>",
            "general_feedback": "",
            "answer": True,
            "feedback_true": "",
            "feedback_false": "",
        },
        {
            "type": "TrueFalseQuestion",
            "name": "2-08 TSL",
            "text": "<p>TSL is blablabla.</p>",
            "general_feedback": "",
            "answer": True,
            "feedback_true": "",
            "feedback_false": "",
        },
    ]
    assert {q.category.path for q in report.questions} == {"GIFT"}
    assert [c.path for c in report.categories] == ["GIFT"]
    assert Question.objects.count() == 9
    assert report.skipped == []
    assert [(s.where, s.item, s.reason) for s in report.skipped_parts] == [
        (
            "line 5",
            "Chat",
            "an extra answer that matches no item (a distractor) is not supported",
        ),
        ("line 31", "Q5", "feedback for any other number (“~#…”) is not supported"),
    ]


def test_moodle_fixture_questions_grade_as_moodle_would():
    report = import_gift(FIXTURE.read_bytes())
    by_name = {q.name: q for q in report.questions}
    colours = by_name["colours"]
    ids = {o["text"]: o["id"] for o in colours.options}

    assert colours.grade({"choices": [ids["yellow"], ids["off-beige"]]}).fraction == 1
    assert colours.grade({"choices": [ids["yellow"], ids["red"]]}).fraction == 0
    assert by_name["Q5"].grade({"value": "4.5"}).fraction == 1
    assert by_name["Q5"].grade({"value": "5.5"}).fraction == 0
    assert by_name["Shortanswer"].grade({"text": "cat"}).fraction == 0.5
    assert by_name["Q1"].grade({"value": False}).fraction == 1


# --- the rest of the format --------------------------------------------------------------------

MORE = r"""// [tag:law] [tag:basics]
$CATEGORY: $course$/top/Mediation/Law

::Escapes::Is 2\+2 \= 4 \{really\} \~ maybe\: \#1?{
  =Yes \= sure#Right \# indeed
  ~No
}

::Range::[html]<p>Pick a number from 1 to 5.</p>{#1..5}

::Several numbers::How much?{#
  =3.5:0.5#Exact
  =%50%10:1#Close
}

$CATEGORY: $course$/Skills

// a description
::Intro::[markdown]Read *this* first.

::Missing word::Mediation is {~compulsory =voluntary} for the parties.

Which language? {=Kazakh =%50%Russian}

::Plain tf::[plain]1 < 2{TRUE#No.#Yes.####Basic <maths>.}
"""


def test_categories_escapes_formats_ranges_and_missing_words():
    report = import_gift(MORE, language="en")
    by_name = {q.name: q for q in report.questions}

    assert [q.name for q in report.questions] == [
        "Escapes",
        "Range",
        "Several numbers",
        "Intro",
        "Missing word",
        "Which language?",
        "Plain tf",
    ]
    assert by_name["Escapes"].category.path == "Mediation/Law"
    assert by_name["Intro"].category.path == "Skills"
    assert {q.language for q in report.questions} == {"en"}

    escapes = by_name["Escapes"]
    assert isinstance(escapes, SingleChoiceQuestion)
    assert escapes.text == r"<p>Is 2\+2 = 4 {really} ~ maybe: #1?</p>"
    assert without_ids(escapes.options) == [
        {"text": "Yes = sure", "fraction": 1, "feedback": "Right # indeed"},
        {"text": "No", "fraction": 0, "feedback": ""},
    ]

    numeric_range = by_name["Range"]
    assert isinstance(numeric_range, NumericQuestion)
    assert numeric_range.text == "<p>Pick a number from 1 to 5.</p>"
    assert without_ids(numeric_range.answers) == [
        {"value": 3, "tolerance": 2, "fraction": 1, "feedback": ""}
    ]
    assert without_ids(by_name["Several numbers"].answers) == [
        {"value": 3.5, "tolerance": 0.5, "fraction": 1, "feedback": "Exact"},
        {"value": 10, "tolerance": 1, "fraction": 0.5, "feedback": "Close"},
    ]

    intro = by_name["Intro"]
    assert isinstance(intro, DescriptionQuestion)
    assert (intro.text, intro.default_mark) == ("<p>Read *this* first.</p>", 0)

    missing = by_name["Missing word"]
    assert missing.text == "<p>Mediation is _____ for the parties.</p>"
    assert [o["fraction"] for o in missing.options] == [0, 1]

    unnamed = by_name["Which language?"]
    assert isinstance(unnamed, ShortAnswerQuestion)
    assert without_ids(unnamed.answers) == [
        {"text": "Kazakh", "fraction": 1, "feedback": ""},
        {"text": "Russian", "fraction": 0.5, "feedback": ""},
    ]

    true_false = by_name["Plain tf"]
    assert isinstance(true_false, TrueFalseQuestion)
    assert true_false.text == "<p>1 &lt; 2</p>"
    assert (true_false.answer, true_false.feedback_true, true_false.feedback_false) == (
        True,
        "Yes.",
        "No.",
    )
    assert true_false.general_feedback == "Basic &lt;maths&gt;."


def test_tags_come_from_the_comments_of_their_question():
    report = import_gift(
        "// [tag:law] [tag:ethics]\n::T::Agree?{T}\n\n"
        "// [tag:lost]\n$CATEGORY: Other\n\n"  # as in Moodle, a category line tags nothing
        "::U::Untagged?{F}\n"
    )

    assert sorted(report.questions[0].tags.names()) == ["ethics", "law"]
    assert list(report.questions[1].tags.names()) == []


def test_matching_and_essay_and_multiple_answers():
    report = import_gift(
        "::M::Match.{\n=Mediation -> Agreement\n=Court -> Verdict\n= -> Nothing\n}\n\n"
        "::E::[html]<p>Write.</p>{####Think of interests.}\n\n"
        "::MC::Which?{~%50%a ~%50%b ~%-100%c}\n"
    )
    matching, essay, multiple = report.questions

    assert isinstance(matching, MatchingQuestion)
    assert without_ids(matching.pairs) == [
        {"prompt": "Mediation", "answer": "Agreement"},
        {"prompt": "Court", "answer": "Verdict"},
    ]
    assert isinstance(essay, EssayQuestion)
    assert (essay.text, essay.general_feedback) == ("<p>Write.</p>", "Think of interests.")
    assert isinstance(multiple, MultipleChoiceQuestion)
    assert [o["fraction"] for o in multiple.options] == [0.5, 0.5, -1]
    assert [s.item for s in report.skipped_parts] == ["Nothing"]


# --- malformed files ---------------------------------------------------------------------------

GOOD = "::First::Good?{T}\n\n"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (GOOD + "::Open::Never closed {=a ~b\n", 3, "not closed with “}”"),
        (GOOD + "::Stray::Closed } only\n", 3, "closes no answer block"),
        (GOOD + "::Backwards::Wrong } way {=a}\n", 3, "closes no answer block"),
        (GOOD + "::Two::First {=a ~b}\nthen {=c ~d}\n", 4, "one answer block"),
        (GOOD + "::Nested::Outer {=a {~b}}\n", 3, "one answer block"),
        (GOOD + "// comment\n\n::Blank::Split {\n=a\n\n~b}\n", 5, "not closed"),
        (GOOD + "::One::Only one choice {~%50%a}\n", 3, "at least two answers"),
        (GOOD + "::Num::How many? {#many}\n", 3, "is not a number"),
        (GOOD + "::Match::Pairs {=a -> b\n=c}\n", 3, "has no “->”"),
        (GOOD + "::Weight::Which? {~%150%a ~b}\n", 3, "between -100 and 100"),
    ],
)
def test_malformed_gift_imports_nothing_and_says_where(text, line, message):
    with pytest.raises(GIFTError, match=message) as caught:
        import_gift(text, parent_path="Bank")

    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}, “")
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()


def test_a_file_that_is_not_utf8_is_refused():
    with pytest.raises(GIFTError, match="not UTF-8") as caught:
        import_gift("::A::Ok?{T}\n\n::B::Вопрос?{T}\n".encode("cp1251"))
    assert caught.value.line == 3


def test_a_file_holding_a_null_character_is_refused_where_it_is():
    """No text holds U+0000 and PostgreSQL cannot store it: a question named with one was a 500."""
    with pytest.raises(GIFTError, match="null character") as caught:
        import_gift(GOOD + "::Ноль\x00::Which? {=a ~b}\n")
    assert caught.value.line == 3
    assert not Question.objects.exists()


# --- the command and the admin screen ------------------------------------------------------------


def test_import_command_reads_gift(tmp_path):
    path = tmp_path / "questions.gift.txt"
    path.write_bytes(FIXTURE.read_bytes())
    out = StringIO()

    call_command("import_questions", str(path), "--format=gift", "--category=Moodle", stdout=out)

    assert "Skipped part: line 5: Chat: an extra answer that matches no item" in out.getvalue()
    assert "Imported 9 questions and created 1 category; skipped 0 questions." in out.getvalue()
    assert Question.objects.filter(category__path="Moodle", language="kk").count() == 9


def test_import_command_exits_non_zero_on_bad_braces(tmp_path, capsys, monkeypatch):
    # manage.py closes every database connection when a command ends; the test's own
    # transaction must survive that (on PostgreSQL a closed connection ends the test)
    from django.db import connections

    monkeypatch.setattr(connections, "close_all", lambda: None)
    path = tmp_path / "bad.gift"
    path.write_text(GOOD + "::Open::Never closed {=a ~b\n")

    with pytest.raises(CommandError, match="line 3"):
        call_command("import_questions", str(path), "--format=gift", stdout=StringIO())
    with pytest.raises(SystemExit) as exited:
        execute_from_command_line(["manage.py", "import_questions", str(path), "--format=gift"])
    assert exited.value.code == 1
    assert "not closed" in capsys.readouterr().err
    assert not Question.objects.exists()


def test_admin_screen_imports_gift(client):
    user = UserFactory(username="gift-editor", groups=["Instructors"])
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="assessments", codename="add_question")
    )
    client.force_login(user)

    response = client.post(
        "/admin/assessments/import/",
        {
            "file": SimpleUploadedFile("q.gift.txt", FIXTURE.read_bytes()),
            "file_format": "gift",
            "language": "kk",
        },
    )
    assert response.status_code == 200
    assert Question.objects.count() == 9
    assert "Imported 9 questions" in response.content.decode()

    bad = client.post(
        "/admin/assessments/import/",
        {
            "file": SimpleUploadedFile("bad.txt", b"::A::Open {=a ~b\n"),
            "file_format": "gift",
            "language": "kk",
        },
    )
    assert bad.status_code == 422
    assert "not closed" in bad.content.decode()
    assert Question.objects.count() == 9
