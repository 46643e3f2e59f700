"""Reading a spreadsheet as the clerk sees it: XLSX (every sheet) or CSV in UTF-8 or GBK.

Rows are handed on one by one, never copied whole into Python objects: a register of
100,000 rows costs the memory of its cells once. The ``n``-th row a ``Sheet`` yields
(counting from 1) is spreadsheet row ``n``, blank rows included, so problems can be
reported by the row number Excel shows.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.db import files
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

# utf-8-sig reads plain UTF-8 too; gb18030 is a superset of GBK and GB2312, what
# Excel on a Chinese Windows writes when it saves "CSV".
CSV_ENCODINGS = ("utf-8-sig", "gb18030")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Sheet:
    name: str  # "" for a CSV file
    rows: Iterator[tuple[Any, ...]]  # read once, in order


def read_table(path: Path) -> Iterator[Sheet]:
    """The sheets of ``path``, each giving its rows one by one. A cell is None or ""
    when empty, else text, an int, a float, a bool, a date or a datetime.

    Raises ValidationError when the file is missing, of a kind not read or not
    readable as its kind.
    """
    path = Path(path)
    files.refuse_database_file(path)
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "File {path} not found."), field="path", path=str(path)
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_sheets(path, _open_xlsx(path))
    if suffix in (".csv", ".txt"):
        return iter([Sheet("", _csv_rows(path, _csv_encoding(path)))])
    if suffix == ".xls":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is an old Excel 97 file: open it in Excel and save it as .xlsx or CSV.",
            ),
            field="path",
            path=path.name,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{path}: import reads .xlsx and .csv files."),
        field="path",
        path=path.name,
    )


def _unreadable_xlsx(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as an Excel workbook."),
        field="path",
        path=path.name,
    )


def _open_xlsx(path: Path) -> Any:
    # calamine (Rust) reads a 100,000-row sheet in a second or two; openpyxl, even
    # read-only, took ten times as long, most of a big import.
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception:
        raise _unreadable_xlsx(path) from None


def _xlsx_sheets(path: Path, book: Any) -> Iterator[Sheet]:
    from python_calamine import SheetTypeEnum

    try:
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue  # a chart has no rows
            try:
                sheet = book.get_sheet_by_name(meta.name)
            except Exception:
                raise _unreadable_xlsx(path) from None
            yield Sheet(meta.name, _xlsx_rows(sheet))
    finally:
        book.close()


def _xlsx_rows(sheet: Any) -> Iterator[tuple[Any, ...]]:
    # iter_rows starts at row 1 however many rows above the data are empty (the row
    # numbers stay Excel's); it leaves out empty columns on the left, which moves
    # the header and the rows under it alike.
    for row in sheet.iter_rows():
        # Excel keeps every number as a float: 1501 and 15-digit numbers as integers,
        # as they were typed.
        yield tuple(
            int(v) if type(v) is float and v.is_integer() and -1e15 < v < 1e15 else v for v in row
        )


def _csv_encoding(path: Path) -> str:
    """The first of CSV_ENCODINGS that decodes the whole file (read in chunks)."""
    for encoding in CSV_ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8."
        ),
        field="path",
        path=path.name,
    )


def _csv_rows(path: Path, encoding: str) -> Iterator[tuple[Any, ...]]:
    # No cell can be longer than the file. Python's default limit (131,072 characters)
    # would end the whole reading at one long cell; the import refuses that row instead.
    csv.field_size_limit(max(csv.field_size_limit(), min(path.stat().st_size, 2**31 - 1)))
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
        except csv.Error:
            dialect = csv.excel
        for row in csv.reader(handle, dialect):
            yield tuple(row)
