"""The question bank's import and export operations, by format name."""

from __future__ import annotations

from typing import BinaryIO

from django.utils.translation import gettext_lazy as _

from ..models import QuestionCategory
from .common import ImportReport, Skipped
from .gift import import_gift
from .moodle_xml import build_moodle_xml, import_moodle_xml

IMPORT_FORMATS = {
    "moodle-xml": (_("Moodle XML"), import_moodle_xml),
    "gift": (_("GIFT"), import_gift),
}
EXPORT_FORMATS = {
    "moodle-xml": (_("Moodle XML"), build_moodle_xml, "xml", "application/xml"),
}


def import_questions(
    source: bytes | BinaryIO, *, file_format: str, parent_path: str = "", language: str = "kk"
) -> ImportReport:
    """Import a question file in `file_format` under `parent_path`, all or nothing; raises a
    QuestionImportError, having saved nothing, when the file is malformed."""
    _label, importer = IMPORT_FORMATS[file_format]
    return importer(source, parent_path=parent_path, language=language)


def export_questions(
    category: QuestionCategory,
    *,
    file_format: str = "moodle-xml",
    include_subcategories: bool = True,
    language: str | None = None,
) -> tuple[bytes, list[Skipped]]:
    """A category of the bank as a file in `file_format`, and the questions the format cannot
    hold."""
    _label, exporter, _extension, _content_type = EXPORT_FORMATS[file_format]
    return exporter(category, include_subcategories, language=language)
