"""The bundled CJK font, registered with ReportLab once per process.

ReportLab embeds a subset of a TrueType font, so every PDF carries the glyphs it
uses and prints the same on a PC without Chinese fonts.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.paths import CJK_FONT_FILE

CJK_FONT = "DeskCJK"


@cache
def cjk_font() -> str:
    """Register the font on first use (0.1–0.2 s) and return its ReportLab name."""
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(CJK_FONT_FILE), subfontIndex=0))
    return CJK_FONT
