"""The kinds of paper the desk prints on, and the printer offset.

Every form is laid out inside its paper's safe area: on A4 nothing comes closer than
5 mm to an edge (most laser printers cannot mark the outer 4 mm); on 241 mm
continuous paper the outer 12.7 mm on each side are tractor strips that are torn
off, and a dot-matrix head smears CJK text below 8 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm

Paper = Literal["a4", "continuous"]
# (right, down) in millimetres: where the printer puts a mark, minus where it belongs.
Offset = tuple[float, float]

# The usual continuous form is 279.4 mm (11 in) long, perforated into halves: half a
# form gives every box room at legible sizes, where a third (93.1 mm) would not.
CONTINUOUS_PAGE = (241 * mm, 279.4 * mm / 2)
TRACTOR_STRIP = 12.7 * mm
EDGE_CLEARANCE = 5 * mm


@dataclass(frozen=True)
class PaperProfile:
    """One kind of paper. Lengths in points."""

    key: str  # a Paper of the slips; other forms have papers of their own (the A6 pass)
    name: str  # as printed on a test page: "A4", "241 mm 连续纸"
    page: tuple[float, float]
    # The outermost strip on each side that is never printed on.
    clear_x: float
    clear_y: float
    # The smallest text size this paper and its printer render legibly.
    min_text: float
    # Code 128 module width: 1/100 inch is a whole number of dots at 100, 300, 600
    # and 1200 dpi (laser) and 3.6 at 360 dpi (24-pin), keeps the serial's symbol
    # within 46 mm, and still decodes from a 100 dpi scan or fax.
    bar_module: float
    bar_height: float
    # A grey fill behind captions; dot-matrix grey is a slow, blotchy dither.
    shade: Color | None
    line_width: float
    # Dot-matrix paper: no solid black areas (they wet the ribbon and smear).
    dot_matrix: bool
    tractor_strip: float = 0.0

    @property
    def width(self) -> float:
        return self.page[0]

    @property
    def height(self) -> float:
        return self.page[1]


A4_PAPER = PaperProfile(
    key="a4",
    name="A4",
    page=A4,
    clear_x=EDGE_CLEARANCE,
    clear_y=EDGE_CLEARANCE,
    min_text=7,
    bar_module=inch / 100,
    bar_height=9 * mm,
    shade=Color(0.9, 0.9, 0.9),
    line_width=0.6,
    dot_matrix=False,
)

CONTINUOUS_PAPER = PaperProfile(
    key="continuous",
    name="241 mm 连续纸（每页 139.7 mm）",
    page=CONTINUOUS_PAGE,
    clear_x=TRACTOR_STRIP + EDGE_CLEARANCE - 1 * mm,
    clear_y=EDGE_CLEARANCE,
    min_text=8,
    bar_module=inch / 100,
    bar_height=10 * mm,
    shade=None,
    line_width=0.7,
    dot_matrix=True,
    tractor_strip=TRACTOR_STRIP,
)

PAPERS: dict[str, PaperProfile] = {"a4": A4_PAPER, "continuous": CONTINUOUS_PAPER}


def paper_profile(paper: str) -> PaperProfile:
    """The profile of ``paper``; ValueError naming the choices for anything else."""
    try:
        return PAPERS[paper]
    except KeyError:
        raise ValueError(f"paper must be one of {sorted(PAPERS)}, not {paper!r}") from None


def offset_points(offset_mm: Offset) -> tuple[float, float]:
    """The offset as a PDF translation: right is +x, down is -y (PDF y grows up)."""
    dx, dy = offset_mm
    return dx * mm, -dy * mm
