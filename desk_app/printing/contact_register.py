"""来电来访登记表: one day of the contact log on A4 landscape, as the paper register.

Every page carries the title, the date and 第 n 页 / 共 m 页, and an entry of any
length prints: a row taller than a page goes on over the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, broken_lines_markup, build_document, plain, style
from desk_app.printing.words import (
    CALL_OUTCOME_WORDS,
    CATEGORY_WORDS,
    FOLLOW_UP_WORDS,
    REGISTER_TITLE,
    VOIDED,
)

# The services read the paper's words for the codes of the contact log from here.
__all__ = [
    "CALL_OUTCOME_WORDS",
    "CATEGORY_WORDS",
    "FOLLOW_UP_WORDS",
    "RegisterDay",
    "RegisterLine",
    "render_contact_register",
]


@dataclass(frozen=True)
class RegisterLine:
    serial: str
    time: str  # local HH:MM
    channel: str
    name: str
    room: str
    phone: str
    category: str
    content: str
    received_by: str
    forwarded_to: str
    follow_up: str  # status and result
    voided: bool = False
    void_reason: str = ""
    reviewed: bool = False


@dataclass(frozen=True)
class RegisterDay:
    letterhead: Letterhead
    day: date
    lines: Sequence[RegisterLine]
    signed_by: str = ""
    signed_at: datetime | None = None  # local time
    printed_at: datetime | None = None
    printed_by: str = ""


# (heading, width in mm): 277 mm fit between 10 mm margins on A4 landscape.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("编号", 29),
    ("时间", 12),
    ("方式", 15),
    ("姓名", 17),
    ("房号/地点", 24),
    ("电话", 25),
    ("类别", 11),
    ("来电来访内容", 65),
    ("接待人", 15),
    ("流转人", 21),
    ("跟进情况", 34),
    ("审核", 9),
)
_PAD = 2  # points, each side of a cell
_PAGE = landscape(A4)
_MARGINS = (14, 10, 14, 10)  # mm: top, right, bottom, left

_CELL_SIZE = 8
_CELL = style(_CELL_SIZE, leading=10)
_HEAD = style(8.5, leading=10, alignment=1)
_TITLE = style(16, leading=20, alignment=1)
_NOTE = style(9, leading=12)
_SIGN = style(9, leading=16)


class _RegisterTable(Table):
    """Moves a row that does not fit to the next page, unless the row is taller than
    a whole page: that one is split between two of its lines where the page ends.
    (ReportLab would first move it down and then split it on the same page, under
    a second heading.)"""

    # The height of a page's frame: the page less the margins and 6 pt of padding
    # at the top and the bottom of the frame.
    page_height = _PAGE[1] - (_MARGINS[0] + _MARGINS[2]) * mm - 12 - 1

    # _calc, _rowHeights and _splitRows are Table's own (private, absent from the stubs):
    # the split needs the row heights ReportLab measured and its row splitter.
    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        self._calc(availWidth, availHeight)  # type: ignore[attr-defined]
        heights: list[float] = self._rowHeights  # type: ignore[attr-defined]
        used, n = 0.0, 0
        while n < len(heights) and used + heights[n] <= availHeight:
            used += heights[n]
            n += 1
        if n >= len(heights):
            return super().split(availWidth, availHeight)
        if sum(heights[: self.repeatRows]) + heights[n] > self.page_height:
            return self._splitRows(availHeight, doInRowSplit=True)  # type: ignore[attr-defined]
        if n <= self.repeatRows:
            return []  # only the heading would fit: all of it goes to the next page
        return self._splitRows(availHeight, doInRowSplit=False)  # type: ignore[attr-defined]


def _markup(text: str, width_mm: float) -> str:
    return broken_lines_markup(text, width_mm * mm - 2 * _PAD, _CELL_SIZE)


def _cell(text: str, width_mm: float, voided: bool) -> Paragraph:
    body = _markup(text, width_mm)
    if voided:
        body = f'<strike><font color="#777777">{body}</font></strike>'
    return Paragraph(body, _CELL)


def _row(line: RegisterLine) -> list[Paragraph]:
    cells = [
        line.serial,
        line.time,
        line.channel,
        line.name,
        line.room,
        line.phone,
        line.category,
        line.content,
        line.received_by,
        line.forwarded_to,
        line.follow_up,
        "✓" if line.reviewed else "",
    ]
    row = [
        _cell(value, width, line.voided) for value, (_, width) in zip(cells, COLUMNS, strict=True)
    ]
    if line.voided:
        # The reason stays readable: 作废 is part of the record, not hidden by the strike.
        width = COLUMNS[7][1]
        row[7] = Paragraph(
            f'<strike><font color="#777777">{_markup(line.content, width)}</font></strike>'
            f'<br/><font color="#b00020">{_markup(VOIDED + line.void_reason, width)}</font>',
            _CELL,
        )
    return row


def _signature(register: RegisterDay) -> list[Paragraph]:
    """The supervisor's signature: the app's record when the day was signed there,
    and always a line to sign the paper by hand."""
    blank = "＿" * 10
    if register.signed_at is not None:
        signed = (
            f"主管审核签字：{register.signed_by}　　"
            f"签字时间：{register.signed_at:%Y-%m-%d %H:%M}（已在系统中签字）"
        )
    else:
        signed = "主管审核签字：（系统中未签字）"
    lines = [signed, f"主管手写签字：{blank}　　日期：{blank}"]
    if register.printed_at is not None:
        lines.append(f"打印：{register.printed_by} {register.printed_at:%Y-%m-%d %H:%M}")
    return [Paragraph(plain(text), _SIGN) for text in lines]


def render_contact_register(register: RegisterDay) -> bytes:
    header = [Paragraph(title, _HEAD) for title, _ in COLUMNS]
    rows = [header] + [_row(line) for line in register.lines]
    table = _RegisterTable(
        rows,
        colWidths=[width * mm for _, width in COLUMNS],
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                # Cells hold Paragraphs, but the table still sets its own font per cell.
                ("FONT", (0, 0), (-1, -1), cjk_font(), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    live = [line for line in register.lines if not line.voided]
    summary = f"本日登记 {len(live)} 条"
    voided = len(register.lines) - len(live)
    if voided:
        summary += f"，作废 {voided} 条"
    day = f"{register.day:%Y年%m月%d日}"
    story = [
        Paragraph(REGISTER_TITLE, _TITLE),
        Paragraph(plain(f"{register.letterhead.name}　　日期：{day}　　{summary}"), _NOTE),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 6 * mm),
        *_signature(register),
    ]
    return build_document(
        story,
        letterhead=register.letterhead,
        title=f"{REGISTER_TITLE} {register.day:%Y-%m-%d}",
        pagesize=_PAGE,
        margins_mm=_MARGINS,
        running_title=f"{REGISTER_TITLE}　{day}",
    )
