"""What the question-bank importers share: the parsed form of a file, the report of an import, the
error that stops one, Moodle's text formats turned into HTML, embedded images, and the single
transaction that saves a parsed file.

An import runs in two steps. Parsing reads the whole file, checks every question and touches
neither the database nor the storage; a malformed file raises `QuestionImportError` there. Saving
then writes the images and, in one transaction, the categories and questions.
"""

from __future__ import annotations

import hashlib
import html
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from ..models import Question, QuestionCategory

IMAGE_FOLDER = "assessments/images"
PLUGINFILE = "@@PLUGINFILE@@"
# Images are kept when their bytes are what their name says; anything else embedded in a Moodle
# file (PDFs, sounds, SVG that could carry scripts) is reported and left out.
IMAGE_SIGNATURES = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "webp": (b"RIFF",),
}
# The first part of a Moodle category path names a context, not a category.
CONTEXT_PREFIX = re.compile(r"^\$[a-z0-9_]*\$$", re.IGNORECASE)
FRACTION_PLACES = Decimal("0.0000001")
MARK_PLACES = Decimal("0.01")
MAX_MARK = Decimal("9999.99")
NAME_LENGTH = QuestionCategory._meta.get_field("name").max_length
PATH_LENGTH = QuestionCategory._meta.get_field("path").max_length
QUESTION_NAME_LENGTH = Question._meta.get_field("name").max_length


class QuestionImportError(ImportError):
    """The file cannot be imported (malformed, or a question in it is broken); nothing was saved.

    `line` and `element` say where, when known. It subclasses the built-in ImportError as the
    interop brief asks; catch it by this name.
    """

    def __init__(self, message: str, *, line: int | None = None, element: str = ""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.element = element

    @property
    def where(self) -> str:
        parts = []
        if self.line:
            parts.append(_("line %(line)d") % {"line": self.line})
        if self.element:
            parts.append(self.element)
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass(frozen=True)
class Skipped:
    """A question, or a part of one, left out of an import, and why."""

    where: str
    item: str
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.item}: {self.reason}"
            if self.item
            else f"{self.where}: {self.reason}"
        )


@dataclass
class ParsedQuestion:
    """One question read from a file: its model, its fields, and its category path (relative to
    where the import goes)."""

    model: type[Question]
    fields: dict
    category: tuple[str, ...]
    where: str
    tags: list[str] = field(default_factory=list)


@dataclass
class ParsedFile:
    """Everything an import will write, checked, before it writes anything."""

    questions: list[ParsedQuestion] = field(default_factory=list)
    #: category path -> its description, in the order the file names them
    categories: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: storage name -> bytes of each embedded image the questions show
    images: dict[str, bytes] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    skipped_parts: list[Skipped] = field(default_factory=list)

    def skip(self, where: str, item: str, reason: str) -> None:
        self.skipped.append(Skipped(where, item, str(reason)))

    def skip_part(self, where: str, item: str, reason: str) -> None:
        self.skipped_parts.append(Skipped(where, item, str(reason)))


@dataclass
class ImportReport:
    """The outcome of an import: what was created, and what was left out with the reason."""

    questions: list[Question] = field(default_factory=list)
    #: categories this import created (existing ones it filled are not listed)
    categories: list[QuestionCategory] = field(default_factory=list)
    #: whole questions left out (unsupported types)
    skipped: list[Skipped] = field(default_factory=list)
    #: parts of imported questions left out (a distractor of a matching question, units, hints)
    skipped_parts: list[Skipped] = field(default_factory=list)
    #: storage names of the images this import saved
    images: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return _("Imported %(questions)s and %(categories)s; skipped %(skipped)s.") % {
            "questions": ngettext("%(n)d question", "%(n)d questions", len(self.questions))
            % {"n": len(self.questions)},
            "categories": ngettext(
                "created %(n)d category", "created %(n)d categories", len(self.categories)
            )
            % {"n": len(self.categories)},
            "skipped": ngettext("%(n)d question", "%(n)d questions", len(self.skipped))
            % {"n": len(self.skipped)},
        }


# --- reading values ---------------------------------------------------------------------------


def split_category_path(text: str) -> tuple[str, ...]:
    """Moodle's "$course$/top/Iota/Kappa" as ("Iota", "Kappa"): the context and "top" go, "//"
    (Moodle's escaped slash) becomes "-", since a category name here cannot hold "/"."""
    parts = [part.strip() for part in text.replace("//", "\x00").split("/")]
    parts = [part.replace("\x00", "-") for part in parts if part]
    if parts and CONTEXT_PREFIX.match(parts[0]):
        parts = parts[1:]
    if parts and parts[0] == "top":
        parts = parts[1:]
    return tuple(parts)


def check_category_path(path: tuple[str, ...], *, fail: Callable[[str], Exception]) -> None:
    for name in path:
        if len(name) > NAME_LENGTH:
            raise fail(
                _("The category name “%(name)s…” is longer than %(limit)d characters.")
                % {"name": name[:40], "limit": NAME_LENGTH}
            )


def number(value: Decimal) -> int | float:
    """A Decimal as the plain JSON number the question models keep."""
    return int(value) if value == value.to_integral_value() else float(value.normalize())


def parse_decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def fraction_from_percent(text: str, *, fail: Callable[[str], Exception]) -> int | float:
    """Moodle's 100, 50, -33.33333 as 1, 0.5, -0.3333333."""
    percent = parse_decimal(text)
    if percent is None or not Decimal(-100) <= percent <= Decimal(100):
        raise fail(_("“%(value)s” is not a grade between -100 and 100 per cent.") % {"value": text})
    return number((percent / 100).quantize(FRACTION_PLACES))


def mark(text: str, *, fail: Callable[[str], Exception]) -> Decimal:
    value = parse_decimal(text)
    if value is None or not Decimal(0) <= value <= MAX_MARK:
        raise fail(
            _("The default mark “%(value)s” is not a number from 0 to %(max)s.")
            % {"value": text, "max": MAX_MARK}
        )
    return value.quantize(MARK_PLACES)


def to_html(text: str, text_format: str, *, block: bool) -> str:
    """Text in one of Moodle's formats as HTML. HTML stays as written (it is sanitised when
    shown); Moodle auto-format, plain text and Markdown are escaped, and a block (a question
    text) is wrapped in paragraphs."""
    text = text.strip()
    if not text or text_format == "html":
        return text
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    rendered = [
        "<br>".join(html.escape(line.strip(), quote=False) for line in part.splitlines())
        for part in paragraphs
    ]
    if block:
        return "".join(f"<p>{part}</p>" for part in rendered)
    return "<br><br>".join(rendered)


def plain_text(text: str) -> str:
    """HTML as one line of text, for names."""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(text))).strip()


def default_name(text: str) -> str:
    """A question without a name is called by the start of its text, as Moodle does."""
    name = plain_text(text)
    if len(name) > 80:
        name = name[:79].rstrip() + "…"
    return name or _("Question")


def question_name(name: str, text: str) -> str:
    name = re.sub(r"\s+", " ", name).strip() or default_name(text)
    return name[:QUESTION_NAME_LENGTH]


def default_rubric(language: str) -> list[dict]:
    """An imported essay has no rubric in Moodle's formats; one criterion worth 10 points lets a
    trainer grade it at once (the question's default mark still sets what it is worth)."""
    with override(language):
        return [{"criterion": _("Overall"), "points": 10}]


def check_question(parsed: ParsedQuestion, *, fail: Callable[[str], Exception]) -> None:
    """Run the model's own checks on the unsaved question, so a broken one stops the import."""
    try:
        parsed.model(**parsed.fields).clean()
    except ValidationError as error:
        raise fail(" ".join(error.messages)) from error


# --- images -----------------------------------------------------------------------------------


def image_storage_name(filename: str, content: bytes) -> tuple[str, str]:
    """(storage name, "") for an image we keep, or ("", reason) for a file we leave out. Images
    are named by their content, so importing one twice stores it once."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    signatures = IMAGE_SIGNATURES.get(extension)
    if signatures is None:
        return "", _("only PNG, JPEG, GIF and WebP images are kept")
    if not content.startswith(signatures) or (extension == "webp" and content[8:12] != b"WEBP"):
        return "", _("the file is not the image its name says")
    digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()
    return f"{IMAGE_FOLDER}/{digest}.{extension}", ""


IMAGE_NAME = re.compile(
    re.escape(IMAGE_FOLDER) + r"/[0-9a-f]{40}\.(?:" + "|".join(IMAGE_SIGNATURES) + r")"
)


def stored_image_name(url: str) -> str:
    """The storage name behind an image URL this app wrote, or ""."""
    found = IMAGE_NAME.search(url)
    if found and default_storage.url(found.group(0)) == url:
        return found.group(0)
    return ""


# --- saving -----------------------------------------------------------------------------------


def check_language(language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValueError(
            _("“%(language)s” is not one of the site's languages.") % {"language": language}
        )


def save_parsed(parsed: ParsedFile, *, parent_path: str = "", language: str = "kk") -> ImportReport:
    """Write a parsed file: its images, then its categories and questions in one transaction,
    under the category `parent_path` (created if missing). Each question is in `language` and
    gets a translation key of its own."""
    check_language(language)
    parent = tuple(part.strip() for part in parent_path.split("/") if part.strip())
    check_category_path(parent, fail=QuestionImportError)
    report = ImportReport(skipped=list(parsed.skipped), skipped_parts=list(parsed.skipped_parts))
    try:
        for name, content in parsed.images.items():
            if default_storage.exists(name):
                continue
            stored = default_storage.save(name, ContentFile(content))
            if stored != name:  # a twin arrived meanwhile: the same bytes are already there
                default_storage.delete(stored)
            else:
                report.images.append(stored)
        with transaction.atomic():
            _save_rows(parsed, parent=parent, language=language, report=report)
    except BaseException:
        for name in report.images:
            default_storage.delete(name)
        raise
    return report


def _save_rows(parsed: ParsedFile, *, parent: tuple[str, ...], language: str, report) -> None:
    known: dict[tuple[str, ...], QuestionCategory] = {}

    def category(path: tuple[str, ...]) -> QuestionCategory:
        if path in known:
            return known[path]
        above = category(path[:-1]) if len(path) > 1 else None
        full_path = f"{above.path}/{path[-1]}" if above else path[-1]
        if len(full_path) > PATH_LENGTH:
            raise QuestionImportError(
                _("The category path “%(path)s…” is longer than %(limit)d characters.")
                % {"path": full_path[:60], "limit": PATH_LENGTH}
            )
        found, created = QuestionCategory.objects.get_or_create(
            parent=above,
            name=path[-1],
            defaults={"path": full_path, "info": parsed.categories.get(path[len(parent) :], "")},
        )
        if created:
            report.categories.append(found)
        known[path] = found
        return found

    for path in parsed.categories:
        if parent + path:
            category(parent + path)
    for item in parsed.questions:
        path = parent + item.category or (_("Imported questions"),)
        question = item.model(
            category=category(path),
            language=language,
            translation_key=uuid.uuid4(),
            **item.fields,
        )
        if item.tags:
            question.tags.add(*item.tags)
        question.save()
        report.questions.append(question)
