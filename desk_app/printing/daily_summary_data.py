"""What a daily summary prints: sections of figures and lists, in the paper's words.
Plain values, built by ``services.daily`` and drawn by ``printing.daily_summary``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

TABLE_ROWS = 40  # rows one list of the summary prints; the rest are counted


@dataclass(frozen=True)
class Figure:
    key: str  # stable ("work_orders.completed"), for tests and scripts
    label: str  # the paper's words
    value: int | Decimal  # a count, or an amount of money (yuan, two places)


@dataclass(frozen=True)
class DailyTable:
    caption: str
    headings: tuple[str, ...]
    widths_mm: tuple[float, ...]  # of 180 mm
    rows: tuple[tuple[str, ...], ...]
    total: int  # rows in all; more than ``rows`` when cut at TABLE_ROWS


@dataclass(frozen=True)
class DailySection:
    key: str
    title: str
    figures: tuple[Figure, ...]
    # Figures shown as one line each group: (group title, figures), e.g. by channel.
    groups: tuple[tuple[str, tuple[Figure, ...]], ...] = ()
    tables: tuple[DailyTable, ...] = ()
    rank: int = 100  # lower first on the paper


@dataclass(frozen=True)
class DailySummary:
    day: date
    center: str
    address: str
    phone: str
    on_duty: tuple[str, ...]
    sections: tuple[DailySection, ...]
    notes: str
    notes_by: str = ""
    printed_at: datetime | None = None  # local
    printed_by: str = ""

    def figure(self, key: str) -> int | Decimal:
        """The value of the figure ``key`` wherever it is (KeyError if none)."""
        for section in self.sections:
            for figure in section.figures + tuple(f for _, g in section.groups for f in g):
                if figure.key == key:
                    return figure.value
        raise KeyError(key)
