"""住户投诉事件报告: one complaint on A4 — its details and classification, what was
found, proposed, approved, done and confirmed, the callback, the summary, the full
timeline (escalations, replies, notes) and the signature lines.

The data comes in as words already (the service writes them): this module only lays
them out. A long content or a long timeline runs on over further pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, build_document, plain, style
from desk_app.printing.text_fit import printable

TITLE = "住户投诉事件报告"
_WIDTH = 180  # mm between the margins
_PAD = 3


@dataclass(frozen=True)
class ReportSection:
    heading: str
    rows: Sequence[tuple[str, str]]  # (label, text)


@dataclass(frozen=True)
class TimelineLine:
    at: str
    what: str
    who: str
    words: str


@dataclass(frozen=True)
class ComplaintReport:
    letterhead: Letterhead
    serial: str
    major: bool
    overdue_note: str  # "" or what is overdue, printed in red under the title
    details: Sequence[tuple[str, str]]  # pairs printed two to a line
    sections: Sequence[ReportSection]
    timeline: Sequence[TimelineLine]
    signatures: Sequence[str]
    printed: str  # who printed it and when, and 补打 for a reprint


_TITLE = style(17, leading=22, alignment=1)
_SUB = style(9, leading=12, alignment=1)
_ALERT = style(10, leading=13, alignment=1, textColor="#b00020")
_HEAD = style(11, leading=15, spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1)
_LABEL = style(9, leading=12)
_CELL = style(9, leading=12.5)
_SMALL = style(8, leading=11)
_SIGN = style(10, leading=20)


def _p(text: str, paragraph_style=_CELL) -> Paragraph:
    return Paragraph(plain(printable(text or "", newlines=True)), paragraph_style)


def _grid(rows: list[list], widths_mm: Sequence[float], header: bool = False) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths_mm], repeatRows=1 if header else 0)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), cjk_font(), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"))
    table.setStyle(TableStyle(commands))
    return table


def _details(pairs: Sequence[tuple[str, str]]) -> Table:
    """Two label/value pairs a line; the label column shaded."""
    rows = []
    items = list(pairs)
    for n in range(0, len(items), 2):
        left = items[n]
        right = items[n + 1] if n + 1 < len(items) else ("", "")
        rows.append([_p(left[0], _LABEL), _p(left[1]), _p(right[0], _LABEL), _p(right[1])])
    table = _grid(rows, (24, 66, 24, 66))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), "#f2f2f2"),
                ("BACKGROUND", (2, 0), (2, -1), "#f2f2f2"),
            ]
        )
    )
    return table


def _section(section: ReportSection) -> list:
    rows = [[_p(label, _LABEL), _p(text)] for label, text in section.rows]
    table = _grid(rows, (30, _WIDTH - 30))
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), "#f2f2f2")]))
    return [Paragraph(plain(section.heading), _HEAD), table]


def render_complaint_report(report: ComplaintReport) -> bytes:
    title = TITLE + ("（重大投诉）" if report.major else "")
    story: list = [
        Paragraph(plain(title), _TITLE),
        Paragraph(plain(f"{report.letterhead.name}　　编号：{report.serial}"), _SUB),
    ]
    if report.overdue_note:
        story.append(Paragraph(plain(report.overdue_note), _ALERT))
    story += [Spacer(1, 3 * mm), _details(report.details)]
    for section in report.sections:
        story += _section(section)
    story.append(Paragraph("处理过程记录", _HEAD))
    rows = [[_p(h, _LABEL) for h in ("时间", "事项", "经办人", "说明")]]
    rows += [
        [_p(line.at, _SMALL), _p(line.what, _SMALL), _p(line.who, _SMALL), _p(line.words, _SMALL)]
        for line in report.timeline
    ]
    story.append(_grid(rows, (27, 33, 22, _WIDTH - 82), header=True))
    signatures: list[Flowable] = [Paragraph(plain(text), _SIGN) for text in report.signatures]
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether(signatures + [Paragraph(plain(report.printed), _SMALL)]))
    return build_document(
        story,
        letterhead=report.letterhead,
        title=f"{TITLE} {report.serial}",
        running_title=f"{TITLE}　{report.serial}",
    )
