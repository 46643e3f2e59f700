"""Reading a spreadsheet as the clerk sees it: XLSX (every sheet) or CSV in UTF-8 or GBK.

Rows are streamed, never held whole: a register of 100,000 rows is read in the memory
of a few rows. The ``n``-th row a ``Sheet`` yields (counting from 1) is spreadsheet
row ``n``, blank rows included, so problems can be reported by the row number Excel
shows.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    """The sheets of ``path``, each streaming its rows.

    Raises ValidationError at once when the file is missing, of a kind not read or
    not readable as its kind; and while rows are read, when it turns out damaged.
    """
    path = Path(path)
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
    from openpyxl import load_workbook  # ~0.2 s to import: only when a file is read

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise _unreadable_xlsx(path) from None


def _xlsx_sheets(path: Path, book: Any) -> Iterator[Sheet]:
    try:
        for sheet in book.worksheets:
            yield Sheet(sheet.title, _xlsx_rows(path, sheet))
    finally:
        book.close()


def _xlsx_rows(path: Path, sheet: Any) -> Iterator[tuple[Any, ...]]:
    try:
        # min_row=1: a sheet whose first rows are empty must still count them.
        yield from sheet.iter_rows(min_row=1, values_only=True)
    except Exception:
        # A damaged part found half-way through: openpyxl reads the XML as it goes.
        raise _unreadable_xlsx(path) from None


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
