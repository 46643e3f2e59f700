"""Bar charts for printed reports (and the screens that show the same drawing):
one group of bars per row, this period beside the period before. Pure ReportLab
graphics in the bundled CJK font, so Chinese labels print on any PC."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desk_app.printing.fonts import cjk_font
from desk_app.printing.text_fit import break_lines

CURRENT_COLOUR = colors.HexColor("#2f6db5")
PREVIOUS_COLOUR = colors.HexColor("#b9c9de")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # None: nothing to show (a rate of nothing)
    colour: colors.Color = CURRENT_COLOUR


def _nice_top(value: float) -> float:
    """A round top for the value axis, a little above ``value``."""
    if value <= 4:
        return 5
    magnitude = 10 ** math.floor(math.log10(value * 1.1))
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if factor * magnitude >= value * 1.1:
            return factor * magnitude
    return 10 * magnitude


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    width: float = 85 * mm,
    height: float = 62 * mm,
    percent: bool = False,
) -> Drawing:
    """Grouped bars, a value printed over each bar, the legend under the title.
    ``percent``: values are rates on an axis from 0 to 100 %."""
    font = cjk_font()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=font, fontSize=9.5))
    chart = VerticalBarChart()
    label_lines = [
        break_lines(label, max(width - 14 * mm, 20) / max(len(labels), 1) - 2, 7)[:2]
        for label in labels
    ]
    label_room = 9 * max((len(lines) for lines in label_lines), default=1) + 2
    # ReportLab's stubs type these as int; they are points, floats everywhere else.
    chart.x, chart.y = 10 * mm, label_room  # type: ignore[assignment]
    chart.width = width - chart.x - 2 * mm  # type: ignore[assignment]
    chart.height = height - chart.y - 34  # type: ignore[assignment]
    chart.data = [[0 if v is None else v for v in s.values] for s in series]
    for index, item in enumerate(series):
        chart.bars[index].fillColor = item.colour
        chart.bars[index].strokeColor = None
    chart.groupSpacing = 6
    chart.barSpacing = 1
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in label_lines]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.leading = 8
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    top = max((v for s in series for v in s.values if v is not None), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100 if percent else _nice_top(top)
    top = chart.valueAxis.valueMax
    chart.valueAxis.valueStep = (
        25 if percent else next((top / n for n in (5, 4, 3, 2) if (top / n).is_integer()), top)
    )
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%" if percent else "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    chart.barLabelArray = [
        ["" if v is None else (f"{v:.0f}%" if percent else f"{v:g}") for v in s.values]
        for s in series
    ]
    chart.barLabelFormat = "values"
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.dx = legend.dy = 6
    legend.x, legend.y = 10 * mm, height - 15  # type: ignore[assignment]
    legend.colorNamePairs = [(s.colour, s.name) for s in series]
    drawing.add(legend)
    return drawing


def drawing_pdf(drawing: Drawing) -> bytes:
    """The drawing as a one-page PDF of its own size: what a screen renders to show
    the very chart the paper has (no raster backend needed)."""
    from reportlab.graphics import renderPDF

    pdf = renderPDF.drawToString(drawing)
    return pdf if isinstance(pdf, bytes) else pdf.encode("latin-1")
