"""Writing a table of records to CSV or Excel: the one exporter every list uses.

Every text cell is written as text. A name such as ``=cmd|' /C calc'!A0`` typed at
the desk must not become a formula when a supervisor opens the file in Excel or
WPS (OWASP "CSV injection"): in CSV such a cell gets a leading single quote and
every cell is quoted; in XLSX every text is a string cell, and a formula-like one
also carries Excel's quote prefix so that editing it keeps it text. Numbers stay
numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from desk_app.db import files
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import audit

R = TypeVar("R")
FORMATS = ("csv", "xlsx")

# What makes a spreadsheet read a cell as a formula (OWASP), and the full-width forms
# a Chinese input method types, which Excel and WPS may take for the same.
FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")


def looks_like_formula(text: str) -> bool:
    """True if a spreadsheet could read ``text`` as a formula, even after blanks."""
    return text[:1] in FORMULA_STARTS or text.lstrip()[:1] in FORMULA_STARTS


def csv_cell(value: Any) -> Any:
    """``value`` for a CSV file: formula-like text behind a single quote."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def write_table(path: Path, fmt: str, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write ``header`` then ``rows``; returns the number of data rows.

    CSV is UTF-8 with a byte-order mark so that Excel on a Chinese Windows opens it
    without garbling the characters.
    """
    if fmt not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown export format {fmt}; use csv or xlsx."),
            field="format",
            fmt=fmt,
        )
    files.refuse_database_file(path)
    count = 0
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
            writer.writerow([csv_cell(value) for value in header])
            for row in rows:
                writer.writerow([csv_cell(value) for value in row])
                count += 1
        return count
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet()

    def xlsx_cell(value: Any) -> Any:
        if not (isinstance(value, str) and looks_like_formula(value)):
            return value  # openpyxl writes any other text as a string cell already
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # openpyxl made "=..." a formula
        cell.quotePrefix = True
        return cell

    sheet.append([xlsx_cell(value) for value in header])
    for row in rows:
        sheet.append([xlsx_cell(value) for value in row])
        count += 1
    book.save(path)
    return count


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of an export: its Chinese header and how a record gives its cell."""

    header: str
    value: Callable[[R], Any]


def table_of(columns: Sequence[Column[R]], records: Iterable[R]) -> tuple[list[str], Iterator]:
    """The header and the rows (made as they are written) of ``records``."""
    header = [column.header for column in columns]
    return header, ([column.value(record) for column in columns] for record in records)


def export_audited(
    ctx: ServiceContext,
    actor: Actor,
    what: str,
    period: str,
    path: Path,
    fmt: str,
    header: Sequence[str],
    rows: Iterable[Sequence],
) -> int:
    """Write the file, then record who exported what and how much (personal data
    leaves the desk: every export is in the audit trail)."""
    count = write_table(path, fmt, header, rows)
    with ctx.db.write() as session:
        audit.record(
            session,
            ctx,
            actor,
            "export",
            what,
            period,
            new={"format": fmt, "rows": count, "file": path.name},
        )
    return count
