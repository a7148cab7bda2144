"""The XLSX every report exports (lms/exports.py): written as it streams, read back by openpyxl
with its values typed, text never a formula, and made in the language of the request."""

import io
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import openpyxl
from django.utils import translation
from django.utils.translation import gettext_lazy

from lms import exports


def read_back(chunks) -> openpyxl.worksheet.worksheet.Worksheet:
    data = b"".join(chunks)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    return openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]


def test_values_read_back_typed_and_text_stays_text():
    row = [
        "Әлия Ғабитқызы Қасымова-Үмбетова",
        42,
        2.5,
        Decimal("4.00"),
        True,
        date(2026, 11, 27),
        datetime(2026, 11, 27, 9, 30, 15),
        time(14, 5),
        timedelta(hours=26, minutes=3, seconds=4),
        None,
        '=HYPERLINK("http://example.com","Ask")',
        "  spaced  ",
        "bell\x07 and tab\tkept",
        "<b>&amp;</b>",
    ]
    sheet = read_back(
        exports.xlsx_chunks([f"h{i}" for i in range(len(row))], [row], title="Тізім: [2026]")
    )

    assert sheet.title == "Тізім 2026"  # what a sheet's name may not hold is dropped
    headings, values = list(sheet.iter_rows(values_only=True))
    assert headings == tuple(f"h{i}" for i in range(len(row)))
    assert values[:5] == ("Әлия Ғабитқызы Қасымова-Үмбетова", 42, 2.5, 4, True)
    assert values[5] == datetime(2026, 11, 27)  # openpyxl reads every date as a datetime
    assert values[6:9] == (datetime(2026, 11, 27, 9, 30, 15), time(14, 5), row[8])
    assert values[9] is None
    assert values[10:] == (row[10], "  spaced  ", "bell and tab\tkept", "<b>&amp;</b>")
    cells = list(sheet.iter_rows(min_row=2))[0]
    assert cells[10].data_type == "s"
    assert [cell.number_format for cell in cells[5:9]] == [
        "yyyy-mm-dd",
        "yyyy-mm-dd h:mm:ss",
        "h:mm:ss",
        "[h]:mm:ss",
    ]


def test_a_column_takes_its_own_number_format():
    rows = [[datetime(2026, 1, 2, 3, 4, 5), 0.25, 7]]
    formats = {0: "dd.mm.yyyy hh:mm", 1: "0.0%"}
    sheet = read_back(
        exports.xlsx_chunks(["when", "share", "n"], rows, title="t", number_formats=formats)
    )
    cells = list(sheet.iter_rows(min_row=2))[0]
    assert [cell.number_format for cell in cells] == ["dd.mm.yyyy hh:mm", "0.0%", "General"]
    assert [cell.value for cell in cells] == [datetime(2026, 1, 2, 3, 4, 5), 0.25, 7]


def test_the_first_bytes_go_out_before_a_row_is_read_and_more_while_they_are():
    read = []

    def rows():
        for number in range(5000):
            read.append(number)
            yield [number, f"trainee {number}"]

    sent, rows_read_when_sent = [], []
    for chunk in exports.xlsx_chunks(["n", "name"], rows(), title="t"):
        assert chunk
        sent.append(chunk)
        rows_read_when_sent.append(len(read))
    assert rows_read_when_sent[0] == 0
    assert any(0 < count < 5000 for count in rows_read_when_sent)
    sheet = read_back(sent)
    assert sheet.max_row == 5001
    assert sheet.cell(row=5001, column=2).value == "trainee 4999"


def test_both_responses_are_made_in_the_language_of_the_request_that_asked():
    with translation.override("ru"):
        response = exports.xlsx_response(
            exports.xlsx_chunks([gettext_lazy("Full name")], [["x"]], title="t"),
            filename="report.xlsx",
        )
    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="report.xlsx"'
    with translation.override("en"):  # as the server streams it, after the view has returned
        sheet = read_back(response.streaming_content)
    assert sheet.cell(row=1, column=1).value == "ФИО"

    def lines():  # made as they are read, as the reports' are
        yield from exports.csv_lines([str(gettext_lazy("Full name"))], [["x"]])

    with translation.override("ru"):
        response = exports.csv_response(lines(), filename="report.csv")
    with translation.override("en"):
        text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert text.splitlines()[0] == "ФИО"
