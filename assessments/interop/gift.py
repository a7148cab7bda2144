"""GIFT, Moodle's plain-text question format: import a file into the bank.

Read the way Moodle reads it (question/format/gift/format.php): questions are separated by blank
lines, lines starting with // are comments (a comment may carry [tag:name]), `$CATEGORY: path`
switches the category, `::name::` names a question, `[html]`, `[moodle]`, `[plain]` and
`[markdown]` give a text's format, and the one `{...}` block holds the answers: `=right`,
`~wrong`, `~%50%partial`, `#feedback`, `####general feedback`, `{T}` / `{FALSE}`, `{#3.5:0.5}` and
`{#1..5}`, `=item -> answer`, `{}` for an essay, and no block for a description. `\\=`, `\\~`,
`\\#`, `\\{`, `\\}`, `\\:` and `\\n` are escaped characters.

Where Moodle is lenient with braces, this importer is strict: a question has at most one answer
block, and a brace in text must be escaped; a file that breaks this imports nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

from django.utils.translation import gettext as _

from ..models import (
    DescriptionQuestion,
    EssayQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
    new_part_id,
)
from .common import (
    ImportReport,
    ParsedFile,
    ParsedQuestion,
    QuestionImportError,
    check_category_path,
    check_question,
    default_rubric,
    fraction_from_percent,
    number,
    parse_decimal,
    plain_text,
    question_name,
    save_parsed,
    split_category_path,
    to_html,
)


class GIFTError(QuestionImportError):
    """The GIFT file is malformed, or a question in it is broken; nothing was imported."""


FORMATS = {
    "html": "html",
    "moodle": "moodle_auto_format",
    "plain": "plain_text",
    "markdown": "markdown",
}
DEFAULT_FORMAT = "moodle_auto_format"
# Escaped characters stand in for themselves as private-use characters while the text is parsed.
ESCAPES = {
    "\\": "\ue000",
    ":": "\ue001",
    "#": "\ue002",
    "=": "\ue003",
    "{": "\ue004",
    "}": "\ue005",
    "~": "\ue006",
    "n": "\ue007",
}
RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in ESCAPES.items()})
ESCAPED = re.compile(r"\\(.)")
WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
TAG = re.compile(r"\[tag:([^\]]+)\]")
TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
BLANK = "_____"


def _protect(text: str) -> str:
    return ESCAPED.sub(lambda found: ESCAPES.get(found.group(1), found.group(0)), text)


def _restore(text: str) -> str:
    return text.translate(RESTORE)


@dataclass
class _Text:
    text: str
    format: str

    def html(self, *, block: bool = False) -> str:
        return to_html(self.text, self.format, block=block)


def _with_format(text: str, default: str = DEFAULT_FORMAT) -> _Text:
    """A text that may start with a [format] marker, escapes restored."""
    text_format = default
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in FORMATS:
            text_format = FORMATS[text[1:end]]
            text = text[end + 1 :]
    return _Text(_restore(text).strip(), text_format)


def _comment(text: str, default: str) -> tuple[_Text, _Text]:
    """An answer and its "#feedback"."""
    answer, _hash, feedback = text.partition("#")
    return _with_format(answer.strip(), default), _with_format(feedback.strip(), default)


# --- import -----------------------------------------------------------------------------------


def import_gift(
    source: bytes | str | BinaryIO, *, parent_path: str = "", language: str = "kk"
) -> ImportReport:
    """Import a GIFT file under the category `parent_path` ("" for the top), all or nothing;
    raises GIFTError, having saved nothing, when the file is malformed."""
    data = source if isinstance(source, bytes | str) else source.read()
    parsed = parse_gift(data, language=language)
    return save_parsed(parsed, parent_path=parent_path, language=language)


def parse_gift(data: bytes | str, *, language: str = "kk") -> ParsedFile:
    """Read and check a whole GIFT file without saving anything."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise GIFTError(
                _("The file is not UTF-8 text, as GIFT files must be."),
                line=data[: error.start].count(b"\n") + 1,
            ) from error
    if "\x00" in data:  # no text holds one, and PostgreSQL cannot store it (it was a 500)
        raise GIFTError(
            _("The file holds a null character, which text never does."),
            line=data[: data.index("\x00")].count("\n") + 1,
        )
    parsed = ParsedFile()
    category: tuple[str, ...] = ()
    for first_line, lines in _chunks(data):
        chunk = _Chunk(first_line, lines, parsed, language)
        if not chunk.text:
            continue
        if chunk.text.startswith("$CATEGORY:"):
            category = split_category_path(_restore(chunk.text[len("$CATEGORY:") :]))
            check_category_path(category, fail=chunk.fail)
            if category:
                parsed.categories.setdefault(category, "")
            continue
        item = chunk.question()
        item.category = category
        item.tags = chunk.tags
        check_question(item, fail=chunk.fail)
        parsed.questions.append(item)
    return parsed


def _chunks(text: str):
    """(first line number, lines) of each question: runs of lines between blank lines."""
    lines: list[str] = []
    first = 0
    for number_, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not lines:
                first = number_
            lines.append(line)
        elif lines:
            yield first, lines
            lines = []
    if lines:
        yield first, lines


class _Chunk:
    """One question (or category line) of a GIFT file."""

    def __init__(self, first_line: int, lines: list[str], parsed: ParsedFile, language: str):
        self.parsed = parsed
        self.language = language
        self.tags: list[str] = []
        kept = []
        for line in lines:
            line = line.strip()
            if line.startswith("//"):
                self.tags += [tag.strip()[:100] for tag in TAG.findall(line) if tag.strip()]
                line = ""
            kept.append(line)
        joined = "\n".join(kept)
        leading = joined[: len(joined) - len(joined.lstrip())]
        self.first_line = first_line + leading.count("\n")
        self.text = _protect(joined.strip())
        self.name = ""
        #: where the answer block starts, for errors about the answers
        self.answer_index = 0

    def line_at(self, index: int) -> int:
        return self.first_line + self.text[:index].count("\n")

    @property
    def where(self) -> str:
        return _("line %(line)d") % {"line": self.first_line}

    def fail(self, message: str, index: int = 0) -> GIFTError:
        label = self.name or plain_text(_restore(self.text))[:40]
        return GIFTError(message, line=self.line_at(index), element=f"“{label}”")

    def question(self) -> ParsedQuestion:
        text, start = self.text, 0
        if text.startswith("::"):
            end = text.find("::", 2)
            if end >= 0:
                self.name = re.sub(r"\s+", " ", _restore(text[2:end])).strip()
                start = end + 2
            else:  # as Moodle: an unclosed name is no name
                start = 2
        while start < len(text) and text[start].isspace():
            start += 1
        opens = [start + m.start() for m in re.finditer(r"\{", text[start:])]
        closes = [start + m.start() for m in re.finditer(r"\}", text[start:])]
        answers: str | None = None
        if not opens and not closes:
            body = text[start:]
        else:
            self._check_braces(opens, closes)
            opening, closing = opens[0], closes[0]
            answers = text[opening + 1 : closing].strip()
            after = text[closing + 1 :]
            body = text[start:opening] + (BLANK + after if after.strip() else "")
        general = ""
        if answers is not None and "####" in answers:
            cut = answers.rfind("####")
            answers, general = answers[:cut].strip(), answers[cut + 4 :]
        question_text = _with_format(body.strip())
        text_format = question_text.format
        html = question_text.html(block=True)
        fields = {
            "name": question_name(self.name, html),
            "text": html,
            "general_feedback": _with_format(general.strip(), text_format).html(),
        }
        self.answer_index = opens[0] + 1 if opens else 0
        if answers is None:
            return self._item(DescriptionQuestion, fields, default_mark=Decimal("0.00"))
        if answers == "":
            rubric = default_rubric(self.language)
            return self._item(EssayQuestion, fields, grader_info="", rubric=rubric)
        if answers.startswith("#"):
            return self._numeric(answers[1:], fields, text_format)
        if "~" in answers:
            return self._choice(answers, fields, text_format)
        if "=" in answers and "->" in answers:
            return self._matching(answers, fields, text_format)
        head = answers.split("#", 1)[0].strip() if answers.find("#") > 0 else answers
        if head in TRUE_FALSE:
            return self._true_false(answers, fields, text_format)
        return self._short_answer(answers, fields, text_format)

    def _check_braces(self, opens: list[int], closes: list[int]) -> None:
        if not closes:
            raise self.fail(_("The answer block opened with “{” is not closed with “}”."), opens[0])
        if not opens or closes[0] < opens[0]:
            raise self.fail(
                _("“}” closes no answer block; write \\} for a brace in text."), closes[0]
            )
        if len(opens) > 1 or len(closes) > 1:
            extra = min(i for i in (opens[1:] + closes[1:]))
            raise self.fail(
                _(
                    "A question has one answer block; write \\{ and \\} for braces in text "
                    "or answers."
                ),
                extra,
            )

    def _item(self, model, fields: dict, **more) -> ParsedQuestion:
        return ParsedQuestion(model=model, fields={**fields, **more}, category=(), where=self.where)

    def _split(self, answers: str, separator: str) -> list[str]:
        parts = answers.split(separator)
        if parts and not parts[0].strip():
            parts = parts[1:]
        return [part.strip() for part in parts]

    def _weight(self, answer: str, default) -> tuple[int | float, str]:
        found = WEIGHT.match(answer)
        if not found:
            return default, answer
        weight = fraction_from_percent(
            found.group(1), fail=lambda message: self.fail(message, self.answer_index)
        )
        return weight, answer[found.end() :]

    def _choice(self, answers: str, fields: dict, text_format: str) -> ParsedQuestion:
        single = "=" in answers
        options = []
        for answer in self._split(answers.replace("=", "~="), "~"):
            if answer.startswith("="):
                fraction, answer = 1, answer[1:]
            else:
                fraction, answer = self._weight(answer, 0)
            text, feedback = _comment(answer, text_format)
            if not text.text:
                self.parsed.skip_part(self.where, fields["name"], _("an empty answer was left out"))
                continue
            options.append(
                {
                    "id": new_part_id(),
                    "text": text.html(),
                    "fraction": fraction,
                    "feedback": feedback.html(),
                }
            )
        if len(options) < 2:
            raise self.fail(
                _("A multiple-choice question needs at least two answers."), self.answer_index
            )
        model = SingleChoiceQuestion if single else MultipleChoiceQuestion
        return self._item(model, fields, options=options, shuffle_options=True)

    def _matching(self, answers: str, fields: dict, text_format: str) -> ParsedQuestion:
        pairs = []
        parts = self._split(answers, "=")
        for answer in parts:
            if "->" not in answer:
                raise self.fail(
                    _("“%(answer)s” has no “->”: write each pair as =item -> answer.")
                    % {"answer": _restore(answer)},
                    self.answer_index,
                )
            prompt, _arrow, match = answer.partition("->")
            prompt_text = _with_format(prompt.strip(), text_format)
            match = _restore(match).strip()
            if not prompt_text.text:
                self.parsed.skip_part(
                    self.where,
                    match,
                    _("an extra answer that matches no item (a distractor) is not supported"),
                )
                continue
            if not match:
                raise self.fail(
                    _("The item “%(item)s” has no answer after “->”.") % {"item": prompt_text.text},
                    self.answer_index,
                )
            pairs.append({"id": new_part_id(), "prompt": prompt_text.html(), "answer": match})
        if len(pairs) < 2:
            raise self.fail(
                _("A matching question needs at least two items with their answers."),
                self.answer_index,
            )
        return self._item(MatchingQuestion, fields, pairs=pairs)

    def _true_false(self, answers: str, fields: dict, text_format: str) -> ParsedQuestion:
        word, wrong, right = ([*answers.split("#", 2), "", ""])[:3]
        answer = TRUE_FALSE[_with_format(word.strip(), text_format).text]
        wrong = _with_format(wrong.strip(), text_format).html()
        right = _with_format(right.strip(), text_format).html()
        return self._item(
            TrueFalseQuestion,
            fields,
            answer=answer,
            # the first feedback is for the wrong answer, the second for the right one
            feedback_true=right if answer else wrong,
            feedback_false=wrong if answer else right,
        )

    def _short_answer(self, answers: str, fields: dict, text_format: str) -> ParsedQuestion:
        accepted = []
        for answer in self._split(answers, "="):
            fraction, answer = self._weight(answer, 1)
            text, feedback = _comment(answer, text_format)
            if not text.text:
                self.parsed.skip_part(self.where, fields["name"], _("an empty answer was left out"))
                continue
            accepted.append({"text": text.text, "fraction": fraction, "feedback": feedback.html()})
        if not accepted:
            raise self.fail(
                _("A short-answer question needs at least one answer."), self.answer_index
            )
        return self._item(ShortAnswerQuestion, fields, answers=accepted, case_sensitive=False)

    def _numeric(self, answers: str, fields: dict, text_format: str) -> ParsedQuestion:
        answers, tilde, wrong = answers.partition("~")
        accepted = []
        for answer in self._split(answers, "="):
            fraction, answer = self._weight(answer, 1)
            text, feedback = _comment(answer, text_format)
            value, tolerance = self._number_and_tolerance(text.text)
            accepted.append(
                {
                    "value": number(value),
                    "tolerance": number(tolerance),
                    "fraction": fraction,
                    "feedback": feedback.html(),
                }
            )
        if not accepted:
            raise self.fail(
                _("A numerical question needs at least one number as its answer."),
                self.answer_index,
            )
        if tilde:
            self.parsed.skip_part(
                self.where,
                fields["name"],
                _("feedback for any other number (“~#…”) is not supported"),
            )
        return self._item(NumericQuestion, fields, answers=accepted)

    def _number_and_tolerance(self, text: str) -> tuple[Decimal, Decimal]:
        if text.find("..") > 0:
            low, _dots, high = text.partition("..")
            low_value, high_value = parse_decimal(low), parse_decimal(high)
            if low_value is not None and high_value is not None:
                middle = (low_value + high_value) / 2
                return middle, abs(high_value - middle)
        elif text.find(":") > 0:
            value, _colon, tolerance = text.partition(":")
            value, tolerance = parse_decimal(value), parse_decimal(tolerance)
            if value is not None and tolerance is not None and tolerance >= 0:
                return value, tolerance
        elif (value := parse_decimal(text)) is not None:
            return value, Decimal(0)
        raise self.fail(
            _("“%(answer)s” is not a number, a number:tolerance or a range such as 1..5.")
            % {"answer": text},
            self.answer_index,
        )
