"""The monthly overview's figures (月度概览): a month, the month before it (环比), and
the change between them. Pure values: the services fill them, the screen and the
printout show them."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr

CONTEXT = "Monthly"  # the translation context of the overview's words


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM`` (a clear message otherwise)."""
        found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", str(text or ""))
        if found is None or not 1 <= int(found.group(2)) <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Not a month: {text}. Write it as YYYY-MM."),
                field="month",
                text=str(text or "")[:20],
            )
        return cls(int(found.group(1)), int(found.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def days(self) -> list[date]:
        first, end = self.first_day, self.next().first_day
        return [date.fromordinal(n) for n in range(first.toordinal(), end.toordinal())]

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class Label:
    """A heading or row name: ``text`` for the screen (a ``Tr`` the screen translates,
    or a label an administrator typed, shown as stored) and ``paper``, the printed
    words (the paper is Chinese whatever the interface language)."""

    text: str
    paper: str


@dataclass(frozen=True)
class Rate:
    """``part`` of ``whole``: an on-time rate, a coverage."""

    part: int
    whole: int

    @property
    def percent(self) -> float | None:
        return None if self.whole == 0 else 100.0 * self.part / self.whole


Value = int | Rate


def count_of(value: Value) -> int:
    """A figure that is a count (a total adds counts, never rates)."""
    if isinstance(value, Rate):
        raise TypeError("a rate is not a count")
    return value


def rate_of(value: Value) -> Rate:
    if not isinstance(value, Rate):
        raise TypeError("a count is not a rate")
    return value


@dataclass(frozen=True)
class Change:
    """From the month before to this month: ``absolute`` in the figure's own unit
    (a count, or percentage points for a rate) and ``percent`` relative to the month
    before; None where the month before gives nothing to compare with."""

    absolute: float | None
    percent: float | None


def change(current: Value, previous: Value) -> Change:
    if isinstance(current, Rate) and isinstance(previous, Rate):
        now, before = current.percent, previous.percent
        if now is None or before is None:
            return Change(None, None)
        return Change(now - before, None if before == 0 else 100.0 * (now - before) / before)
    assert isinstance(current, int) and isinstance(previous, int)
    return Change(
        current - previous, None if previous == 0 else 100.0 * (current - previous) / previous
    )


@dataclass(frozen=True)
class FigureRow:
    label: Label
    current: Value
    previous: Value

    @property
    def change(self) -> Change:
        return change(self.current, self.previous)


class TableKind(enum.StrEnum):
    COUNT = "count"
    RATE = "rate"


@dataclass(frozen=True)
class FigureTable:
    """One table of the overview; ``chart``: drawn as bars, this month beside the
    month before (the total row, if any, left out)."""

    title: Label
    rows: tuple[FigureRow, ...]
    kind: TableKind = TableKind.COUNT
    chart: bool = False
    total: FigureRow | None = None
    note: Label | None = None  # what the figures count, under the table


@dataclass(frozen=True)
class Section:
    key: str
    title: Label
    tables: tuple[FigureTable, ...]


@dataclass(frozen=True)
class Overview:
    month: Month
    previous: Month
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)


TOTAL = Label(Tr(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Total")), "合计")
