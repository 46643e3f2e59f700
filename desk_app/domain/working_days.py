"""Working days on the mainland China calendar: public holidays and the weekend days
made working days in exchange (调休), for the complaints' deadlines (docs/domain.md,
"Complaints": resolve within 7 working days).

The published calendar comes from the ``chinesecalendar`` package, which knows the
years the State Council had announced when it was released. For a year it does not
know, or to correct a day, the administrator keeps an override list (date → working
or not); without either, a day of an unknown year is a working day from Monday to
Friday, and ``known_years`` lets the setup checklist say which year needs entering.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

Overrides = Mapping[date, bool]  # True: a working day; False: a day off


def _published(day: date) -> bool | None:
    """What the published calendar says of ``day``; None for a year it does not know."""
    import chinese_calendar  # its tables load on first use, not at start-up

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return None


def is_working_day(day: date, overrides: Overrides | None = None) -> bool:
    if overrides and day in overrides:
        return overrides[day]
    published = _published(day)
    if published is not None:
        return published
    return day.weekday() < 5


def year_is_known(year: int, overrides: Overrides | None = None) -> bool:
    """Whether deadlines in ``year`` follow a real calendar: the package knows it, or
    the administrator has entered at least one of its days."""
    if _published(date(year, 1, 1)) is not None:
        return True
    return any(day.year == year for day in overrides or {})


def add_working_days(start: date, count: int, overrides: Overrides | None = None) -> date:
    """The working day ``count`` working days after ``start`` (``start`` itself does not
    count: a complaint taken on Friday with 1 working day is due on Monday, or on the
    make-up Saturday if that comes first)."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    left = count
    while left:
        day += timedelta(days=1)
        if is_working_day(day, overrides):
            left -= 1
    return day


def working_days_between(start: date, end: date, overrides: Overrides | None = None) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not
    after ``start``): how many working days a complaint took."""
    days = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day, overrides):
            days += 1
    return days
