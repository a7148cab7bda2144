"""What every report's export shares: CSV lines for a streamed response, XLSX workbooks written
row by row and sent as a file, and the guard against text a spreadsheet would run as a formula
(a trainee who calls themself "=HYPERLINK(...)" gets text, not a link)."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from django.http import FileResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: a workbook up to this size is built in memory, a larger one in a temporary file
XLSX_IN_MEMORY_BYTES = 8 * 1024 * 1024

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


def csv_response(lines: Iterator[str], *, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def write_xlsx(
    headings: Iterable[str],
    rows: Iterable[Iterable[Any]],
    output: IO[bytes],
    *,
    title: str,
    number_formats: dict[int, str] | None = None,
) -> None:
    """Write a one-sheet workbook to `output`, row by row (openpyxl's write-only mode keeps memory
    flat). Values go in as they are, typed by openpyxl (dates as dates, yyyy-mm-dd); a cell
    object, which costs as much as the rest of the row, only for text that would be a formula
    and for the columns (by position) of `number_formats`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    number_formats = number_formats or {}
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append([str(heading) for heading in headings])

    def cell(value: Any, number_format: str | None = None) -> WriteOnlyCell:
        made = WriteOnlyCell(sheet, value=value)
        if made.data_type == "f":
            made.data_type = "s"
        if number_format and value is not None:
            made.number_format = number_format
        return made

    for row in rows:
        values = list(row)
        for position, value in enumerate(values):
            number_format = number_formats.get(position)
            if number_format or (isinstance(value, str) and value.startswith("=")):
                values[position] = cell(value, number_format)
        sheet.append(values)
    workbook.save(output)


def xlsx_response(write: Callable[[IO[bytes]], None], *, filename: str) -> FileResponse:
    """The workbook `write` puts in a file, sent as an attachment. A zip archive cannot be
    streamed while it is written: it is built first (in memory while small), and FileResponse
    closes the file once sent, which deletes it."""
    output = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed by FileResponse)
        max_size=XLSX_IN_MEMORY_BYTES, suffix=".xlsx"
    )
    try:
        write(output)
        output.seek(0)
    except BaseException:
        output.close()
        raise
    return FileResponse(
        output, as_attachment=True, filename=filename, content_type=XLSX_CONTENT_TYPE
    )
