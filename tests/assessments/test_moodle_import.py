"""Importing Moodle XML: Moodle's own export with nested categories, every supported type with its
fractions and feedback, embedded images, unsupported types reported, malformed files importing
nothing, the command's exit codes, and the admin screen behind its permission."""

import base64
import hashlib
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command, execute_from_command_line

from assessments.interop.common import QuestionImportError
from assessments.interop.moodle_xml import MoodleXMLError, import_moodle_xml
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
from tests.factories import TINY_PNG, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    """These tests read the importers' messages in English, also from management commands."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


def overall(language: str) -> str:
    """The default rubric criterion of an imported essay, in the language it was imported in."""
    from django.utils.translation import gettext, override

    with override(language):
        return gettext("Overall")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """A media folder of the test's own, so stored images do not leak between tests."""
    settings.MEDIA_ROOT = tmp_path / "media"


MOODLE = Path(__file__).resolve().parents[3] / "shared" / "interop" / "moodle"
NESTED = MOODLE / "nested_categories_with_questions.xml"


def quiz(*questions: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "".join(questions) + "</quiz>\n"
    ).encode()


def category(path: str, info: str = "") -> str:
    return (
        f'<question type="category"><category><text>{path}</text></category>'
        f'<info format="html"><text><![CDATA[{info}]]></text></info></question>\n'
    )


def line_of(data: bytes, needle: str, occurrence: int = 1) -> int:
    """The line of the `occurrence`-th line of `data` that contains `needle`."""
    lines = [n for n, line in enumerate(data.decode().splitlines(), 1) if needle in line]
    return lines[occurrence - 1]


MULTICHOICE_SINGLE = """
<question type="multichoice">
  <name><text>Mediator's role</text></name>
  <questiontext format="html"><text><![CDATA[<p>Who decides the outcome?</p>]]></text></questiontext>
  <generalfeedback format="html"><text><![CDATA[<p>The parties decide.</p>]]></text></generalfeedback>
  <defaultgrade>2.0000000</defaultgrade>
  <single>true</single>
  <shuffleanswers>0</shuffleanswers>
  <answer fraction="100" format="html"><text>The parties</text>
    <feedback format="html"><text>Right.</text></feedback></answer>
  <answer fraction="0" format="html"><text>The mediator</text>
    <feedback format="plain_text"><text>No: the mediator &lt;guides&gt;.</text></feedback></answer>
  <answer fraction="-33.33333" format="plain_text"><text>A court &amp; a judge</text>
    <feedback format="html"><text></text></feedback></answer>
  <tags><tag><text>roles</text></tag><tag><text>basics</text></tag></tags>
</question>
"""
MULTICHOICE_MULTI = """
<question type="multichoice">
  <name><text>Principles</text></name>
  <questiontext format="moodle_auto_format"><text>Which are principles of mediation?
Choose all that apply.</text></questiontext>
  <single>false</single>
  <shuffleanswers>true</shuffleanswers>
  <answer fraction="50"><text>Voluntariness</text></answer>
  <answer fraction="50"><text>Confidentiality</text></answer>
  <answer fraction="-100"><text>Coercion</text><feedback><text>Never.</text></feedback></answer>
  <correctfeedback format="html"><text>Well done.</text></correctfeedback>
</question>
"""
SHORTANSWER = """
<question type="shortanswer">
  <name><text>Capital</text></name>
  <questiontext format="markdown"><text>The **capital** of Kazakhstan?</text></questiontext>
  <usecase>1</usecase>
  <answer fraction="100" format="moodle_auto_format"><text>Astana</text>
    <feedback format="html"><text>Yes.</text></feedback></answer>
  <answer fraction="50" format="moodle_auto_format"><text>Ast*</text>
    <feedback format="html"><text></text></feedback></answer>
</question>
"""
NUMERICAL = """
<question type="numerical">
  <name><text>Hours</text></name>
  <questiontext format="html"><text>How many academic hours?</text></questiontext>
  <answer fraction="100"><text>72</text><tolerance>0</tolerance>
    <feedback format="html"><text>Exactly.</text></feedback></answer>
  <answer fraction="50"><text>3.5</text><tolerance>0.25</tolerance></answer>
  <answer fraction="0"><text>*</text><feedback format="html"><text>No.</text></feedback></answer>
  <units><unit><multiplier>1</multiplier><unit_name>h</unit_name></unit></units>
</question>
"""
MATCHING = """
<question type="matching">
  <name><text>Terms</text></name>
  <questiontext format="html"><text><![CDATA[<p>Match the terms.</p>]]></text></questiontext>
  <shuffleanswers>true</shuffleanswers>
  <subquestion format="html"><text><![CDATA[<p>Mediation</p>]]></text>
    <answer><text>Agreement</text></answer></subquestion>
  <subquestion format="plain_text"><text>Conflict &lt;1&gt;</text>
    <answer><text>Dispute</text></answer></subquestion>
  <subquestion format="html"><text></text><answer><text>Verdict</text></answer></subquestion>
</question>
"""
ESSAY = """
<question type="essay">
  <name><text>Case study</text></name>
  <questiontext format="html"><text><![CDATA[<p>Analyse the case.</p>]]></text></questiontext>
  <defaultgrade>5</defaultgrade>
  <graderinfo format="html"><text><![CDATA[<p>Look for <em>interests</em>.</p>]]></text></graderinfo>
  <attachments>1</attachments>
</question>
"""
DESCRIPTION = """
<question type="description">
  <name><text>Introduction</text></name>
  <questiontext format="plain_text"><text>Read the case first.</text></questiontext>
  <defaultgrade>0</defaultgrade>
</question>
"""
TRUEFALSE_FALSE = """
<question type="truefalse">
  <name><text>Arbitration</text></name>
  <questiontext format="html"><text>A mediator imposes a solution.</text></questiontext>
  <answer fraction="0"><text>true</text><feedback><text>No, that is arbitration.</text></feedback></answer>
  <answer fraction="100"><text>false</text><feedback><text>Right.</text></feedback></answer>
</question>
"""
UNSUPPORTED = """
<question type="calculated"><name><text>Formula</text></name>
  <questiontext format="html"><text>{a} + {b}?</text></questiontext></question>
<question type="ddwtos"><name><text>Drag words</text></name>
  <questiontext format="html"><text>[[1]]</text></questiontext></question>
<question type="multianswer"><name><text>Cloze</text></name>
  <questiontext format="html"><text>{1:SHORTANSWER:=x}</text></questiontext></question>
<question type="random"><name><text>Random (Iota)</text></name>
  <questiontext format="html"><text>0</text></questiontext></question>
<question type="poodle"><name><text>Plugin</text></name>
  <questiontext format="html"><text>?</text></questiontext></question>
"""


def fields(question, *names):
    return {name: getattr(question, name) for name in names}


def without_ids(parts):
    return [{k: v for k, v in part.items() if k not in ("id", "answer_id")} for part in parts]


# --- Moodle's own file -----------------------------------------------------------------------


def test_moodle_file_imports_every_question_into_its_nested_category():
    report = import_moodle_xml(NESTED.read_bytes())

    categories = {c.path: c for c in QuestionCategory.objects.all()}
    assert set(categories) == {"Iota", "Iota/Kappa", "Iota/Kappa/Lambda", "Iota/Mu"}
    assert categories["Iota"].parent is None
    assert categories["Iota/Kappa"].parent == categories["Iota"]
    assert categories["Iota/Kappa/Lambda"].parent == categories["Iota/Kappa"]
    assert categories["Iota/Mu"].parent == categories["Iota"]
    assert categories["Iota"].info == "This is Iota category for test"
    assert categories["Iota/Kappa"].info == "This is Kappa category for test"
    assert categories["Iota/Kappa/Lambda"].info == "This is Lambda category for test"
    assert [c.path for c in report.categories] == [
        "Iota",
        "Iota/Kappa",
        "Iota/Kappa/Lambda",
        "Iota/Mu",
    ]

    imported = [
        (
            type(q),
            q.name,
            q.text,
            q.category.path,
            q.default_mark,
            getattr(q, "answer", None),
            q.general_feedback,
        )
        for q in report.questions
    ]
    assert imported == [
        (TrueFalseQuestion, "Iota Question", "<p>Testing Iota Question</p>", "Iota", 1, True, ""),
        (
            EssayQuestion,
            "Kappa Essay Question",
            "<p>Testing Kappa Essay Question</p>",
            "Iota/Kappa",
            1,
            None,
            "",
        ),
        (
            TrueFalseQuestion,
            "Kappa Question",
            "<p>Testing Kappa Question</p>",
            "Iota/Kappa",
            1,
            True,
            "",
        ),
        (
            TrueFalseQuestion,
            "Lambda Question",
            "<p>Testing Lambda Question</p>",
            "Iota/Kappa/Lambda",
            1,
            True,
            "",
        ),
        (TrueFalseQuestion, "Mu Question", "<p>Testing Mu Question</p>", "Iota/Mu", 1, True, ""),
    ]
    assert Question.objects.count() == 5
    essay = EssayQuestion.objects.get()
    assert without_ids(essay.rubric) == [{"criterion": overall("kk"), "points": 10}]
    assert essay.grader_info == ""
    for question in TrueFalseQuestion.objects.all():
        assert (question.feedback_true, question.feedback_false) == ("", "")
    assert report.skipped == [] and report.skipped_parts == []


def test_import_goes_under_the_given_category_in_the_given_language():
    report = import_moodle_xml(NESTED.read_bytes(), parent_path="Bank/Moodle", language="ru")

    assert sorted(QuestionCategory.objects.values_list("path", flat=True)) == [
        "Bank",
        "Bank/Moodle",
        "Bank/Moodle/Iota",
        "Bank/Moodle/Iota/Kappa",
        "Bank/Moodle/Iota/Kappa/Lambda",
        "Bank/Moodle/Iota/Mu",
    ]
    assert {q.language for q in report.questions} == {"ru"}
    keys = [q.translation_key for q in report.questions]
    assert len(set(keys)) == len(keys) == 5


def test_importing_again_reuses_the_categories_and_gives_fresh_translation_keys():
    first = import_moodle_xml(NESTED.read_bytes())
    second = import_moodle_xml(NESTED.read_bytes())

    assert second.categories == []
    assert QuestionCategory.objects.count() == 4
    assert Question.objects.count() == 10
    assert not {q.translation_key for q in first.questions} & {
        q.translation_key for q in second.questions
    }


# --- every supported type ----------------------------------------------------------------------


def test_every_supported_type_keeps_its_fractions_feedback_and_texts():
    data = quiz(
        category("$course$/top/Law/Basics", "<p>Basic <b>law</b></p>"),
        MULTICHOICE_SINGLE,
        MULTICHOICE_MULTI,
        TRUEFALSE_FALSE,
        category("$system$/Skills"),
        SHORTANSWER,
        NUMERICAL,
        MATCHING,
        ESSAY,
        DESCRIPTION,
    )
    report = import_moodle_xml(data)
    by_name = {q.name: q for q in report.questions}
    assert [q.name for q in report.questions] == [
        "Mediator's role",
        "Principles",
        "Arbitration",
        "Capital",
        "Hours",
        "Terms",
        "Case study",
        "Introduction",
    ]
    assert QuestionCategory.objects.get(path="Law/Basics").info == "Basic law"

    single = by_name["Mediator's role"]
    assert isinstance(single, SingleChoiceQuestion)
    assert single.category.path == "Law/Basics"
    assert fields(single, "text", "general_feedback", "default_mark", "shuffle_options") == {
        "text": "<p>Who decides the outcome?</p>",
        "general_feedback": "<p>The parties decide.</p>",
        "default_mark": 2,
        "shuffle_options": False,
    }
    assert without_ids(single.options) == [
        {"text": "The parties", "fraction": 1, "feedback": "Right."},
        {"text": "The mediator", "fraction": 0, "feedback": "No: the mediator &lt;guides&gt;."},
        {"text": "A court &amp; a judge", "fraction": -0.3333333, "feedback": ""},
    ]
    ids = [o["id"] for o in single.options]
    assert len(set(ids)) == 3 and all(len(i) == 8 for i in ids)
    assert sorted(single.tags.names()) == ["basics", "roles"]

    multiple = by_name["Principles"]
    assert isinstance(multiple, MultipleChoiceQuestion)
    assert multiple.text == ("<p>Which are principles of mediation?<br>Choose all that apply.</p>")
    assert multiple.shuffle_options is True
    assert without_ids(multiple.options) == [
        {"text": "Voluntariness", "fraction": 0.5, "feedback": ""},
        {"text": "Confidentiality", "fraction": 0.5, "feedback": ""},
        {"text": "Coercion", "fraction": -1, "feedback": "Never."},
    ]

    truefalse = by_name["Arbitration"]
    assert isinstance(truefalse, TrueFalseQuestion)
    assert fields(truefalse, "answer", "feedback_true", "feedback_false") == {
        "answer": False,
        "feedback_true": "No, that is arbitration.",
        "feedback_false": "Right.",
    }

    short = by_name["Capital"]
    assert isinstance(short, ShortAnswerQuestion)
    assert short.category.path == "Skills"
    assert short.text == "<p>The **capital** of Kazakhstan?</p>"
    assert short.case_sensitive is True
    assert without_ids(short.answers) == [
        {"text": "Astana", "fraction": 1, "feedback": "Yes."},
        {"text": "Ast*", "fraction": 0.5, "feedback": ""},
    ]

    numeric = by_name["Hours"]
    assert isinstance(numeric, NumericQuestion)
    assert without_ids(numeric.answers) == [
        {"value": 72, "tolerance": 0, "fraction": 1, "feedback": "Exactly."},
        {"value": 3.5, "tolerance": 0.25, "fraction": 0.5, "feedback": ""},
    ]

    matching = by_name["Terms"]
    assert isinstance(matching, MatchingQuestion)
    assert without_ids(matching.pairs) == [
        {"prompt": "<p>Mediation</p>", "answer": "Agreement"},
        {"prompt": "Conflict &lt;1&gt;", "answer": "Dispute"},
    ]

    essay = by_name["Case study"]
    assert isinstance(essay, EssayQuestion)
    assert essay.default_mark == 5
    assert essay.grader_info == "<p>Look for <em>interests</em>.</p>"
    assert without_ids(essay.rubric) == [{"criterion": overall("kk"), "points": 10}]

    description = by_name["Introduction"]
    assert isinstance(description, DescriptionQuestion)
    assert (description.text, description.default_mark) == ("<p>Read the case first.</p>", 0)

    assert report.skipped == []
    multichoice = line_of(data, '<question type="multichoice">', 2)
    numerical = line_of(data, '<question type="numerical">')
    matching = line_of(data, '<question type="matching">')
    essay_line = line_of(data, '<question type="essay">')
    assert [(s.where, s.item, s.reason) for s in report.skipped_parts] == [
        (
            f"line {multichoice}",
            "Principles",
            "feedback for right, partly right and wrong answers as a whole is not supported",
        ),
        (f"line {numerical}", "Hours", "feedback for any other number (“*”) is not supported"),
        (f"line {numerical}", "Hours", "units are not supported; answers are plain numbers"),
        (
            f"line {matching}",
            "Verdict",
            "an extra answer that matches no item (a distractor) is not supported",
        ),
        (f"line {essay_line}", "Case study", "attachments to an answer are not supported"),
    ]


def test_imported_questions_grade_as_their_moodle_fractions_say():
    report = import_moodle_xml(quiz(MULTICHOICE_MULTI, NUMERICAL))
    multiple, numeric = report.questions
    right = [o["id"] for o in multiple.options if o["fraction"] > 0]
    coercion = multiple.options[2]["id"]

    assert multiple.grade({"choices": right}).fraction == 1
    assert multiple.grade({"choices": [right[0], coercion]}).fraction == 0
    assert numeric.grade({"value": "3.7"}).fraction == 0.5
    assert numeric.grade({"value": "72"}).fraction == 1


def test_unsupported_types_are_reported_with_their_reason_and_the_rest_imported():
    report = import_moodle_xml(quiz(category("$course$/Mixed"), UNSUPPORTED, DESCRIPTION))

    assert [q.name for q in report.questions] == ["Introduction"]
    assert [(s.item, s.reason) for s in report.skipped] == [
        ("Formula", "calculated questions need Moodle's formula engine"),
        ("Drag words", "drag and drop into text has no equivalent in the question bank"),
        ("Cloze", "embedded answers (Cloze) have no equivalent in the question bank"),
        (
            "Random (Iota)",
            "a random question is a slot of a Moodle quiz, not a question; "
            "draw from the category in the quiz instead",
        ),
        ("Plugin", "the question type “poodle” is not supported"),
    ]
    assert all(s.where.startswith("line ") for s in report.skipped)


# --- images ------------------------------------------------------------------------------------


def image_question(name="With image", files=None, reference="my%20picture.png") -> str:
    files = files or {"my picture.png": TINY_PNG}
    encoded = "".join(
        f'<file name="{n}" path="/" encoding="base64">{base64.b64encode(c).decode()}</file>'
        for n, c in files.items()
    )
    return f"""
<question type="truefalse">
  <name><text>{name}</text></name>
  <questiontext format="html"><text><![CDATA[<p>Look: <img src="@@PLUGINFILE@@/{reference}" alt="x"></p>]]></text>{encoded}</questiontext>
  <answer fraction="100"><text>true</text></answer>
  <answer fraction="0"><text>false</text></answer>
</question>
"""


def test_embedded_image_is_stored_once_under_its_digest_and_the_text_points_at_it():
    name = f"assessments/images/{hashlib.sha1(TINY_PNG).hexdigest()}.png"  # noqa: S324
    report = import_moodle_xml(quiz(image_question()))
    again = import_moodle_xml(quiz(image_question("Same image")))

    assert default_storage.exists(name)
    with default_storage.open(name, "rb") as handle:
        assert handle.read() == TINY_PNG
    url = default_storage.url(name)
    assert report.questions[0].text == f'<p>Look: <img src="{url}" alt="x"></p>'
    assert again.questions[0].text == report.questions[0].text
    assert again.images == []  # already stored: not written twice


def test_files_that_are_not_images_and_missing_images_are_reported():
    report = import_moodle_xml(
        quiz(
            image_question("PDF", files={"notes.pdf": b"%PDF-1.4"}, reference="notes.pdf"),
            image_question("Fake", files={"fake.png": b"<script>"}, reference="fake.png"),
            image_question("Missing", files={"other.png": TINY_PNG}, reference="gone.png"),
        )
    )

    assert [(s.item, s.reason) for s in report.skipped_parts] == [
        ("notes.pdf", "only PNG, JPEG, GIF and WebP images are kept"),
        ("fake.png", "the file is not the image its name says"),
        ("gone.png", "the image is referenced but not included in the file"),
    ]
    assert "@@PLUGINFILE@@/notes.pdf" in report.questions[0].text


# --- malformed files ---------------------------------------------------------------------------


def test_truncated_xml_imports_nothing_and_says_where():
    data = NESTED.read_bytes()
    truncated = data[: len(data) // 2]

    with pytest.raises(MoodleXMLError) as caught:
        import_moodle_xml(truncated, parent_path="Bank")

    assert caught.value.line == truncated.count(b"\n") + 1
    assert "not well-formed XML" in str(caught.value)
    assert str(caught.value).startswith(f"line {caught.value.line}:")
    assert isinstance(caught.value, QuestionImportError)
    assert isinstance(caught.value, ImportError)
    assert not QuestionCategory.objects.exists()
    assert not Question.objects.exists()


def test_a_broken_question_stops_the_whole_file_before_anything_is_saved():
    broken = """
<question type="multichoice">
  <name><text>Only one</text></name>
  <questiontext format="html"><text>?</text></questiontext>
  <answer fraction="100"><text>Alone</text></answer>
</question>
"""
    data = quiz(category("$course$/Before"), image_question(), broken)
    with pytest.raises(MoodleXMLError) as caught:
        import_moodle_xml(data)

    assert caught.value.line == line_of(data, '<question type="multichoice">')
    assert caught.value.element == '<question type="multichoice"> “Only one”'
    assert "at least two answers" in caught.value.message
    assert not QuestionCategory.objects.exists()
    assert not Question.objects.exists()
    assert not default_storage.exists(
        f"assessments/images/{hashlib.sha1(TINY_PNG).hexdigest()}.png"  # noqa: S324
    )


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ('<answer fraction="150"><text>x</text></answer>', "between -100 and 100"),
        ('<answer fraction="much"><text>x</text></answer>', "between -100 and 100"),
    ],
)
def test_impossible_fractions_are_refused(answer, message):
    question = f"""<question type="multichoice"><name><text>Q</text></name>
<questiontext><text>?</text></questiontext>{answer}<answer fraction="0"><text>y</text></answer>
</question>"""
    with pytest.raises(MoodleXMLError, match=message):
        import_moodle_xml(quiz(question))


def test_a_file_that_is_not_a_moodle_quiz_is_refused():
    with pytest.raises(MoodleXMLError, match="not <quiz>"):
        import_moodle_xml(b"<html><body>Hello</body></html>")


def test_document_types_and_entities_are_refused():
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<quiz><question type="description"><name><text>&b;</text></name></question></quiz>"""
    with pytest.raises(MoodleXMLError, match="document type"):
        import_moodle_xml(bomb)


# --- the command ---------------------------------------------------------------------------------


def test_import_command_imports_and_prints_what_was_skipped(tmp_path):
    path = tmp_path / "bank.xml"
    data = quiz(category("$course$/Mixed"), UNSUPPORTED, MATCHING)
    path.write_bytes(data)
    out = StringIO()

    call_command(
        "import_questions",
        str(path),
        "--format",
        "moodle-xml",
        "--category",
        "Imported/2026",
        "--language",
        "en",
        stdout=out,
    )

    output = out.getvalue()
    formula = line_of(data, '<question type="calculated">')
    plugin = line_of(data, '<question type="poodle">')
    matching = line_of(data, '<question type="matching">')
    assert f"Skipped question: line {formula}: Formula: calculated questions need" in output
    assert (
        f"Skipped question: line {plugin}: Plugin: the question type “poodle” is not supported"
        in output
    )
    assert f"Skipped part: line {matching}: Verdict: an extra answer that matches no item" in output
    assert "Imported 1 question and created 3 categories; skipped 5 questions." in output
    question = Question.objects.get()
    assert (question.category.path, question.language) == ("Imported/2026/Mixed", "en")


def test_import_command_refuses_a_malformed_file_and_imports_nothing(tmp_path):
    path = tmp_path / "truncated.xml"
    path.write_bytes(NESTED.read_bytes()[:500])

    with pytest.raises(CommandError, match="not well-formed XML.*Nothing was imported"):
        call_command("import_questions", str(path), "--format", "moodle-xml", stdout=StringIO())
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()


def test_import_command_exit_codes(tmp_path, capsys, monkeypatch):
    # manage.py closes every database connection when a command ends; the test's own
    # transaction must survive that (on PostgreSQL a closed connection ends the test)
    from django.db import connections

    monkeypatch.setattr(connections, "close_all", lambda: None)
    good, bad = tmp_path / "good.xml", tmp_path / "bad.xml"
    good.write_bytes(NESTED.read_bytes())
    bad.write_bytes(NESTED.read_bytes()[:500])

    execute_from_command_line(["manage.py", "import_questions", str(good), "--format=moodle-xml"])
    assert Question.objects.count() == 5
    with pytest.raises(SystemExit) as exited:
        execute_from_command_line(
            ["manage.py", "import_questions", str(bad), "--format=moodle-xml"]
        )
    assert exited.value.code == 1
    assert "Nothing was imported" in capsys.readouterr().err
    assert Question.objects.count() == 5
    with pytest.raises(SystemExit) as exited:
        execute_from_command_line(["manage.py", "import_questions", str(good), "--format=qti"])
    assert exited.value.code == 2


# --- the admin screen ----------------------------------------------------------------------------

IMPORT_URL = "/admin/assessments/import/"


@pytest.fixture
def bank_editor():
    user = UserFactory(username="bank-editor", groups=["Instructors"])
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="assessments", codename="add_question")
    )
    return user


@pytest.fixture
def staff_without_bank():
    """Reaches the admin, may not add questions."""
    user = UserFactory(username="staff-only")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


def upload(data: bytes, name="bank.xml"):
    return SimpleUploadedFile(name, data, content_type="application/xml")


def test_admin_import_needs_the_add_question_permission(client, staff_without_bank):
    assert "/admin/login/" in client.get(IMPORT_URL)["Location"]
    client.force_login(staff_without_bank)

    # Wagtail answers a refusal inside its admin by sending the user home with a message.
    assert client.get(IMPORT_URL)["Location"] == "/admin/"
    response = client.post(
        IMPORT_URL, {"file": upload(NESTED.read_bytes()), "file_format": "moodle-xml"}
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not Question.objects.exists()


def test_admin_import_is_in_the_menu_only_for_those_who_may_add_questions(
    client, bank_editor, staff_without_bank
):
    client.force_login(staff_without_bank)
    assert IMPORT_URL not in client.get("/admin/").content.decode()

    client.force_login(bank_editor)
    assert IMPORT_URL in client.get("/admin/").content.decode()


def test_admin_import_creates_questions_under_the_chosen_category(client, bank_editor):
    target = QuestionCategory.get_or_create_path("Moodle")
    client.force_login(bank_editor)

    assert client.get(IMPORT_URL).status_code == 200
    response = client.post(
        IMPORT_URL,
        {
            "file": upload(quiz(category("$course$/Mixed"), UNSUPPORTED, MATCHING)),
            "file_format": "moodle-xml",
            "category": target.pk,
            "language": "ru",
        },
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Imported 1 question and created 1 category; skipped 5 questions." in page
    assert "the question type “poodle” is not supported" in page
    assert "Verdict" in page
    question = MatchingQuestion.objects.get()
    assert (question.category.path, question.language) == ("Moodle/Mixed", "ru")


def test_admin_import_of_a_malformed_file_saves_nothing_and_says_where(client, bank_editor):
    client.force_login(bank_editor)
    response = client.post(
        IMPORT_URL,
        {"file": upload(NESTED.read_bytes()[:500]), "file_format": "moodle-xml", "language": "kk"},
    )

    assert response.status_code == 422
    assert "not well-formed XML" in response.content.decode()
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()


def test_admin_import_page_makes_the_same_queries_however_many_categories(
    client, bank_editor, count_queries
):
    client.force_login(bank_editor)
    QuestionCategory.get_or_create_path("A")
    few = count_queries(lambda: client.get(IMPORT_URL))
    for index in range(10):
        QuestionCategory.get_or_create_path(f"B/{index}")
    assert count_queries(lambda: client.get(IMPORT_URL)) == few
