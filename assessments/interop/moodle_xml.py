"""Moodle XML: import a question file into the bank, and export a category of the bank as one.

Supported: categories (nested paths), multichoice (one or several answers), truefalse,
shortanswer, numerical, matching, essay, description and ordering, with names, texts, general
feedback, default marks, tags and embedded images. Other types (calculated, drag and drop, Cloze,
random, ...) are listed in the report with the reason; so are the parts of a question the bank
cannot hold (a matching distractor, numerical units, hints, combined feedback).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pyexpat import ErrorString, ExpatError, ParserCreate
from typing import BinaryIO
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape, quoteattr

from django.core.files.storage import default_storage
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import (
    DescriptionQuestion,
    EssayQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    PracticalAssessmentQuestion,
    Question,
    QuestionCategory,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
    new_part_id,
)
from .common import (
    PLUGINFILE,
    ImportReport,
    ParsedFile,
    ParsedQuestion,
    QuestionImportError,
    Skipped,
    check_category_path,
    check_question,
    default_rubric,
    fraction_from_percent,
    image_storage_name,
    mark,
    number,
    parse_decimal,
    plain_text,
    question_name,
    save_parsed,
    split_category_path,
    stored_image_name,
    to_html,
)


class MoodleXMLError(QuestionImportError):
    """The Moodle XML file is malformed, or a question in it is broken; nothing was imported."""


CALCULATED = gettext_lazy("calculated questions need Moodle's formula engine")
UNSUPPORTED = {
    "calculated": CALCULATED,
    "calculatedsimple": CALCULATED,
    "calculatedmulti": CALCULATED,
    "multianswer": gettext_lazy("embedded answers (Cloze) have no equivalent in the question bank"),
    "ddwtos": gettext_lazy("drag and drop into text has no equivalent in the question bank"),
    "gapselect": gettext_lazy("select missing words has no equivalent in the question bank"),
    "ddimageortext": gettext_lazy(
        "drag and drop onto an image has no equivalent in the question bank"
    ),
    "ddmarker": gettext_lazy("drag and drop markers have no equivalent in the question bank"),
    "random": gettext_lazy(
        "a random question is a slot of a Moodle quiz, not a question; "
        "draw from the category in the quiz instead"
    ),
    "randomsamatch": gettext_lazy(
        "a random short-answer matching question is drawn by a Moodle quiz, not stored"
    ),
}
COMBINED_FEEDBACK = ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
TRUE_WORDS = {"1", "true", "yes"}
FALSE_WORDS = {"0", "false", "no"}
REFERENCE = re.compile(re.escape(PLUGINFILE) + r"/([^\"'\s<>()?#]+)")
SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
INVALID_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- a small tree with line numbers -----------------------------------------------------------


@dataclass
class Node:
    """An XML element, with the line it starts on (ElementTree does not keep that)."""

    tag: str
    attrib: dict[str, str]
    line: int
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def child(self, tag: str) -> Node | None:
        return next((c for c in self.children if c.tag == tag), None)

    def all(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def value(self, tag: str, default: str = "") -> str:
        """The text of a child such as <defaultgrade>1</defaultgrade>."""
        node = self.child(tag)
        return node.text.strip() if node is not None else default

    def inner(self) -> str:
        """The text of this node's <text> child, or its own text when it has none."""
        node = self.child("text")
        return (node.text if node is not None else self.text).strip()

    def descendants(self, tag: str):
        for c in self.children:
            if c.tag == tag:
                yield c
            yield from c.descendants(tag)


def read_tree(data: bytes) -> Node:
    """Parse XML with expat, refusing document types and entities (no billion laughs, no
    external entities)."""
    parser = ParserCreate()
    parser.buffer_text = True
    stack: list[Node] = []
    texts: list[list[str]] = []
    found: list[Node] = []

    def start(tag, attrib):
        node = Node(tag, attrib, parser.CurrentLineNumber)
        (stack[-1].children if stack else found).append(node)
        stack.append(node)
        texts.append([])

    def end(tag):
        stack.pop().text = "".join(texts.pop())

    def characters(data):
        if texts:
            texts[-1].append(data)

    def refuse(*args):
        raise MoodleXMLError(
            _("The file declares a document type or entities; Moodle XML files have none."),
            line=parser.CurrentLineNumber,
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(data, True)
    except ExpatError as error:
        raise MoodleXMLError(
            _("The file is not well-formed XML (%(reason)s at column %(column)d).")
            % {"reason": ErrorString(error.code), "column": error.offset + 1},
            line=error.lineno,
        ) from error
    return found[0]


# --- import -----------------------------------------------------------------------------------


def import_moodle_xml(
    source: bytes | BinaryIO, *, parent_path: str = "", language: str = "kk"
) -> ImportReport:
    """Import a Moodle XML file under the category `parent_path` ("" for the top), all or
    nothing; raises MoodleXMLError, having saved nothing, when the file is malformed."""
    data = source if isinstance(source, bytes) else source.read()
    return save_parsed(
        parse_moodle_xml(data, language=language), parent_path=parent_path, language=language
    )


def parse_moodle_xml(data: bytes, *, language: str = "kk") -> ParsedFile:
    """Read and check a whole Moodle XML file without saving anything."""
    root = read_tree(data)
    if root.tag != "quiz":
        raise MoodleXMLError(
            _(
                "This is XML but not a Moodle question file: "
                "the root element is <%(tag)s>, not <quiz>."
            )
            % {"tag": root.tag},
            line=root.line,
        )
    parsed = ParsedFile()
    category: tuple[str, ...] = ()
    for node in root.children:
        if node.tag != "question":
            continue
        kind = node.attrib.get("type", "").strip()
        if kind == "category":
            category = _category(node, parsed)
            continue
        reader = _QuestionReader(node, parsed, language)
        if not kind:
            raise reader.fail(_("A <question> has no type."))
        if kind in READERS:
            reader.read_files()
            item = READERS[kind](reader)
            item.category = category
            item.tags = reader.tags()
            check_question(item, fail=reader.fail)
            reader.check_extras()
            parsed.questions.append(item)
        else:
            reason = UNSUPPORTED.get(kind) or _("the question type “%(type)s” is not supported") % {
                "type": kind
            }
            parsed.skip(reader.where, reader.display_name(), reason)
    return parsed


def _category(node: Node, parsed: ParsedFile) -> tuple[str, ...]:
    holder = node.child("category")

    def fail(message):
        return MoodleXMLError(message, line=node.line, element='<question type="category">')

    if holder is None:
        raise fail(_("The category has no <category> path."))
    path = split_category_path(holder.inner())
    check_category_path(path, fail=fail)
    info = node.child("info")
    if path:
        text = info.inner() if info is not None else ""
        if info is not None and info.attrib.get("format") == "html":
            text = plain_text(text)
        parsed.categories[path] = text
    return path


def _flag(text: str, default: bool) -> bool:
    text = text.strip().lower()
    return True if text in TRUE_WORDS else False if text in FALSE_WORDS else default


class _QuestionReader:
    """Reads one <question>: its common fields, its texts and their images."""

    def __init__(self, node: Node, parsed: ParsedFile, language: str):
        self.node = node
        self.parsed = parsed
        self.language = language
        self.kind = node.attrib.get("type", "")
        name = node.child("name")
        self.name = name.inner() if name is not None else ""
        self.where = _("line %(line)d") % {"line": node.line}
        #: each embedded file element -> (its path in the file, the storage name of its image
        #: or "" when it is left out); read only for the questions that are imported
        self.file_nodes: dict[int, tuple[str, str]] = {}
        self.files: dict[str, str] = {}

    def read_files(self) -> None:
        self.file_nodes = {id(f): self._file(f) for f in self.node.descendants("file")}
        self.files = dict(self.file_nodes.values())

    def display_name(self) -> str:
        return self.name or f'<question type="{self.kind}">'

    def fail(self, message: str, node: Node | None = None) -> MoodleXMLError:
        element = f'<question type="{self.kind}">'
        if self.name:
            element += f" “{self.name}”"
        return MoodleXMLError(message, line=(node or self.node).line, element=element)

    # files -----------------------------------------------------------------------------------

    def _file(self, node: Node) -> tuple[str, str]:
        name = node.attrib.get("name", "")
        key = (node.attrib.get("path", "/").strip("/") + "/" + name).lstrip("/")
        if node.attrib.get("encoding", "base64") != "base64":
            raise self.fail(_("The file “%(name)s” is not base64-encoded.") % {"name": name}, node)
        try:
            content = base64.b64decode("".join(node.text.split()), validate=True)
        except (binascii.Error, ValueError) as error:
            raise self.fail(
                _("The file “%(name)s” is not valid base64.") % {"name": name}, node
            ) from error
        storage_name, reason = image_storage_name(name, content)
        if storage_name:
            self.parsed.images[storage_name] = content
        else:
            self.parsed.skip_part(self.where, name, reason)
        return key, storage_name

    def _resolve_files(self, text: str, local: dict[str, str]) -> str:
        def replace(found):
            key = unquote(found.group(1))
            storage_name = local.get(key, self.files.get(key))
            if storage_name:
                return default_storage.url(storage_name)
            if storage_name is None:
                self.parsed.skip_part(
                    self.where, key, _("the image is referenced but not included in the file")
                )
            return found.group(0)

        return REFERENCE.sub(replace, text)

    # texts -----------------------------------------------------------------------------------

    def rich(self, node: Node | None, *, block: bool = False, default_format: str = "html") -> str:
        """The HTML of a text element (questiontext, feedback, an answer), images resolved."""
        if node is None:
            return ""
        text_format = node.attrib.get("format", default_format)
        local = dict(self.file_nodes[id(f)] for f in node.all("file"))
        return self._resolve_files(to_html(node.inner(), text_format, block=block), local)

    def rich_child(self, tag: str, *, block: bool = False) -> str:
        return self.rich(self.node.child(tag), block=block, default_format=self.text_format)

    @property
    def text_format(self) -> str:
        node = self.node.child("questiontext")
        return node.attrib.get("format", "html") if node is not None else "html"

    def common(self) -> dict:
        text = self.rich_child("questiontext", block=True)
        grade = self.node.value("defaultgrade")
        return {
            "name": question_name(self.name, text),
            "text": text,
            "general_feedback": self.rich_child("generalfeedback"),
            "default_mark": mark(grade, fail=self.fail) if grade else Decimal("1.00"),
        }

    def tags(self) -> list[str]:
        holder = self.node.child("tags")
        names = [tag.inner()[:100] for tag in holder.all("tag")] if holder is not None else []
        return list(dict.fromkeys(name for name in names if name))

    def fraction(self, node: Node):
        return fraction_from_percent(
            node.attrib.get("fraction", "0"), fail=lambda message: self.fail(message, node)
        )

    def feedback(self, node: Node) -> str:
        return self.rich(node.child("feedback"), default_format=self.text_format)

    def check_extras(self) -> None:
        """Report what Moodle keeps and the bank cannot: combined feedback and hints."""
        if any(
            self.node.child(tag) is not None and self.node.child(tag).inner()
            for tag in COMBINED_FEEDBACK
        ):
            self.parsed.skip_part(
                self.where,
                self.name,
                _("feedback for right, partly right and wrong answers as a whole is not supported"),
            )
        if any(hint.inner() for hint in self.node.all("hint")):
            self.parsed.skip_part(
                self.where, self.name, _("hints for interactive quiz behaviour are not supported")
            )

    def parsed_question(self, model: type[Question], **fields) -> ParsedQuestion:
        return ParsedQuestion(
            model=model, fields={**self.common(), **fields}, category=(), where=self.where
        )


def _multichoice(q: _QuestionReader) -> ParsedQuestion:
    options = []
    for answer in q.node.all("answer"):
        text = q.rich(answer, default_format=q.text_format)
        if not plain_text(text) and "<img" not in text:
            q.parsed.skip_part(q.where, q.name, _("an answer without text was left out"))
            continue
        options.append(
            {
                "id": new_part_id(),
                "text": text,
                "fraction": q.fraction(answer),
                "feedback": q.feedback(answer),
            }
        )
    if len(options) < 2:
        raise q.fail(_("A multiple-choice question needs at least two answers."))
    single = _flag(q.node.value("single", "true"), True)
    return q.parsed_question(
        SingleChoiceQuestion if single else MultipleChoiceQuestion,
        options=options,
        shuffle_options=_flag(q.node.value("shuffleanswers", "1"), True),
    )


def _truefalse(q: _QuestionReader) -> ParsedQuestion:
    answers = q.node.all("answer")
    if not answers:
        raise q.fail(_("A true/false question needs its answers “true” and “false”."))
    fields = {"feedback_true": "", "feedback_false": ""}
    right = None
    for index, answer in enumerate(answers[:2]):
        word = answer.inner().lower()
        if word not in ("true", "false"):  # an old file: the first answer is "true"
            word = "true" if index == 0 else "false"
        full = Decimal(str(q.fraction(answer))) == 1
        fields[f"feedback_{word}"] = q.feedback(answer)
        if word == "true":
            right = full
        elif right is None:
            right = not full
    return q.parsed_question(TrueFalseQuestion, answer=bool(right), **fields)


def _shortanswer(q: _QuestionReader) -> ParsedQuestion:
    answers = []
    for answer in q.node.all("answer"):
        text = answer.inner()
        if not text:
            q.parsed.skip_part(q.where, q.name, _("an answer without text was left out"))
            continue
        answers.append(
            {"text": text, "fraction": q.fraction(answer), "feedback": q.feedback(answer)}
        )
    if not answers:
        raise q.fail(_("A short-answer question needs at least one answer."))
    return q.parsed_question(
        ShortAnswerQuestion, answers=answers, case_sensitive=_flag(q.node.value("usecase"), False)
    )


def _numerical(q: _QuestionReader) -> ParsedQuestion:
    answers = []
    for answer in q.node.all("answer"):
        text = answer.inner()
        if text in ("", "*"):
            q.parsed.skip_part(
                q.where, q.name, _("feedback for any other number (“*”) is not supported")
            )
            continue
        value = parse_decimal(text)
        tolerance = parse_decimal(answer.value("tolerance") or "0")
        if value is None or tolerance is None or tolerance < 0:
            raise q.fail(
                _("The answer “%(value)s” is not a number with a tolerance of 0 or more.")
                % {"value": text},
                answer,
            )
        answers.append(
            {
                "value": number(value),
                "tolerance": number(abs(tolerance)),
                "fraction": q.fraction(answer),
                "feedback": q.feedback(answer),
            }
        )
    if not answers:
        raise q.fail(_("A numerical question needs at least one number as its answer."))
    units = q.node.child("units")
    if units is not None and units.all("unit"):
        q.parsed.skip_part(q.where, q.name, _("units are not supported; answers are plain numbers"))
    return q.parsed_question(NumericQuestion, answers=answers)


def _matching(q: _QuestionReader) -> ParsedQuestion:
    pairs = []
    for sub in q.node.all("subquestion"):
        prompt = q.rich(sub, default_format=q.text_format)
        holder = sub.child("answer")
        answer = holder.inner() if holder is not None else ""
        if not plain_text(prompt) and "<img" not in prompt:
            if answer:
                q.parsed.skip_part(
                    q.where,
                    answer,
                    _("an extra answer that matches no item (a distractor) is not supported"),
                )
            continue
        if not answer:
            raise q.fail(_("Every item of a matching question needs its answer."), sub)
        pairs.append({"id": new_part_id(), "prompt": prompt, "answer": answer})
    if len(pairs) < 2:
        raise q.fail(_("A matching question needs at least two items with their answers."))
    return q.parsed_question(MatchingQuestion, pairs=pairs)


def _essay(q: _QuestionReader) -> ParsedQuestion:
    template = q.node.child("responsetemplate")
    if template is not None and template.inner():
        q.parsed.skip_part(q.where, q.name, _("a response template is not supported"))
    if (parse_decimal(q.node.value("attachments") or "0") or 0) != 0:
        q.parsed.skip_part(q.where, q.name, _("attachments to an answer are not supported"))
    return q.parsed_question(
        EssayQuestion,
        grader_info=q.rich_child("graderinfo"),
        rubric=default_rubric(q.language),
    )


def _description(q: _QuestionReader) -> ParsedQuestion:
    item = q.parsed_question(DescriptionQuestion)
    if not q.node.value("defaultgrade"):
        item.fields["default_mark"] = Decimal("0.00")
    return item


def _ordering(q: _QuestionReader) -> ParsedQuestion:
    answers = []
    for index, answer in enumerate(q.node.all("answer")):
        position = parse_decimal(answer.attrib.get("fraction", str(index))) or Decimal(index)
        answers.append((position, index, q.rich(answer, default_format=q.text_format)))
    items = [{"id": new_part_id(), "text": text} for _p, _i, text in sorted(answers) if text]
    if len(items) < 2:
        raise q.fail(_("An ordering question needs at least two items."))
    return q.parsed_question(OrderingQuestion, items=items)


READERS: dict[str, Callable[[_QuestionReader], ParsedQuestion]] = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "match": _matching,
    "matching": _matching,
    "essay": _essay,
    "description": _description,
    "ordering": _ordering,
}


# --- export -----------------------------------------------------------------------------------


def export_moodle_xml(
    category: QuestionCategory, include_subcategories: bool = True, *, language: str | None = None
) -> bytes:
    """The current questions of `category` (and of its subcategories) as a Moodle XML file,
    images inline; questions in `language` only, when given."""
    return build_moodle_xml(category, include_subcategories, language=language)[0]


def build_moodle_xml(
    category: QuestionCategory, include_subcategories: bool = True, *, language: str | None = None
) -> tuple[bytes, list[Skipped]]:
    """The Moodle XML file and the questions it leaves out (those Moodle has no type for)."""
    categories = sorted(
        category.descendants_and_self() if include_subcategories else [category],
        key=lambda folder: folder.path,
    )
    questions = Question.objects.filter(category__in=categories, is_current=True)
    if language:
        questions = questions.filter(language=language)
    by_category: dict[int, list[Question]] = {}
    # sorted here, not by the database, so that every database writes the same file
    for question in sorted(questions.prefetch_related("tags"), key=lambda q: (q.name, q.pk)):
        by_category.setdefault(question.category_id, []).append(question)
    writer = _Writer()
    skipped: list[Skipped] = []
    writer.line('<?xml version="1.0" encoding="UTF-8"?>')
    writer.open("quiz")
    for folder in categories:
        writer.open("question", type="category")
        writer.open("category")
        writer.text("$course$/" + folder.path)
        writer.close("category")
        writer.open("info", format="plain_text")
        writer.text(folder.info)
        writer.close("info")
        writer.leaf("idnumber", "")
        writer.close("question")
        for question in by_category.get(folder.pk, []):
            kind, write = EXPORTERS.get(type(question), (None, None))
            if kind is None:
                reason = _("%(type)s has no Moodle equivalent") % {"type": question.type_label}
                skipped.append(Skipped(folder.path, question.name, reason))
                comment = f"{_('left out')}: {question.name}: {reason}".replace("--", "- -")
                writer.line(f"<!-- {escape(comment)} -->")
                continue
            writer.open("question", type=kind)
            _write_common(writer, question)
            write(writer, question)
            writer.close("question")
    writer.close("quiz")
    return writer.result(), skipped


class _Writer:
    """Indented Moodle XML, HTML in CDATA sections as Moodle writes them."""

    def __init__(self):
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str) -> None:
        self.lines.append("  " * self.depth + text)

    @staticmethod
    def _attributes(attributes: dict) -> str:
        return "".join(f" {name}={quoteattr(str(value))}" for name, value in attributes.items())

    def open(self, tag: str, **attributes) -> None:
        self.line(f"<{tag}{self._attributes(attributes)}>")
        self.depth += 1

    def close(self, tag: str) -> None:
        self.depth -= 1
        self.line(f"</{tag}>")

    def leaf(self, tag: str, value, **attributes) -> None:
        self.line(f"<{tag}{self._attributes(attributes)}>{escape(_clean(str(value)))}</{tag}>")

    def text(self, value: str) -> None:
        value = _clean(value or "")
        if re.search(r"[<>&]", value):
            value = "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"
        self.line(f"<text>{value}</text>")

    def rich(self, tag: str, value: str, **attributes) -> None:
        """A text element in HTML, its images as base64 <file> elements beside its text."""
        self.open(tag, format="html", **attributes)
        self.rich_body(value)
        self.close(tag)

    def rich_body(self, value: str) -> None:
        value, files = _inline_images(value or "")
        self.text(value)
        for name, content in files.items():
            encoded = base64.b64encode(content).decode("ascii")
            self.line(f'<file name={quoteattr(name)} path="/" encoding="base64">{encoded}</file>')

    def result(self) -> bytes:
        return ("\n".join(self.lines) + "\n").encode("utf-8")


def _clean(text: str) -> str:
    return INVALID_XML_CHARACTERS.sub("", text)


def _inline_images(text: str) -> tuple[str, dict[str, bytes]]:
    """Images of the bank in `text` as @@PLUGINFILE@@ references, with their bytes."""
    files: dict[str, bytes] = {}

    def replace(found):
        name = stored_image_name(found.group(3))
        if not name or not default_storage.exists(name):
            return found.group(0)
        filename = name.rsplit("/", 1)[-1]
        if filename not in files:
            with default_storage.open(name, "rb") as handle:
                files[filename] = handle.read()
        quote_mark = found.group(2)
        return f"{found.group(1)}{quote_mark}{PLUGINFILE}/{quote(filename)}{quote_mark}"

    return SRC.sub(replace, text), files


def _percent(fraction) -> str:
    return format((Decimal(str(fraction)) * 100).normalize(), "f")


def _decimal(value) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def _write_common(writer: _Writer, question: Question) -> None:
    writer.open("name")
    writer.text(question.name)
    writer.close("name")
    writer.rich("questiontext", question.text)
    writer.rich("generalfeedback", question.general_feedback)
    writer.leaf("defaultgrade", f"{question.default_mark:.7f}")
    writer.leaf("penalty", "0.3333333")
    writer.leaf("hidden", "0")
    writer.leaf("idnumber", "")
    # by name, not in whatever order the database returns them: every database writes one file
    tags = sorted(tag.name for tag in question.tags.all())
    if tags:
        writer.open("tags")
        for tag in tags:
            writer.open("tag")
            writer.text(tag)
            writer.close("tag")
        writer.close("tags")


def _write_answer(writer: _Writer, text: str, fraction, feedback: str, *, html=True, **extra):
    writer.open(
        "answer", fraction=_percent(fraction), format="html" if html else "moodle_auto_format"
    )
    if html:
        writer.rich_body(text)
    else:
        writer.text(text)
    writer.rich("feedback", feedback)
    for tag, value in extra.items():
        writer.leaf(tag, value)
    writer.close("answer")


def _export_choice(writer: _Writer, question) -> None:
    writer.leaf("single", "true" if isinstance(question, SingleChoiceQuestion) else "false")
    writer.leaf("shuffleanswers", "true" if question.shuffle_options else "false")
    writer.leaf("answernumbering", "abc")
    for option in question.options:
        _write_answer(writer, option["text"], option["fraction"], option.get("feedback", ""))


def _export_truefalse(writer: _Writer, question: TrueFalseQuestion) -> None:
    _write_answer(writer, "true", 1 if question.answer else 0, question.feedback_true, html=False)
    _write_answer(writer, "false", 0 if question.answer else 1, question.feedback_false, html=False)


def _export_shortanswer(writer: _Writer, question: ShortAnswerQuestion) -> None:
    writer.leaf("usecase", "1" if question.case_sensitive else "0")
    for answer in question.answers:
        _write_answer(
            writer, answer["text"], answer["fraction"], answer.get("feedback", ""), html=False
        )


def _export_numerical(writer: _Writer, question: NumericQuestion) -> None:
    for answer in question.answers:
        _write_answer(
            writer,
            _decimal(answer["value"]),
            answer["fraction"],
            answer.get("feedback", ""),
            html=False,
            tolerance=_decimal(answer.get("tolerance", 0)),
        )


def _export_matching(writer: _Writer, question: MatchingQuestion) -> None:
    writer.leaf("shuffleanswers", "true")
    for pair in question.pairs:
        writer.open("subquestion", format="html")
        writer.rich_body(pair["prompt"])
        writer.open("answer")
        writer.text(pair["answer"])
        writer.close("answer")
        writer.close("subquestion")


def _export_essay(writer: _Writer, question: EssayQuestion) -> None:
    writer.leaf("responseformat", "editor")
    writer.leaf("responserequired", "1")
    writer.leaf("responsefieldlines", "15")
    writer.leaf("attachments", "0")
    writer.leaf("attachmentsrequired", "0")
    writer.rich("graderinfo", question.grader_info)
    writer.rich("responsetemplate", "")


def _export_description(writer: _Writer, question: DescriptionQuestion) -> None:
    pass


def _export_ordering(writer: _Writer, question: OrderingQuestion) -> None:
    writer.leaf("layouttype", "VERTICAL")
    writer.leaf("selecttype", "ALL")
    writer.leaf("selectcount", "0")
    writer.leaf("gradingtype", "ABSOLUTE_POSITION")
    for position, item in enumerate(question.items, 1):
        writer.open("answer", fraction=str(position), format="html")
        writer.rich_body(item["text"])
        writer.close("answer")


EXPORTERS = {
    SingleChoiceQuestion: ("multichoice", _export_choice),
    MultipleChoiceQuestion: ("multichoice", _export_choice),
    TrueFalseQuestion: ("truefalse", _export_truefalse),
    ShortAnswerQuestion: ("shortanswer", _export_shortanswer),
    NumericQuestion: ("numerical", _export_numerical),
    MatchingQuestion: ("matching", _export_matching),
    EssayQuestion: ("essay", _export_essay),
    DescriptionQuestion: ("description", _export_description),
    OrderingQuestion: ("ordering", _export_ordering),
    PracticalAssessmentQuestion: (None, None),
}
