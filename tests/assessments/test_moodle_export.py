"""Exporting Moodle XML: every type written as Moodle does, categories as $course$ paths, images
inline, and an export imported again giving the same questions; the command and the admin
download behind their permission."""

import base64
import xml.etree.ElementTree as ET
from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from assessments.interop.moodle_xml import build_moodle_xml, export_moodle_xml, import_moodle_xml
from assessments.models import (
    PracticalAssessmentQuestion,
    Question,
    QuestionCategory,
    TrueFalseQuestion,
)
from tests.factories import TINY_PNG, UserFactory, question_of_every_type

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(settings):
    """These tests read the importers' messages in English, also from management commands."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """A media folder of the test's own, so stored images do not leak between tests."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def bank():
    """Bank (every type) > Sub (one more question), with descriptions."""
    top = QuestionCategory.objects.create(name="Bank", info="Құқық негіздері")
    sub = QuestionCategory.objects.create(name="Sub", parent=top, info="Ішкі")
    questions = question_of_every_type(top)
    questions.append(
        TrueFalseQuestion.objects.create(
            category=sub, name="Ақиқат", text="<p>Иә ме?</p>", answer=False, feedback_false="Иә"
        )
    )
    return top, questions


def without_ids(parts):
    return [{k: v for k, v in part.items() if k not in ("id", "answer_id")} for part in parts]


def summary(question, root: str):
    """What must survive an export and an import: everything but ids and bookkeeping."""
    data = {
        "type": type(question).__name__,
        "category": question.category.path.removeprefix(root),
        "name": question.name,
        "text": question.text,
        "general_feedback": question.general_feedback,
        "default_mark": question.default_mark,
        "tags": sorted(question.tags.names()),
    }
    for name, value in question.copy_data().items():
        data[name] = without_ids(value) if isinstance(value, list) else value
    return data


def test_export_then_import_gives_the_same_questions(bank):
    top, questions = bank
    data = export_moodle_xml(top)

    report = import_moodle_xml(data, parent_path="Copy")

    original = sorted((summary(q, "") for q in questions), key=lambda s: (s["category"], s["name"]))
    copied = sorted(
        (summary(q, "Copy/") for q in report.questions), key=lambda s: (s["category"], s["name"])
    )
    assert copied == original
    assert len(copied) == 10
    assert report.skipped == [] and report.skipped_parts == []
    assert QuestionCategory.objects.get(path="Copy/Bank").info == "Құқық негіздері"
    assert QuestionCategory.objects.get(path="Copy/Bank/Sub").info == "Ішкі"
    # the copies are new questions, not the old ones under another name
    assert not {q.translation_key for q in questions} & {
        q.translation_key for q in report.questions
    }


def test_export_writes_categories_as_course_paths_and_each_type_as_moodle_does(bank):
    top, _questions = bank
    root = ET.fromstring(export_moodle_xml(top))

    assert root.tag == "quiz"
    written = [
        (q.get("type"), (q.findtext("category/text") or q.findtext("name/text")))
        for q in root.iter("question")
    ]
    # each category, then its questions by name (code point order, the same on every database)
    assert written == [
        ("category", "$course$/Bank"),
        ("truefalse", "Ақиқат"),
        ("multichoice", "Бір жауап"),
        ("multichoice", "Бірнеше жауап"),
        ("ordering", "Реттеу"),
        ("numerical", "Сан"),
        ("description", "Сипаттама"),
        ("matching", "Сәйкестендіру"),
        ("essay", "Эссе"),
        ("shortanswer", "Қысқа жауап"),
        ("category", "$course$/Bank/Sub"),
        ("truefalse", "Ақиқат"),
    ]
    single, multiple = list(root.iter("question"))[2:4]
    assert single.findtext("single") == "true" and multiple.findtext("single") == "false"
    assert [a.get("fraction") for a in single.iter("answer")] == ["100", "0", "-50"]
    assert [a.get("fraction") for a in multiple.iter("answer")] == ["50", "50", "-33.33333"]
    assert single.findtext("defaultgrade") == "2.5000000"
    # by code point, as the names are: Cyrillic н (U+043D) before Kazakh қ (U+049B)
    assert [t.findtext("text") for t in single.iter("tag")] == ["негіздер", "құқық"]


def test_images_travel_inline_and_are_stored_again_on_import(bank):
    top, questions = bank
    url = questions[0].text.split('src="')[1].split('"')[0]
    name = url.removeprefix("/media/")
    data = export_moodle_xml(top)

    root = ET.fromstring(data)
    files = list(root.iter("file"))
    assert {f.get("name") for f in files} == {name.rsplit("/", 1)[-1]}
    assert all(base64.b64decode(f.text) == TINY_PNG for f in files)
    assert b"@@PLUGINFILE@@/" in data and url.encode() not in data

    default_storage.delete(name)  # a fresh site: the image is not there yet
    report = import_moodle_xml(data, parent_path="Elsewhere")

    with default_storage.open(name, "rb") as handle:
        assert handle.read() == TINY_PNG
    copied = next(q for q in report.questions if q.name == "Бір жауап")
    assert f'<img src="{url}" alt="сурет">' in copied.text


def test_practical_assessments_are_left_out_with_the_reason(bank):
    top, _questions = bank
    PracticalAssessmentQuestion.objects.create(
        category=top, name="Рөлдік ойын", text="<p>Ойын</p>", rubric=[]
    )

    data, skipped = build_moodle_xml(top)

    assert [(s.where, s.item, s.reason) for s in skipped] == [
        ("Bank", "Рөлдік ойын", "Practical assessment has no Moodle equivalent")
    ]
    assert b"<!-- left out: \xd0\xa0" in data
    assert "Рөлдік ойын" not in [q.findtext("name/text") for q in ET.fromstring(data).iter()]


def test_export_of_one_category_or_one_language(bank):
    top, _questions = bank
    question_of_every_type(top, language="ru")[:1]

    only_top = ET.fromstring(export_moodle_xml(top, include_subcategories=False))
    russian = ET.fromstring(export_moodle_xml(top, language="ru"))

    assert [t.text for t in only_top.iter("text") if (t.text or "").startswith("$course$")] == [
        "$course$/Bank"
    ]
    assert len([q for q in only_top.iter("question") if q.get("type") != "category"]) == 18
    assert len([q for q in russian.iter("question") if q.get("type") != "category"]) == 9
    assert len([q for q in russian.iter("question") if q.get("type") == "category"]) == 2


def test_only_current_versions_are_exported(bank):
    top, questions = bank
    Question.objects.filter(pk=questions[0].pk).update(is_current=False)

    names = [
        q.findtext("name/text") for q in ET.fromstring(export_moodle_xml(top)).iter("question")
    ]
    assert "Бір жауап" not in names


def test_export_makes_the_same_queries_however_many_questions(bank, count_queries):
    top, _questions = bank
    few = count_queries(lambda: export_moodle_xml(top))
    question_of_every_type(top)
    question_of_every_type(top)
    assert count_queries(lambda: export_moodle_xml(top)) == few


# --- the command -----------------------------------------------------------------------------


def test_export_command_writes_to_standard_output_or_a_file(bank, tmp_path):
    out, err = StringIO(), StringIO()
    call_command("export_questions", "--category", "Bank", stdout=out, stderr=err)
    assert out.getvalue().encode() == export_moodle_xml(bank[0])

    target = tmp_path / "bank.xml"
    call_command(
        "export_questions",
        "--category=Bank/Sub",
        "--format=moodle-xml",
        f"--output={target}",
        stdout=out,
        stderr=err,
    )
    assert target.read_bytes() == export_moodle_xml(QuestionCategory.objects.get(path="Bank/Sub"))


def test_export_command_names_what_it_leaves_out_and_refuses_unknown_categories(bank):
    PracticalAssessmentQuestion.objects.create(
        category=bank[0], name="Рөлдік ойын", text="<p>Ойын</p>", rubric=[]
    )
    err = StringIO()
    call_command("export_questions", "--category", "Bank", stdout=StringIO(), stderr=err)
    assert "Left out: Bank: Рөлдік ойын: Practical assessment has no Moodle equivalent" in (
        err.getvalue()
    )

    with pytest.raises(CommandError, match="No such category: Nowhere"):
        call_command("export_questions", "--category", "Nowhere", stdout=StringIO())


# --- the admin screen ----------------------------------------------------------------------------

EXPORT_URL = "/admin/assessments/export/"


def staff(username, *permissions):
    user = UserFactory(username=username)
    user.user_permissions.add(
        *[
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in [("wagtailadmin", "access_admin"), *permissions]
        ]
    )
    return user


def test_admin_export_downloads_the_category_as_moodle_xml(client, bank):
    top, _questions = bank
    client.force_login(staff("exporter", ("assessments", "add_question")))

    assert client.get(EXPORT_URL).status_code == 200
    response = client.get(
        EXPORT_URL,
        {"category": top.pk, "include_subcategories": "on", "file_format": "moodle-xml"},
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="bank.xml"'
    assert response.content == export_moodle_xml(top)


def test_admin_export_refuses_those_who_may_not_add_questions(client, bank):
    client.force_login(staff("reader-only", ("assessments", "view_question")))

    response = client.get(EXPORT_URL, {"category": bank[0].pk, "file_format": "moodle-xml"})

    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_admin_export_of_an_unknown_category_shows_the_form_again(client, bank):
    client.force_login(staff("exporter", ("assessments", "add_question")))

    response = client.get(EXPORT_URL, {"category": 999999, "file_format": "moodle-xml"})

    assert response.status_code == 422
    assert list(response.context["form"].errors) == ["category"]
