"""What a work-order slip prints, and the measures of its boxes on each paper."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Any, Literal

from reportlab.lib.units import mm

from desk_app.printing.layout import Letterhead
from desk_app.printing.paper import A4_PAPER, CONTINUOUS_PAPER, PaperProfile, paper_profile
from desk_app.printing.text_fit import printable
from desk_app.printing.words import LOCATION_WORDS, URGENCY_WORDS

Urgency = Literal["emergency", "normal", "major"]
LocationKind = Literal["in_home", "public_area"]

# The parts (1 desk stub, 2 department, 3 resident) whose copy shows the phone
# masked, unless the settings say otherwise: the department's technician calls
# ahead, so only the receipt that goes home with the resident is masked.
DEFAULT_MASKED_PARTS = frozenset({3})


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
    a higher count marks the slip as a reprint (补打). ``dispatcher`` and
    ``dispatched_at`` are blank for an order not yet dispatched: the form leaves
    them for the pen."""

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
    masked_parts: frozenset[int] = DEFAULT_MASKED_PARTS
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
        if not set(self.masked_parts) <= {1, 2, 3}:
            raise ValueError("masked_parts holds part numbers 1 to 3")
        # A list passed by mistake would make the frozen record unhashable.
        object.__setattr__(self, "quote_lines", tuple(self.quote_lines))
        object.__setattr__(self, "masked_parts", frozenset(self.masked_parts))

    @property
    def reprint(self) -> bool:
        return self.print_count > 1

    @property
    def materials_total(self) -> Decimal:
        return sum((line.amount for line in self.quote_lines), Decimal("0"))

    def local(self, moment: datetime | None) -> str:
        return "" if moment is None else f"{moment.astimezone(self.zone):%Y-%m-%d %H:%M}"


def printable_slip(slip: SlipData) -> SlipData:
    """The slip with every character the font can draw; the rest shows as 〓."""
    # Field name -> new value, of each field's own type: Any, as dataclasses.replace takes it.
    changes: dict[str, Any] = {
        f.name: printable(getattr(slip, f.name), newlines=f.name == "description")
        for f in dataclasses.fields(slip)
        if isinstance(getattr(slip, f.name), str) and f.name != "serial"
    }
    changes["quote_lines"] = tuple(
        dataclasses.replace(line, name=printable(line.name), unit=printable(line.unit))
        for line in slip.quote_lines
    )
    head = slip.letterhead
    changes["letterhead"] = Letterhead(
        printable(head.name), printable(head.address), printable(head.phone)
    )
    return dataclasses.replace(slip, **changes)


@dataclass(frozen=True)
class SlipMeasures:
    """The boxes of one part of the slip on one paper. Lengths in points."""

    paper: PaperProfile
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
    title_size: float

    @property
    def min_size(self) -> float:
        return self.paper.min_text


_A4 = SlipMeasures(
    paper=A4_PAPER,
    part_height=A4_PAPER.height / 3,
    parts_per_page=3,
    margin_x=9 * mm,
    # The outer parts' marks keep 5 mm from the sheet's edges, as a laser printer
    # cannot mark closer; a little more so that a small offset does not cut them.
    pad_top=5.8 * mm,
    pad_bottom=5.8 * mm,
    header_h=13.6 * mm,
    footer_h=3.4 * mm,
    row_h=5.1 * mm,
    sign_h=9 * mm,
    line_h=4.2 * mm,
    label_w=16 * mm,
    label_size=7.5,
    value_size=8.5,
    text_size=9,
    title_size=18,
)

# One part per page of half an 11-inch form: plain single-ply paper, since on
# multi-ply carbonless paper every ply takes the same impression and the copies
# could not differ in what they mask.
_CONTINUOUS = SlipMeasures(
    paper=CONTINUOUS_PAPER,
    part_height=CONTINUOUS_PAPER.height,
    parts_per_page=1,
    margin_x=17 * mm,
    pad_top=6.5 * mm,
    pad_bottom=6 * mm,
    header_h=18 * mm,
    footer_h=4.4 * mm,
    row_h=6.2 * mm,
    sign_h=11 * mm,
    line_h=4.9 * mm,
    label_w=18 * mm,
    label_size=8.5,
    value_size=9.5,
    text_size=10,
    title_size=20,
)

_MEASURES = {"a4": _A4, "continuous": _CONTINUOUS}


def slip_measures(paper: str) -> SlipMeasures:
    return _MEASURES[paper_profile(paper).key]
