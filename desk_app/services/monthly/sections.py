"""The overview's registry: each kind of record adds a section provider — a title and
the figures of a month and the month before (``FigureTable.chart`` for a chart).
Complaints, card requests and visitors add theirs in ``services/app.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from desk_app.domain.monthly import Month, Section
from desk_app.services.context import ServiceContext


@dataclass(frozen=True)
class Period:
    """One month at the service center: local days [first, end) and the UTC instants
    [start_at, end_at) at which they begin and end."""

    month: Month
    first: date
    end: date
    start_at: datetime
    end_at: datetime

    @classmethod
    def of(cls, ctx: ServiceContext, month: Month) -> Period:
        first, end = month.first_day, month.next().first_day
        return cls(month, first, end, ctx.day_bounds(first)[0], ctx.day_bounds(end)[0])


# (session, ctx, this month, the month before) -> the section
SectionProvider = Callable[[Session, ServiceContext, Period, Period], Section]
