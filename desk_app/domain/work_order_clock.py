"""A work order's clock (docs/domain.md, "Work orders"): the deadlines an order is
planned with, the promise it has to keep next, where it stands against it at a moment
(in time, due soon, overdue) and what the row keeps for sorting in SQL. Time on hold
is added to the work deadlines; the clock stands still while the order waits.

Pure: the rules take any object with the order's attributes (``Clocked``) and a clock
reading, so they are tested without a database.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.work_orders import CALLBACK_STATUSES, WORK_STATUSES, Status, Urgency


@dataclass(frozen=True)
class SlaSettings:
    """The ``sla.*`` settings a work order's clock follows."""

    emergency_onsite_minutes: int = 20
    emergency_complete_hours: int = 8
    normal_complete_hours: int = 48
    warning_minutes: int = 60
    callback_hours: int = 24
    callback_max_attempts: int = 3

    KEYS = (
        "sla.emergency_onsite_minutes",
        "sla.emergency_complete_hours",
        "sla.normal_complete_hours",
        "sla.warning_minutes",
        "sla.callback_hours",
        "sla.callback_max_attempts",
    )

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> SlaSettings:
        """From a {"sla.…": value} mapping such as SettingsService.all()."""
        return cls(**{key.removeprefix("sla."): int(values[key]) for key in cls.KEYS})

    @property
    def warning(self) -> timedelta:
        return timedelta(minutes=self.warning_minutes)


class DeadlinePhase(enum.StrEnum):
    ONSITE = "onsite"  # an emergency's technician must be there
    COMPLETE = "complete"  # the job must be done
    CALLBACK = "callback"  # the resident must be called back


DEADLINE_PHASE_LABELS = {
    DeadlinePhase.ONSITE: QT_TRANSLATE_NOOP("WorkOrders", "On site by"),
    DeadlinePhase.COMPLETE: QT_TRANSLATE_NOOP("WorkOrders", "Completed by"),
    DeadlinePhase.CALLBACK: QT_TRANSLATE_NOOP("WorkOrders", "Called back by"),
}
WORK_PHASES = frozenset({DeadlinePhase.ONSITE, DeadlinePhase.COMPLETE})


class Level(enum.StrEnum):
    OK = "ok"
    AMBER = "amber"  # inside the warning window
    RED = "red"  # overdue


LEVEL_LABELS = {
    Level.OK: QT_TRANSLATE_NOOP("WorkOrders", "In time"),
    Level.AMBER: QT_TRANSLATE_NOOP("WorkOrders", "Due soon"),
    Level.RED: QT_TRANSLATE_NOOP("WorkOrders", "Overdue"),
}


def plan_deadlines(
    urgency: Urgency | str,
    start: datetime,
    appointment_at: datetime | None,
    sla: SlaSettings,
    category_hours: int | None = None,
) -> tuple[datetime | None, datetime]:
    """(on site by, completed by) for a clock started at ``start``, before any hold.

    Emergency: on site within the set minutes and done within the set hours.
    Normal and major: done by the appointment, or else within the category's own
    limit or the general one."""
    if Urgency(urgency) is Urgency.EMERGENCY:
        return (
            start + timedelta(minutes=sla.emergency_onsite_minutes),
            start + timedelta(hours=sla.emergency_complete_hours),
        )
    if appointment_at is not None:
        return None, appointment_at
    return None, start + timedelta(hours=category_hours or sla.normal_complete_hours)


class Clocked(Protocol):
    """What the clock needs of an order (the ORM row or a test's stand-in)."""

    status: str
    held_from: str
    onsite_due_at: datetime | None
    complete_due_at: datetime
    onsite_at: datetime | None
    held_seconds: int
    hold_started_at: datetime | None
    callback_due_at: datetime | None


def current_deadline(order: Clocked) -> tuple[DeadlinePhase, datetime] | None:
    """The next promise the order has to keep, with time on hold added to work
    deadlines (up to the start of a hold still running), or None."""
    status = Status(order.status)
    working = Status(order.held_from) if status is Status.ON_HOLD else status
    if working in WORK_STATUSES:
        held = timedelta(seconds=order.held_seconds)
        if order.onsite_due_at is not None and order.onsite_at is None:
            return DeadlinePhase.ONSITE, order.onsite_due_at + held
        return DeadlinePhase.COMPLETE, order.complete_due_at + held
    if working in CALLBACK_STATUSES and order.callback_due_at is not None:
        return DeadlinePhase.CALLBACK, order.callback_due_at
    return None


@dataclass(frozen=True)
class DeadlineState:
    """Where an order stands against its next deadline at one moment.

    While the order is on hold its clock stands still: ``seconds_left`` stays what
    it was when the hold began and ``deadline`` moves on with the time."""

    deadline: datetime | None
    seconds_left: int | None
    level: Level
    phase: DeadlinePhase | None = None
    paused: bool = False

    def __iter__(self):  # deadline, seconds_left, level = deadline_state(...)
        return iter((self.deadline, self.seconds_left, self.level))


NO_DEADLINE = DeadlineState(None, None, Level.OK)


def deadline_state(order: Clocked, now: datetime, settings: SlaSettings) -> DeadlineState:
    found = current_deadline(order)
    if found is None:
        return NO_DEADLINE
    phase, deadline = found
    paused = Status(order.status) is Status.ON_HOLD
    if paused and phase in WORK_PHASES and order.hold_started_at is not None:
        deadline += max(now - order.hold_started_at, timedelta(0))
    left = deadline - now
    if left < timedelta(0):
        level = Level.RED
    elif left <= settings.warning:
        level = Level.AMBER
    else:
        level = Level.OK
    return DeadlineState(deadline, math.floor(left.total_seconds()), level, phase, paused)


def stored_deadline(order: Clocked) -> tuple[str, datetime | None]:
    """(phase, due) as kept on the row for filtering and sorting in SQL: a running
    clock's deadline; none while the clock stands still on hold."""
    found = current_deadline(order)
    if found is None:
        return "", None
    phase, deadline = found
    if Status(order.status) is Status.ON_HOLD and phase in WORK_PHASES:
        return phase.value, None
    return phase.value, deadline
