"""客户月投诉统计表 and 用户投诉分析报告: the monthly statistics (tables and a bar chart
of the last twelve months) and the quarterly analysis (the corrective and preventive
actions grouped by category), on A4.

Both papers are tables of words the service has already counted and written; this
module lays them out and draws the chart with ReportLab's graphics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, build_document, plain, style
from desk_app.printing.text_fit import printable

MONTHLY_TITLE = "客户月投诉统计表"
QUARTERLY_TITLE = "用户投诉分析报告"
_WIDTH = 180.0  # mm


@dataclass(frozen=True)
class PaperTable:
    heading: str
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_mm: Sequence[float]
    total_row: bool = False  # the last row sums the others: printed bold-shaded


@dataclass(frozen=True)
class StatisticsPaper:
    letterhead: Letterhead
    title: str
    period: str  # "2026年11月", "2026年第四季度"
    summary: Sequence[str]  # lines under the title
    tables: Sequence[PaperTable]
    chart: Sequence[tuple[str, int]] = ()  # (label, value), oldest first
    chart_title: str = ""
    blocks: Sequence[tuple[str, Sequence[tuple[str, str]]]] = field(default=())
    signatures: Sequence[str] = ()
    printed: str = ""


_TITLE = style(17, leading=22, alignment=1)
_SUB = style(10, leading=13, alignment=1)
_LINE = style(9.5, leading=14)
_HEAD = style(11, leading=15, spaceBefore=4 * mm, spaceAfter=1.5 * mm, keepWithNext=1)
_CELL = style(8.5, leading=11)
_CELL_RIGHT = style(8.5, leading=11, alignment=2)
_SIGN = style(10, leading=20)
_SMALL = style(8, leading=11)


def _p(text: str, paragraph_style=_CELL) -> Paragraph:
    return Paragraph(plain(printable(str(text), newlines=True)), paragraph_style)


def _number(text: str) -> bool:
    return str(text).replace(".", "", 1).replace("%", "").isdigit()


def _table(spec: PaperTable) -> list:
    rows = [[_p(h) for h in spec.header]]
    for row in spec.rows:
        rows.append([_p(v, _CELL_RIGHT if _number(v) else _CELL) for v in row])
    table = Table(rows, colWidths=[w * mm for w in spec.widths_mm], repeatRows=1)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), cjk_font(), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if spec.total_row and spec.rows:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), "#f2f2f2"))
    table.setStyle(TableStyle(commands))
    return [Paragraph(plain(spec.heading), _HEAD), table]


def bar_chart(values: Sequence[tuple[str, int]], title: str) -> Drawing:
    """A bar chart of ``values`` with each bar's number above it, in the CJK font."""
    width, height = _WIDTH * mm, 70 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm  # type: ignore[assignment]  # stubs say int
    chart.width, chart.height = width - 18 * mm, height - 26 * mm  # type: ignore[assignment]
    numbers = [v for _, v in values] or [0]
    chart.data = [numbers]
    chart.categoryAxis.categoryNames = [
        label[2:] if len(label) == 7 else label for label, _ in values
    ]
    font = cjk_font()
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max(numbers)
    step = max(1, round(top / 5 + 0.4999)) if top else 1
    chart.valueAxis.valueMax = step * 6
    chart.valueAxis.valueStep = step
    chart.bars[0].fillColor = HexColor("#5b8def")
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "%d"
    drawing.add(chart)
    drawing.add(
        String(width / 2, height - 8 * mm, title, fontName=font, fontSize=10, textAnchor="middle")
    )
    return drawing


def render_statistics(paper: StatisticsPaper) -> bytes:
    story: list = [
        Paragraph(plain(paper.title), _TITLE),
        Paragraph(plain(f"{paper.letterhead.name}　　{paper.period}"), _SUB),
        Spacer(1, 3 * mm),
    ]
    story += [_p(line, _LINE) for line in paper.summary]
    for spec in paper.tables:
        story += _table(spec)
    if paper.chart:
        story += [Spacer(1, 4 * mm), bar_chart(paper.chart, paper.chart_title)]
    for heading, items in paper.blocks:
        story.append(Paragraph(plain(heading), _HEAD))
        rows = [[_p(label), _p(text)] for label, text in items]
        grid = Table(rows, colWidths=[40 * mm, (_WIDTH - 40) * mm])
        grid.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), cjk_font(), 8.5),
                    ("GRID", (0, 0), (-1, -1), 0.4, "black"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), "#f2f2f2"),
                ]
            )
        )
        story.append(grid)
    if paper.signatures:
        story.append(Spacer(1, 6 * mm))
        story += [Paragraph(plain(text), _SIGN) for text in paper.signatures]
    if paper.printed:
        story.append(_p(paper.printed, _SMALL))
    return build_document(
        story,
        letterhead=paper.letterhead,
        title=f"{paper.title} {paper.period}",
        running_title=f"{paper.title}　{paper.period}",
    )
