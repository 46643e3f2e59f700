"""打印测试页: proves the printer, the paper, the Chinese font and the barcode are
right, on either paper, before the first slip is printed on it."""

from __future__ import annotations

import io
import math
from datetime import datetime

from reportlab.lib.units import mm

from desk_app.printing.calibration_page import draw_samples
from desk_app.printing.canvas import Pen, new_canvas
from desk_app.printing.layout import Letterhead
from desk_app.printing.paper import Paper, paper_profile
from desk_app.printing.text_fit import break_lines, draw_lines, leading, printable
from desk_app.printing.words import PAGE_OF

SAMPLE = (
    "来电来访登记、派工单、投诉处理、门禁卡申请。住户报修：3 栋 2 单元 1501 卫生间漏水，"
    "楼下天花板有水渍，请尽快安排工程部上门查看。ABCDEFG 0123456789 ＠＃％（全角）"
)


def render_test_page(letterhead: Letterhead, printed_at: datetime, *, paper: Paper = "a4") -> bytes:
    profile = paper_profile(paper)
    width, height = profile.page
    # Whole millimetres, so that the sample box stands where a ruler can check it.
    left = math.ceil(profile.clear_x / mm + 5) * mm
    right = width - left
    top = height - profile.clear_y - 5 * mm
    buffer = io.BytesIO()
    c = new_canvas(buffer, profile.page, "打印测试页", letterhead.name)
    pen = Pen(c, profile)
    pen.bold(width / 2, top - 16, "打印测试页", 16, align="center")
    y = top - 24
    size: float
    head = "　".join(
        printable(part) for part in (letterhead.name, letterhead.address, letterhead.phone) if part
    )
    for text, size in (
        (head, 10),
        (f"纸张：{profile.name}　　打印时间：{printed_at:%Y-%m-%d %H:%M}", 9),
    ):
        lines = break_lines(text, right - left, size)
        draw_lines(c, lines, left, y, size)
        y -= len(lines) * leading(size) + 2
    y -= 2 * mm
    label_w = 16 * mm
    sizes = sorted({pen.size(8), 10.0, 12.0})
    for size in sizes:
        lines = break_lines(SAMPLE, right - left - label_w, size)
        pen.text(left, y - size * 1.02, f"{size:g} pt", 9)
        draw_lines(c, lines, left + label_w, y, size)
        bottom = y - len(lines) * leading(size) - 1.5 * mm
        c.setLineWidth(0.3)
        c.line(left, bottom, right, bottom)
        y = bottom - 1.5 * mm
    sample_top = math.ceil((height - y) / mm + 4)
    words = draw_samples(pen, profile, left / mm, sample_top)
    y = height - (sample_top + 20 + 5) * mm
    notes = [
        *words,
        "用直尺量方框：宽、高不是 50 mm 和 20 mm 时，请在打印对话框中选择“实际大小”。"
        "字迹模糊、缺笔画或出现方块时，请检查打印机驱动和色带 / 墨粉。",
    ]
    if profile.tractor_strip:
        strip = profile.tractor_strip / mm
        notes.append(
            f"连续纸：以上距离从齿孔边的外缘量起；两侧齿孔边（各 {strip:g} mm）撕去后，"
            f"距左的距离减 {strip:g} mm。"
        )
    size = pen.size(8.5)
    for text in notes:
        lines = break_lines(text, right - left, size)
        draw_lines(c, lines, left, y, size)
        y -= len(lines) * leading(size) + 1
    pen.text(
        width / 2, profile.clear_y + 2 * mm, PAGE_OF.format(page=1, pages=1), 8, align="center"
    )
    c.showPage()
    c.save()
    return buffer.getvalue()
