"""来电来访登记表: one day of the contact log on A4 landscape, as the paper register."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, build_document, plain, style

# The paper's own words for the codes of the contact log.
CATEGORY_WORDS = {
    "consultation": "咨询",
    "repair": "报修",
    "complaint": "投诉",
    "suggestion": "建议",
    "praise": "表扬",
    "other": "其他",
}
FOLLOW_UP_WORDS = {"open": "待跟进", "following": "跟进中", "done": "已完成"}
CALL_OUTCOME_WORDS = {
    "reached": "已接通",
    "no_answer": "无人接听",
    "busy": "占线",
    "wrong_number": "号码错误",
}


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

_CELL = style(8, leading=10)
_HEAD = style(8.5, leading=10, alignment=1)
_TITLE = style(16, leading=20, alignment=1)
_NOTE = style(9, leading=12)


def _cell(text: str, voided: bool) -> Paragraph:
    body = plain(text)
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
    row = [_cell(value, line.voided) for value in cells]
    if line.voided:
        # The reason stays readable: 作废 is part of the record, not hidden by the strike.
        row[7] = Paragraph(
            f'<strike><font color="#777777">{plain(line.content)}</font></strike>'
            f'<br/><font color="#b00020">【作废】{plain(line.void_reason)}</font>',
            _CELL,
        )
    return row


def render_contact_register(register: RegisterDay) -> bytes:
    header = [Paragraph(title, _HEAD) for title, _ in COLUMNS]
    rows = [header] + [_row(line) for line in register.lines]
    table = Table(rows, colWidths=[width * mm for _, width in COLUMNS], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                # Cells hold Paragraphs, but the table still sets its own font per cell.
                ("FONT", (0, 0), (-1, -1), cjk_font(), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
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
    if register.signed_at is not None:
        signature = (
            f"主管审核签字：{plain(register.signed_by)}　　"
            f"签字时间：{register.signed_at:%Y-%m-%d %H:%M}"
        )
    else:
        signature = "主管审核签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿（未签字）"
    printed = ""
    if register.printed_at is not None:
        printed = f"　　打印：{plain(register.printed_by)} {register.printed_at:%Y-%m-%d %H:%M}"
    story = [
        Paragraph("来电来访登记表", _TITLE),
        Paragraph(
            f"{plain(register.letterhead.name)}　　日期：{register.day:%Y年%m月%d日}　　{summary}",
            _NOTE,
        ),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 6 * mm),
        Paragraph(signature + printed, _NOTE),
    ]
    return build_document(
        story,
        letterhead=register.letterhead,
        title=f"来电来访登记表 {register.day:%Y-%m-%d}",
        pagesize=landscape(A4),
        margins_mm=(14, 10, 14, 10),
    )
