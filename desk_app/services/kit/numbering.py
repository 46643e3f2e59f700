"""Serial numbers such as LF-20261123-0001: unique and gap-free per kind and day.

The counter row is bumped inside the caller's writing transaction, so a rolled
back record gives its number back and two desks can never draw the same one:
SQLite serialises writers with BEGIN IMMEDIATE, PostgreSQL locks the row.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.models import SerialCounter

SERIAL_DIGITS = 4


def format_serial(kind: str, day: date, number: int) -> str:
    return f"{kind}-{day:%Y%m%d}-{number:0{SERIAL_DIGITS}d}"


def _bump(session: Session, kind: str, day: date) -> int | None:
    return session.execute(
        update(SerialCounter)
        .where(SerialCounter.kind == kind, SerialCounter.day == day)
        .values(last_value=SerialCounter.last_value + 1)
        .returning(SerialCounter.last_value)
    ).scalar_one_or_none()


def next_serial(session: Session, kind: str, day: date) -> str:
    """Take the next number of ``kind`` for ``day`` within the session's transaction."""
    number = _bump(session, kind, day)
    if number is None:
        try:
            with session.begin_nested():
                session.add(SerialCounter(kind=kind, day=day, last_value=1))
            number = 1
        except IntegrityError:
            # Another desk created the day's row first; its row lock now orders us after it.
            number = _bump(session, kind, day)
            if number is None:  # the row that refused our insert is gone: never deleted
                raise RuntimeError(f"serial counter {kind} {day} vanished") from None
    return format_serial(kind, day, number)


def last_number(session: Session, kind: str, day: date) -> int:
    value = session.scalar(
        select(SerialCounter.last_value).where(SerialCounter.kind == kind, SerialCounter.day == day)
    )
    return value or 0
