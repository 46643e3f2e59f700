"""What goes into the work-order services and what comes out: drafts, filters, the
list's rows and one order's detail. Plain frozen data; phones are in full (this is
the desk's own view; the slips mask them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.work_order_clock import DeadlinePhase, Level
from desk_app.domain.work_orders import (
    CALLBACK_STATUSES,
    DEFAULT_CATEGORY,
    END_STATUSES,
    LIFECYCLE,
    RESULT_OUTCOMES,
    Action,
    CallOutcome,
    HoldReason,
    Location,
    Satisfaction,
    Status,
    Urgency,
)
from desk_app.services.context import Actor
from desk_app.services.kit.links import RecordRef  # not the module: a field is named links

# -- what goes in ------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteLineDraft:
    """One material of a paid job as the clerk typed it; the amount is computed."""

    name: str
    quantity: Decimal | int | str
    unit: str
    unit_price: Decimal | int | str


@dataclass(frozen=True)
class WorkOrderDraft:
    """What the work-order form holds. ``department_id`` None takes the department
    the routing rules suggest; ``source`` (creation only) is the record the order is
    made from, linked both ways."""

    description: str
    category: str = DEFAULT_CATEGORY
    urgency: Urgency | str = Urgency.NORMAL
    location: Location | str = Location.IN_HOME
    room_id: int | None = None
    place: str = ""  # in a home: where in it ("主卫"); in a public area: where
    contact_name: str = ""
    contact_phone: str = ""
    appointment_at: datetime | None = None
    paid: bool = False
    quote_lines: tuple[QuoteLineDraft, ...] = ()
    labour_fee: Decimal | int | str = Decimal("0")
    department_id: int | None = None
    technician: str = ""
    source: RecordRef | None = None


class Sort(enum.StrEnum):
    CREATED = "created"  # newest first
    DEADLINE = "deadline"  # nearest running deadline first; none last
    CALLBACK = "callback"  # whoever is to be called next first
    COMPLETED = "completed"  # longest completed first (slips still out)


@dataclass(frozen=True)
class WorkOrderFilter:
    """Empty fields do not filter. Dates are local days of creation, both included."""

    date_from: date | None = None
    date_to: date | None = None
    statuses: tuple[str, ...] | str | None = None
    open_only: bool = False  # not closed, cancelled or voided
    urgency: str | None = None
    department_id: int | None = None
    category: str | None = None
    overdue_only: bool = False  # past the on-site or completion deadline
    due_soon_only: bool = False  # inside the warning window of that deadline
    callback_due: bool = False  # completed, waiting for the callback
    unreachable_only: bool = False  # callback failed too often (the supervisor's list)
    slip_outstanding: bool = False  # completed, paper slip not back yet
    room_id: int | None = None
    room_ids: tuple[int, ...] | None = None  # e.g. a whole building
    text: str = ""
    sort: str = Sort.CREATED


# -- what comes out --------------------------------------------------------------------------


class _OrderFacts:
    """What a list row and a detail both answer about where the order stands."""

    room_label: str
    place: str
    status: Status
    completed_at: datetime | None
    slip_returned_at: datetime | None
    handback_count: int
    reopen_count: int
    satisfaction: Satisfaction | None
    actions: frozenset[Action]
    links: tuple[RecordRef, ...]

    @property
    def where(self) -> str:
        if self.room_label and self.place:
            return f"{self.room_label} {self.place}"
        return self.room_label or self.place

    @property
    def ended(self) -> bool:
        return self.status in (Status.CANCELLED, Status.VOIDED)

    @property
    def awaiting_redispatch(self) -> bool:
        """Handed back by a department (退单) or reopened, and not dispatched again."""
        return self.status is Status.CREATED and (self.handback_count or self.reopen_count) > 0

    @property
    def callback_pending(self) -> bool:
        return self.status in CALLBACK_STATUSES

    @property
    def slip_outstanding(self) -> bool:
        return (
            self.completed_at is not None
            and self.slip_returned_at is None
            and self.status not in END_STATUSES
        )

    @property
    def offer_reopen(self) -> bool:
        """A dissatisfied callback: the UI offers the supervisor to reopen."""
        return (
            self.status is Status.CALLBACK_DONE and self.satisfaction is Satisfaction.DISSATISFIED
        )

    @property
    def source(self) -> RecordRef | None:
        """The contact entry the order was made from, if any."""
        return next((ref for ref in self.links if ref.kind == "contact"), None)

    def can(self, actor: Actor, action: Action) -> bool:
        """Whether ``actor`` may take ``action`` now (state and role)."""
        return action in self.actions and (
            LIFECYCLE.refusal(action, self, actor.user_id, actor.can) is None
        )


@dataclass(frozen=True)
class WorkOrderRow(_OrderFacts):
    """One line of a list: what the columns, the colours and the step buttons need.
    The SLA clock is as it stood when the row was read."""

    id: int
    serial: str
    created_at: datetime
    created_by_id: int
    room_id: int | None
    room_label: str
    place: str
    category_label: str
    description: str
    urgency: Urgency
    paid: bool
    department: str
    status: Status
    held_from: Status | None
    handback_count: int
    reopen_count: int
    completed_at: datetime | None
    slip_returned_at: datetime | None
    callback_next_at: datetime | None
    callback_unreachable: bool
    satisfaction: Satisfaction | None
    print_count: int
    due_at: datetime | None  # the stored running deadline: the key of the deadline sort
    deadline: datetime | None
    seconds_left: int | None
    level: Level
    deadline_phase: DeadlinePhase | None
    paused: bool
    actions: frozenset[Action] = frozenset()
    links: tuple[RecordRef, ...] = ()


@dataclass(frozen=True)
class QuoteLineRow:
    position: int
    name: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class StepRow:
    """One entry of the status history, at the time it happened (as reported)."""

    at: datetime
    actor: str
    actor_id: int
    action: str  # an Action value, or "create"
    from_status: Status | None
    to_status: Status
    department: str
    reason: str  # of a hand-back, transfer, hold...; a completion's is the work done
    hold_reason: HoldReason | None = None
    hold_until: date | None = None


@dataclass(frozen=True)
class CallbackRow:
    id: int
    order_id: int
    cycle: int
    at: datetime
    by: str
    by_id: int
    outcome: CallOutcome
    call_later_at: datetime | None
    satisfaction: Satisfaction | None
    result: str
    remarks: str
    amended_at: datetime | None
    amended_by: str

    @property
    def is_result(self) -> bool:
        """A saved result: locked, only a supervisor amends it."""
        return self.outcome in RESULT_OUTCOMES


@dataclass(frozen=True)
class PrintRow:
    copy_no: int
    printed_at: datetime
    printed_by: str
    paper: str
    reason: str = ""  # why a reprint was made

    @property
    def reprint(self) -> bool:
        return self.copy_no > 1


@dataclass(frozen=True)
class WorkOrderDetail(_OrderFacts):
    """Everything about one order: the detail pane, the form, the step forms."""

    id: int
    serial: str
    day: date
    created_at: datetime
    created_by: str
    created_by_id: int
    room_id: int | None
    room_label: str
    location: Location
    place: str
    contact_name: str
    contact_phone: str
    category: str
    category_label: str
    description: str
    urgency: Urgency
    appointment_at: datetime | None
    paid: bool
    labour_fee: Decimal
    total: Decimal
    resident_agreed_at: datetime | None
    agreement_note: str
    department_id: int | None
    department: str
    technician: str
    status: Status
    held_from: Status | None
    hold_reason: HoldReason | None
    hold_note: str
    hold_until: date | None
    hold_started_at: datetime | None
    dispatched_at: datetime | None
    dispatched_by: str
    onsite_at: datetime | None
    onsite_late: bool
    completed_at: datetime | None
    completed_late: bool
    work_done: str
    stop_gap: str
    slip_returned_at: datetime | None
    callback_due_at: datetime | None
    callback_next_at: datetime | None
    callback_attempts: int
    callback_unreachable: bool
    callback_done_at: datetime | None
    satisfaction: Satisfaction | None
    closed_at: datetime | None
    ended_at: datetime | None
    end_reason: str
    reopen_count: int
    handback_count: int
    transfer_count: int
    print_count: int
    manager_notified_at: datetime | None
    deadline: datetime | None
    seconds_left: int | None
    level: Level
    deadline_phase: DeadlinePhase | None
    paused: bool
    actions: frozenset[Action]
    links: tuple[RecordRef, ...]
    quote_lines: tuple[QuoteLineRow, ...]
    steps: tuple[StepRow, ...]
    callbacks: tuple[CallbackRow, ...]
    prints: tuple[PrintRow, ...]

    @property
    def last_result(self) -> CallbackRow | None:
        """The saved callback result a supervisor may amend, if any."""
        return next((c for c in reversed(self.callbacks) if c.is_result), None)

    def timeline(self) -> list[StepRow | CallbackRow | PrintRow]:
        """Steps, calls and prints in the order they happened."""
        entries: list[tuple[datetime, int, Any]] = [(s.at, 0, s) for s in self.steps]
        entries += [(c.at, 1, c) for c in self.callbacks]
        entries += [(p.printed_at, 2, p) for p in self.prints]
        entries.sort(key=lambda entry: (entry[0], entry[1]))
        return [item for _at, _kind, item in entries]


@dataclass(frozen=True)
class WorkOrderCounts:
    """The home screen's numbers."""

    open: int
    awaiting_dispatch: int
    on_hold: int
    overdue: int
    due_soon: int
    callbacks_pending: int
    callbacks_due: int  # pending and their time to call has come
    callbacks_overdue: int
    unreachable: int
    outstanding_slips: int
    unread_notices: int = 0


class ScanProblem(enum.StrEnum):
    NONE = ""
    ALREADY_RETURNED = "already_returned"
    NOT_COMPLETED = "not_completed"
    ENDED = "ended"


SCAN_PROBLEM_LABELS = {
    ScanProblem.ALREADY_RETURNED: QT_TRANSLATE_NOOP("WorkOrders", "The slip is already back."),
    ScanProblem.NOT_COMPLETED: QT_TRANSLATE_NOOP("WorkOrders", "The job is not completed yet."),
    ScanProblem.ENDED: QT_TRANSLATE_NOOP("WorkOrders", "The order is cancelled or voided."),
}


@dataclass(frozen=True)
class ScanResult:
    """What a scanned slip opens: the order, and whether "mark returned" is next."""

    order: WorkOrderDetail
    can_mark_returned: bool
    problem: str = ScanProblem.NONE  # a ScanProblem; SCAN_PROBLEM_LABELS words it


@dataclass(frozen=True)
class OutstandingSlip:
    order: WorkOrderRow
    age: timedelta  # since completion

    @property
    def age_hours(self) -> float:
        return self.age.total_seconds() / 3600


@dataclass(frozen=True)
class CategoryInfo:
    code: str
    label: str
    sort_order: int
    active: bool
    complete_hours: int | None


@dataclass(frozen=True)
class NoticeRow:
    id: int
    created_at: datetime
    kind: str
    entity_type: str
    entity_id: int
    serial: str
    text: str
    read_at: datetime | None
    read_by: str
