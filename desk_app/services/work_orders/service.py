"""Work orders (派工单): create, dispatch, follow to completion, call back, print, scan.

Every step runs in one transaction: it checks the actor's role, asks the domain's
transition table whether the step is allowed from where the order stands, writes
the step into the status history, records an audit event and keeps the order's
running deadline (``due_at``) current so that lists filter and sort in SQL.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desk_app.domain.contacts import ContactEntry
from desk_app.domain.errors import (
    AgreementRequired,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.models import Department, User
from desk_app.domain.personal import normalize_phone
from desk_app.domain.register import Room
from desk_app.domain.roles import (
    ACTION_AMEND_CALLBACK,
    ACTION_SETTLE_UNREACHABLE,
    Permission,
    Role,
)
from desk_app.domain.settings import PAPER_PROFILES, PHONE_MASKING
from desk_app.domain.text_search import index_text
from desk_app.domain.work_orders import (
    CALLBACK_RETRY,
    CALLBACK_STATUSES,
    CONTEXT,
    DEFAULT_CATEGORY,
    END_STATUSES,
    ENTITY,
    FAILED_OUTCOMES,
    NOTICE_MAJOR_WORK_ORDER,
    RESULT_OUTCOMES,
    SERIAL_KIND,
    STATUS_LABELS,
    WORK_PHASES,
    WORK_STATUSES,
    Action,
    CallOutcome,
    DeadlinePhase,
    HoldReason,
    Level,
    Location,
    Notification,
    Satisfaction,
    SlaSettings,
    Status,
    Urgency,
    WorkOrder,
    WorkOrderCallback,
    WorkOrderCategory,
    WorkOrderPrint,
    WorkOrderQuoteLine,
    WorkOrderStep,
    available_actions,
    deadline_state,
    guess_category,
    guess_urgency,
    line_amount,
    next_status,
    plan_deadlines,
    route,
    step_refusal,
    stored_deadline,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs, links
from desk_app.services.kit.export import export_audited
from desk_app.services.kit.numbering import next_serial
from desk_app.services.kit.room_history import HistoryItem
from desk_app.services.kit.text_filter import where_text
from desk_app.services.register.labels import room_labels
from desk_app.services.settings import setting_value, setting_values

if TYPE_CHECKING:
    from desk_app.printing.work_order_slip import SlipData
    from desk_app.services.contacts.service import ContactService

# A time typed in from a slip may run a little ahead of the PC's clock.
CLOCK_SLACK = timedelta(minutes=5)
MAX_QUOTE_LINES = 30
MAX_AMOUNT = Decimal("1e8")  # no quantity or price of a repair comes near it
MAX_TOTAL = Decimal("1e9")  # what the amount columns hold, with room for every line

# -- what goes in and out ------------------------------------------------------------------


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
    source: links.RecordRef | None = None


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
    """One entry of the status history."""

    at: datetime
    actor: str
    actor_id: int
    action: str  # an Action value, or "create"
    from_status: Status | None
    to_status: Status
    department: str
    reason: str
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

    @property
    def reprint(self) -> bool:
        return self.copy_no > 1


@dataclass(frozen=True)
class WorkOrderRow:
    """Everything a list row and the detail view show of one order. Phones are in
    full: this is the desk's own view (slips mask them)."""

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
    # the SLA clock at the moment the row was read
    deadline: datetime | None
    seconds_left: int | None
    level: Level
    deadline_phase: DeadlinePhase | None
    paused: bool
    actions: frozenset[Action] = frozenset()
    links: tuple[links.RecordRef, ...] = ()

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
    def source(self) -> links.RecordRef | None:
        """The contact entry the order was made from, if any."""
        return next((ref for ref in self.links if ref.kind == "contact"), None)

    def can(self, actor: Actor, action: Action) -> bool:
        """Whether ``actor`` may take ``action`` now (state and role)."""
        return action in self.actions and (
            step_refusal(action, self, actor.user_id, actor.can) is None
        )


@dataclass(frozen=True)
class WorkOrderDetail:
    row: WorkOrderRow
    quote_lines: tuple[QuoteLineRow, ...]
    steps: tuple[StepRow, ...]
    callbacks: tuple[CallbackRow, ...]
    prints: tuple[PrintRow, ...]


class Sort(enum.StrEnum):
    CREATED = "created"  # newest first
    DEADLINE = "deadline"  # nearest running deadline first; none last
    CALLBACK = "callback"  # whoever is to be called next first


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

    order: WorkOrderRow
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


def normalize_serial(code: str) -> str:
    """A scanned or typed serial as stored: full-width folded, spaces gone, upper case."""
    return "".join(unicodedata.normalize("NFKC", code).split()).upper()


def draft_from_onward(onward: links.OnwardDraft) -> WorkOrderDraft:
    """The work-order form prefilled from a contact entry (one step onwards)."""
    phone = onward.phone.strip()
    if phone:  # kept as said if it does not parse; the form points at it when saved
        with suppress(ValidationError):
            phone = normalize_phone(phone, field="contact_phone")
    in_home = onward.room_id is not None
    return WorkOrderDraft(
        description=onward.text,
        category=guess_category(onward.text),
        urgency=guess_urgency(onward.text),
        location=Location.IN_HOME if in_home else Location.PUBLIC_AREA,
        room_id=onward.room_id,
        place="" if in_home else onward.place,
        contact_name=onward.contact_name,
        contact_phone=phone,
        source=onward.source,
    )


# -- the service ---------------------------------------------------------------------------


class WorkOrderService:
    def __init__(self, ctx: ServiceContext, contacts: ContactService):
        self.ctx = ctx
        self.contacts = contacts

    # -- categories and routing ------------------------------------------------------

    def categories(self, include_inactive: bool = False) -> list[CategoryInfo]:
        with self.ctx.db.read() as session:
            query = select(WorkOrderCategory).order_by(WorkOrderCategory.sort_order)
            if not include_inactive:
                query = query.where(WorkOrderCategory.active.is_(True))
            return [_category_info(c) for c in session.scalars(query)]

    def save_category(
        self,
        actor: Actor,
        code: str,
        label: str,
        *,
        active: bool = True,
        complete_hours: int | None = None,
    ) -> CategoryInfo:
        """Add or change a category (admin); categories in use are disabled, never removed."""
        require(actor, Permission.ADMINISTER)
        code = inputs.line(code, "code", inputs.limits.LABEL)
        label = inputs.line(label, "label", inputs.limits.LABEL)
        if not code or not label:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A category needs a code and a name of at most 20 characters."
                ),
                field="label",
            )
        if complete_hours is not None and not 1 <= complete_hours <= 24 * 30:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Completion limit: enter {low} to {high} hours."),
                field="complete_hours",
                low=1,
                high=24 * 30,
            )
        with self.ctx.db.write() as session:
            row = session.get(WorkOrderCategory, code)
            new = {"label": label, "active": active, "complete_hours": complete_hours}
            if row is None:
                order = session.scalar(select(func.max(WorkOrderCategory.sort_order))) or 0
                row = WorkOrderCategory(code=code, sort_order=order + 1, **new)
                session.add(row)
                audit.record(
                    session, self.ctx, actor, "create", "work_order_category", code, new=new
                )
            else:
                before = {
                    "label": row.label,
                    "active": row.active,
                    "complete_hours": row.complete_hours,
                }
                old, changed = audit.changed_fields(before, new)
                if changed:
                    row.label, row.active, row.complete_hours = label, active, complete_hours
                    audit.record(
                        session,
                        self.ctx,
                        actor,
                        "update",
                        "work_order_category",
                        code,
                        old=old,
                        new=changed,
                    )
            return _category_info(row)

    def suggest_department(
        self, category: str, location: Location | str, paid: bool = False
    ) -> int | None:
        """The department the routing rules send such a job to (None if it is gone)."""
        with self.ctx.db.read() as session:
            return _suggested_department(session, category, location, paid)

    def draft_from_contact(self, actor: Actor, entry_id: int) -> WorkOrderDraft:
        """The form of a work order made from a contact entry, prefilled."""
        draft = draft_from_onward(self.contacts.onward_draft(actor, entry_id))
        with self.ctx.db.read() as session:
            department = _suggested_department(session, draft.category, draft.location, False)
        return replace(draft, department_id=department)

    # -- create and edit ---------------------------------------------------------------

    def create(self, actor: Actor, draft: WorkOrderDraft) -> WorkOrderRow:
        """Open an order; its serial PG-YYYYMMDD-NNNN is taken in the same transaction.
        A major order notifies the managers at once."""
        require(actor, Permission.LOG_WORK)
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            values, lines = self._clean(session, draft)
            self._check_appointment(values["appointment_at"])
            source = self._check_source(session, draft.source)
            day = self.ctx.local(now).date()
            order = WorkOrder(
                serial=next_serial(session, SERIAL_KIND, day),
                day=day,
                created_at=now,
                created_by_id=actor.user_id,
                status=Status.CREATED.value,
                clock_start_at=now,
                quote_revision=1 if lines else 0,
                **_defaults(),
                **values,
            )
            order.search_text = _search_text(order)
            self._plan(session, order)
            session.add(order)
            session.flush()
            self._add_lines(session, order, lines)
            session.add(
                WorkOrderStep(
                    order_id=order.id,
                    at=now,
                    actor_id=actor.user_id,
                    action="create",
                    from_status="",
                    to_status=Status.CREATED.value,
                    department_id=order.department_id,
                    reason="",
                )
            )
            audit.record(session, self.ctx, actor, "create", ENTITY, order.id, new=_snapshot(order))
            if source is not None:
                links.link(session, self.ctx, actor, source, links.RecordRef(ENTITY, order.id))
            if order.urgency == Urgency.MAJOR:
                self._notify_managers(session, actor, order)
            self._refresh_due(order)
            return self._rows(session, [order])[0]

    def update(
        self, actor: Actor, order_id: int, draft: WorkOrderDraft, reason: str = ""
    ) -> WorkOrderRow:
        """Amend an order that is still being worked on: its author or a supervisor.
        A changed quote needs the resident's agreement again; the department changes
        only before dispatch (afterwards: transfer)."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.write() as session:
            order = self._get(session, order_id, lock=True)
            if Status(order.status) not in WORK_STATUSES:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{record} is {status}; it can no longer be edited."
                    ),
                    record=order.serial,
                    status=Tr(CONTEXT, STATUS_LABELS[Status(order.status)]),
                )
            if order.created_by_id != actor.user_id and not actor.can(Permission.APPROVE):
                require(actor, Permission.EDIT_OWN)
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only the clerk who opened an order or a supervisor can change it.",
                    )
                )
            values, lines = self._clean(session, draft)
            if values["department_id"] != order.department_id:
                if draft.department_id is None:
                    values["department_id"] = order.department_id  # keep what was chosen
                elif order.status != Status.CREATED:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{record} has been dispatched: transfer it to change the department.",
                        ),
                        field="department_id",
                        record=order.serial,
                    )
            if values["appointment_at"] != order.appointment_at:
                self._check_appointment(values["appointment_at"])
            before = _snapshot(order)
            old_lines = self._lines(session, order)
            for key, value in values.items():
                setattr(order, key, value)
            new_lines = [QuoteLineRow(n + 1, *line) for n, line in enumerate(lines)]
            quote_changed = (
                [_line_key(line) for line in old_lines] != [_line_key(line) for line in new_lines]
                or before["labour_fee"] != order.labour_fee
                or before["paid"] != order.paid
            )
            if quote_changed:
                order.quote_revision += 1
                self._add_lines(session, order, lines)
                order.resident_agreed_at, order.agreement_note = None, ""
            order.search_text = _search_text(order)
            self._plan(session, order)
            after = _snapshot(order)
            if quote_changed:
                before["quote"] = [_line_text(line) for line in old_lines]
                after["quote"] = [_line_text(line) for line in new_lines]
            old, new = audit.changed_fields(before, after)
            if new:
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "update",
                    ENTITY,
                    order.id,
                    old=old,
                    new=new,
                    reason=inputs.text(reason, "reason"),
                )
            if order.urgency == Urgency.MAJOR and order.manager_notified_at is None:
                self._notify_managers(session, actor, order)
            self._refresh_due(order)
            return self._rows(session, [order])[0]

    def record_agreement(self, actor: Actor, order_id: int, note: str = "") -> WorkOrderRow:
        """The resident agrees to the quote of a paid job (needed before dispatch)."""
        require(actor, Permission.LOG_WORK)
        note = inputs.line(note, "agreement_note", inputs.limits.NOTE)
        with self.ctx.db.write() as session:
            order = self._get(session, order_id, lock=True)
            if not order.paid:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{record} is free of charge: there is no quote."),
                    field="paid",
                    record=order.serial,
                )
            if Status(order.status) not in WORK_STATUSES:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{record} is {status}; it can no longer be edited."
                    ),
                    record=order.serial,
                    status=Tr(CONTEXT, STATUS_LABELS[Status(order.status)]),
                )
            order.resident_agreed_at = self.ctx.now()
            order.agreement_note = note
            audit.record(
                session,
                self.ctx,
                actor,
                "agreement",
                ENTITY,
                order.id,
                new={"total": order.total, "note": order.agreement_note},
            )
            return self._rows(session, [order])[0]

    # -- the life cycle ------------------------------------------------------------------

    def dispatch(
        self,
        actor: Actor,
        order_id: int,
        department_id: int | None = None,
        technician: str | None = None,
    ) -> WorkOrderRow:
        """Send the order to a department's supervisor (default: the one on the order).
        A paid job needs the resident's agreement to the quote first."""
        if technician is not None:
            technician = inputs.line(technician, "technician", inputs.limits.NAME)

        def change(session: Session, order: WorkOrder, now: datetime):
            department = self._department(session, department_id or order.department_id)
            if order.paid and order.resident_agreed_at is None:
                raise AgreementRequired(field="resident_agreed", record=order.serial)
            old = {"department_id": order.department_id, "technician": order.technician}
            order.department_id = department.id
            if technician is not None:
                order.technician = technician
            order.dispatched_at, order.dispatched_by_id = now, actor.user_id
            return old, {"department_id": department.id, "technician": order.technician}

        return self._step(actor, order_id, Action.DISPATCH, change)

    def arrive(
        self, actor: Actor, order_id: int, at: datetime | None = None, note: str = ""
    ) -> WorkOrderRow:
        """The technician is on site (time as written on the slip, default now)."""
        note = inputs.text(note, "note")

        def change(session: Session, order: WorkOrder, now: datetime):
            moment = self._moment(at, order.dispatched_at, "at")
            if order.onsite_at is None:  # the first arrival of this cycle keeps the SLA
                order.onsite_at = moment
                if order.onsite_due_at is not None:
                    held = timedelta(seconds=order.held_seconds)
                    order.onsite_late = moment > order.onsite_due_at + held
            return {}, {"onsite_at": moment, "onsite_late": order.onsite_late}

        return self._step(actor, order_id, Action.ARRIVE, change, reason=note)

    def complete(
        self,
        actor: Actor,
        order_id: int,
        *,
        at: datetime | None = None,
        work_done: str = "",
        stop_gap: str = "",
    ) -> WorkOrderRow:
        """The job is done. Late completion is recorded on the order; an emergency
        done late needs the stop-gap measure taken and the explanation."""
        work_done = inputs.text(work_done, "work_done")
        stop_gap = inputs.text(stop_gap, "stop_gap")

        def change(session: Session, order: WorkOrder, now: datetime):
            moment = self._moment(at, order.onsite_at or order.dispatched_at, "at")
            deadline = order.complete_due_at + timedelta(seconds=order.held_seconds)
            late = moment > deadline
            gap = stop_gap
            if late and order.urgency == Urgency.EMERGENCY and len(gap) < 2:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{record} is an emergency completed after its deadline ({deadline}): "
                        "record the stop-gap measure and the explanation.",
                    ),
                    field="stop_gap",
                    record=order.serial,
                    deadline=self._clock_text(deadline),
                )
            sla = self._sla(session)
            order.completed_at, order.completed_late = moment, late
            order.work_done, order.stop_gap = work_done, gap
            order.callback_due_at = moment + timedelta(hours=sla.callback_hours)
            order.callback_next_at = moment
            order.callback_attempts, order.callback_unreachable = 0, False
            order.search_text = _search_text(order)
            new = {"completed_at": moment, "completed_late": late, "work_done": order.work_done}
            if gap:
                new["stop_gap"] = gap
            return {}, new

        return self._step(actor, order_id, Action.COMPLETE, change, reason=stop_gap)

    def hold(
        self,
        actor: Actor,
        order_id: int,
        reason: HoldReason | str,
        until: date,
        note: str = "",
    ) -> WorkOrderRow:
        """The order waits (parts, resident away) until about ``until``: its clock
        stops until it is resumed."""
        kind = inputs.choice(HoldReason, reason, "hold_reason")
        note = inputs.text(note, "note")
        if isinstance(until, datetime):
            until = self.ctx.local(until).date()
        if kind is HoldReason.OTHER:
            note = inputs.reason(note, "note")  # "other" has to say what
        if until is None or until < self.ctx.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give the date the work is expected to go on."),
                field="until",
            )

        def change(session: Session, order: WorkOrder, now: datetime):
            order.held_from = order.status
            order.hold_reason, order.hold_note, order.hold_until = kind.value, note, until
            order.hold_started_at = now
            return {}, {"hold_reason": kind.value, "hold_until": until, "held_from": order.status}

        return self._step(
            actor,
            order_id,
            Action.HOLD,
            change,
            reason=note,
            hold_reason=kind.value,
            hold_until=until,
        )

    def resume(self, actor: Actor, order_id: int, note: str = "") -> WorkOrderRow:
        """Back to the state it was held from; the time on hold is added to its deadlines."""
        note = inputs.text(note, "note")

        def change(session: Session, order: WorkOrder, now: datetime):
            held = int((now - order.hold_started_at).total_seconds())
            order.held_seconds += max(held, 0)
            old = {"hold_reason": order.hold_reason, "hold_until": order.hold_until}
            order.held_from, order.hold_started_at = "", None
            order.hold_reason, order.hold_note, order.hold_until = "", "", None
            return old, {"held_seconds": order.held_seconds}

        return self._step(actor, order_id, Action.RESUME, change, reason=note)

    def hand_back(self, actor: Actor, order_id: int, reason: str) -> WorkOrderRow:
        """退单: the department gives the order back to the desk, awaiting re-dispatch."""
        reason = inputs.reason(reason)

        def change(session: Session, order: WorkOrder, now: datetime):
            old = {"technician": order.technician}
            order.handback_count += 1
            order.technician = ""
            order.dispatched_at, order.dispatched_by_id = None, None
            return old, {"handback_count": order.handback_count}

        return self._step(actor, order_id, Action.HAND_BACK, change, reason=reason)

    def transfer(
        self, actor: Actor, order_id: int, department_id: int, reason: str, technician: str = ""
    ) -> WorkOrderRow:
        """转单: the desk sends a dispatched order to another department."""
        reason = inputs.reason(reason)
        technician = inputs.line(technician, "technician", inputs.limits.NAME)

        def change(session: Session, order: WorkOrder, now: datetime):
            department = self._department(session, department_id)
            if department.id == order.department_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{record} is already with {department}: choose another one."
                    ),
                    field="department_id",
                    record=order.serial,
                    department=department.name,
                )
            old = {"department_id": order.department_id, "technician": order.technician}
            order.department_id, order.technician = department.id, technician
            order.transfer_count += 1
            order.dispatched_at, order.dispatched_by_id = now, actor.user_id
            return old, {"department_id": department.id, "technician": order.technician}

        return self._step(
            actor, order_id, Action.TRANSFER, change, reason=reason, department_id=department_id
        )

    def cancel(self, actor: Actor, order_id: int, reason: str) -> WorkOrderRow:
        """The job is no longer wanted (with a reason): a supervisor's call, or the
        clerk who opened it while it awaits its first dispatch (see domain.roles)."""
        return self._end(actor, order_id, Action.CANCEL, reason)

    def void(self, actor: Actor, order_id: int, reason: str) -> WorkOrderRow:
        """The order was entered in error (supervisor, with a reason); it stays listed."""
        return self._end(actor, order_id, Action.VOID, reason)

    def close(self, actor: Actor, order_id: int) -> WorkOrderRow:
        """Called back and the slip is back: the order is closed (a major one by a
        supervisor or manager)."""

        def change(session: Session, order: WorkOrder, now: datetime):
            if order.slip_returned_at is None:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The slip of {record} has not come back yet: mark it returned first.",
                    ),
                    record=order.serial,
                )
            order.closed_at = now
            return {}, {}

        return self._step(actor, order_id, Action.CLOSE, change)

    def reopen(self, actor: Actor, order_id: int, reason: str) -> WorkOrderRow:
        """A supervisor reopens a called-back or closed order (e.g. after a dissatisfied
        callback): it awaits dispatch again with a fresh clock; reopen_count counts."""
        reason = inputs.reason(reason)

        def change(session: Session, order: WorkOrder, now: datetime):
            old = {
                "completed_at": order.completed_at,
                "satisfaction": order.satisfaction,
                "closed_at": order.closed_at,
            }
            order.reopen_count += 1
            order.clock_start_at, order.held_seconds = now, 0
            order.appointment_at = None
            order.technician = ""
            order.dispatched_at = order.dispatched_by_id = None
            order.onsite_at, order.onsite_late = None, False
            order.completed_at, order.completed_late = None, False
            order.work_done = order.stop_gap = ""
            order.slip_returned_at = None
            order.callback_due_at = order.callback_next_at = order.callback_done_at = None
            order.callback_attempts, order.callback_unreachable = 0, False
            order.satisfaction = ""
            order.closed_at = None
            order.search_text = _search_text(order)
            self._plan(session, order)
            return old, {"reopen_count": order.reopen_count}

        return self._step(actor, order_id, Action.REOPEN, change, reason=reason)

    # -- returned slips --------------------------------------------------------------------

    def scan(self, actor: Actor, code: str) -> ScanResult:
        """The order of a scanned (or typed) serial, and whether its slip can be marked
        returned now. NotFound if no order has that serial."""
        require(actor, Permission.VIEW_RECORDS)
        serial = normalize_serial(inputs.search(code))
        with self.ctx.db.read() as session:
            order = session.scalar(select(WorkOrder).where(WorkOrder.serial == serial))
            if order is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No work order with the serial {serial}."),
                    field="serial",
                    serial=serial or code,
                )
            row = self._rows(session, [order])[0]
        if Action.RETURN_SLIP in row.actions:
            return ScanResult(row, True)
        if row.slip_returned_at is not None:
            problem = ScanProblem.ALREADY_RETURNED
        elif row.status in END_STATUSES:
            problem = ScanProblem.ENDED
        else:
            problem = ScanProblem.NOT_COMPLETED
        return ScanResult(row, False, problem)

    def mark_returned(self, actor: Actor, order_id: int) -> WorkOrderRow:
        """返单: the department's signed copy is back at the desk."""

        def change(session: Session, order: WorkOrder, now: datetime):
            if order.slip_returned_at is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The slip of {record} is already back."),
                    record=order.serial,
                )
            order.slip_returned_at = now
            return {}, {"slip_returned_at": now}

        return self._step(actor, order_id, Action.RETURN_SLIP, change)

    def outstanding_slips(
        self, actor: Actor, offset: int = 0, limit: int = 200
    ) -> list[OutstandingSlip]:
        """Completed orders whose paper slip has not come back, oldest first."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            query = (
                self._filtered(session, WorkOrderFilter(slip_outstanding=True))
                .order_by(WorkOrder.completed_at, WorkOrder.id)
                .offset(offset)
                .limit(limit)
            )
            rows = self._rows(session, list(session.scalars(query)))
        now = self.ctx.now()
        return [OutstandingSlip(row, now - row.completed_at) for row in rows]

    # -- callbacks (回访) -----------------------------------------------------------------

    def log_callback_attempt(
        self,
        actor: Actor,
        order_id: int,
        outcome: CallOutcome | str,
        *,
        call_later_at: datetime | None = None,
        remarks: str = "",
    ) -> WorkOrderRow:
        """A callback that got no result: no answer, busy, or "call me later at …".
        After sla.callback_max_attempts failed tries the order is marked unreachable."""
        require(actor, Permission.LOG_WORK)
        outcome = inputs.choice(CallOutcome, outcome, "outcome")
        remarks = inputs.text(remarks, "remarks")
        if outcome not in (CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.CALL_LATER):
            raise ValidationError(field="outcome")
        now = self.ctx.now()
        if outcome is CallOutcome.CALL_LATER and (call_later_at is None or call_later_at <= now):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give the time the resident asked to be called."),
                field="call_later_at",
            )
        with self.ctx.db.write() as session:
            order = self._get(session, order_id, lock=True)
            next_status(order.status, Action.CALLBACK, record=order.serial)  # still pending?
            session.add(
                WorkOrderCallback(
                    order_id=order.id,
                    cycle=order.reopen_count,
                    at=now,
                    by_id=actor.user_id,
                    outcome=outcome.value,
                    call_later_at=call_later_at if outcome is CallOutcome.CALL_LATER else None,
                    remarks=remarks,
                )
            )
            new: dict = {"outcome": outcome.value}
            if outcome in FAILED_OUTCOMES:
                order.callback_attempts += 1
                order.callback_next_at = now + CALLBACK_RETRY
                new["attempts"] = order.callback_attempts
            else:
                order.callback_next_at = call_later_at
                new["call_later_at"] = call_later_at
            audit.record(session, self.ctx, actor, "callback_attempt", ENTITY, order.id, new=new)
            sla = self._sla(session)
            if (
                order.callback_attempts >= sla.callback_max_attempts
                and not order.callback_unreachable
            ):
                order.callback_unreachable = True
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "callback_unreachable",
                    ENTITY,
                    order.id,
                    new={"attempts": order.callback_attempts},
                )
            return self._rows(session, [order])[0]

    def record_callback(
        self,
        actor: Actor,
        order_id: int,
        satisfaction: Satisfaction | str,
        *,
        result: str = "",
        remarks: str = "",
    ) -> WorkOrderRow:
        """The resident was reached: the result is saved and locked. A dissatisfied
        result leaves ``offer_reopen`` set on the row (see ``reopen``)."""
        rating = inputs.choice(Satisfaction, satisfaction, "satisfaction")
        result = inputs.text(result, "result")
        remarks = inputs.text(remarks, "remarks")

        def change(session: Session, order: WorkOrder, now: datetime):
            session.add(
                WorkOrderCallback(
                    order_id=order.id,
                    cycle=order.reopen_count,
                    at=now,
                    by_id=actor.user_id,
                    outcome=CallOutcome.REACHED.value,
                    satisfaction=rating.value,
                    result=result,
                    remarks=remarks,
                )
            )
            order.satisfaction, order.callback_done_at = rating.value, now
            order.callback_next_at = None
            return {}, {"satisfaction": rating.value, "result": result}

        return self._step(actor, order_id, Action.CALLBACK, change)

    def settle_unreachable(self, actor: Actor, order_id: int, remarks: str) -> WorkOrderRow:
        """The supervisor ends the callback of an order nobody could reach, so that it
        can be closed; recorded as an "unreachable" result with the reason."""
        require(actor, Permission.APPROVE, ACTION_SETTLE_UNREACHABLE)
        remarks = inputs.reason(remarks, "remarks")

        def change(session: Session, order: WorkOrder, now: datetime):
            if not order.callback_unreachable:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{record} has not been marked unreachable; call again."
                    ),
                    record=order.serial,
                )
            session.add(
                WorkOrderCallback(
                    order_id=order.id,
                    cycle=order.reopen_count,
                    at=now,
                    by_id=actor.user_id,
                    outcome=CallOutcome.UNREACHABLE.value,
                    result=remarks,
                )
            )
            order.callback_done_at, order.callback_next_at = now, None
            return {}, {"outcome": CallOutcome.UNREACHABLE.value}

        return self._step(actor, order_id, Action.CALLBACK, change, reason=remarks)

    def amend_callback(
        self,
        actor: Actor,
        callback_id: int,
        *,
        reason: str,
        satisfaction: Satisfaction | str | None = None,
        result: str | None = None,
        remarks: str | None = None,
    ) -> CallbackRow:
        """Change a saved callback result (supervisor, with a reason; audited).
        Fields left None stay as they are."""
        require(actor, Permission.APPROVE, ACTION_AMEND_CALLBACK)
        reason = inputs.reason(reason)
        with self.ctx.db.write() as session:
            call = session.get(WorkOrderCallback, callback_id, with_for_update=True)
            if call is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No callback with number {id}."), id=callback_id
                )
            if CallOutcome(call.outcome) not in RESULT_OUTCOMES:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only a saved callback result can be amended, not a missed call."
                    )
                )
            before = {
                "satisfaction": call.satisfaction,
                "result": call.result,
                "remarks": call.remarks,
            }
            after = dict(before)
            if satisfaction is not None:
                if call.outcome != CallOutcome.REACHED:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Nobody was reached: there is no satisfaction to record."
                        ),
                        field="satisfaction",
                    )
                after["satisfaction"] = inputs.choice(
                    Satisfaction, satisfaction, "satisfaction"
                ).value
            if result is not None:
                after["result"] = inputs.text(result, "result")
            if remarks is not None:
                after["remarks"] = inputs.text(remarks, "remarks")
            old, new = audit.changed_fields(before, after)
            if new:
                call.satisfaction, call.result, call.remarks = (
                    after["satisfaction"],
                    after["result"],
                    after["remarks"],
                )
                call.amended_at, call.amended_by_id = self.ctx.now(), actor.user_id
                order = self._get(session, call.order_id, lock=True)
                if call.cycle == order.reopen_count and order.callback_done_at is not None:
                    order.satisfaction = call.satisfaction
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "amend_callback",
                    ENTITY,
                    call.order_id,
                    old={"callback_id": call.id, **old},
                    new={"callback_id": call.id, **new},
                    reason=reason,
                )
            return self._callback_rows(session, [call])[0]

    def callback_list(self, actor: Actor, offset: int = 0, limit: int = 200) -> list[WorkOrderRow]:
        """Every completed order still to be called back, whoever is next first."""
        flt = WorkOrderFilter(callback_due=True, sort=Sort.CALLBACK)
        return self.search(actor, flt, offset, limit)

    def unreachable_callbacks(
        self, actor: Actor, offset: int = 0, limit: int = 200
    ) -> list[WorkOrderRow]:
        """Orders nobody could be reached for: the supervisor's list."""
        flt = WorkOrderFilter(unreachable_only=True, sort=Sort.CALLBACK)
        return self.search(actor, flt, offset, limit)

    # -- notices for the managers ------------------------------------------------------------

    def notices(self, actor: Actor, unread_only: bool = True, limit: int = 100) -> list[NoticeRow]:
        """What the actor was notified of (managers: major work orders), newest first."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            query = self._notices_query(actor).order_by(
                Notification.created_at.desc(), Notification.id.desc()
            )
            if unread_only:
                query = query.where(Notification.read_at.is_(None))
            notes = list(session.scalars(query.limit(limit)))
            serials = dict(
                session.execute(
                    select(WorkOrder.id, WorkOrder.serial).where(
                        WorkOrder.id.in_([n.entity_id for n in notes if n.entity_type == ENTITY])
                    )
                ).all()
            )
            users = _user_names(session)
            return [
                NoticeRow(
                    id=n.id,
                    created_at=n.created_at,
                    kind=n.kind,
                    entity_type=n.entity_type,
                    entity_id=n.entity_id,
                    serial=serials.get(n.entity_id, "") if n.entity_type == ENTITY else "",
                    text=n.text,
                    read_at=n.read_at,
                    read_by=users.get(n.read_by_id, ""),
                )
                for n in notes
            ]

    def acknowledge_notice(self, actor: Actor, notice_id: int) -> None:
        with self.ctx.db.write() as session:
            note = session.scalar(self._notices_query(actor).where(Notification.id == notice_id))
            if note is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No notice with number {id}."), id=notice_id
                )
            if note.read_at is None:
                note.read_at, note.read_by_id = self.ctx.now(), actor.user_id
                audit.record(session, self.ctx, actor, "acknowledge", "notification", note.id)

    # -- paper -------------------------------------------------------------------------------

    def print_slips(
        self, actor: Actor, order_ids: Sequence[int], *, paper: str | None = None
    ) -> bytes:
        """The three-part slips of one or several orders as one PDF, on the paper of
        the settings unless given, shifted by the printer offset. Every print is
        logged and counted; from the second one on the slip says 补打."""
        require(actor, Permission.LOG_WORK)
        if not order_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose at least one work order to print."),
                field="orders",
            )
        from desk_app.printing.work_order_slip import render_slips

        with self.ctx.db.write() as session:
            paper = self._paper(session, paper)
            offset = self._offset(session)
            now = self.ctx.now()
            orders = []
            for order_id in dict.fromkeys(order_ids):
                order = self._get(session, order_id, lock=True)
                if order.status in (Status.CANCELLED, Status.VOIDED):
                    raise Conflict(
                        QT_TRANSLATE_NOOP("Errors", "{record} is {status}; it is not printed."),
                        record=order.serial,
                        status=Tr(CONTEXT, STATUS_LABELS[Status(order.status)]),
                    )
                orders.append(order)
            slips = [self._slip(session, o, actor, now, o.print_count + 1) for o in orders]
            # Only a PDF that exists is a print: should rendering fail, nothing is counted
            # and the next print is still the first. The orders stay locked meanwhile, so
            # no other desk prints the same copy number.
            pdf = render_slips(slips, paper=paper, offset_mm=offset)
            for order in orders:
                order.print_count += 1
                session.add(
                    WorkOrderPrint(
                        order_id=order.id,
                        copy_no=order.print_count,
                        printed_at=now,
                        printed_by_id=actor.user_id,
                        paper=paper,
                    )
                )
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "print" if order.print_count == 1 else "reprint",
                    ENTITY,
                    order.id,
                    new={"print_count": order.print_count, "paper": paper},
                )
        return pdf

    def slip_data(self, actor: Actor, order_id: int) -> SlipData:
        """What the next print of the order's slip will show (nothing is logged)."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.read() as session:
            order = self._get(session, order_id)
            return self._slip(session, order, actor, self.ctx.now(), order.print_count + 1)

    def print_calibration(
        self,
        actor: Actor,
        *,
        paper: str | None = None,
        offset_mm: tuple[float, float] | None = None,
    ) -> bytes:
        """The printer calibration page, on the settings' paper and offset unless given."""
        if not actor.can(Permission.ADMINISTER):
            require(actor, Permission.LOG_WORK)
        from desk_app.printing.calibration_page import render_calibration_page

        with self.ctx.db.write() as session:
            paper = self._paper(session, paper)
            offset = offset_mm if offset_mm is not None else self._offset(session)
            pdf = render_calibration_page(paper=paper, offset_mm=offset)
            audit.record(
                session,
                self.ctx,
                actor,
                "print_calibration",
                "printer",
                paper,
                new={"offset_x_mm": offset[0], "offset_y_mm": offset[1]},
            )
        return pdf

    def export(self, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path) -> int:
        """The orders opened in a date range, with Chinese column names (supervisor)."""
        require(actor, Permission.EXPORT)
        flt = WorkOrderFilter(date_from=date_from, date_to=date_to)
        total = self.count(actor, flt)

        def when(moment: datetime | None) -> str:
            return self.ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

        def rows():
            for offset in range(0, total, 2000):
                for row in self.search(actor, flt, offset, 2000):
                    yield (
                        row.serial,
                        when(row.created_at),
                        row.where,
                        LOCATION_WORDS[row.location],
                        row.contact_name,
                        row.contact_phone,
                        row.category_label,
                        row.description,
                        URGENCY_WORDS[row.urgency],
                        when(row.appointment_at),
                        "有偿" if row.paid else "无偿",
                        row.total.quantize(Decimal("0.01")) if row.paid else "",  # a number, to sum
                        row.department,
                        row.technician,
                        STATUS_WORDS[row.status],
                        when(row.dispatched_at),
                        when(row.onsite_at),
                        when(row.completed_at),
                        "是" if row.completed_late else "",
                        row.stop_gap,
                        when(row.slip_returned_at),
                        when(row.callback_done_at),
                        SATISFACTION_WORDS[row.satisfaction] if row.satisfaction else "",
                        when(row.closed_at),
                        row.reopen_count or "",
                        row.end_reason,
                    )

        return export_audited(
            self.ctx,
            actor,
            "work_orders",
            f"{date_from}..{date_to}",
            path,
            fmt,
            EXPORT_HEADER,
            rows(),
        )

    # -- reading -------------------------------------------------------------------------------

    def get(self, actor: Actor, order_id: int) -> WorkOrderRow:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return self._rows(session, [self._get(session, order_id)])[0]

    def get_by_serial(self, actor: Actor, serial: str) -> WorkOrderRow:
        return self.scan(actor, serial).order

    def detail(self, actor: Actor, order_id: int) -> WorkOrderDetail:
        """The order with its quote, status history, callbacks and prints."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            order = self._get(session, order_id)
            row = self._rows(session, [order])[0]
            users = _user_names(session)
            departments = _department_names(session)
            steps = session.scalars(
                select(WorkOrderStep)
                .where(WorkOrderStep.order_id == order.id)
                .order_by(WorkOrderStep.at, WorkOrderStep.id)
            )
            calls = list(
                session.scalars(
                    select(WorkOrderCallback)
                    .where(WorkOrderCallback.order_id == order.id)
                    .order_by(WorkOrderCallback.at, WorkOrderCallback.id)
                )
            )
            prints = session.scalars(
                select(WorkOrderPrint)
                .where(WorkOrderPrint.order_id == order.id)
                .order_by(WorkOrderPrint.id)
            )
            return WorkOrderDetail(
                row=row,
                quote_lines=tuple(self._lines(session, order)),
                steps=tuple(
                    StepRow(
                        at=s.at,
                        actor=users.get(s.actor_id, ""),
                        actor_id=s.actor_id,
                        action=s.action,
                        from_status=Status(s.from_status) if s.from_status else None,
                        to_status=Status(s.to_status),
                        department=departments.get(s.department_id, ""),
                        reason=s.reason,
                        hold_reason=HoldReason(s.hold_reason) if s.hold_reason else None,
                        hold_until=s.hold_until,
                    )
                    for s in steps
                ),
                callbacks=tuple(self._callback_rows(session, calls)),
                prints=tuple(
                    PrintRow(p.copy_no, p.printed_at, users.get(p.printed_by_id, ""), p.paper)
                    for p in prints
                ),
            )

    def history(self, actor: Actor, order_id: int) -> list[audit.AuditEvent]:
        require(actor, Permission.VIEW_RECORDS)
        return audit.history(self.ctx, ENTITY, order_id)

    def search(
        self, actor: Actor, flt: WorkOrderFilter, offset: int = 0, limit: int = 200
    ) -> list[WorkOrderRow]:
        """Filtering and sorting happen in the database."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            query = self._filtered(session, flt)
            if flt.sort == Sort.DEADLINE:
                query = query.order_by(WorkOrder.due_at.is_(None), WorkOrder.due_at, WorkOrder.id)
            elif flt.sort == Sort.CALLBACK:
                query = query.order_by(
                    WorkOrder.callback_next_at.is_(None),
                    WorkOrder.callback_next_at,
                    WorkOrder.id,
                )
            else:
                query = query.order_by(WorkOrder.created_at.desc(), WorkOrder.id.desc())
            orders = list(session.scalars(query.offset(offset).limit(limit)))
            return self._rows(session, orders)

    def count(self, actor: Actor, flt: WorkOrderFilter) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            ids = self._filtered(session, flt).with_only_columns(WorkOrder.id).subquery()
            return session.scalar(select(func.count()).select_from(ids)) or 0

    def recent_for_room(self, actor: Actor, room_id: int, limit: int = 10) -> list[WorkOrderRow]:
        return self.search(actor, WorkOrderFilter(room_id=room_id), 0, limit)

    def counts(self, actor: Actor) -> WorkOrderCounts:
        """The numbers for the home screen; unread notices are the actor's own."""
        require(actor, Permission.VIEW_RECORDS)
        now = self.ctx.now()
        with self.ctx.db.read() as session:
            warning = self._sla(session).warning

            def number(*conditions) -> int:
                return session.scalar(select(func.count(WorkOrder.id)).where(*conditions)) or 0

            work_due = WorkOrder.due_phase.in_([p.value for p in WORK_PHASES])
            pending = WorkOrder.status.in_([s.value for s in CALLBACK_STATUSES])
            unread = (
                session.scalar(
                    self._notices_query(actor)
                    .where(Notification.read_at.is_(None))
                    .with_only_columns(func.count(Notification.id))
                )
                or 0
            )
            return WorkOrderCounts(
                open=number(WorkOrder.status.not_in([s.value for s in END_STATUSES])),
                awaiting_dispatch=number(WorkOrder.status == Status.CREATED.value),
                on_hold=number(WorkOrder.status == Status.ON_HOLD.value),
                overdue=number(work_due, WorkOrder.due_at < now),
                due_soon=number(
                    work_due, WorkOrder.due_at >= now, WorkOrder.due_at <= now + warning
                ),
                callbacks_pending=number(pending),
                callbacks_due=number(pending, WorkOrder.callback_next_at <= now),
                callbacks_overdue=number(
                    WorkOrder.due_phase == DeadlinePhase.CALLBACK.value, WorkOrder.due_at < now
                ),
                unreachable=number(pending, WorkOrder.callback_unreachable.is_(True)),
                outstanding_slips=number(*_slip_outstanding()),
                unread_notices=unread,
            )

    # -- internals -------------------------------------------------------------------------------

    def _step(
        self,
        actor: Actor,
        order_id: int,
        action: Action,
        change: Callable[[Session, WorkOrder, datetime], tuple[dict, dict]] | None = None,
        *,
        reason: str = "",
        department_id: int | None = None,
        hold_reason: str = "",
        hold_until: date | None = None,
    ) -> WorkOrderRow:
        """One step of the life cycle: role, transition table, ``change`` (which
        validates and fills in the step's own fields), status history, audit."""
        with self.ctx.db.write() as session:
            order = self._get(session, order_id, lock=True)
            refusal = step_refusal(action, order, actor.user_id, actor.can)
            if refusal is not None:
                require(actor, *refusal)
            now = self.ctx.now()
            before = order.status
            target = next_status(
                before, action, held_from=order.held_from or None, record=order.serial
            )
            old, new = change(session, order, now) if change else ({}, {})
            order.status = target.value
            session.add(
                WorkOrderStep(
                    order_id=order.id,
                    at=now,
                    actor_id=actor.user_id,
                    action=action.value,
                    from_status=before,
                    to_status=target.value,
                    department_id=department_id
                    if department_id is not None
                    else (order.department_id if action is Action.DISPATCH else None),
                    reason=reason,
                    hold_reason=hold_reason,
                    hold_until=hold_until,
                )
            )
            audit.record(
                session,
                self.ctx,
                actor,
                action.value,
                ENTITY,
                order.id,
                old={"status": before, **old},
                new={"status": target.value, **new},
                reason=reason,
            )
            self._refresh_due(order)
            return self._rows(session, [order])[0]

    def _end(self, actor: Actor, order_id: int, action: Action, reason: str) -> WorkOrderRow:
        reason = inputs.reason(reason)

        def change(session: Session, order: WorkOrder, now: datetime):
            order.ended_at, order.end_reason = now, reason
            return {}, {}

        return self._step(actor, order_id, action, change, reason=reason)

    def _refresh_due(self, order: WorkOrder) -> None:
        order.due_phase, order.due_at = stored_deadline(order)

    def _plan(self, session: Session, order: WorkOrder) -> None:
        """The order's deadlines from its clock start, urgency, appointment, category."""
        category = session.get(WorkOrderCategory, order.category_code)
        order.onsite_due_at, order.complete_due_at = plan_deadlines(
            order.urgency,
            order.clock_start_at,
            order.appointment_at,
            self._sla(session),
            category.complete_hours if category else None,
        )

    def _sla(self, session: Session) -> SlaSettings:
        """The SLA settings, read once per session (one user action)."""
        sla = session.info.get("sla")
        if sla is None:
            values = setting_values(session, SlaSettings.KEYS)
            sla = session.info["sla"] = SlaSettings.from_values(values)
        return sla

    def _moment(self, at: datetime | None, not_before: datetime | None, field_name: str):
        now = self.ctx.now()
        if at is None:
            return now
        if at > now + CLOCK_SLACK:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The time lies in the future."), field=field_name
            )
        if not_before is not None and at < not_before:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The time cannot be earlier than the step before it ({before})."
                ),
                field=field_name,
                before=self._clock_text(not_before),
            )
        return at.astimezone(UTC)

    def _check_appointment(self, appointment: datetime | None) -> None:
        if appointment is not None and appointment < self.ctx.now() - CLOCK_SLACK:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The appointment lies in the past."),
                field="appointment_at",
            )

    def _clock_text(self, moment: datetime) -> str:
        return self.ctx.local(moment).strftime("%Y-%m-%d %H:%M")

    def _department(self, session: Session, department_id: int | None) -> Department:
        department = session.get(Department, department_id) if department_id else None
        if department is None or not department.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose the department the job goes to."),
                field="department_id",
            )
        return department

    def _check_source(
        self, session: Session, source: links.RecordRef | None
    ) -> links.RecordRef | None:
        if source is None:
            return None
        if source.kind != "contact":
            raise ValidationError(field="source")
        entry = session.get(ContactEntry, source.id)
        if entry is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No entry with number {id}."), id=source.id)
        if entry.voided:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Entry {serial} has been voided."), serial=entry.serial
            )
        return source

    def _notify_managers(self, session: Session, actor: Actor, order: WorkOrder) -> None:
        """重大: the managers are told at creation (a notice each, and an audit event)."""
        managers = list(
            session.execute(
                select(User.id, User.username)
                .where(User.role == Role.MANAGER.value, User.active.is_(True))
                .order_by(User.id)
            )
        )
        summary = f"{order.serial} {order.description[:60]}"
        recipients = [(m.id,) for m in managers] or [(None,)]
        for (recipient,) in recipients:
            session.add(
                Notification(
                    created_at=self.ctx.now(),
                    kind=NOTICE_MAJOR_WORK_ORDER,
                    entity_type=ENTITY,
                    entity_id=order.id,
                    recipient_role=Role.MANAGER.value,
                    recipient_id=recipient,
                    text=summary,
                )
            )
        order.manager_notified_at = self.ctx.now()
        audit.record(
            session,
            self.ctx,
            actor,
            "notify_manager",
            ENTITY,
            order.id,
            new={"managers": [m.username for m in managers]},
        )

    def _notices_query(self, actor: Actor) -> Select:
        mine = Notification.recipient_id == actor.user_id
        everyone = Notification.recipient_id.is_(None) & (
            Notification.recipient_role == actor.role.value
        )
        return select(Notification).where(or_(mine, everyone))

    def _paper(self, session: Session, paper: str | None) -> str:
        paper = paper or setting_value(session, "print.paper")
        if paper not in PAPER_PROFILES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown paper {paper}; use {choices}."),
                field="paper",
                paper=paper,
                choices=", ".join(PAPER_PROFILES),
            )
        return paper

    @staticmethod
    def _offset(session: Session) -> tuple[float, float]:
        return (
            float(setting_value(session, "print.offset_x_mm")),
            float(setting_value(session, "print.offset_y_mm")),
        )

    def _slip(
        self, session: Session, order: WorkOrder, actor: Actor, now: datetime, print_count: int
    ) -> SlipData:
        from desk_app.printing.layout import Letterhead
        from desk_app.printing.work_order_slip import QuoteLine, SlipData

        dispatcher = session.get(User, order.dispatched_by_id) if order.dispatched_by_id else None
        category = session.get(WorkOrderCategory, order.category_code)
        department = session.get(Department, order.department_id) if order.department_id else None
        room = room_labels(session, [order.room_id]).get(order.room_id, "") if order.room_id else ""
        return SlipData(
            serial=order.serial,
            letterhead=Letterhead(
                setting_value(session, "center.name"),
                setting_value(session, "center.address"),
                setting_value(session, "center.phone"),
            ),
            room=room,
            contact_name=order.contact_name,
            contact_phone=order.contact_phone,
            reported_at=order.created_at,
            location_kind=order.location,
            place=order.place,
            category=category.label if category else order.category_code,
            urgency=order.urgency,
            description=order.description,
            # Not yet dispatched: the form leaves who and when for the pen.
            dispatcher=dispatcher.display_name if dispatcher else "",
            printed_at=now,
            print_count=print_count,
            appointment_at=order.appointment_at,
            dispatched_at=order.dispatched_at,
            department=department.name if department else "",
            technician=order.technician,
            due_note=self._due_note(order),
            paid=order.paid,
            quote_lines=tuple(
                QuoteLine(line.name, line.quantity, line.unit, line.unit_price, line.amount)
                for line in self._lines(session, order)
            ),
            labour_fee=order.labour_fee,
            total=order.total,
            resident_agreed=order.resident_agreed_at is not None,
            printed_by=actor.display_name,
            masked_parts=PHONE_MASKING[setting_value(session, "print.mask_phone_parts")],
            zone=self.ctx.zone,
        )

    def _due_note(self, order: WorkOrder) -> str:
        """The promise printed on the slip: "20分钟内到场，8小时内修复"."""
        start = order.clock_start_at

        def hours(until: datetime) -> str:
            value = (until - start).total_seconds() / 3600
            return f"{value:.0f}" if value == int(value) else f"{value:.1f}"

        if order.urgency == Urgency.EMERGENCY and order.onsite_due_at is not None:
            minutes = round((order.onsite_due_at - start).total_seconds() / 60)
            return f"{minutes}分钟内到场，{hours(order.complete_due_at)}小时内修复"
        if order.appointment_at is not None:
            note = f"预约 {self.ctx.local(order.appointment_at):%m-%d %H:%M} 前完成"
        else:
            note = f"{hours(order.complete_due_at)}小时内完成"
        if order.urgency == Urgency.MAJOR:
            note = "已报项目经理，" + note
        return note

    def _lines(self, session: Session, order: WorkOrder) -> list[QuoteLineRow]:
        if not order.quote_revision:
            return []
        lines = session.scalars(
            select(WorkOrderQuoteLine)
            .where(
                WorkOrderQuoteLine.order_id == order.id,
                WorkOrderQuoteLine.revision == order.quote_revision,
            )
            .order_by(WorkOrderQuoteLine.position)
        )
        return [
            QuoteLineRow(
                line.position, line.name, line.quantity, line.unit, line.unit_price, line.amount
            )
            for line in lines
        ]

    @staticmethod
    def _add_lines(session: Session, order: WorkOrder, lines: list[tuple]) -> None:
        for position, (name, quantity, unit, price, amount) in enumerate(lines, start=1):
            session.add(
                WorkOrderQuoteLine(
                    order_id=order.id,
                    revision=order.quote_revision,
                    position=position,
                    name=name,
                    quantity=quantity,
                    unit=unit,
                    unit_price=price,
                    amount=amount,
                )
            )

    def _filtered(self, session: Session, flt: WorkOrderFilter) -> Select:
        query = select(WorkOrder)
        now = self.ctx.now()
        if flt.date_from:
            query = query.where(WorkOrder.day >= flt.date_from)
        if flt.date_to:
            query = query.where(WorkOrder.day <= flt.date_to)
        if flt.statuses:
            statuses = [flt.statuses] if isinstance(flt.statuses, str) else list(flt.statuses)
            query = query.where(WorkOrder.status.in_(statuses))
        if flt.open_only:
            query = query.where(WorkOrder.status.not_in([s.value for s in END_STATUSES]))
        if flt.urgency:
            query = query.where(WorkOrder.urgency == flt.urgency)
        if flt.department_id is not None:
            query = query.where(WorkOrder.department_id == flt.department_id)
        if flt.category:
            query = query.where(WorkOrder.category_code == flt.category)
        work_due = WorkOrder.due_phase.in_([p.value for p in WORK_PHASES])
        if flt.overdue_only:
            query = query.where(work_due, WorkOrder.due_at < now)
        if flt.due_soon_only:
            warning = self._sla(session).warning
            query = query.where(
                work_due, WorkOrder.due_at >= now, WorkOrder.due_at <= now + warning
            )
        if flt.callback_due or flt.unreachable_only:
            query = query.where(WorkOrder.status.in_([s.value for s in CALLBACK_STATUSES]))
        if flt.unreachable_only:
            query = query.where(WorkOrder.callback_unreachable.is_(True))
        if flt.slip_outstanding:
            query = query.where(*_slip_outstanding())
        if flt.room_id is not None:
            query = query.where(WorkOrder.room_id == flt.room_id)
        if flt.room_ids is not None:
            query = query.where(WorkOrder.room_id.in_(flt.room_ids))
        words = inputs.search(flt.text)
        if words:
            query = where_text(
                query,
                self.ctx.db,
                words,
                id_column=WorkOrder.id,
                text_column=WorkOrder.description,
                search_column=WorkOrder.search_text,
                fts_table="work_order_search",
            )
        return query

    def _rows(self, session: Session, orders: list[WorkOrder]) -> list[WorkOrderRow]:
        if not orders:
            return []
        now = self.ctx.now()
        sla = self._sla(session)
        users = _user_names(session)
        departments = _department_names(session)
        categories = dict(
            session.execute(select(WorkOrderCategory.code, WorkOrderCategory.label)).all()
        )
        rooms = room_labels(session, {o.room_id for o in orders if o.room_id is not None})
        out = []
        for o in orders:
            state = deadline_state(o, now, sla)
            out.append(
                WorkOrderRow(
                    id=o.id,
                    serial=o.serial,
                    day=o.day,
                    created_at=o.created_at,
                    created_by=users.get(o.created_by_id, ""),
                    created_by_id=o.created_by_id,
                    room_id=o.room_id,
                    room_label=rooms.get(o.room_id, "") if o.room_id else "",
                    location=Location(o.location),
                    place=o.place,
                    contact_name=o.contact_name,
                    contact_phone=o.contact_phone,
                    category=o.category_code,
                    category_label=categories.get(o.category_code, o.category_code),
                    description=o.description,
                    urgency=Urgency(o.urgency),
                    appointment_at=o.appointment_at,
                    paid=o.paid,
                    labour_fee=o.labour_fee,
                    total=o.total,
                    resident_agreed_at=o.resident_agreed_at,
                    agreement_note=o.agreement_note,
                    department_id=o.department_id,
                    department=departments.get(o.department_id, ""),
                    technician=o.technician,
                    status=Status(o.status),
                    held_from=Status(o.held_from) if o.held_from else None,
                    hold_reason=HoldReason(o.hold_reason) if o.hold_reason else None,
                    hold_note=o.hold_note,
                    hold_until=o.hold_until,
                    hold_started_at=o.hold_started_at,
                    dispatched_at=o.dispatched_at,
                    dispatched_by=users.get(o.dispatched_by_id, ""),
                    onsite_at=o.onsite_at,
                    onsite_late=o.onsite_late,
                    completed_at=o.completed_at,
                    completed_late=o.completed_late,
                    work_done=o.work_done,
                    stop_gap=o.stop_gap,
                    slip_returned_at=o.slip_returned_at,
                    callback_due_at=o.callback_due_at,
                    callback_next_at=o.callback_next_at,
                    callback_attempts=o.callback_attempts,
                    callback_unreachable=o.callback_unreachable,
                    callback_done_at=o.callback_done_at,
                    satisfaction=Satisfaction(o.satisfaction) if o.satisfaction else None,
                    closed_at=o.closed_at,
                    ended_at=o.ended_at,
                    end_reason=o.end_reason,
                    reopen_count=o.reopen_count,
                    handback_count=o.handback_count,
                    transfer_count=o.transfer_count,
                    print_count=o.print_count,
                    manager_notified_at=o.manager_notified_at,
                    deadline=state.deadline,
                    seconds_left=state.seconds_left,
                    level=state.level,
                    deadline_phase=state.phase,
                    paused=state.paused,
                    actions=available_actions(
                        o.status, slip_returned=o.slip_returned_at is not None
                    ),
                    links=tuple(links.linked(session, links.RecordRef(ENTITY, o.id))),
                )
            )
        return out

    def _callback_rows(self, session: Session, calls: list[WorkOrderCallback]) -> list[CallbackRow]:
        users = _user_names(session)
        return [
            CallbackRow(
                id=c.id,
                order_id=c.order_id,
                cycle=c.cycle,
                at=c.at,
                by=users.get(c.by_id, ""),
                by_id=c.by_id,
                outcome=CallOutcome(c.outcome),
                call_later_at=c.call_later_at,
                satisfaction=Satisfaction(c.satisfaction) if c.satisfaction else None,
                result=c.result,
                remarks=c.remarks,
                amended_at=c.amended_at,
                amended_by=users.get(c.amended_by_id, ""),
            )
            for c in calls
        ]

    def _clean(self, session: Session, draft: WorkOrderDraft) -> tuple[dict, list[tuple]]:
        description = inputs.text(draft.description, "description")
        if not description:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Describe the job."), field="description"
            )
        category = session.get(WorkOrderCategory, draft.category)
        if category is None or not category.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose a category from the list."), field="category"
            )
        urgency = inputs.choice(Urgency, draft.urgency, "urgency")
        location = inputs.choice(Location, draft.location, "location")
        if draft.room_id is not None and session.get(Room, draft.room_id) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No room with number {id}."),
                field="room_id",
                id=draft.room_id,
            )
        place = inputs.line(draft.place, "place", inputs.limits.PLACE)
        if location is Location.IN_HOME and draft.room_id is None and not place:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give the room of a job inside a home."),
                field="room_id",
            )
        if location is Location.PUBLIC_AREA and not place:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Say where in the public area the job is."),
                field="place",
            )
        phone = inputs.optional_phone(draft.contact_phone, "contact_phone")
        if not phone and location is Location.IN_HOME:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give a phone number to reach the resident."),
                field="contact_phone",
            )
        lines, labour = _clean_quote(draft)
        total = sum((line[4] for line in lines), labour) if draft.paid else Decimal("0")
        if draft.paid and total <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A paid job needs a quote: materials or labour."),
                field="quote_lines",
            )
        if not draft.paid and (lines or labour):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A free job has no charges: mark it paid or remove the quote."
                ),
                field="paid",
            )
        department_id = draft.department_id
        if department_id is None:
            department_id = _suggested_department(session, category.code, location, draft.paid)
        else:
            self._department(session, department_id)
        appointment = draft.appointment_at.astimezone(UTC) if draft.appointment_at else None
        values = {
            "room_id": draft.room_id,
            "location": location.value,
            "place": place,
            "contact_name": inputs.line(draft.contact_name, "contact_name", inputs.limits.NAME),
            "contact_phone": phone,
            "category_code": category.code,
            "description": description,
            "urgency": urgency.value,
            "appointment_at": appointment,
            "paid": draft.paid,
            "labour_fee": labour,
            "total": total,
            "department_id": department_id,
            "technician": inputs.line(draft.technician, "technician", inputs.limits.NAME),
        }
        return values, lines

    @staticmethod
    def _get(session: Session, order_id: int, lock: bool = False) -> WorkOrder:
        order = session.get(WorkOrder, order_id, with_for_update=lock or None)
        if order is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No work order with number {id}."), id=order_id
            )
        return order


def room_history_provider(session: Session, room_id: int, limit: int) -> list[HistoryItem]:
    orders = session.scalars(
        select(WorkOrder)
        .where(WorkOrder.room_id == room_id)
        .order_by(WorkOrder.created_at.desc())
        .limit(limit)
    )
    return [
        HistoryItem(
            kind=ENTITY,
            record_id=o.id,
            serial=o.serial,
            at=o.created_at,
            summary=o.description,
            state=o.status,
            voided=o.status == Status.VOIDED,
        )
        for o in orders
    ]


# -- Chinese words of the export ----------------------------------------------------------------

URGENCY_WORDS = {Urgency.EMERGENCY: "急修", Urgency.NORMAL: "一般", Urgency.MAJOR: "重大"}
LOCATION_WORDS = {Location.IN_HOME: "户内", Location.PUBLIC_AREA: "公共区域"}
STATUS_WORDS = {
    Status.CREATED: "待派工",
    Status.DISPATCHED: "已派工",
    Status.ON_SITE: "已到场",
    Status.ON_HOLD: "暂停",
    Status.COMPLETED: "已完工",
    Status.SLIP_RETURNED: "已返单",
    Status.CALLBACK_DONE: "已回访",
    Status.CLOSED: "已关闭",
    Status.CANCELLED: "已撤销",
    Status.VOIDED: "已作废",
}
SATISFACTION_WORDS = {
    Satisfaction.VERY_SATISFIED: "非常满意",
    Satisfaction.SATISFIED: "满意",
    Satisfaction.FAIR: "一般",
    Satisfaction.DISSATISFIED: "不满意",
}
EXPORT_HEADER = (
    "编号",
    "报修时间",
    "房号/地点",
    "位置",
    "联系人",
    "电话",
    "类别",
    "报修内容",
    "紧急程度",
    "预约时间",
    "有偿/无偿",
    "金额",
    "派工部门",
    "维修人员",
    "状态",
    "派工时间",
    "到场时间",
    "完工时间",
    "超时完成",
    "临时措施及说明",
    "返单时间",
    "回访时间",
    "满意度",
    "关闭时间",
    "重开次数",
    "撤销/作废原因",
)


# -- helpers -----------------------------------------------------------------------------------


def _defaults() -> dict:
    """Column defaults set up front, so that the rules can read a new order before flush."""
    return {
        "held_from": "",
        "hold_reason": "",
        "hold_note": "",
        "held_seconds": 0,
        "due_phase": "",
        "onsite_late": False,
        "completed_late": False,
        "work_done": "",
        "stop_gap": "",
        "callback_attempts": 0,
        "callback_unreachable": False,
        "satisfaction": "",
        "end_reason": "",
        "reopen_count": 0,
        "handback_count": 0,
        "transfer_count": 0,
        "print_count": 0,
        "agreement_note": "",
    }


def _slip_outstanding() -> tuple:
    return (
        WorkOrder.completed_at.is_not(None),
        WorkOrder.slip_returned_at.is_(None),
        WorkOrder.status.not_in([s.value for s in END_STATUSES]),
    )


def _search_text(order: WorkOrder) -> str:
    return index_text(order.description, order.place, order.contact_name, order.work_done)


def _suggested_department(
    session: Session, category: str, location: Location | str, paid: bool
) -> int | None:
    name = route(category, location, paid)
    return session.scalar(
        select(Department.id).where(Department.name == name, Department.active.is_(True))
    )


def _user_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.display_name)).all())


def _department_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Department.id, Department.name)).all())


def _category_info(row: WorkOrderCategory) -> CategoryInfo:
    return CategoryInfo(row.code, row.label, row.sort_order, row.active, row.complete_hours)


def _decimal(value, field_name: str, position: int) -> Decimal:
    try:
        number = Decimal(str(value).strip() or "0")
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or abs(number) >= MAX_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Quote line {n}: enter a number."),
            field=field_name,
            n=position,
        )
    return number


def _clean_quote(draft: WorkOrderDraft) -> tuple[list[tuple], Decimal]:
    """[(name, quantity, unit, unit price, amount)] and the labour fee, checked."""
    if len(draft.quote_lines) > MAX_QUOTE_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A quote has at most {n} lines."),
            field="quote_lines",
            n=MAX_QUOTE_LINES,
        )
    lines = []
    for position, line in enumerate(draft.quote_lines, start=1):
        name = inputs.line(line.name, "quote_lines", inputs.limits.MATERIAL)
        unit = inputs.line(line.unit, "quote_lines", inputs.limits.UNIT)
        quantity = _decimal(line.quantity, "quote_lines", position).quantize(Decimal("0.01"))
        price = _decimal(line.unit_price, "quote_lines", position).quantize(Decimal("0.01"))
        if not name or quantity <= 0 or price < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Quote line {n}: give the material, a quantity above zero and a price.",
                ),
                field="quote_lines",
                n=position,
            )
        lines.append((name, quantity, unit, price, line_amount(quantity, price)))
    labour = _decimal(draft.labour_fee, "labour_fee", 0).quantize(Decimal("0.01"))
    if labour < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The labour fee cannot be negative."), field="labour_fee"
        )
    if sum((line[4] for line in lines), labour) >= MAX_TOTAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The quote comes to more than {n}: check the quantities and prices."
            ),
            field="quote_lines",
            n=f"{MAX_TOTAL:,.0f}",
        )
    return lines, labour


def _line_key(line: QuoteLineRow) -> tuple:
    return (line.name, line.quantity, line.unit, line.unit_price)


def _line_text(line: QuoteLineRow) -> str:
    return f"{line.name} {line.quantity}{line.unit} × {line.unit_price} = {line.amount}"


def _snapshot(order: WorkOrder) -> dict:
    keys = (
        "serial",
        "room_id",
        "location",
        "place",
        "contact_name",
        "contact_phone",
        "category_code",
        "description",
        "urgency",
        "appointment_at",
        "paid",
        "labour_fee",
        "total",
        "department_id",
        "technician",
    )
    return {key: getattr(order, key) for key in keys}
