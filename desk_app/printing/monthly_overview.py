"""月度概览: the monthly overview on A4 portrait — for each section its tables (this
month, the month before, the change in numbers and in per cent) and bar charts of
this month beside the month before."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.domain.monthly import Change, FigureRow, FigureTable, Month, Overview, Rate, TableKind
from desk_app.printing.charts import PREVIOUS_COLOUR, Series, bar_chart
from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, build_document, plain, style

TITLE = "月度概览"
_TITLE = style(16, leading=20, alignment=1)
_NOTE = style(8.5, leading=11)
_SECTION = style(12, leading=16, spaceBefore=4)
_TABLE_TITLE = style(9.5, leading=12)
_CELL = style(8.5, leading=10.5)
_NUMBER = style(8.5, leading=10.5, alignment=2)
_SMALL = style(7.5, leading=9.5, textColor="#555555")
_WIDTHS_MM = (62, 30, 30, 29, 29)  # 180 mm between 15 mm margins
_CHART_WIDTH = 88 * mm


def month_words(month: Month) -> str:
    return f"{month.year}年{month.month}月"


def value_text(value: int | Rate) -> str:
    if isinstance(value, Rate):
        if value.percent is None:
            return "—"
        return f"{value.percent:.1f}%（{value.part}/{value.whole}）"
    return str(value)


def change_texts(change: Change, kind: TableKind) -> tuple[str, str]:
    """(the change in the figure's unit, the change in per cent)."""
    if change.absolute is None:
        absolute = "—"
    elif kind is TableKind.RATE:
        absolute = f"{change.absolute:+.1f} 个百分点"
    else:
        absolute = f"{change.absolute:+.0f}"
    percent = "—" if change.percent is None else f"{change.percent:+.1f}%"
    return absolute, percent


def _row(row: FigureRow, kind: TableKind) -> list[Paragraph]:
    absolute, percent = change_texts(row.change, kind)
    return [Paragraph(plain(row.label.paper), _CELL)] + [
        Paragraph(plain(text), _NUMBER)
        for text in (value_text(row.current), value_text(row.previous), absolute, percent)
    ]


def _table(figures: FigureTable, overview: Overview) -> Table:
    head = ["项目", month_words(overview.month), month_words(overview.previous), "增减", "环比"]
    rows = [[Paragraph(plain(text), _CELL) for text in head]]
    rows += [_row(row, figures.kind) for row in figures.rows]
    if figures.total is not None:
        rows.append(_row(figures.total, figures.kind))
    table = Table(rows, colWidths=[w * mm for w in _WIDTHS_MM], repeatRows=1)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), cjk_font(), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if figures.total is not None:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), "#f4f4f4"))
    table.setStyle(TableStyle(commands))
    return table


def chart_drawing(figures: FigureTable, overview: Overview):
    """The bars of a table: this month beside the month before (screen and paper)."""
    rate = figures.kind is TableKind.RATE

    def number(value):
        return value.percent if isinstance(value, Rate) else value

    return bar_chart(
        figures.title.paper + ("（%）" if rate else ""),
        [row.label.paper for row in figures.rows],
        [
            Series(month_words(overview.month), [number(r.current) for r in figures.rows]),
            Series(
                month_words(overview.previous),
                [number(r.previous) for r in figures.rows],
                PREVIOUS_COLOUR,
            ),
        ],
        width=_CHART_WIDTH,
        percent=rate,
    )


def _charts_grid(charts: list) -> list:
    """Two charts side by side per line."""
    if not charts:
        return []
    lines = [charts[i : i + 2] for i in range(0, len(charts), 2)]
    lines = [line + [""] * (2 - len(line)) for line in lines]
    grid = Table(lines, colWidths=[90 * mm, 90 * mm])
    grid.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [Spacer(1, 3 * mm), grid]


def render_monthly_overview(
    overview: Overview, letterhead: Letterhead, made_at: datetime, made_by: str
) -> bytes:
    month = month_words(overview.month)
    story: list = [
        Paragraph(plain(f"{month}{TITLE}"), _TITLE),
        Paragraph(
            plain(
                f"{letterhead.name}　　统计月份：{month}（环比：{month_words(overview.previous)}）"
            ),
            _NOTE,
        ),
    ]
    if made_at.date() < overview.month.next().first_day:
        story.append(Paragraph(plain(f"本月尚未结束：数据截至 {made_at:%Y-%m-%d %H:%M}。"), _NOTE))
    story.append(Spacer(1, 3 * mm))
    for section in overview.sections:
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(plain(section.title.paper), _SECTION))
        charts = []
        for figures in section.tables:
            block = [Paragraph(plain(figures.title.paper), _TABLE_TITLE), _table(figures, overview)]
            if figures.note is not None:
                block.append(Paragraph(plain(figures.note.paper), _SMALL))
            block.append(Spacer(1, 3 * mm))
            story.append(KeepTogether(block))
            if figures.chart and figures.rows:
                charts.append(chart_drawing(figures, overview))
        story.extend(_charts_grid(charts))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            plain(
                "环比 = （本月 − 上月）÷ 上月；比率的增减以百分点计。"
                f"　　制表：{made_by}　{made_at:%Y-%m-%d %H:%M}"
            ),
            _SMALL,
        ),
    ]
    return build_document(
        story,
        letterhead=letterhead,
        title=f"{TITLE} {overview.month}",
        running_title=f"{month}{TITLE}",
    )
