"""Canvas building blocks of the boxed forms: a canvas that embeds the CJK font,
text in cells, tick boxes, badges, cut lines, crosshairs, the Code 128 barcode and
the printer offset."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.fonts import cjk_font
from desk_app.printing.paper import Offset, PaperProfile, offset_points
from desk_app.printing.text_fit import Fitted, draw_lines, fit_block, fit_line, text_width
from desk_app.printing.words import CUT_HERE


def new_canvas(
    buffer: io.BytesIO, pagesize: tuple[float, float], title: str, author: str
) -> Canvas:
    # Without initialFontName every page would also name Helvetica, a font the PDF
    # does not embed and a PC without it substitutes.
    c = Canvas(
        buffer,
        pagesize=pagesize,
        initialFontName=cjk_font(),  # type: ignore[arg-type]  # types-reportlab says float
        initialFontSize=9,
    )
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("desk_app")
    return c


@contextmanager
def shifted(c: Canvas, offset_mm: Offset) -> Iterator[None]:
    """Everything drawn inside moves by the printer offset (right, down in mm)."""
    c.saveState()
    c.translate(*offset_points(offset_mm))
    try:
        yield
    finally:
        c.restoreState()


class Pen:
    """Draws the text and marks of a boxed form on one paper. Sizes never go below
    the paper's smallest legible size."""

    def __init__(self, c: Canvas, paper: PaperProfile):
        self.c, self.paper = c, paper
        self.font = cjk_font()

    def size(self, size: float) -> float:
        return max(size, self.paper.min_text)

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
        width = text_width(text, size)
        start = x - width / 2 if align == "center" else x - width if align == "right" else x
        t = c.beginText(start, y)
        t.setFont(self.font, size)
        t.setTextRenderMode(2)
        c.saveState()
        c.setLineWidth(size / 28)
        t.textOut(text)
        c.drawText(t)
        c.restoreState()

    @staticmethod
    def width_of(text: str, size: float) -> float:
        return text_width(text, size)

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
        min_size: float | None = None,
    ) -> float:
        """One line of text in a cell, shrunk and then cut with … to fit; returns the
        size it took."""
        floor = self.paper.min_text if min_size is None else max(min_size, self.paper.min_text)
        at, fitted = fit_line(text, width - 2 * pad, self.size(size), floor)
        y = self.baseline(bottom, height, at)
        if align == "center":
            self.text(x + width / 2, y, fitted, at, align="center")
        elif align == "right":
            self.text(x + width - pad, y, fitted, at, align="right")
        else:
            self.text(x + pad, y, fitted, at)
        return at

    def shade(self, x: float, bottom: float, width: float, height: float) -> None:
        if self.paper.shade is not None:
            c = self.c
            c.saveState()
            c.setFillColor(self.paper.shade)
            c.rect(x, bottom, width, height, stroke=0, fill=1)
            c.restoreState()

    def label(
        self, x: float, bottom: float, width: float, height: float, text: str, size: float
    ) -> None:
        """A caption cell; a caption with a line break is stacked and centred."""
        self.shade(x, bottom, width, height)
        lines = text.split("\n")
        step = size * 1.3
        first = self.baseline(bottom, height, size) + (len(lines) - 1) * step / 2
        for n, line in enumerate(lines):
            at, fitted = fit_line(line, width - 1 * mm, size, self.size(min(size, 6)))
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

    def options_width(self, words: Sequence[str], size: float) -> float:
        side = size * 0.74
        return sum(side + 0.8 * mm + self.width_of(w, size) + 2.4 * mm for w in words)

    def block(
        self,
        x: float,
        top: float,
        width: float,
        height: float,
        text: str,
        size: float,
        *,
        tail: str = "",
    ) -> Fitted:
        """``text`` set into the box below ``top``; returns what was set, with the
        text that did not fit as ``rest``."""
        fitted = fit_block(text, width, height, self.size(size), self.paper.min_text, tail)
        draw_lines(self.c, fitted.lines, x, top, fitted.size)
        return fitted

    def badge(self, right: float, baseline: float, word: str, size: float) -> float:
        """A word in a rounded box ending at ``right``: white on black on laser
        paper; on dot-matrix paper a double outline, as solid black wets the ribbon
        and smears. Returns the badge's width."""
        c = self.c
        width = self.width_of(word, size) + 2.4 * mm
        bottom, height = baseline - size * 0.32, size * 1.45
        c.saveState()
        if self.paper.dot_matrix:
            c.setLineWidth(1.1)
            c.roundRect(right - width, bottom, width, height, 1 * mm, stroke=1, fill=0)
            c.setLineWidth(0.4)
            inset = 0.55 * mm
            c.roundRect(
                right - width + inset,
                bottom + inset,
                width - 2 * inset,
                height - 2 * inset,
                0.6 * mm,
                stroke=1,
                fill=0,
            )
            self.bold(right - width / 2, baseline, word, size, align="center")
        else:
            c.setFillColor(black)
            c.roundRect(right - width, bottom, width, height, 1 * mm, stroke=0, fill=1)
            c.setFillColor(white)
            self.text(right - width / 2, baseline, word, size, align="center")
        c.restoreState()
        return width


def code128(value: str, module: float, height: float) -> Code128:
    return Code128(
        value,
        barWidth=module,
        barHeight=height,
        lquiet=10 * module,  # the quiet zone Code 128 needs on either side
        rquiet=10 * module,
        humanReadable=False,
    )


def barcode(
    c: Canvas,
    value: str,
    x: float,
    top: float,
    *,
    module: float,
    height: float,
    max_width: float,
    align: str = "right",
) -> float:
    """Code 128 of ``value`` with its quiet zones below ``top``, ending at ``x`` (or
    starting there, ``align="left"``, or centred on it, ``"center"``); returns its
    width with the quiet zones. The bars are drawn with ``module`` unless that would
    make them wider than ``max_width``, then as narrow as fits."""
    code = code128(value, module, height)
    width: float = code.width  # computed from the bars and quiet zones on each read
    bars = width - 20 * module
    if bars > max_width:
        module *= max_width / bars
        code = code128(value, module, height)
        width = code.width
    shift = {"right": width, "center": width / 2}.get(align, 0)
    code.drawOn(c, x - shift, top - height)
    return width


def cut_line(c: Canvas, y: float, width: float, clear_x: float) -> None:
    """A dashed line across the sheet, with scissors and 沿此线剪开 on it."""
    font = cjk_font()
    size = 6.5
    middle = width / 2
    gap = text_width(CUT_HERE, size) / 2 + 2 * mm
    start = clear_x + 1 * mm
    c.saveState()
    c.setLineWidth(0.5)
    c.setDash(3, 2)
    c.line(start + 9 * mm, y, middle - gap, y)
    c.line(middle + gap, y, width - start, y)
    c.restoreState()
    c.setFont(font, size)
    c.drawCentredString(middle, y - size * 0.36, CUT_HERE)
    scissors(c, start + 4.4 * mm, y)


def scissors(c: Canvas, x: float, y: float) -> None:
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


def crosshair(c: Canvas, x: float, y: float, arm: float = 4 * mm) -> None:
    c.saveState()
    c.setLineWidth(0.3)
    c.circle(x, y, arm / 2)
    c.line(x - arm, y, x + arm, y)
    c.line(x, y - arm, x, y + arm)
    c.restoreState()


def measured_box(c: Canvas, x: float, y: float, width: float, height: float) -> None:
    """A box at a known place, to check with a ruler: a solid frame with a tick at
    the middle of each side."""
    c.saveState()
    c.setLineWidth(0.4)
    c.rect(x, y, width, height)
    tick = 1.5 * mm
    for tx, ty, dx, dy in (
        (x + width / 2, y, 0, tick),
        (x + width / 2, y + height, 0, -tick),
        (x, y + height / 2, tick, 0),
        (x + width, y + height / 2, -tick, 0),
    ):
        c.line(tx, ty, tx + dx, ty + dy)
    c.restoreState()
