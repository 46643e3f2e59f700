"""A test page: proves the printer, the paper and the Chinese font are right."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, build_document, style, text_paragraph

SAMPLE = (
    "来电来访登记、派工单、投诉处理、门禁卡申请。住户报修：3 栋 2 单元 1501 卫生间漏水，"
    "楼下天花板有水渍，请尽快安排工程部上门查看。ABCDEFG 0123456789 ＠＃％（全角）"
)


def render_test_page(letterhead: Letterhead, printed_at: datetime) -> bytes:
    font = cjk_font()
    rows = [["字号", "示例"]] + [
        [f"{size} pt", Paragraph(SAMPLE, style(size))] for size in (8, 10, 12)
    ]
    table = Table(rows, colWidths=[20 * mm, 150 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph("打印测试页", style(18, alignment=1)),
        Spacer(1, 4 * mm),
        text_paragraph(f"{letterhead.name}　{letterhead.address}　{letterhead.phone}", style(10)),
        Paragraph(f"打印时间：{printed_at:%Y-%m-%d %H:%M}", style(10)),
        Spacer(1, 4 * mm),
        table,
    ]
    return build_document(story, letterhead=letterhead, title="打印测试页")
