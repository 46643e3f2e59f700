"""派工单续页: what a part of the slip could not hold, on sheets that go with it.

A continuation band has the measures of a slip's part (a third of A4, or a page of
continuous form) and carries the serial and the part's name, so that a page that
comes loose still says where it belongs. It continues the description where the
part's box stopped, then lists the charged lines the box had no room for, then
the sums once more, so that what the resident signs for is all on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.canvas import Pen
from desk_app.printing.money import capital_amount, money, quantity
from desk_app.printing.text_fit import break_lines, draw_lines, fit_line, leading
from desk_app.printing.words import (
    CONTINUATION_TITLE,
    CONTINUED_FROM,
    PART_LABELS,
    PART_NOTES,
    REPRINT,
)
from desk_app.printing.work_order_data import QuoteLine, SlipData, SlipMeasures


@dataclass(frozen=True)
class Overflow:
    """What one part of a slip did not hold."""

    description: str = ""  # the description from where the box stopped
    lines_from: int | None = None  # the first charged line not listed on the part

    @property
    def empty(self) -> bool:
        return not self.description and self.lines_from is None


# One piece of a continuation page: its height, and how to draw it into
# (pen, x, top, width).
@dataclass(frozen=True)
class _Item:
    height: float
    draw: Callable[[Pen, float, float, float], None]
    table_row: bool = False


_Page = list[_Item]

MATERIAL_HEADS = ("材料名称", "数量", "单位", "单价", "金额")
_NUMBERED_HEADS = ("序号", *MATERIAL_HEADS)


def material_columns(
    x: float, width: float, *, numbered: bool = False
) -> tuple[list[float], list[float]]:
    """The x and width of each column of a materials table ``width`` wide; the
    name takes what the figures leave."""
    if numbered:
        fixed = [w * mm for w in (10, 0, 16, 12, 24, 26)]
    else:
        scale = min(1.0, width / (80 * mm))
        fixed = [0.0] + [w * mm * scale for w in (9, 7, 13, 14)]
    name = 1 if numbered else 0
    fixed[name] = width - sum(fixed)
    xs = [x]
    for w in fixed[:-1]:
        xs.append(xs[-1] + w)
    return xs, fixed


def material_row(
    pen: Pen,
    xs: Sequence[float],
    widths: Sequence[float],
    bottom: float,
    height: float,
    item: QuoteLine,
    size: float,
    number: int | None = None,
) -> None:
    cells: tuple[str, ...] = (
        item.name,
        quantity(item.quantity),
        item.unit,
        money(item.unit_price),
        money(item.amount),
    )
    aligns: tuple[str, ...] = ("left", "right", "center", "right", "right")
    if number is not None:
        cells, aligns = (str(number), *cells), ("center", *aligns)
    for cx, w, value, align in zip(xs, widths, cells, aligns, strict=True):
        pen.cell_line(cx, bottom, w, height, value, size, align=align, pad=0.8 * mm)


def printed_note(slip: SlipData) -> str:
    printed = f"打印：{slip.local(slip.printed_at)}"
    if slip.printed_by:
        printed += f" {slip.printed_by}"
    printed += f"　第 {slip.print_count} 次打印"
    if slip.reprint:
        printed += REPRINT
    return printed


def sums_text(slip: SlipData) -> tuple[str, str, str]:
    """(材料费 …, 人工费 …, 合计 ¥… (大写)…) of a paid slip."""
    return (
        f"材料费 ¥{money(slip.materials_total)}",
        f"人工费 ¥{money(slip.labour_fee)}",
        f"合计 ¥{money(slip.total)}（大写）{capital_amount(slip.total)}",
    )


# -- pages ------------------------------------------------------------------------


def _header_h(m: SlipMeasures) -> float:
    return m.value_size * 1.2 + m.label_size * 1.6 + 2.5 * mm


def _body(m: SlipMeasures) -> tuple[float, float]:
    """(width, height) of a band's body."""
    width = m.paper.width - 2 * m.margin_x
    height = m.part_height - m.pad_top - m.pad_bottom - _header_h(m) - m.footer_h - 2 * mm
    return width, height


def _caption(text: str, m: SlipMeasures) -> _Item:
    height = m.row_h

    def draw(pen: Pen, x: float, top: float, width: float) -> None:
        pen.shade(x, top - height, width, height)
        pen.text(x + 1.3 * mm, pen.baseline(top - height, height, m.value_size), text, m.value_size)
        pen.c.line(x, top - height, x + width, top - height)

    return _Item(height, draw)


def _text_line(line: str, size: float) -> _Item:
    def draw(pen: Pen, x: float, top: float, width: float) -> None:
        draw_lines(pen.c, [line], x + 1.3 * mm, top, size)

    return _Item(leading(size), draw)


def _table_head(m: SlipMeasures) -> _Item:
    height = m.line_h

    def draw(pen: Pen, x: float, top: float, width: float) -> None:
        xs, widths = material_columns(x, width, numbered=True)
        for hx, w, head in zip(xs, widths, _NUMBERED_HEADS, strict=True):
            pen.cell_line(hx, top - height, w, height, head, m.label_size, align="center")
        _rules(pen, xs, top, height, x + width)

    return _Item(height, draw, table_row=True)


def _table_row(m: SlipMeasures, item: QuoteLine, number: int) -> _Item:
    height = m.line_h

    def draw(pen: Pen, x: float, top: float, width: float) -> None:
        xs, widths = material_columns(x, width, numbered=True)
        material_row(pen, xs, widths, top - height, height, item, m.value_size - 0.5, number)
        _rules(pen, xs, top, height, x + width)

    return _Item(height, draw, table_row=True)


def _rules(pen: Pen, xs: Sequence[float], top: float, height: float, right: float) -> None:
    c = pen.c
    c.saveState()
    c.setLineWidth(0.3)
    c.line(xs[0], top - height, right, top - height)
    for cx in xs[1:]:
        c.line(cx, top, cx, top - height)
    c.restoreState()


def _sums(m: SlipMeasures, slip: SlipData, width: float) -> list[_Item]:
    materials, labour, total = sums_text(slip)
    size = m.value_size
    line = f"{materials}　　{labour}　　{total}"
    items = []
    for text in (
        [line]
        if Pen.width_of(line, size) <= width - 2.6 * mm
        else [
            f"{materials}　　{labour}",
            total,
        ]
    ):

        def draw(pen: Pen, x: float, top: float, w: float, text: str = text) -> None:
            at, fitted = fit_line(text, w - 2.6 * mm, size, m.min_size)
            pen.bold(x + 1.3 * mm, pen.baseline(top - m.row_h, m.row_h, at), fitted, at)

        items.append(_Item(m.row_h, draw))
    return items


def continuation_pages(m: SlipMeasures, slip: SlipData, overflow: Overflow) -> list[_Page]:
    """The continuation of one part, page by page (none when the part held all)."""
    if overflow.empty:
        return []
    width, height = _body(m)
    items: list[_Item] = []
    if overflow.description:
        items.append(_caption(f"报修内容{CONTINUED_FROM}", m))
        size = m.text_size
        for line in break_lines(overflow.description, width - 2.6 * mm, size):
            items.append(_text_line(line, size))
    if overflow.lines_from is not None:
        start = overflow.lines_from
        total = len(slip.quote_lines)
        items.append(
            _caption(f"材料及费用{CONTINUED_FROM}　第 {start + 1}–{total} 项，共 {total} 项", m)
        )
        items.append(_table_head(m))
        for number, quote in enumerate(slip.quote_lines[start:], start=start + 1):
            items.append(_table_row(m, quote, number))
        items += _sums(m, slip, width)
    pages: list[_Page] = [[]]
    used = 0.0
    for item in items:
        if used + item.height > height + 1e-6 and pages[-1]:
            pages.append([])
            used = 0.0
            if item.table_row:  # a table that goes on repeats its heads
                head = _table_head(m)
                pages[-1].append(head)
                used += head.height
        pages[-1].append(item)
        used += item.height
    return pages


def draw_band(
    c: Canvas,
    m: SlipMeasures,
    slip: SlipData,
    index: int,
    y: float,
    page: _Page,
    number: int,
    count: int,
) -> None:
    """Page ``number`` of ``count`` of part ``index``'s continuation, in the band
    of the sheet that starts at height ``y``."""
    pen = Pen(c, m.paper)
    left, right = m.margin_x, m.paper.width - m.margin_x
    top, bottom = y + m.part_height - m.pad_top, y + m.pad_bottom
    c.saveState()
    c.setLineWidth(m.paper.line_width)
    part_number, part_name = PART_LABELS[index]
    big = m.value_size + 1.5
    first = top - big
    pen.bold(left, first, CONTINUATION_TITLE, big)
    pen.bold(right, first, slip.serial, big, align="right")
    second = first - m.label_size * 1.6
    pen.text(
        right,
        second,
        f"{part_number}　{part_name}　续页 {number} / {count}",
        m.label_size,
        align="right",
    )
    name_w = right - left - pen.width_of(f"{part_number}　{part_name}　续页 99 / 99", m.label_size)
    at, name = fit_line(slip.letterhead.name, name_w - 4 * mm, m.label_size, m.min_size)
    pen.text(left, second, name, at)
    body_top = top - _header_h(m)
    used = body_top
    for item in page:
        item.draw(pen, left, used, right - left)
        used -= item.height
    frame_bottom = bottom + m.footer_h
    c.rect(left, frame_bottom, right - left, body_top - frame_bottom)
    size = pen.size(m.label_size - 0.5)
    printed_at, printed = fit_line(printed_note(slip), (right - left) / 2, size, m.min_size)
    pen.text(right, bottom + 0.5 * mm, printed, printed_at, align="right")
    note = f"{PART_NOTES[index]}（本页随{part_number}）"
    at, note = fit_line(
        note, right - left - pen.width_of(printed, printed_at) - 4 * mm, size, m.min_size
    )
    pen.text(left, bottom + 0.5 * mm, note, at)
    c.restoreState()
