"""派工单 (three-part work-order slip): data in, PDF bytes out.

The three parts are the desk's stub (存根), the department's copy (派工) that comes
back signed (返单), and the resident's receipt (回执). They are printed either all
three on one A4 sheet with cut lines, or one part per page on 241 mm continuous
paper for a dot-matrix printer. Every box has a fixed size, as on a pre-printed
form: text is shrunk to fit, and what still does not fit (a long description, a
long list of charges) goes on a continuation sheet (续页) behind its part. Nothing
the technician or the resident needs is left off the paper.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.domain.personal import mask_phone
from desk_app.printing.canvas import Pen, barcode, cut_line, new_canvas, shifted
from desk_app.printing.money import capital_amount, money
from desk_app.printing.paper import Offset, Paper
from desk_app.printing.text_fit import fit_line, fits_line
from desk_app.printing.words import (
    CALLBACK_RESULT_WORDS,
    CALLBACK_WAY_WORDS,
    CONTINUED,
    DATE_BLANK,
    LOCATION_WORDS,
    PART_LABELS,
    PART_NOTES,
    PAYMENT_WORDS,
    QUOTE_AGREED,
    REPRINT_STAMP,
    RESULT_WORDS,
    SATISFACTION_WORDS,
    SLIP_TITLE,
    TIME_BLANK,
    URGENCY_WORDS,
)
from desk_app.printing.work_order_continuation import (
    MATERIAL_HEADS,
    Overflow,
    continuation_pages,
    draw_band,
    material_columns,
    material_row,
    printed_note,
)
from desk_app.printing.work_order_data import (
    QuoteLine,
    SlipData,
    SlipMeasures,
    printable_slip,
    slip_measures,
)

__all__ = ["QuoteLine", "SlipData", "render_slips"]

# The widest a slip's barcode may be: a desk CCD scanner reads about 60 mm.
MAX_BARCODE_WIDTH = 50 * mm

# A cell of the information grid: caption, then text or a function drawing the value
# into (x, bottom, width), then how many of the three columns it spans.
_Cell = tuple[str, "str | Callable[[float, float, float], None]", int]


@dataclass(frozen=True)
class _Money:
    """How the totals of the materials box are laid out."""

    capital_inline: bool  # 大写 on the 合计 line, or on a line of its own below it
    height: float


class _Part:
    """Draws one part into the band of the page that starts at height ``y``."""

    def __init__(self, c: Canvas, m: SlipMeasures, slip: SlipData, index: int, y: float):
        self.c, self.m, self.slip, self.index = c, m, slip, index
        self.pen = Pen(c, m.paper)
        self.left = m.margin_x
        self.right = m.paper.width - m.margin_x
        self.top = y + m.part_height - m.pad_top
        self.bottom = y + m.pad_bottom
        self.width = self.right - self.left
        self.overflow = Overflow()

    def label(self, x: float, bottom: float, width: float, height: float, text: str) -> None:
        self.pen.label(x, bottom, width, height, text, self.m.label_size)

    def draw(self) -> Overflow:
        c, m = self.c, self.m
        c.saveState()
        c.setLineWidth(m.paper.line_width)
        c.setStrokeColor(black)
        header_bottom = self.top - m.header_h
        self.header(header_bottom)
        self.frame(self.bottom + m.footer_h, header_bottom - 0.8 * mm)
        self.footer(self.bottom)
        c.restoreState()
        return self.overflow

    # -- header ---------------------------------------------------------------------

    def header(self, bottom: float) -> None:
        m, slip, c, pen = self.m, self.slip, self.c, self.pen
        top = self.top
        # Right: the barcode, sized by its module width, with the serial under it.
        bar_w = barcode(
            c,
            slip.serial,
            self.right,
            top,
            module=m.paper.bar_module,
            height=m.paper.bar_height,
            max_width=MAX_BARCODE_WIDTH,
        )
        bar_left = self.right - bar_w
        serial_size = m.value_size + 0.5
        pen.text(
            bar_left + bar_w / 2,
            top - m.paper.bar_height - serial_size * 1.05,
            slip.serial,
            serial_size,
            align="center",
        )
        # Middle: the title flanked by the urgency badge and the reprint stamp. Its
        # place does not depend on which of them are present, so that all slips
        # look alike; it sits at the middle of the page unless the barcode is near.
        title_w = pen.width_of(SLIP_TITLE, m.title_size)
        number, name = PART_LABELS[self.index]
        size = m.value_size
        part_text = f"{number}　{name}"
        part_w = pen.width_of(part_text, size) + 3.5 * mm
        part_h = size * 1.5
        badge_size = m.value_size + 2
        badge_w = pen.width_of("急修", badge_size) + 2.4 * mm
        gap = 2.5 * mm
        # The stamp reaches down beside the part's label, so it clears both.
        stamp_x = max(title_w / 2 + gap, part_w / 2 + 1.5 * mm)
        middle = min(self.left + self.width / 2, bar_left - 2 * mm - self.stamp_size()[0] - stamp_x)
        title_y = top - m.title_size * 0.92
        pen.bold(middle, title_y, SLIP_TITLE, m.title_size, align="center")
        c.roundRect(middle - part_w / 2, bottom + 0.6 * mm, part_w, part_h, 1.2 * mm)
        pen.text(
            middle, pen.baseline(bottom + 0.6 * mm, part_h, size), part_text, size, align="center"
        )
        if slip.urgency != "normal":
            pen.badge(middle - title_w / 2 - gap, title_y, URGENCY_WORDS[slip.urgency], badge_size)
        if slip.reprint:
            self.reprint_stamp(middle + stamp_x, top)
        # Left: who issues the slip, in what room is left.
        left_w = middle - title_w / 2 - gap - badge_w - 3 * mm - self.left
        head = slip.letterhead
        name_size, name = self._fit(head.name, left_w, m.title_size * 0.64)
        y = top - name_size * 0.9
        pen.bold(self.left, y, name, name_size)
        y -= name_size * 0.5 + m.label_size * 1.05
        if head.phone:
            at, line = self._fit(f"服务电话：{head.phone}", left_w, m.label_size)
            pen.text(self.left, y, line, at)
            y -= at * 0.3
        if head.address:
            room = y - bottom
            pen.block(
                self.left, y, left_w, room, f"地址：{head.address}", m.label_size - 0.5, tail="…"
            )

    def _fit(self, text: str, width: float, size: float) -> tuple[float, str]:
        return fit_line(text, width, self.pen.size(size), self.m.min_size)

    def stamp_sizes(self) -> tuple[float, float]:
        m = self.m
        return m.value_size + 3.5, self.pen.size(m.label_size - 1)

    def stamp_size(self) -> tuple[float, float]:
        big, small = self.stamp_sizes()
        pen = self.pen
        width = max(pen.width_of(REPRINT_STAMP, big), pen.width_of("第 99 次打印", small)) + 3 * mm
        return width, big * 1.1 + small * 1.5 + 1.6 * mm

    def reprint_stamp(self, left: float, top: float) -> None:
        c, pen = self.c, self.pen
        big, small = self.stamp_sizes()
        width, height = self.stamp_size()
        bottom = top - height
        c.saveState()
        c.setLineWidth(1.2)
        c.roundRect(left, bottom, width, height, 1.2 * mm)
        c.setLineWidth(0.4)
        c.roundRect(
            left + 0.6 * mm, bottom + 0.6 * mm, width - 1.2 * mm, height - 1.2 * mm, 0.8 * mm
        )
        pen.bold(left + width / 2, top - 1 * mm - big * 0.85, REPRINT_STAMP, big, align="center")
        pen.text(
            left + width / 2,
            bottom + 1.3 * mm,
            f"第 {self.slip.print_count} 次打印",
            small,
            align="center",
        )
        c.restoreState()

    # -- the grid -------------------------------------------------------------------

    def info_rows(self) -> list[list[_Cell]]:
        slip = self.slip
        masked = self.index + 1 in slip.masked_parts
        phone = mask_phone(slip.contact_phone) if masked else slip.contact_phone
        return [
            [("房号", slip.room, 1), ("联系人", slip.contact_name, 1), ("联系电话", phone, 1)],
            [("报修位置", self.location_value, 3)],
            [
                ("报修时间", slip.local(slip.reported_at), 1),
                ("预约时间", slip.local(slip.appointment_at), 1),
                ("报修类别", slip.category, 1),
            ],
            [("紧急程度", self.urgency_value, 2), ("派单人", slip.dispatcher, 1)],
            [
                ("派往部门", slip.department, 1),
                ("维修人员", slip.technician, 1),
                ("派单时间", slip.local(slip.dispatched_at), 1),
            ],
        ]

    def frame(self, bottom: float, top: float) -> None:
        m, c, pen = self.m, self.c, self.pen
        left, lw = self.left, m.label_w
        # The third column is the widest: the money box below takes its width.
        values = self.width - 3 * lw
        value_ws = [values * 0.28, values * 0.28, values * 0.44]
        col_x = [left, left + lw + value_ws[0], left + 2 * lw + value_ws[0] + value_ws[1]]
        verticals: list[tuple[float, float, float]] = []
        rows = self.info_rows()
        y = top
        for row in rows:
            y -= m.row_h
            column = 0
            for caption, value, span in row:
                x = col_x[column]
                end = col_x[column + span] if column + span < 3 else self.right
                self.label(x, y, lw, m.row_h, caption)
                if isinstance(value, str):
                    pen.cell_line(x + lw, y, end - x - lw, m.row_h, value, m.value_size)
                else:
                    value(x + lw, y, end - x - lw)
                if column:
                    verticals.append((x, y, y + m.row_h))
                verticals.append((x + lw, y, y + m.row_h))
                column += span
        info_bottom = y
        sign_top = bottom + m.sign_h
        if self.index == 0:
            self.callback(bottom)
        else:
            self.signatures(bottom)
        split = col_x[2]
        self.work_column(left, sign_top, split - left, info_bottom - sign_top)
        self.materials(split, sign_top, self.right - split, info_bottom - sign_top)
        # Rules last, so that no shading covers them.
        c.rect(left, bottom, self.width, top - bottom)
        for n in range(len(rows)):
            c.line(left, top - (n + 1) * m.row_h, self.right, top - (n + 1) * m.row_h)
        for x, low, high in verticals:
            c.line(x, low, x, high)
        c.line(left, sign_top, self.right, sign_top)
        c.line(split, sign_top, split, info_bottom)

    def urgency_value(self, x: float, bottom: float, width: float) -> None:
        m, slip, pen = self.m, self.slip, self.pen
        size = m.value_size
        end = pen.options(
            x + 1.3 * mm,
            pen.baseline(bottom, m.row_h, size),
            list(URGENCY_WORDS.values()),
            URGENCY_WORDS[slip.urgency],
            size,
        )
        if slip.due_note:
            pen.cell_line(
                end - 1.3 * mm,
                bottom,
                x + width - end + 1.3 * mm,
                m.row_h,
                f"要求：{slip.due_note}",
                m.label_size,
            )

    def location_value(self, x: float, bottom: float, width: float) -> None:
        m, slip, pen = self.m, self.slip, self.pen
        size = m.value_size
        end = pen.options(
            x + 1.3 * mm,
            pen.baseline(bottom, m.row_h, size),
            list(LOCATION_WORDS.values()),
            LOCATION_WORDS[slip.location_kind],
            size,
        )
        pen.cell_line(end - 1.3 * mm, bottom, x + width - end + 1.3 * mm, m.row_h, slip.place, size)

    def work_column(self, x: float, bottom: float, width: float, height: float) -> None:
        """The job as reported, the times on site, and what the technician did."""
        m, c, pen = self.m, self.c, self.pen
        lw = m.label_w
        times_h = m.row_h
        description_h = (height - times_h) * 0.55
        top = bottom + height
        desc_bottom = top - description_h
        self.label(x, desc_bottom, lw, description_h, "报修\n内容")
        pad_x, pad_y = 1.3 * mm, 0.9 * mm
        fitted = pen.block(
            x + lw + pad_x,
            top - pad_y,
            width - lw - 2 * pad_x,
            description_h - 2 * pad_y,
            self.slip.description,
            m.text_size,
            tail=CONTINUED,
        )
        self.overflow = Overflow(fitted.rest, self.overflow.lines_from)
        times_bottom = desc_bottom - times_h
        half = width / 2
        for n, caption in enumerate(("到场时间", "完工时间")):
            cx = x + n * half
            self.label(cx, times_bottom, lw, times_h, caption)
            pen.cell_line(
                cx + lw, times_bottom, half - lw, times_h, TIME_BLANK, m.value_size, align="right"
            )
        self.label(x, bottom, lw, times_bottom - bottom, "处理\n情况")
        size = m.label_size
        result_y = bottom + 1.3 * mm
        pen.text(x + lw + 1.3 * mm, result_y, "处理结果：", size)
        pen.options(
            x + lw + 1.3 * mm + pen.width_of("处理结果：", size), result_y, RESULT_WORDS, None, size
        )
        c.line(x, desc_bottom, x + width, desc_bottom)
        c.line(x, times_bottom, x + width, times_bottom)
        c.line(x + lw, bottom, x + lw, top)
        c.line(x + half, times_bottom, x + half, desc_bottom)
        c.line(x + half + lw, times_bottom, x + half + lw, desc_bottom)

    # -- money ----------------------------------------------------------------------

    def total_text(self) -> tuple[str, str]:
        slip = self.slip
        if not slip.paid:
            return "合计", "（大写）"
        return f"合计 ¥{money(slip.total)}", f"（大写）{capital_amount(slip.total)}"

    def money_layout(self, width: float) -> _Money:
        m = self.m
        total, capital = self.total_text()
        size = m.value_size
        inline = fits_line(f"{total}　{capital}", width - 2.6 * mm, size) or fits_line(
            f"{total}　{capital}", width - 2.6 * mm, m.min_size
        )
        return _Money(inline, m.line_h + m.row_h + (0 if inline else m.line_h))

    def materials(self, x: float, bottom: float, width: float, height: float) -> None:
        """Materials and charges: every charged line of a paid job (those that do
        not fit continue on the 续页), the sums, and the total in capitals."""
        m, slip, c, pen = self.m, self.slip, self.c, self.pen
        top = bottom + height
        size = m.label_size
        title_bottom = top - m.row_h
        pen.shade(x, title_bottom, width, m.row_h)
        y = pen.baseline(title_bottom, m.row_h, m.value_size)
        pen.text(x + 1.3 * mm, y, "材料及费用", m.value_size)
        end = x + 1.3 * mm + pen.width_of("材料及费用", m.value_size) + 2.5 * mm
        end = pen.options(end, y, PAYMENT_WORDS, PAYMENT_WORDS[int(slip.paid)], size)
        if slip.paid:
            pen.options(
                end, y, (QUOTE_AGREED,), QUOTE_AGREED if slip.resident_agreed else None, size
            )
        xs, widths = material_columns(x, width)
        head_bottom = title_bottom - m.line_h
        for hx, w, head in zip(xs, widths, MATERIAL_HEADS, strict=True):
            pen.cell_line(hx, head_bottom, w, m.line_h, head, size, align="center", pad=0.5 * mm)
        layout = self.money_layout(width)
        lines_top = head_bottom
        lines_h = lines_top - (bottom + layout.height)
        rows = max(1, int((lines_h + 1e-6) // m.line_h))
        row_h = lines_h / rows
        items = list(slip.quote_lines)
        shown = items if len(items) <= rows else items[: rows - 1]
        if len(shown) < len(items):
            self.overflow = Overflow(self.overflow.description, len(shown))
        for n, item in enumerate(shown):
            material_row(
                pen, xs, widths, lines_top - (n + 1) * row_h, row_h, item, m.value_size - 0.5
            )
        if len(shown) < len(items):
            pen.cell_line(
                x,
                lines_top - rows * row_h,
                width,
                row_h,
                f"第 {len(shown) + 1}–{len(items)} 项见续页（共 {len(items)} 项）",
                m.value_size - 0.5,
                pad=0.8 * mm,
            )
        c.saveState()
        c.setLineWidth(0.3)
        c.setDash(1, 1.5)
        for n in range(1, rows):
            c.line(x, lines_top - n * row_h, x + width, lines_top - n * row_h)
        c.restoreState()
        self.totals(x, bottom, width, layout)
        c.line(x, title_bottom, x + width, title_bottom)
        c.line(x, head_bottom, x + width, head_bottom)
        # Column rules stop above the summary line, which runs across all columns.
        rules_bottom = lines_top - len(shown) * row_h if len(shown) < len(items) else None
        for cx in xs[1:]:
            c.line(cx, rules_bottom or bottom + layout.height, cx, title_bottom)

    def totals(self, x: float, bottom: float, width: float, layout: _Money) -> None:
        m, slip, c, pen = self.m, self.slip, self.c, self.pen
        top = bottom + layout.height
        half = width / 2
        sums_bottom = top - m.line_h
        if slip.paid:
            materials = f"材料费 ¥{money(slip.materials_total)}"
            labour = f"人工费 ¥{money(slip.labour_fee)}"
        else:
            materials, labour = "材料费", "人工费"
        pen.cell_line(x, sums_bottom, half, m.line_h, materials, m.value_size - 0.5)
        pen.cell_line(x + half, sums_bottom, half, m.line_h, labour, m.value_size - 0.5)
        total, capital = self.total_text()
        total_bottom = sums_bottom - m.row_h
        size = m.value_size
        if layout.capital_inline:
            line = f"{total}　{capital}"
            if not fits_line(line, width - 2.6 * mm, size):
                size = m.min_size
            pen.bold(x + 1.3 * mm, pen.baseline(total_bottom, m.row_h, size), total, size)
            pen.text(
                x + 1.3 * mm + pen.width_of(f"{total}　", size),
                pen.baseline(total_bottom, m.row_h, size),
                capital,
                size,
            )
        else:
            pen.bold(x + 1.3 * mm, pen.baseline(total_bottom, m.row_h, size), total, size)
            pen.cell_line(x, bottom, width, m.line_h, capital, m.value_size - 0.5)
        c.line(x, top, x + width, top)
        c.line(x, sums_bottom, x + width, sums_bottom)
        c.line(x + half, sums_bottom, x + half, top)

    # -- the foot -------------------------------------------------------------------

    def signatures(self, bottom: float) -> None:
        m, c, pen = self.m, self.c, self.pen
        h = m.sign_h
        x = self.left
        caption_w = m.label_w + 3 * mm
        name_w = (self.width - 3 * caption_w) * 0.25
        ticks_w = self.width - 3 * caption_w - 2 * name_w
        date_size = m.label_size - 0.5
        for caption, w in (("维修人员签字", name_w), ("业主签字", name_w), ("满意度评价", ticks_w)):
            self.label(x, bottom, caption_w, h, caption)
            c.line(x + caption_w, bottom, x + caption_w, bottom + h)
            if caption == "满意度评价":
                size = m.value_size
                pen.options(
                    x + caption_w + 2 * mm,
                    pen.baseline(bottom, h, size),
                    SATISFACTION_WORDS,
                    None,
                    size,
                )
            else:  # room to sign above, the date below
                pen.text(
                    x + caption_w + w - 1 * mm,
                    bottom + 1 * mm,
                    DATE_BLANK,
                    pen.size(date_size),
                    align="right",
                )
            x += caption_w + w
            if x < self.right - 1:
                c.line(x, bottom, x, bottom + h)

    def callback(self, bottom: float) -> None:
        """The desk's stub records the callback (回访) instead of signatures."""
        m, c, pen = self.m, self.c, self.pen
        h, lw = m.sign_h, m.label_w
        self.label(self.left, bottom, lw, h, "回访\n记录")
        c.line(self.left + lw, bottom, self.left + lw, bottom + h)
        size = m.label_size
        x0 = self.left + lw + 1.5 * mm
        upper = bottom + h / 2 + (h / 2 - size) / 2 + size * 0.12
        lower = bottom + (h / 2 - size) / 2 + size * 0.12
        x = x0
        pen.text(x, upper, f"回访时间：{TIME_BLANK}", size)
        x += pen.width_of(f"回访时间：{TIME_BLANK}", size) + 3 * mm
        pen.text(x, upper, "回访人：", size)
        x += pen.width_of("回访人：", size)
        c.saveState()
        c.setLineWidth(0.4)
        c.line(x, upper - 0.8 * mm, x + 18 * mm, upper - 0.8 * mm)
        c.restoreState()
        x += 21 * mm
        pen.text(x, upper, "回访方式：", size)
        pen.options(x + pen.width_of("回访方式：", size), upper, CALLBACK_WAY_WORDS, None, size)
        pen.text(x0, lower, "回访结果：", size)
        x = pen.options(
            x0 + pen.width_of("回访结果：", size), lower, CALLBACK_RESULT_WORDS, None, size
        )
        x += 1.5 * mm
        pen.text(x, lower, "满意度：", size)
        pen.options(x + pen.width_of("满意度：", size), lower, SATISFACTION_WORDS, None, size)

    def footer(self, bottom: float) -> None:
        slip, m, pen = self.slip, self.m, self.pen
        size = pen.size(m.label_size - 0.5)
        y = bottom + 0.5 * mm
        note = PART_NOTES[self.index]
        if self.index == 2 and slip.letterhead.phone:
            note += f"　服务监督电话：{slip.letterhead.phone}"
        printed = printed_note(slip)
        printed_at, printed = self._fit(printed, self.width / 2, size)
        pen.text(self.right, y, printed, printed_at, align="right")
        room = self.width - pen.width_of(printed, printed_at) - 4 * mm
        at, note = self._fit(note, room, size)
        pen.text(self.left, y, note, at)


def render_slips(
    slips: Sequence[SlipData],
    *,
    paper: Paper = "a4",
    offset_mm: Offset = (0, 0),
) -> bytes:
    """All three parts of every slip in one PDF: one A4 sheet per slip, or three pages
    of continuous form per slip, each followed by its continuation sheets (续页)
    when the description or the charges do not fit. ``offset_mm`` (right, down)
    moves everything."""
    if not slips:
        raise ValueError("no slips to print")
    m = slip_measures(paper)
    first = slips[0]
    title = f"派工单 {first.serial}" + (f" 等 {len(slips)} 张" if len(slips) > 1 else "")
    buffer = io.BytesIO()
    c = new_canvas(buffer, m.paper.page, title, first.letterhead.name)
    for slip in slips:
        slip = printable_slip(slip)
        if m.parts_per_page == 1:
            for index in range(3):
                with shifted(c, offset_mm):
                    overflow = _Part(c, m, slip, index, 0).draw()
                c.showPage()
                _continuation(c, m, slip, offset_mm, [(index, overflow)])
        else:
            overflows = []
            with shifted(c, offset_mm):
                for index in range(3):
                    y = m.paper.height - (index + 1) * m.part_height
                    overflows.append((index, _Part(c, m, slip, index, y).draw()))
                    if index:
                        cut_line(c, y + m.part_height, m.paper.width, m.paper.clear_x)
            c.showPage()
            _continuation(c, m, slip, offset_mm, overflows)
    c.save()
    return buffer.getvalue()


def _continuation(
    c: Canvas,
    m: SlipMeasures,
    slip: SlipData,
    offset_mm: Offset,
    parts: Sequence[tuple[int, Overflow]],
) -> None:
    """The continuation sheets of ``parts``: on A4 the parts' bands of a sheet
    hold the same page of each part's continuation, to be cut apart like the slip."""
    pages = {index: continuation_pages(m, slip, overflow) for index, overflow in parts}
    count = max((len(p) for p in pages.values()), default=0)
    for number in range(count):
        with shifted(c, offset_mm):
            for slot, (index, _) in enumerate(parts):
                own = pages[index]
                y = m.paper.height - (slot + 1) * m.part_height
                if number < len(own):
                    draw_band(c, m, slip, index, y, own[number], number + 1, len(own))
                if slot:
                    cut_line(c, y + m.part_height, m.paper.width, m.paper.clear_x)
        c.showPage()
