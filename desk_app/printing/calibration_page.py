"""打印位置校准页: measure how far the printer puts things from where they belong.

Crosshairs sit at known distances from the paper's edges (10 mm; 20 mm from the
sides of continuous paper, past its tractor strips), rulers show whether the print
is scaled, a box and a barcode stand at known places, and the offset the page was
printed with is written on it with the arithmetic for a better one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm

from desk_app.printing.canvas import Pen, barcode, crosshair, measured_box, new_canvas, shifted
from desk_app.printing.paper import Offset, Paper, PaperProfile, paper_profile
from desk_app.printing.text_fit import break_lines, draw_lines, leading

SAMPLE_SERIAL = "PG-20260101-0001"


@dataclass(frozen=True)
class _Plan:
    """Where the marks of the page go, in mm from the left and top edges."""

    side: float  # crosshairs from the left and right edges
    edge: float  # crosshairs from the top and bottom edges
    ruler_x: float  # length of the horizontal ruler
    ruler_y: float  # length of the vertical ruler
    text_size: float
    sample: tuple[float, float]  # top-left of the box and barcode sample


_PLANS = {
    "a4": _Plan(side=10, edge=10, ruler_x=150, ruler_y=150, text_size=8.5, sample=(40, 190)),
    "continuous": _Plan(side=20, edge=10, ruler_x=180, ruler_y=90, text_size=8.5, sample=(42, 84)),
}


def draw_samples(pen: Pen, paper: PaperProfile, left_mm: float, top_mm: float) -> list[str]:
    """A 50 × 20 mm box and a barcode sample with their top-left corners at known
    distances from the left and top edges; returns the words that say where."""
    c, height = pen.c, paper.height
    box_x, box_y = left_mm, top_mm
    measured_box(c, box_x * mm, height - (box_y + 20) * mm, 50 * mm, 20 * mm)
    size = pen.size(8)
    pen.text((box_x + 25) * mm, height - (box_y + 11) * mm, "50 mm × 20 mm", size, align="center")
    bar_x, bar_y = box_x + 60, box_y
    width = barcode(
        c,
        SAMPLE_SERIAL,
        bar_x * mm,
        height - bar_y * mm,
        module=paper.bar_module,
        height=paper.bar_height,
        max_width=50 * mm,
        align="left",
    )
    pen.text(
        bar_x * mm + width / 2,
        height - bar_y * mm - paper.bar_height - size * 1.2,
        SAMPLE_SERIAL,
        size,
        align="center",
    )
    return [
        f"方框左上角距左 {box_x:g} mm、距上 {box_y:g} mm，50 mm 宽、20 mm 高。",
        f"条码样例上端距上 {bar_y:g} mm、高 {paper.bar_height / mm:g} mm；"
        f"用扫码枪扫一下，应读出 {SAMPLE_SERIAL}。",
    ]


def render_calibration_page(*, paper: Paper, offset_mm: Offset) -> bytes:
    """The calibration page of ``paper``, printed with ``offset_mm`` (right, down)."""
    profile = paper_profile(paper)
    plan = _PLANS[profile.key]
    width, height = profile.page
    side, edge = plan.side, plan.edge
    buffer = io.BytesIO()
    c = new_canvas(buffer, profile.page, "打印位置校准页", "desk_app")
    pen = Pen(c, profile)
    size = pen.size(7)
    with shifted(c, offset_mm):
        c.setLineWidth(0.4)
        # A frame through the marks: its margins look equal all round when all is well.
        c.saveState()
        c.setDash(2, 2)
        c.rect(side * mm, edge * mm, width - 2 * side * mm, height - 2 * edge * mm)
        c.restoreState()
        marks = [
            (side * mm, height - edge * mm, f"距左 {side} mm，距上 {edge} mm", "left", "top"),
            (
                width - side * mm,
                height - edge * mm,
                f"距右 {side} mm，距上 {edge} mm",
                "right",
                "top",
            ),
            (side * mm, edge * mm, f"距左 {side} mm，距下 {edge} mm", "left", "bottom"),
            (width - side * mm, edge * mm, f"距右 {side} mm，距下 {edge} mm", "right", "bottom"),
        ]
        for x, y, caption, horizontal, vertical in marks:
            crosshair(c, x, y)
            tx = x + 5 * mm if horizontal == "left" else x - 5 * mm
            ty = y - 4.5 * mm if vertical == "top" else y + 2.5 * mm
            pen.text(tx, ty, caption, size, align="left" if horizontal == "left" else "right")
        _rulers(pen, plan, height)
        lines = _instructions(profile, plan, offset_mm)
        sample_words = draw_samples(pen, profile, *plan.sample)
        text_x = (side + 22) * mm
        top = height - (edge + 20) * mm
        text_w = width - text_x - (side + 8) * mm
        pen.text(text_x, top - 14, "打印位置校准页", 14)
        y = top - 22
        for text in [*lines, *sample_words]:
            wrapped = break_lines(text, text_w, plan.text_size)
            draw_lines(c, wrapped, text_x, y, plan.text_size)
            y -= len(wrapped) * leading(plan.text_size) + 1
    c.showPage()
    c.save()
    return buffer.getvalue()


def _rulers(pen: Pen, plan: _Plan, height: float) -> None:
    """Rulers from a point 10 mm in from the top-left mark: 1 mm ticks, numbered per cm."""
    c = pen.c
    origin_x = (plan.side + 10) * mm
    origin_y = height - (plan.edge + 10) * mm
    size = pen.size(6)
    c.saveState()
    c.setLineWidth(0.3)
    c.line(origin_x, origin_y, origin_x + plan.ruler_x * mm, origin_y)
    c.line(origin_x, origin_y, origin_x, origin_y - plan.ruler_y * mm)
    for n in range(int(plan.ruler_x) + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.5
        c.line(origin_x + n * mm, origin_y, origin_x + n * mm, origin_y - tick * mm)
        if n % 10 == 0 and n:
            pen.text(origin_x + n * mm, origin_y - 4 * mm - size, str(n), size, align="center")
    for n in range(int(plan.ruler_y) + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.5
        c.line(origin_x, origin_y - n * mm, origin_x + tick * mm, origin_y - n * mm)
        if n % 10 == 0 and n:
            pen.text(origin_x + 5 * mm, origin_y - n * mm - size * 0.36, str(n), size)
    c.restoreState()


def _instructions(profile: PaperProfile, plan: _Plan, offset_mm: Offset) -> list[str]:
    dx, dy = offset_mm
    side, edge = plan.side, plan.edge
    lines = [
        f"纸张：{profile.name}　　"
        f"当前偏移：水平 {dx:+.1f} mm，垂直 {dy:+.1f} mm（正值向右 / 向下）",
        f"1. 用直尺量出左上角十字中心到纸张左边缘的距离 a、到上边缘的距离 b"
        f"（应为 {side:g} mm 和 {edge:g} mm）。",
    ]
    if profile.tractor_strip:
        strip = profile.tractor_strip / mm
        lines.append(
            f"　 连续纸：量 a 时两侧齿孔边（各 {strip:g} mm）保留不撕，从齿孔边的外缘量起；"
            f"若已撕去，a 应为 {side - strip:g} mm，计算时把量得的 a 加上 {strip:g} mm。"
            f"b 从本页顶端的撕裂线量起。"
        )
    lines += [
        f"2. 新水平偏移 = 当前水平偏移 + ({side:g} − a)；"
        f"新垂直偏移 = 当前垂直偏移 + ({edge:g} − b)。",
        f"　 例：a 量得 {side + 2:g} mm，则水平偏移减 2 mm。改好后再打印本页核对。",
        "3. 标尺每小格 1 mm。若 100 mm 量出来不是 100 mm，请在打印对话框中选择“实际大小”，"
        "不要选“适合页面”。",
    ]
    return lines
