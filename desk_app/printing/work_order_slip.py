"""派工单 (three-part work-order slip): data in, PDF bytes out.

The three parts are the desk's stub (存根), the department's copy (派工) that comes
back signed (返单), and the resident's receipt (回执). They are printed either all
three on one A4 sheet with cut lines, or one part per page on 241 mm continuous
paper for a dot-matrix printer. Every box has a fixed size, as on a pre-printed
form: text that does not fit is shrunk and then cut with a pointer to the system,
never allowed to run into the next box.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from functools import cache, lru_cache
from typing import Literal

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desk_app.domain.personal import mask_phone
from desk_app.printing.fonts import cjk_font
from desk_app.printing.layout import Letterhead, plain, style

Paper = Literal["a4", "continuous"]
Urgency = Literal["emergency", "normal", "major"]
LocationKind = Literal["in_home", "public_area"]

URGENCY_WORDS: dict[str, str] = {"emergency": "急修", "normal": "一般", "major": "重大"}
LOCATION_WORDS: dict[str, str] = {"in_home": "户内", "public_area": "公共区域"}
SATISFACTION_WORDS = ("非常满意", "满意", "一般", "不满意")
RESULT_WORDS = ("已修复", "临时处理", "未修复")

# (number, name) of each part, and what becomes of that copy.
PART_LABELS = (
    ("第一联", "存根（客服）"),
    ("第二联", "派工（维修）"),
    ("第三联", "回执（业主）"),
)
PART_NOTES = (
    "本联由客服前台留存，返单时核对",
    "完工后请业主签字评价，本联交回客服前台",
    "本联交业主留存",
)
# Parts 2 and 3 leave the desk, so the resident's phone is masked on them.
MASKED_PARTS = frozenset({1, 2})

TRUNCATED = "…（详见系统）"
# The CJK typesetter's mark for a character the font lacks (emoji from an online
# message, a rare name character): visible, instead of an empty tofu box.
MISSING_GLYPH = "〓"


@dataclass(frozen=True)
class QuoteLine:
    """One priced material of a paid repair, as quoted to the resident."""

    name: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class SlipData:
    """Everything one work order prints.

    Times are aware datetimes, printed in ``zone`` (the service center's zone; the
    PC's zone when None). Money is printed as stored: ``total`` is not recomputed,
    so the paper always matches the record. ``print_count`` is 1 for the first print;
    a higher count marks the slip as a reprint (补打)."""

    serial: str
    letterhead: Letterhead
    room: str
    contact_name: str
    contact_phone: str  # in full, in the stored form of domain.personal.normalize_phone
    reported_at: datetime
    location_kind: LocationKind
    place: str
    category: str
    urgency: Urgency
    description: str
    dispatcher: str
    printed_at: datetime
    print_count: int = 1
    appointment_at: datetime | None = None
    dispatched_at: datetime | None = None
    department: str = ""
    technician: str = ""
    # The promise for this urgency, from the settings: "20分钟内到场，8小时内修复".
    due_note: str = ""
    paid: bool = False
    quote_lines: tuple[QuoteLine, ...] = ()
    labour_fee: Decimal = Decimal("0")
    total: Decimal = Decimal("0")
    resident_agreed: bool = False
    printed_by: str = ""
    zone: tzinfo | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.urgency not in URGENCY_WORDS:
            raise ValueError(f"unknown urgency {self.urgency!r}")
        if self.location_kind not in LOCATION_WORDS:
            raise ValueError(f"unknown location kind {self.location_kind!r}")
        if self.print_count < 1:
            raise ValueError("print_count starts at 1 (the first print)")
        for name in ("reported_at", "printed_at", "appointment_at", "dispatched_at"):
            moment = getattr(self, name)
            if moment is not None and moment.tzinfo is None:
                raise ValueError(f"{name} must be an aware datetime")
        if not self.serial or not self.serial.isascii() or not self.serial.isprintable():
            raise ValueError("the serial is printed as Code 128 and must be printable ASCII")
        # A list passed by mistake would make the frozen record unhashable.
        object.__setattr__(self, "quote_lines", tuple(self.quote_lines))

    @property
    def reprint(self) -> bool:
        return self.print_count > 1

    def local(self, moment: datetime | None) -> str:
        return "" if moment is None else f"{moment.astimezone(self.zone):%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class _Profile:
    """The measures of one kind of paper. Lengths in points."""

    page: tuple[float, float]
    part_height: float
    parts_per_page: int
    margin_x: float
    pad_top: float
    pad_bottom: float
    header_h: float
    footer_h: float
    row_h: float
    sign_h: float
    line_h: float
    label_w: float
    label_size: float
    value_size: float
    text_size: float
    min_size: float
    title_size: float
    bar_x: float
    bar_h: float
    shade: Color | None
    line_width: float


_A4 = _Profile(
    page=A4,
    part_height=A4[1] / 3,
    parts_per_page=3,
    margin_x=9 * mm,
    pad_top=5 * mm,
    pad_bottom=4 * mm,
    header_h=14 * mm,
    footer_h=3.6 * mm,
    row_h=5.2 * mm,
    sign_h=8 * mm,
    line_h=4.3 * mm,
    label_w=16 * mm,
    label_size=7.5,
    value_size=8.5,
    text_size=9,
    min_size=7,
    title_size=18,
    # 1/100 inch: a whole number of dots at 300, 600 and 1200 dpi, so every bar of a
    # laser print keeps its exact width, and the symbol (~45 mm) stays within the
    # reading width of a cheap CCD scanner.
    bar_x=inch / 100,
    bar_h=9 * mm,
    shade=Color(0.9, 0.9, 0.9),
    line_width=0.6,
)

# 241 mm continuous paper: the usual 279.4 mm (11 in) form is perforated into thirds
# (93.1 mm) or halves (139.7 mm). A third is no taller than an A4 part yet loses a
# margin at each perforation, and CJK text from a dot-matrix head smears below about
# 8 pt; half a form gives every box room at legible sizes. One part per page means
# plain single-ply paper: on multi-ply carbonless paper every ply takes the same
# impression, so the desk's copy could not show the full phone while the others
# hide it. The outer 12.7 mm on each side are tractor strips that are torn off, so
# nothing is printed there.
CONTINUOUS_PAGE = (241 * mm, 279.4 * mm / 2)
_CONTINUOUS = _Profile(
    page=CONTINUOUS_PAGE,
    part_height=CONTINUOUS_PAGE[1],
    parts_per_page=1,
    margin_x=17 * mm,
    pad_top=7 * mm,
    pad_bottom=6 * mm,
    header_h=18 * mm,
    footer_h=4.2 * mm,
    row_h=6.4 * mm,
    sign_h=10 * mm,
    line_h=5 * mm,
    label_w=18 * mm,
    label_size=8.5,
    value_size=9.5,
    text_size=10,
    min_size=8,
    title_size=20,
    # 1/60 inch: exactly 3 dots at 180 dpi and 6 at 360 dpi, the resolutions of
    # 24-pin printers, so no bar is rounded to a different dot count than its twin.
    bar_x=inch / 60,
    bar_h=10 * mm,
    shade=None,  # dot-matrix grey is a slow, blotchy dither
    line_width=0.7,
)

PROFILES: dict[str, _Profile] = {"a4": _A4, "continuous": _CONTINUOUS}


def _profile(paper: str) -> _Profile:
    try:
        return PROFILES[paper]
    except KeyError:
        raise ValueError(f"paper must be one of {sorted(PROFILES)}, not {paper!r}") from None


# --- text that fits ------------------------------------------------------------


@cache
def _glyphs() -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(cjk_font()).face.charToGlyph)


def _printable(text: str, *, newlines: bool = False) -> str:
    glyphs = _glyphs()
    out = []
    for ch in text:
        if ch == "\n" and newlines:
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        elif ord(ch) in glyphs:
            out.append(ch)
        elif ch.isprintable():
            out.append(MISSING_GLYPH)
    return "".join(out).strip()


def _printable_slip(slip: SlipData) -> SlipData:
    """The slip with every character the font can draw; the rest shows as 〓."""
    changes: dict[str, object] = {
        f.name: _printable(getattr(slip, f.name), newlines=f.name == "description")
        for f in dataclasses.fields(slip)
        if isinstance(getattr(slip, f.name), str) and f.name != "serial"
    }
    changes["quote_lines"] = tuple(
        dataclasses.replace(line, name=_printable(line.name), unit=_printable(line.unit))
        for line in slip.quote_lines
    )
    head = slip.letterhead
    changes["letterhead"] = Letterhead(
        _printable(head.name), _printable(head.address), _printable(head.phone)
    )
    return dataclasses.replace(slip, **changes)


def _leading(size: float) -> float:
    return size * 1.28


@lru_cache(maxsize=256)
def _fit_block(
    text: str, width: float, height: float, size: float, min_size: float, tail: str
) -> tuple[float, str]:
    """(font size, text) that wraps into ``width`` × ``height``: the largest size from
    ``size`` down to ``min_size`` in half points that holds all of it, else the
    longest beginning that fits at ``min_size`` with ``tail`` after it."""

    def fits(candidate: str, at: float) -> bool:
        para = Paragraph(plain(candidate), style(at, leading=_leading(at)))
        _, used = para.wrap(width, height)
        return used <= height and not _overhangs(para)

    font = cjk_font()

    def may_fit(candidate: str, at: float) -> bool:
        # No line is wider than the box, so the text needs at least this many lines:
        # a cheap test that spares wrapping a text that is far too long.
        lines = int(height // _leading(at))
        return stringWidth(candidate.replace("\n", ""), font, at) <= lines * width

    at = size
    while at >= min_size - 1e-6:
        if may_fit(text, at) and fits(text, at):
            return at, text
        at -= 0.5
    at = min_size
    low, high = 0, len(text)
    while low < high:  # the longest beginning that passes the cheap test
        middle = (low + high + 1) // 2
        if may_fit(text[:middle] + tail, at):
            low = middle
        else:
            high = middle - 1
    low, high = 0, high
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + tail, at):
            low = middle
        else:
            high = middle - 1
    if low == 0 and not fits(tail, at):
        return at, ""  # a box too small for even the marker stays empty
    return at, text[:low].rstrip() + tail


def _overhangs(para: Paragraph) -> bool:
    """True if a line is wider than the box: CJK line breaking lets a closing bracket
    or 。 hang past the right edge rather than start the next line."""
    for line in para.blPara.lines:
        extra = line[0] if isinstance(line, tuple) else line.extraSpace
        if extra < -0.01:
            return True
    return False


def _fit_line(text: str, width: float, size: float, min_size: float) -> tuple[float, str]:
    """(font size, text) for one line no wider than ``width``, cut with … at the end."""
    font = cjk_font()
    at = size
    while at > min_size and stringWidth(text, font, at) > width:
        at = max(min_size, at - 0.5)
    if stringWidth(text, font, at) <= width:
        return at, text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, at) <= width:
            low = middle
        else:
            high = middle - 1
    return at, text[:low] + "…"


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _quantity(value: Decimal) -> str:
    return format(value.normalize(), "f")


# --- one part ------------------------------------------------------------------

# A cell of the information grid: caption, then text or a function drawing the value
# into (x, bottom, width), then how many of the three columns it spans.
_Cell = tuple[str, "str | Callable[[float, float, float], None]", int]


class _Part:
    """Draws one part into the band of the page that starts at height ``y``."""

    def __init__(self, c: Canvas, p: _Profile, slip: SlipData, index: int, y: float):
        self.c, self.p, self.slip, self.index = c, p, slip, index
        self.font = cjk_font()
        self.left = p.margin_x
        self.right = p.page[0] - p.margin_x
        self.top = y + p.part_height - p.pad_top
        self.bottom = y + p.pad_bottom
        self.width = self.right - self.left

    # primitives

    def text(self, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
        c = self.c
        c.setFont(self.font, size)
        if align == "center":
            c.drawCentredString(x, y, text)
        elif align == "right":
            c.drawRightString(x, y, text)
        else:
            c.drawString(x, y, text)

    def bold(self, x: float, y: float, text: str, size: float, *, align: str = "left") -> None:
        # The bundled font has no bold face: fill and also stroke the outlines.
        c = self.c
        width = stringWidth(text, self.font, size)
        start = x - width / 2 if align == "center" else x - width if align == "right" else x
        t = c.beginText(start, y)
        t.setFont(self.font, size)
        t.setTextRenderMode(2)
        c.saveState()
        c.setLineWidth(size / 28)
        t.textOut(text)
        c.drawText(t)
        c.restoreState()

    def width_of(self, text: str, size: float) -> float:
        return stringWidth(text, self.font, size)

    @staticmethod
    def baseline(bottom: float, height: float, size: float) -> float:
        """The baseline that centres a line of CJK text of ``size`` in a box."""
        return bottom + height / 2 - size * 0.36

    def cell_line(
        self,
        x: float,
        bottom: float,
        width: float,
        height: float,
        text: str,
        size: float,
        *,
        align: str = "left",
        pad: float = 1.3 * mm,
    ) -> None:
        at, fitted = _fit_line(text, width - 2 * pad, size, self.p.min_size)
        y = self.baseline(bottom, height, at)
        if align == "center":
            self.text(x + width / 2, y, fitted, at, align="center")
        elif align == "right":
            self.text(x + width - pad, y, fitted, at, align="right")
        else:
            self.text(x + pad, y, fitted, at)

    def shade(self, x: float, bottom: float, width: float, height: float) -> None:
        if self.p.shade is not None:
            c = self.c
            c.saveState()
            c.setFillColor(self.p.shade)
            c.rect(x, bottom, width, height, stroke=0, fill=1)
            c.restoreState()

    def label(self, x: float, bottom: float, width: float, height: float, text: str) -> None:
        """A caption cell; a caption with a line break is stacked and centred."""
        self.shade(x, bottom, width, height)
        lines = text.split("\n")
        size = self.p.label_size
        step = size * 1.3
        first = self.baseline(bottom, height, size) + (len(lines) - 1) * step / 2
        for n, line in enumerate(lines):
            at, fitted = _fit_line(line, width - 1 * mm, size, min(size, 6))
            self.text(x + width / 2, first - n * step, fitted, at, align="center")

    def options(
        self, x: float, y: float, words: Sequence[str], chosen: str | None, size: float
    ) -> float:
        """☐ word ☐ word … with a tick in the chosen one's box; returns the x after."""
        c = self.c
        side = size * 0.74
        for word in words:
            c.saveState()
            c.setLineWidth(max(0.45, size / 20))
            c.rect(x, y - size * 0.02, side, side)
            c.restoreState()
            if word == chosen:
                # The font's ✓ is ink from 0.22 to 0.82 em across and -0.04 to 0.78 em
                # up: centre that ink on the box.
                tick = size * 0.95
                self.bold(
                    x + side / 2 - 0.52 * tick, y - size * 0.02 + side / 2 - 0.37 * tick, "✓", tick
                )
            x += side + 0.8 * mm
            self.text(x, y, word, size)
            x += self.width_of(word, size) + 2.4 * mm
        return x

    def paragraph(
        self, x: float, bottom: float, width: float, height: float, text: str, size: float
    ) -> None:
        pad_x, pad_y = 1.3 * mm, 0.9 * mm
        inner_w, inner_h = width - 2 * pad_x, height - 2 * pad_y
        at, fitted = _fit_block(text, inner_w, inner_h, size, self.p.min_size, TRUNCATED)
        para = Paragraph(plain(fitted), style(at, leading=_leading(at)))
        _, used = para.wrap(inner_w, inner_h)
        para.drawOn(self.c, x + pad_x, bottom + height - pad_y - used)

    # the part

    def draw(self) -> None:
        c, p = self.c, self.p
        c.saveState()
        c.setLineWidth(p.line_width)
        c.setStrokeColor(black)
        header_bottom = self.top - p.header_h
        self.header(header_bottom)
        self.frame(self.bottom + p.footer_h, header_bottom - 0.8 * mm)
        self.footer(self.bottom)
        c.restoreState()

    def header(self, bottom: float) -> None:
        p, slip, c = self.p, self.slip, self.c
        top = self.top
        # Right: the barcode, sized by its module width, with the serial under it.
        code = Code128(
            slip.serial,
            barWidth=p.bar_x,
            barHeight=p.bar_h,
            lquiet=10 * p.bar_x,  # the quiet zone Code 128 needs on either side
            rquiet=10 * p.bar_x,
            humanReadable=False,
        )
        code._calculate()  # private, but the only way to learn the width
        bar_w = code._width
        bar_left = self.right - bar_w
        code.drawOn(c, bar_left, top - p.bar_h)
        serial_size = p.value_size + 0.5
        self.text(
            bar_left + bar_w / 2,
            top - p.bar_h - serial_size * 1.05,
            slip.serial,
            serial_size,
            align="center",
        )
        # Middle: the title flanked by the urgency badge and the reprint stamp. Its
        # place does not depend on which of them are present, so that all slips
        # look alike; it sits at the middle of the page unless the barcode is near.
        title = "派 工 单"
        title_w = self.width_of(title, p.title_size)
        number, name = PART_LABELS[self.index]
        size = p.value_size
        part_text = f"{number}　{name}"
        part_w = self.width_of(part_text, size) + 3.5 * mm
        part_h = size * 1.5
        badge_w = self.badge_width()
        gap = 2.5 * mm
        # The stamp reaches down beside the part's label, so it clears both.
        stamp_x = max(title_w / 2 + gap, part_w / 2 + 1.5 * mm)
        middle = min(
            self.left + self.width / 2,
            bar_left - 2 * mm - self.stamp_size()[0] - stamp_x,
        )
        title_y = top - p.title_size * 0.92
        self.bold(middle, title_y, title, p.title_size, align="center")
        c.roundRect(middle - part_w / 2, bottom + 0.6 * mm, part_w, part_h, 1.2 * mm)
        self.text(
            middle, self.baseline(bottom + 0.6 * mm, part_h, size), part_text, size, align="center"
        )
        if slip.urgency != "normal":
            self.badge(middle - title_w / 2 - gap, title_y, URGENCY_WORDS[slip.urgency])
        if slip.reprint:
            self.reprint_stamp(middle + stamp_x, top)
        # Left: who issues the slip, in what room is left.
        left_w = middle - title_w / 2 - gap - badge_w - 3 * mm - self.left
        head = slip.letterhead
        name_size, name = _fit_line(head.name, left_w, p.title_size * 0.64, 8)
        y = top - name_size * 0.9
        self.bold(self.left, y, name, name_size)
        y -= name_size * 0.5 + p.label_size * 1.05
        if head.phone:
            at, line = _fit_line(f"服务电话：{head.phone}", left_w, p.label_size, 6)
            self.text(self.left, y, line, at)
            y -= at * 0.3
        if head.address:
            room = y - bottom
            at, text = _fit_block(f"地址：{head.address}", left_w, room, p.label_size - 0.5, 6, "…")
            para = Paragraph(plain(text), style(at, leading=_leading(at)))
            _, used = para.wrap(left_w, room)
            para.drawOn(c, self.left, y - used)

    def badge_width(self) -> float:
        return self.width_of("急修", self.p.value_size + 2) + 2.4 * mm

    def badge(self, right: float, baseline: float, word: str) -> None:
        c, size = self.c, self.p.value_size + 2
        width = self.badge_width()
        c.saveState()
        c.setFillColor(black)
        c.roundRect(
            right - width, baseline - size * 0.32, width, size * 1.45, 1 * mm, stroke=0, fill=1
        )
        c.setFillColor(white)
        self.text(right - width / 2, baseline, word, size, align="center")
        c.restoreState()

    def stamp_size(self) -> tuple[float, float]:
        p = self.p
        big, small = p.value_size + 3.5, p.label_size - 1
        width = max(self.width_of("补 打", big), self.width_of("第 99 次打印", small)) + 3 * mm
        return width, big * 1.1 + small * 1.5 + 1.6 * mm

    def reprint_stamp(self, left: float, top: float) -> None:
        c, p = self.c, self.p
        big, small = p.value_size + 3.5, p.label_size - 1
        width, height = self.stamp_size()
        bottom = top - height
        c.saveState()
        c.setLineWidth(1.2)
        c.roundRect(left, bottom, width, height, 1.2 * mm)
        c.setLineWidth(0.4)
        c.roundRect(
            left + 0.6 * mm, bottom + 0.6 * mm, width - 1.2 * mm, height - 1.2 * mm, 0.8 * mm
        )
        self.bold(left + width / 2, top - 1 * mm - big * 0.85, "补 打", big, align="center")
        self.text(
            left + width / 2,
            bottom + 1.3 * mm,
            f"第 {self.slip.print_count} 次打印",
            small,
            align="center",
        )
        c.restoreState()

    def info_rows(self) -> list[list[_Cell]]:
        slip = self.slip
        phone = (
            mask_phone(slip.contact_phone) if self.index in MASKED_PARTS else (slip.contact_phone)
        )
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
        p, c = self.p, self.c
        left, lw = self.left, p.label_w
        # The third column is the widest: the money box below takes its width.
        values = self.width - 3 * lw
        value_ws = [values * 0.28, values * 0.28, values * 0.44]
        col_x = [left, left + lw + value_ws[0], left + 2 * lw + value_ws[0] + value_ws[1]]
        verticals: list[tuple[float, float, float]] = []
        y = top
        for row in self.info_rows():
            y -= p.row_h
            column = 0
            for caption, value, span in row:
                x = col_x[column]
                end = col_x[column + span] if column + span < 3 else self.right
                self.label(x, y, lw, p.row_h, caption)
                if isinstance(value, str):
                    self.cell_line(x + lw, y, end - x - lw, p.row_h, value, p.value_size)
                else:
                    value(x + lw, y, end - x - lw)
                if column:
                    verticals.append((x, y, y + p.row_h))
                verticals.append((x + lw, y, y + p.row_h))
                column += span
        info_bottom = y
        sign_top = bottom + p.sign_h
        self.signatures(bottom)
        split = col_x[2]
        self.work_column(left, sign_top, split - left, info_bottom - sign_top)
        self.materials(split, sign_top, self.right - split, info_bottom - sign_top)
        # Rules last, so that no shading covers them.
        c.rect(left, bottom, self.width, top - bottom)
        for n in range(len(self.info_rows())):
            c.line(left, top - (n + 1) * p.row_h, self.right, top - (n + 1) * p.row_h)
        for x, low, high in verticals:
            c.line(x, low, x, high)
        c.line(left, sign_top, self.right, sign_top)
        c.line(split, sign_top, split, info_bottom)

    def urgency_value(self, x: float, bottom: float, width: float) -> None:
        p, slip = self.p, self.slip
        size = p.value_size
        end = self.options(
            x + 1.3 * mm,
            self.baseline(bottom, p.row_h, size),
            list(URGENCY_WORDS.values()),
            URGENCY_WORDS[slip.urgency],
            size,
        )
        if slip.due_note:
            self.cell_line(
                end - 1.3 * mm,
                bottom,
                x + width - end + 1.3 * mm,
                p.row_h,
                f"要求：{slip.due_note}",
                p.label_size,
            )

    def location_value(self, x: float, bottom: float, width: float) -> None:
        p, slip = self.p, self.slip
        size = p.value_size
        end = self.options(
            x + 1.3 * mm,
            self.baseline(bottom, p.row_h, size),
            list(LOCATION_WORDS.values()),
            LOCATION_WORDS[slip.location_kind],
            size,
        )
        self.cell_line(
            end - 1.3 * mm, bottom, x + width - end + 1.3 * mm, p.row_h, slip.place, size
        )

    def work_column(self, x: float, bottom: float, width: float, height: float) -> None:
        """The job as reported, the times on site, and what the technician did."""
        p, c = self.p, self.c
        lw = p.label_w
        times_h = p.row_h
        description_h = (height - times_h) * 0.55
        top = bottom + height
        desc_bottom = top - description_h
        self.label(x, desc_bottom, lw, description_h, "报修\n内容")
        self.paragraph(
            x + lw, desc_bottom, width - lw, description_h, self.slip.description, p.text_size
        )
        times_bottom = desc_bottom - times_h
        half = width / 2
        for n, caption in enumerate(("到场时间", "完工时间")):
            cx = x + n * half
            self.label(cx, times_bottom, lw, times_h, caption)
            self.cell_line(
                cx + lw,
                times_bottom,
                half - lw,
                times_h,
                "　月　　日　　时　　分",
                p.value_size,
                align="right",
            )
        self.label(x, bottom, lw, times_bottom - bottom, "处理\n情况")
        size = p.label_size
        result_y = bottom + 1.3 * mm
        self.text(x + lw + 1.3 * mm, result_y, "处理结果：", size)
        self.options(
            x + lw + 1.3 * mm + self.width_of("处理结果：", size),
            result_y,
            RESULT_WORDS,
            None,
            size,
        )
        c.line(x, desc_bottom, x + width, desc_bottom)
        c.line(x, times_bottom, x + width, times_bottom)
        c.line(x + lw, bottom, x + lw, top)
        c.line(x + half, times_bottom, x + half, desc_bottom)
        c.line(x + half + lw, times_bottom, x + half + lw, desc_bottom)

    def materials(self, x: float, bottom: float, width: float, height: float) -> None:
        """Materials and charges: the quote of a paid job, blank rows otherwise."""
        p, slip, c = self.p, self.slip, self.c
        top = bottom + height
        size = p.label_size
        title_bottom = top - p.row_h
        self.shade(x, title_bottom, width, p.row_h)
        y = self.baseline(title_bottom, p.row_h, p.value_size)
        self.text(x + 1.3 * mm, y, "材料及费用", p.value_size)
        end = x + 1.3 * mm + self.width_of("材料及费用", p.value_size) + 2.5 * mm
        end = self.options(end, y, ("无偿", "有偿"), "有偿" if slip.paid else "无偿", size)
        if slip.paid:
            agreed = "业主已同意报价"
            self.options(end, y, (agreed,), agreed if slip.resident_agreed else None, size)
        scale = width / (80 * mm)
        widths = [0.0] + [w * mm * scale for w in (9, 7, 13, 14)]
        widths[0] = width - sum(widths)
        xs = [x]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        head_bottom = title_bottom - p.line_h
        for hx, w, head in zip(
            xs, widths, ("材料名称", "数量", "单位", "单价", "金额"), strict=True
        ):
            self.cell_line(hx, head_bottom, w, p.line_h, head, size, align="center", pad=0.5 * mm)
        total_h = p.row_h
        lines_top = head_bottom
        lines_h = lines_top - (bottom + total_h)
        rows = max(1, int(lines_h // p.line_h))
        row_h = lines_h / rows
        items = list(slip.quote_lines)
        shown = items[:rows]
        summary = ""
        if len(items) > rows:
            shown = items[: rows - 1]
            materials_sum = sum((item.amount for item in items), Decimal("0"))
            summary = f"等 {len(items)} 项，材料合计 ¥{_money(materials_sum)}（详见系统）"
        line_size = p.value_size - 0.5
        for n, item in enumerate(shown):
            row_bottom = lines_top - (n + 1) * row_h
            cells = (
                item.name,
                _quantity(item.quantity),
                item.unit,
                _money(item.unit_price),
                _money(item.amount),
            )
            aligns = ("left", "right", "center", "right", "right")
            for cx, w, value, align in zip(xs, widths, cells, aligns, strict=True):
                self.cell_line(
                    cx, row_bottom, w, row_h, value, line_size, align=align, pad=0.8 * mm
                )
        if summary:
            self.cell_line(
                x, lines_top - rows * row_h, width, row_h, summary, line_size, pad=0.8 * mm
            )
        c.saveState()
        c.setLineWidth(0.3)
        c.setDash(1, 1.5)
        for n in range(1, rows):
            c.line(x, lines_top - n * row_h, x + width, lines_top - n * row_h)
        c.restoreState()
        half = width / 2
        if slip.paid:
            self.cell_line(
                x, bottom, half, total_h, f"人工费 ¥{_money(slip.labour_fee)}", p.value_size
            )
            at, text = _fit_line(
                f"合计 ¥{_money(slip.total)}", half - 2.6 * mm, p.value_size, p.min_size
            )
            self.bold(x + half + 1.3 * mm, self.baseline(bottom, total_h, at), text, at)
        else:
            self.cell_line(x, bottom, half, total_h, "人工费", p.value_size)
            self.cell_line(x + half, bottom, half, total_h, "合计", p.value_size)
        c.line(x, title_bottom, x + width, title_bottom)
        c.line(x, head_bottom, x + width, head_bottom)
        c.line(x, bottom + total_h, x + width, bottom + total_h)
        c.line(x + half, bottom, x + half, bottom + total_h)
        # Column rules stop above the summary line, which runs across all columns.
        rules_bottom = lines_top - len(shown) * row_h if summary else bottom + total_h
        for cx in xs[1:]:
            c.line(cx, rules_bottom, cx, title_bottom)

    def signatures(self, bottom: float) -> None:
        p, c = self.p, self.c
        h = p.sign_h
        x = self.left
        caption_w = p.label_w + 3 * mm
        name_w = (self.width - 3 * caption_w) * 0.25
        ticks_w = self.width - 3 * caption_w - 2 * name_w
        for caption, w in (("维修人员签字", name_w), ("业主签字", name_w), ("满意度评价", ticks_w)):
            self.label(x, bottom, caption_w, h, caption)
            c.line(x + caption_w, bottom, x + caption_w, bottom + h)
            if caption == "满意度评价":
                size = p.value_size
                self.options(
                    x + caption_w + 2 * mm,
                    self.baseline(bottom, h, size),
                    SATISFACTION_WORDS,
                    None,
                    size,
                )
            x += caption_w + w
            if x < self.right - 1:
                c.line(x, bottom, x, bottom + h)

    def footer(self, bottom: float) -> None:
        slip = self.slip
        size = self.p.label_size - 0.5
        y = bottom + 0.5 * mm
        note = PART_NOTES[self.index]
        if self.index == 2 and slip.letterhead.phone:
            note += f"　服务监督电话：{slip.letterhead.phone}"
        printed = f"打印：{slip.local(slip.printed_at)}"
        if slip.printed_by:
            printed += f" {slip.printed_by}"
        printed += f"　第 {slip.print_count} 次打印"
        if slip.reprint:
            printed += "（补打）"
        printed_at, printed = _fit_line(printed, self.width / 2, size, 6)
        self.text(self.right, y, printed, printed_at, align="right")
        room = self.width - self.width_of(printed, printed_at) - 4 * mm
        at, note = _fit_line(note, room, size, 6)
        self.text(self.left, y, note, at)


# --- pages ---------------------------------------------------------------------


def _cut_line(c: Canvas, y: float, width: float) -> None:
    """A dashed line across the sheet, with scissors and 沿此线剪开 on it."""
    font = cjk_font()
    hint, size = "沿此线剪开", 6.5
    middle = width / 2
    gap = stringWidth(hint, font, size) / 2 + 2 * mm
    c.saveState()
    c.setLineWidth(0.5)
    c.setDash(3, 2)
    c.line(4 * mm, y, middle - gap, y)
    c.line(middle + gap, y, width - 4 * mm, y)
    c.restoreState()
    c.setFont(font, size)
    c.drawCentredString(middle, y - size * 0.36, hint)
    _scissors(c, 14 * mm, y)


def _scissors(c: Canvas, x: float, y: float) -> None:
    """Open scissors cutting to the right along y (the font has no ✂)."""
    c.saveState()
    c.setLineWidth(0.6)
    c.setFillColor(white)
    r = 1.1 * mm
    c.circle(x - 3.2 * mm, y + 1.5 * mm, r, stroke=1, fill=1)
    c.circle(x - 3.2 * mm, y - 1.5 * mm, r, stroke=1, fill=1)
    path = c.beginPath()
    path.moveTo(x - 2.3 * mm, y + 0.9 * mm)
    path.lineTo(x + 3.6 * mm, y - 1.1 * mm)
    path.moveTo(x - 2.3 * mm, y - 0.9 * mm)
    path.lineTo(x + 3.6 * mm, y + 1.1 * mm)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _canvas(buffer: io.BytesIO, pagesize: tuple[float, float], title: str, author: str) -> Canvas:
    # Without initialFontName every page would also name Helvetica, a font the PDF
    # does not embed and a PC without it substitutes.
    c = Canvas(buffer, pagesize=pagesize, initialFontName=cjk_font(), initialFontSize=9)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("desk_app")
    return c


def _shift(c: Canvas, offset_mm: tuple[float, float]) -> None:
    dx, dy = offset_mm
    c.translate(dx * mm, -dy * mm)


def render_slips(
    slips: Sequence[SlipData],
    *,
    paper: Paper = "a4",
    offset_mm: tuple[float, float] = (0, 0),
) -> bytes:
    """All three parts of every slip in one PDF: one A4 sheet per slip, or three pages
    of continuous form per slip. ``offset_mm`` (right, down) moves everything."""
    if not slips:
        raise ValueError("no slips to print")
    p = _profile(paper)
    first = slips[0]
    title = f"派工单 {first.serial}" + (f" 等 {len(slips)} 张" if len(slips) > 1 else "")
    buffer = io.BytesIO()
    c = _canvas(buffer, p.page, title, first.letterhead.name)
    for slip in slips:
        slip = _printable_slip(slip)
        for index in range(3):
            slot = index % p.parts_per_page
            if slot == 0:
                c.saveState()
                _shift(c, offset_mm)
            y = p.page[1] - (slot + 1) * p.part_height
            _Part(c, p, slip, index, y).draw()
            if slot:
                _cut_line(c, y + p.part_height, p.page[0])
            if slot == p.parts_per_page - 1:
                c.restoreState()
                c.showPage()
    c.save()
    return buffer.getvalue()


def render_calibration_page(*, paper: Paper, offset_mm: tuple[float, float]) -> bytes:
    """A page to measure how far the printer puts things from where they belong.

    Crosshairs sit at known distances from the paper's edges (10 mm; 20 mm from the
    sides of continuous paper, past its tractor strips), rulers show whether the
    print is scaled, and the offset the page was printed with is written on it."""
    p = _profile(paper)
    font = cjk_font()
    width, height = p.page
    side, edge = (20 if paper == "continuous" else 10), 10
    buffer = io.BytesIO()
    c = _canvas(buffer, p.page, "打印位置校准页", "desk_app")
    c.saveState()
    _shift(c, offset_mm)
    c.setLineWidth(0.4)
    # A frame through the marks: its margins look equal all round when all is well.
    c.saveState()
    c.setDash(2, 2)
    c.rect(side * mm, edge * mm, width - 2 * side * mm, height - 2 * edge * mm)
    c.restoreState()
    marks = [
        (side * mm, height - edge * mm, f"距左 {side} mm，距上 {edge} mm", "left", "top"),
        (width - side * mm, height - edge * mm, f"距右 {side} mm，距上 {edge} mm", "right", "top"),
        (side * mm, edge * mm, f"距左 {side} mm，距下 {edge} mm", "left", "bottom"),
        (width - side * mm, edge * mm, f"距右 {side} mm，距下 {edge} mm", "right", "bottom"),
    ]
    c.setFont(font, 7)
    for x, y, caption, horizontal, vertical in marks:
        _crosshair(c, x, y)
        tx = x + 5 * mm if horizontal == "left" else x - 5 * mm
        ty = y - 4.5 * mm if vertical == "top" else y + 2.5 * mm
        if horizontal == "left":
            c.drawString(tx, ty, caption)
        else:
            c.drawRightString(tx, ty, caption)
    # Rulers from a point 10 mm in from the top-left mark: 1 mm ticks, numbered per cm.
    origin_x = (side + 10) * mm
    origin_y = height - (edge + 12) * mm
    length_x = 150 if paper == "a4" else 180
    length_y = 150 if paper == "a4" else 80
    c.setLineWidth(0.3)
    c.line(origin_x, origin_y, origin_x + length_x * mm, origin_y)
    c.line(origin_x, origin_y, origin_x, origin_y - length_y * mm)
    c.setFont(font, 6)
    for n in range(length_x + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.5
        c.line(origin_x + n * mm, origin_y, origin_x + n * mm, origin_y - tick * mm)
        if n % 10 == 0 and n:
            c.drawCentredString(origin_x + n * mm, origin_y - 6.5 * mm, str(n))
    for n in range(length_y + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.5
        c.line(origin_x, origin_y - n * mm, origin_x + tick * mm, origin_y - n * mm)
        if n % 10 == 0 and n:
            c.drawString(origin_x + 5 * mm, origin_y - n * mm - 2, str(n))
    dx, dy = offset_mm
    paper_name = "A4" if paper == "a4" else "241 mm 连续纸（每页 139.7 mm）"
    lines = [
        ("打印位置校准页", 14),
        (
            f"纸张：{paper_name}　　当前偏移：水平 {dx:+.1f} mm，垂直 {dy:+.1f} mm"
            "（正值向右 / 向下）",
            9,
        ),
        (
            f"1. 用直尺量出左上角十字中心到纸张左边缘的距离 a、到上边缘的距离 b"
            f"（应为 {side} mm 和 {edge} mm）。",
            8,
        ),
        (
            f"2. 新水平偏移 = 当前水平偏移 + ({side} − a)；"
            f"新垂直偏移 = 当前垂直偏移 + ({edge} − b)。",
            8,
        ),
        (f"　 例：a 量得 {side + 2} mm，则水平偏移减 2 mm。改好后再打印本页核对。", 8),
        (
            "3. 标尺每小格 1 mm。若 100 mm 量出来不是 100 mm，请在打印对话框中选择“实际大小”，"
            "不要选“适合页面”。",
            8,
        ),
    ]
    y = origin_y - 14 * mm
    for text, size in lines:
        c.setFont(font, size)
        c.drawString(origin_x + 12 * mm, y, text)
        y -= size * 1.8
    c.restoreState()
    c.showPage()
    c.save()
    return buffer.getvalue()


def _crosshair(c: Canvas, x: float, y: float) -> None:
    c.saveState()
    c.setLineWidth(0.3)
    c.circle(x, y, 2 * mm)
    c.line(x - 4 * mm, y, x + 4 * mm, y)
    c.line(x, y - 4 * mm, x, y + 4 * mm)
    c.restoreState()
