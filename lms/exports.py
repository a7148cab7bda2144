"""What every report's export shares: CSV lines and XLSX workbooks, both written row by row as
the response streams, and the guard against text a spreadsheet would run as a formula (a trainee
who calls themself "=HYPERLINK(...)" gets text, not a link)."""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape

from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.http import content_disposition_header

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

#: how text a spreadsheet would take for a formula starts (CSV injection)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_text(value: str) -> str:
    """Text a spreadsheet opens as text: a leading quote before what would start a formula."""
    return f"'{value}" if value.startswith(FORMULA_PREFIXES) else value


class _Echo:
    """A file that hands back what is written to it, for csv.writer in a streamed response."""

    def write(self, value: str) -> str:
        return value


def csv_lines(headings: Iterable[str], rows: Iterable[Iterable[str]]) -> Iterator[str]:
    """CSV lines of cells already made text, the first with a byte-order mark so spreadsheet
    programs read the Cyrillic names as UTF-8."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(headings)
    for row in rows:
        yield writer.writerow(row)


def _in_language_of_request(chunks: Iterator) -> Iterator:
    """An export's rows are read and made while its response streams, after the view has
    returned and the request's language is gone: they are made in that language all the same."""
    language = translation.get_language()

    def in_language() -> Iterator:
        with translation.override(language):
            yield from chunks

    return in_language()


def csv_response(lines: Iterator[str], *, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        _in_language_of_request(lines), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


# --- XLSX, written as it streams -----------------------------------------------------------
#
# A workbook is a zip archive of XML parts. The archive is written to a pipe and its bytes are
# handed on as they come (a zip can be written front to back: each part's sizes follow its
# data), so a download starts at once, as a CSV's does, instead of once the whole workbook is
# built. One sheet; text as inline strings, which a spreadsheet never reads as a formula.

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
        '.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.styles+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
        f'Type="{_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
        f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
}
#: how dates, times and durations show when a column names no format of its own
_TYPE_FORMATS = {
    datetime: "yyyy-mm-dd h:mm:ss",
    date: "yyyy-mm-dd",
    time: "h:mm:ss",
    timedelta: "[h]:mm:ss",
}
_EXCEL_EPOCH = datetime(1899, 12, 30)
#: characters XML 1.0 does not allow, dropped from text
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: what a sheet's name may not hold
_NOT_IN_TITLE = re.compile(r"[\\/*?:\[\]]")
_ROWS_A_WRITE = 500
#: escaped too in an attribute's value
_QUOTES = {'"': "&quot;"}


class _Pipe(io.RawIOBase):
    """Where the archive is written: keeps what it is given until taken. Not seekable, so
    zipfile writes each part's sizes after its data."""

    def __init__(self) -> None:
        self.written: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.written.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data = b"".join(self.written)
        self.written.clear()
        return data


def _column_letters(count: int) -> list[str]:
    letters = []
    for number in range(1, count + 1):
        name = ""
        while number:
            number, remainder = divmod(number - 1, 26)
            name = chr(65 + remainder) + name
        letters.append(name)
    return letters


def _serial(value: date | time | timedelta) -> float:
    """A date, time or duration as Excel counts it: days (and their fraction) since 1899-12-30."""
    if isinstance(value, timedelta):
        return value.total_seconds() / 86400
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400 + (
            value.microsecond / 86400e6
        )
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is not None:
        raise ValueError("Excel knows no time zones: make the datetime naive first")
    return (value - _EXCEL_EPOCH).total_seconds() / 86400


def _text_cell(reference: str, value: str) -> str:
    text = escape(_ILLEGAL.sub("", value))
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{reference}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _styles(codes: list[str]) -> str:
    """The workbook's styles: the default, then one number format for each of `codes` (style
    1, 2, ...)."""
    formats = "".join(
        f'<numFmt numFmtId="{164 + index}" formatCode="{escape(code, _QUOTES)}"/>'
        for index, code in enumerate(codes)
    )
    styles = "".join(
        f'<xf numFmtId="{164 + index}" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>'
        for index in range(len(codes))
    )
    return (
        f'<styleSheet xmlns="{_MAIN}"><numFmts count="{len(codes)}">{formats}</numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        f'</cellStyleXfs><cellXfs count="{len(codes) + 1}">'
        f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>{styles}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def xlsx_chunks(
    headings: Iterable[str],
    rows: Iterable[Iterable[Any]],
    *,
    title: str,
    number_formats: dict[int, str] | None = None,
) -> Iterator[bytes]:
    """A one-sheet workbook's bytes as they are made, rows read as they are needed (memory stays
    flat). Numbers and booleans go in as they are; dates, times and durations as Excel's numbers
    with a format (the column's own from `number_formats`, by position, else yyyy-mm-dd and the
    like); anything else as text, which never becomes a formula."""
    headings = [str(heading) for heading in headings]
    letters = _column_letters(len(headings))
    number_formats = number_formats or {}
    codes = list(dict.fromkeys([*_TYPE_FORMATS.values(), *number_formats.values()]))
    style_of = {code: index + 1 for index, code in enumerate(codes)}
    column_styles = {position: style_of[code] for position, code in number_formats.items()}
    type_styles = {kind: style_of[code] for kind, code in _TYPE_FORMATS.items()}
    sheet_name = escape(_NOT_IN_TITLE.sub("", str(title))[:31] or "Sheet1", _QUOTES)

    def row_xml(number: int, values: Iterable[Any]) -> str:
        cells = []
        for position, value in enumerate(values):
            reference = f"{letters[position]}{number}"
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                cells.append(f'<c r="{reference}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float | Decimal):
                if isinstance(value, float | Decimal) and not math.isfinite(value):
                    cells.append(_text_cell(reference, str(value)))
                else:
                    style = column_styles.get(position)
                    shown = f' s="{style}"' if style else ""
                    cells.append(f'<c r="{reference}"{shown}><v>{value}</v></c>')
            elif isinstance(value, date | time | timedelta):
                style = (
                    column_styles.get(position)
                    or type_styles[next(kind for kind in _TYPE_FORMATS if isinstance(value, kind))]
                )
                cells.append(f'<c r="{reference}" s="{style}"><v>{_serial(value)!r}</v></c>')
            else:
                cells.append(_text_cell(reference, str(value)))
        return f'<row r="{number}">{"".join(cells)}</row>'

    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, body in {
            **_PARTS,
            "xl/workbook.xml": (
                f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><sheets>'
                f'<sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/styles.xml": _styles(codes),
        }.items():
            archive.writestr(name, _XML + body)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'{_XML}<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            yield pipe.take()  # the download starts before the first row is read
            batch = [row_xml(1, headings)]
            for number, row in enumerate(rows, start=2):
                batch.append(row_xml(number, row))
                if len(batch) == _ROWS_A_WRITE:
                    sheet.write("".join(batch).encode())
                    batch.clear()
                    if compressed := pipe.take():  # zlib hands on its output in blocks
                        yield compressed
            batch.append("</sheetData></worksheet>")
            sheet.write("".join(batch).encode())
    yield pipe.take()


def write_xlsx(
    headings: Iterable[str],
    rows: Iterable[Iterable[Any]],
    output: IO[bytes],
    *,
    title: str,
    number_formats: dict[int, str] | None = None,
) -> None:
    """Write the workbook of `xlsx_chunks` to a file."""
    for chunk in xlsx_chunks(headings, rows, title=title, number_formats=number_formats):
        output.write(chunk)


def xlsx_response(chunks: Iterator[bytes], *, filename: str) -> StreamingHttpResponse:
    """A workbook sent as it is written (`xlsx_chunks`)."""
    response = StreamingHttpResponse(
        _in_language_of_request(chunks), content_type=XLSX_CONTENT_TYPE
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
