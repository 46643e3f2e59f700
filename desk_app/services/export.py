"""Writing a table of records to CSV or Excel: the one exporter every list uses."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.services import audit
from desk_app.services.context import Actor, ServiceContext

FORMATS = ("csv", "xlsx")


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
    count = 0
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                count += 1
        return count
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
        count += 1
    book.save(path)
    return count


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
