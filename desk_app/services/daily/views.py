"""What a section provider of the daily summary gets; what it returns is in
``printing.daily_summary_data``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from desk_app.printing.daily_summary_data import (
    TABLE_ROWS,
    DailySection,
    DailySummary,
    DailyTable,
    Figure,
)
from desk_app.services.context import ServiceContext

__all__ = [
    "TABLE_ROWS",
    "DailyContext",
    "DailyProvider",
    "DailySection",
    "DailySummary",
    "DailyTable",
    "Figure",
]


@dataclass(frozen=True)
class DailyContext:
    """What a section provider gets: the open session and the day's bounds."""

    session: Session
    ctx: ServiceContext
    day: date
    start: datetime  # UTC start of the local day
    end: datetime  # UTC start of the next one
    now: datetime


# A kind of record adds the sections it knows (complaints, card requests ...).
DailyProvider = Callable[[DailyContext], Iterable[DailySection]]
