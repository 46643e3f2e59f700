"""前台日报 / 交接班表: the day's figures, what is late or carried over, the handover
notes, and the lines where the clerk on duty and the supervisor sign (A4 portrait).

Sections come from every kind of record (``desk_app.services.daily``); this module
only lays out figures, groups of figures and lists, whatever their kind.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.printing.daily_summary_data import DailySection, DailySummary, DailyTable
from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, broken_lines_markup, build_document, plain, style
from desk_app.printing.words import DAILY_TITLE, DAILY_WORDS

W = DAILY_WORDS
WEEKDAYS = "一二三四五六日"
_WIDTH_MM = 180  # A4 less 15 mm each side
_PAD = 2
_CELL_SIZE = 9
_CELL = style(_CELL_SIZE, leading=11.5)
_HEAD = style(9, leading=11.5, alignment=1)
_TITLE = style(16, leading=22, alignment=1)
_SECTION = style(12, leading=16, spaceBefore=6, spaceAfter=3)
_CAPTION = style(9.5, leading=13, spaceBefore=4, spaceAfter=2)
_TEXT = style(9.5, leading=13)
_SIGN = style(10.5, leading=20)

_GRID: list[Any] = [
    ("FONT", (0, 0), (-1, -1), cjk_font(), _CELL_SIZE),
    ("GRID", (0, 0), (-1, -1), 0.4, "black"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def _cell(text: str, width_mm: float, paragraph_style=_CELL) -> Paragraph:
    markup = broken_lines_markup(str(text), width_mm * mm - 2 * _PAD, _CELL_SIZE)
    return Paragraph(markup, paragraph_style)


def _table(rows: list[list], widths_mm: tuple[float, ...], extra: list | None = None) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths_mm], repeatRows=0)
    table.setStyle(TableStyle(_GRID + (extra or [])))
    return table


def _header(summary: DailySummary) -> Table:
    day = summary.day
    when = f"{day:%Y-%m-%d}（星期{WEEKDAYS[day.weekday()]}）"
    on_duty = "、".join(summary.on_duty) or W["none"]
    widths = (22, 48, 22, 88)
    rows: list[list[Any]] = [
        [
            _cell(W["date"], widths[0]),
            _cell(when, widths[1]),
            _cell(W["center"], widths[2]),
            _cell(summary.center, widths[3]),
        ],
        [_cell(W["on_duty"], widths[0]), _cell(on_duty, sum(widths[1:])), "", ""],
    ]
    shade = [("BACKGROUND", (0, 0), (0, -1), "#eeeeee"), ("BACKGROUND", (2, 0), (2, 0), "#eeeeee")]
    return _table(rows, widths, shade + [("SPAN", (1, 1), (3, 1))])


def _figures(section: DailySection) -> Table:
    """The section's figures three to a row: label, number, label, number ..."""
    per_row = 3
    label_w, value_w = 44, 16
    cells: list = []
    for figure in section.figures:
        cells += [_cell(figure.label, label_w), _cell(str(figure.value), value_w, _HEAD)]
    while len(cells) % (2 * per_row):
        cells.append("")
    rows = [cells[i : i + 2 * per_row] for i in range(0, len(cells), 2 * per_row)]
    shade = [("BACKGROUND", (c, 0), (c, -1), "#eeeeee") for c in range(0, 2 * per_row, 2)]
    return _table(rows, (label_w, value_w) * per_row, shade)


def _group(title: str, figures) -> Paragraph:
    parts = [f"{f.label} {f.value}" for f in figures]
    return Paragraph(plain(f"{title}：" + "　".join(parts)), _TEXT)


def _list(table: DailyTable) -> list:
    flow: list = [Paragraph(plain(f"{table.caption}（{table.total}）"), _CAPTION)]
    if not table.rows:
        flow.append(Paragraph(plain(W["none"]), _TEXT))
        return flow
    rows = [[_cell(h, w, _HEAD) for h, w in zip(table.headings, table.widths_mm, strict=True)]]
    rows += [[_cell(v, w) for v, w in zip(row, table.widths_mm, strict=True)] for row in table.rows]
    grid = Table(rows, colWidths=[w * mm for w in table.widths_mm], repeatRows=1)
    grid.setStyle(TableStyle(_GRID + [("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8")]))
    flow.append(grid)
    if table.total > len(table.rows):
        flow.append(Paragraph(plain(W["more"].format(n=table.total - len(table.rows))), _TEXT))
    return flow


def _section(section: DailySection) -> list:
    flow: list = [
        CondPageBreak(40 * mm),  # a heading never sits alone at the foot of a page
        Paragraph(plain(section.title), _SECTION),
        _figures(section),
        Spacer(1, 2 * mm),
    ]
    flow += [_group(title, figures) for title, figures in section.groups]
    for table in section.tables:
        flow += _list(table)
    return flow


def _notes(summary: DailySummary) -> list:
    text = summary.notes or W["no_notes"]
    box = Table(
        [[Paragraph(plain(text), _TEXT)]], colWidths=[_WIDTH_MM * mm], minRowHeights=[24 * mm]
    )
    box.setStyle(TableStyle(_GRID + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    title = W["notes"] + (f"（{summary.notes_by}）" if summary.notes_by else "")
    return [CondPageBreak(45 * mm), Paragraph(plain(title), _SECTION), box]


def _signatures(summary: DailySummary) -> KeepTogether:
    blank = "＿" * 10
    rows = [
        [
            Paragraph(plain(W[who]), _SIGN),
            Paragraph(plain(blank), _SIGN),
            Paragraph(plain(W["sign_date"]), _SIGN),
            Paragraph(plain(blank), _SIGN),
        ]
        for who in ("clerk_sign", "supervisor_sign")
    ]
    lines = Table(rows, colWidths=[34 * mm, 58 * mm, 16 * mm, 58 * mm], hAlign="LEFT")
    lines.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 6)])
    )
    flow: list = [Spacer(1, 6 * mm), lines]
    if summary.printed_at is not None:
        printed = W["printed"].format(
            at=f"{summary.printed_at:%Y-%m-%d %H:%M}", by=summary.printed_by
        )
        flow += [Spacer(1, 2 * mm), Paragraph(plain(printed), _TEXT)]
    return KeepTogether(flow)


def render_daily_summary(summary: DailySummary) -> bytes:
    story: list = [Paragraph(plain(DAILY_TITLE), _TITLE), Spacer(1, 3 * mm), _header(summary)]
    for section in summary.sections:
        story += _section(section)
    story += _notes(summary)
    story.append(_signatures(summary))
    letterhead = Letterhead(summary.center, summary.address, summary.phone)
    return build_document(
        story,
        letterhead=letterhead,
        title=f"{DAILY_TITLE} {summary.day:%Y-%m-%d}",
        running_title=f"{DAILY_TITLE}　{summary.day:%Y-%m-%d}",
    )
