"""Building blocks every printed form shares: paragraph styles, the page frame
with the service center's name, and "第 n 页 / 共 m 页" page numbers."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from desk_app.printing.fonts import cjk_font
from desk_app.printing.text_fit import break_lines


@dataclass(frozen=True)
class Letterhead:
    """The service center's details printed on every form (from the settings)."""

    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Labels:
    """Fixed printed words; the caller passes them in its language (default Chinese)."""

    page: str = "第 {page} 页 / 共 {pages} 页"
    phone: str = "电话"


def style(
    size: float = 10, *, leading: float | None = None, bold: bool = False, **kw: Any
) -> ParagraphStyle:
    """A paragraph style in the CJK font; ``wordWrap='CJK'`` breaks lines between any
    two Chinese characters so long text wraps inside its cell instead of overflowing."""
    return ParagraphStyle(
        name=f"cjk{size}{bold}",
        fontName=cjk_font(),
        fontSize=size,
        leading=leading or size * 1.35,
        wordWrap="CJK",
        **kw,
    )


# A Paragraph collapses a full-width space into a narrow one; no-break spaces are
# kept, and four of them are about as wide as the 1 em the writer meant.
_IDEOGRAPHIC_SPACE = "\u3000"
_KEPT_SPACE = "\xa0" * 4


def plain(text: str) -> str:
    """``text`` as Paragraph markup that prints exactly that text: a Paragraph reads
    its text as XML, so a centre named "A<B" or "&amp;" would otherwise break the
    page or print something else. Line breaks and full-width spaces stay."""
    return escape(text or "").replace("\n", "<br/>").replace(_IDEOGRAPHIC_SPACE, _KEPT_SPACE)


def text_paragraph(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (see ``plain``): what every printed value goes in."""
    return Paragraph(plain(text), paragraph_style)


def broken_lines_markup(text: str, width: float, size: float) -> str:
    """``text`` as Paragraph markup already broken into lines of ``width`` by the
    Chinese line-breaking rules (see ``text_fit``), so that ReportLab, which lets a
    line begin with ，or ；, does not break it again."""
    # Measured as it will be set: a kept full-width space is four no-break spaces.
    spaced = (text or "").replace(_IDEOGRAPHIC_SPACE, _KEPT_SPACE)
    # A hair narrower than the cell, so that rounding never wraps a line again.
    lines = break_lines(spaced, width - 0.5, size)
    return "<br/>".join(escape(line) for line in lines)


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say how many pages there are."""

    def __init__(
        self, *args: Any, draw_frame: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        # The document template passes initialFontName=None; left so, every page
        # would start in Helvetica, a font the PDF does not embed.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or cjk_font()
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._draw_frame = draw_frame

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's private page reset

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_frame(self, number, total)
            super().showPage()
        super().save()


def build_document(
    story: Sequence[Flowable],
    *,
    letterhead: Letterhead,
    title: str,
    pagesize: tuple[float, float] = A4,
    margins_mm: tuple[float, float, float, float] = (15, 15, 18, 15),
    labels: Labels = Labels(),
    running_title: str = "",
) -> bytes:
    """Lay out ``story`` on pages headed with the center's name (and
    ``running_title``, such as the form's name and date) and numbered n / m."""
    top, right, bottom, left = (value * mm for value in margins_mm)
    font = cjk_font()
    width, height = pagesize

    def draw_frame(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(left, height - top + 4 * mm, letterhead.name)
        if running_title:
            canvas.drawCentredString(width / 2, height - top + 4 * mm, running_title)
        if letterhead.phone:
            canvas.drawRightString(
                width - right, height - top + 4 * mm, f"{labels.phone}: {letterhead.phone}"
            )
        canvas.drawCentredString(width / 2, bottom / 2, labels.page.format(page=page, pages=pages))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=title,
        author=letterhead.name,
    )
    doc.build(
        list(story),
        canvasmaker=lambda *a, **k: _NumberedCanvas(*a, draw_frame=draw_frame, **k),
    )
    return buffer.getvalue()
