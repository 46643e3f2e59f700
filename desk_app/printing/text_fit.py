"""Text in fixed boxes, as on a pre-printed form: Chinese line breaking, shrinking to
a smallest size, and the text left over for a continuation sheet.

Every box of a form has a fixed size. A text is set at the box's size if it fits,
else at a smaller size down to the form's minimum; what still does not fit is
returned as ``rest`` for the caller to print elsewhere (a 续页), never dropped.

Lines are broken here rather than by ReportLab's Paragraph: its CJK wrapping lets
。 hang past the right edge but lets a line begin with ，；：？！, and it collapses
full-width spaces. Widths are summed from the font's glyph widths (what
``stringWidth`` does), so a line measured here is exactly as wide when drawn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.fonts import cjk_font

# The CJK typesetter's mark for a character the font lacks (emoji from an online
# message, a rare name character): visible, instead of an empty tofu box.
MISSING_GLYPH = "〓"
IDEOGRAPHIC_SPACE = "\u3000"

# 行首禁则 / 行尾禁则 (GB/T 15834 and common typesetting practice): closing
# punctuation never begins a line, opening brackets never end one.
NO_LINE_START = frozenset("。，、；：？！…‥·・）」』】〕〗〙〛》〉］｝”’％‰℃°′″～—ー々!),.:;?]}%")
NO_LINE_END = frozenset("（「『【〔〖〘〚《〈［｛“‘([{$¥￥＄")

# Runs of Latin letters and digits (a room number, "DN15", a phone) are kept on one
# line when they fit on one, as a word would be.
_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,:/+#&%_@*'-]*")


@cache
def _glyphs() -> frozenset[int]:
    font = pdfmetrics.getFont(cjk_font())
    assert isinstance(font, TTFont)  # fonts.py registers the bundled TrueType font
    return frozenset(font.face.charToGlyph)


def printable(text: str, *, newlines: bool = False) -> str:
    """``text`` with every character the font can draw; the rest shows as 〓.

    Tabs and other spaces become one space, full-width spaces stay (they separate
    an address from a phone), line breaks stay only where ``newlines``."""
    glyphs = _glyphs()
    out = []
    for ch in text:
        if ch == "\n" and newlines or ch == IDEOGRAPHIC_SPACE:
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        elif ord(ch) in glyphs:
            out.append(ch)
        elif ch.isprintable():
            out.append(MISSING_GLYPH)
    return "".join(out).strip(" \n")


def leading(size: float) -> float:
    """The line pitch of text set at ``size``."""
    return size * 1.28


def text_width(text: str, size: float) -> float:
    return stringWidth(text, cjk_font(), size)


# --- breaking ------------------------------------------------------------------


@lru_cache(maxsize=512)
def _tokens(text: str) -> tuple[tuple[int, int, float], ...]:
    """(start, end, width at 1 pt) of the unbreakable pieces of one paragraph: a
    Latin word, one space, or one other character."""
    font = cjk_font()
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(text):
        match = _WORD.match(text, i)
        end = match.end() if match else i + 1
        out.append((i, end, stringWidth(text[i:end], font, 1)))
        i = end
    return tuple(out)


def _is_space(text: str, start: int, end: int) -> bool:
    return end - start == 1 and text[start] in (" ", IDEOGRAPHIC_SPACE)


def _break_paragraph(text: str, width: float, size: float) -> list[tuple[int, int]]:
    """(start, end) of each line of a paragraph without line breaks."""
    tokens = list(_tokens(text))
    limit = width / size + 1e-9
    lines: list[tuple[int, int]] = []
    n = 0
    while n < len(tokens):
        while n and n < len(tokens) and _is_space(text, *tokens[n][:2]):
            n += 1  # a space at a wrap is dropped, as a typesetter does; an indent stays
        if n == len(tokens):
            break
        first, used, k = n, 0.0, n
        while k < len(tokens):
            start, end, w = tokens[k]
            if used + w > limit and not _is_space(text, start, end):
                break
            used += w
            k += 1
        if k == first:  # one word wider than the line: break it between characters
            start, end, _ = tokens[k]
            cut = start + 1
            while cut < end and text_width(text[start : cut + 1], size) <= width:
                cut += 1
            lines.append((start, cut))
            tokens[k] = (cut, end, stringWidth(text[cut:end], cjk_font(), 1))
            n = k
            continue
        if k < len(tokens):
            k = _kinsoku(text, tokens, first, k)
        lines.append((tokens[first][0], _trim(text, tokens[first][0], tokens[k - 1][1])))
        n = k
    return lines


def _kinsoku(text: str, tokens: list[tuple[int, int, float]], first: int, k: int) -> int:
    """The break before token ``k`` moved back so that the next line does not begin
    with closing punctuation and this one does not end with an opening bracket; the
    break stays where it was if moving it would empty the line."""
    back = k
    while back > first + 1 and (
        text[tokens[back][0]] in NO_LINE_START or text[tokens[back - 1][1] - 1] in NO_LINE_END
    ):
        back -= 1
    while back > first + 1 and _is_space(text, *tokens[back - 1][:2]):
        back -= 1
    ok = text[tokens[back][0]] not in NO_LINE_START and (
        text[tokens[back - 1][1] - 1] not in NO_LINE_END
    )
    return back if ok else k


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in (" ", IDEOGRAPHIC_SPACE):
        end -= 1
    return end


def break_spans(text: str, width: float, size: float) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each line it breaks into at ``size`` in ``width``.
    Line breaks in the text are kept; an empty paragraph is an empty line."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        found = _break_paragraph(paragraph, width, size)
        spans += [(offset + s, offset + e) for s, e in found] or [(offset, offset)]
        offset += len(paragraph) + 1
    return spans


def break_lines(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at ``size``."""
    return [text[s:e] for s, e in break_spans(text, width, size)]


# --- fitting -------------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    """A text set in a box: its size, its lines, and what did not fit (to be printed
    on a continuation sheet; "" when all of it fits)."""

    size: float
    lines: tuple[str, ...]
    rest: str = ""


def lines_in(height: float, size: float) -> int:
    return int((height + 1e-6) // leading(size))


@lru_cache(maxsize=256)
def fit_block(
    text: str, width: float, height: float, size: float, min_size: float, tail: str = ""
) -> Fitted:
    """The largest size from ``size`` down to ``min_size`` in half points at which
    ``text`` fits ``width`` × ``height``; else at ``min_size`` the lines that fit,
    the last one ending in ``tail``, and the rest of the text."""
    at = size
    while at >= min_size - 1e-6:
        spans = break_spans(text, width, at)
        if len(spans) <= lines_in(height, at):
            return Fitted(at, tuple(text[s:e] for s, e in spans))
        at -= 0.5
    at = min_size
    room = lines_in(height, at)
    if room == 0:
        return Fitted(at, (), text)
    spans = break_spans(text, width, at)
    kept = [text[s:e] for s, e in spans[: room - 1]]
    start = spans[room - 1][0]
    tail_w = text_width(tail, at)
    last = break_spans(text[start:], max(width - tail_w, at), at)[0]
    end = start + last[1]
    if last[1] == 0:  # the paragraph is empty or nothing fits beside the tail
        kept.append(tail)
    else:
        kept.append(text[start:end] + tail)
    return Fitted(at, tuple(kept), text[end:].lstrip(" \n"))


def fit_line(text: str, width: float, size: float, min_size: float) -> tuple[float, str]:
    """(size, text) of one line no wider than ``width``: shrunk, then cut with …
    (for a value that has a full record elsewhere on the form, such as a name)."""
    at = size
    while at > min_size and text_width(text, at) > width:
        at = max(min_size, at - 0.5)
    if text_width(text, at) <= width:
        return at, text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", at) <= width:
            low = middle
        else:
            high = middle - 1
    return at, text[:low] + "…"


def fits_line(text: str, width: float, size: float) -> bool:
    return text_width(text, size) <= width + 1e-6


def draw_lines(c: Canvas, lines: Sequence[str], x: float, top: float, size: float) -> float:
    """Draw ``lines`` from ``top`` down, left-aligned at ``x``; returns the bottom."""
    step = leading(size)
    c.setFont(cjk_font(), size)
    y = top
    for line in lines:
        # The baseline sits where a Paragraph of this leading would put it.
        c.drawString(x, y - size * 1.02, line)
        y -= step
    return y
