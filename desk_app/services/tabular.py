"""Reading a spreadsheet as the clerk sees it: XLSX (every sheet) or CSV in UTF-8 or GBK.

Row ``i`` of ``Sheet.rows`` is spreadsheet row ``i + 1``, blank rows included, so
problems can be reported by the row number Excel shows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

# utf-8-sig reads plain UTF-8 too; gb18030 is a superset of GBK and GB2312, what
# Excel on a Chinese Windows writes when it saves "CSV".
CSV_ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass(frozen=True)
class Sheet:
    name: str  # "" for a CSV file
    rows: list[tuple[Any, ...]]


def read_table(path: Path) -> list[Sheet]:
    path = Path(path)
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "File {path} not found."), field="path", path=str(path)
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return [Sheet("", _read_csv(path))]
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


def _read_xlsx(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook  # ~0.2 s to import: only when a file is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as an Excel workbook."),
            field="path",
            path=path.name,
        ) from None
    try:
        sheets = []
        for sheet in book.worksheets:
            # min_row=1: a sheet whose first rows are empty must still count them.
            rows = [tuple(row) for row in sheet.iter_rows(min_row=1, values_only=True)]
            sheets.append(Sheet(sheet.title, rows))
        return sheets
    finally:
        book.close()


def _read_csv(path: Path) -> list[tuple[Any, ...]]:
    data = path.read_bytes()
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is neither UTF-8 nor GBK text; save it again as CSV UTF-8."
            ),
            field="path",
            path=path.name,
        )
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [tuple(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
