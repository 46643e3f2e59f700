"""Reading work orders: list pages (filtered, sorted and paged by key in SQL), one
order's detail, counts for the home screen, the change history.

A page of rows costs a fixed number of queries however long it is: names, labels and
links are fetched for the whole page at once. The detail is read in one go.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import AuditEvent
from desk_app.domain.roles import Permission
from desk_app.domain.work_order_clock import (
    WORK_PHASES,
    DeadlinePhase,
    SlaSettings,
    deadline_state,
    stored_deadline,
)
from desk_app.domain.work_orders import (
    CALLBACK_STATUSES,
    END_STATUSES,
    ENTITY,
    LIFECYCLE,
    CallOutcome,
    HoldReason,
    Location,
    Notification,
    Satisfaction,
    Status,
    Urgency,
    WorkOrder,
    WorkOrderCallback,
    WorkOrderCategory,
    WorkOrderPrint,
    WorkOrderQuoteLine,
    WorkOrderStep,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import inputs, links
from desk_app.services.kit.keyset import SortKey, after, ordered
from desk_app.services.kit.names import department_names, user_names
from desk_app.services.kit.room_history import HistoryItem
from desk_app.services.kit.steps import StepStore, load
from desk_app.services.kit.text_filter import where_text
from desk_app.services.register.labels import room_labels
from desk_app.services.settings import setting_values
from desk_app.services.work_orders.views import (
    CallbackRow,
    PrintRow,
    QuoteLineRow,
    Sort,
    StepRow,
    WorkOrderCounts,
    WorkOrderDetail,
    WorkOrderFilter,
    WorkOrderRow,
)


def refresh_due(order: WorkOrder) -> None:
    """The running deadline kept on the row, so that lists filter and sort by it."""
    order.due_phase, order.due_at = stored_deadline(order)


# Where work orders and their status history live, for run_step.
STORE = StepStore(
    record=WorkOrder,
    history=WorkOrderStep,
    owner="order_id",
    not_found=QT_TRANSLATE_NOOP("Errors", "No work order with number {id}."),
    refresh=refresh_due,
)

# The list's sort orders, each ending with the id so that every row has one place.
SORT_KEYS: dict[str, tuple[SortKey, ...]] = {
    Sort.CREATED: (SortKey(WorkOrder.created_at, True), SortKey(WorkOrder.id, True)),
    Sort.DEADLINE: (SortKey(WorkOrder.due_at, nulls_last=True), SortKey(WorkOrder.id)),
    Sort.CALLBACK: (SortKey(WorkOrder.callback_next_at, nulls_last=True), SortKey(WorkOrder.id)),
    Sort.COMPLETED: (SortKey(WorkOrder.completed_at, nulls_last=True), SortKey(WorkOrder.id)),
}
_SORT_VALUES = {
    Sort.CREATED: lambda row: (row.created_at, row.id),
    Sort.DEADLINE: lambda row: (row.due_at, row.id),
    Sort.CALLBACK: lambda row: (row.callback_next_at, row.id),
    Sort.COMPLETED: lambda row: (row.completed_at, row.id),
}


def sla(session: Session) -> SlaSettings:
    """The SLA settings, read once per session (one user action)."""
    found = session.info.get("sla")
    if found is None:
        found = session.info["sla"] = SlaSettings.from_values(
            setting_values(session, SlaSettings.KEYS)
        )
    return found


class Queries:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def get(self, actor: Actor, order_id: int) -> WorkOrderDetail:
        """The order with its quote, status history, callbacks and prints."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return detail_of(session, self.ctx, load_order(session, order_id))

    def page(
        self,
        actor: Actor,
        flt: WorkOrderFilter,
        after_row: WorkOrderRow | None = None,
        limit: int = 200,
    ) -> list[WorkOrderRow]:
        """Up to ``limit`` rows in the filter's order, after ``after_row`` (the last row
        of the page before; None for the first page)."""
        require(actor, Permission.VIEW_RECORDS)
        sort = Sort(flt.sort)
        with self.ctx.db.read() as session:
            query = ordered(filtered(session, self.ctx, flt), SORT_KEYS[sort])
            if after_row is not None:
                query = after(query, SORT_KEYS[sort], _SORT_VALUES[sort](after_row))
            return rows_of(session, self.ctx, list(session.scalars(query.limit(limit))))

    def count(self, actor: Actor, flt: WorkOrderFilter) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            ids = filtered(session, self.ctx, flt).with_only_columns(WorkOrder.id).subquery()
            return session.scalar(select(func.count()).select_from(ids)) or 0

    def recent_for_room(self, actor: Actor, room_id: int, limit: int = 10) -> list[WorkOrderRow]:
        return self.page(actor, WorkOrderFilter(room_id=room_id), None, limit)

    def counts(self, actor: Actor) -> WorkOrderCounts:
        """The numbers for the home screen; unread notices are the actor's own."""
        require(actor, Permission.VIEW_RECORDS)
        now = self.ctx.now()
        with self.ctx.db.read() as session:
            warning = sla(session).warning

            def number(*conditions) -> int:
                return session.scalar(select(func.count(WorkOrder.id)).where(*conditions)) or 0

            work_due = WorkOrder.due_phase.in_([p.value for p in WORK_PHASES])
            pending = WorkOrder.status.in_([s.value for s in CALLBACK_STATUSES])
            unread = (
                session.scalar(
                    notices_query(actor)
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
                outstanding_slips=number(*slip_outstanding()),
                unread_notices=unread,
            )


def load_order(session: Session, order_id: int, *, lock: bool = False) -> WorkOrder:
    """The order (locked for the transaction when ``lock``); NotFound."""
    return load(session, STORE, order_id, lock=lock)


def filtered(session: Session, ctx: ServiceContext, flt: WorkOrderFilter) -> Select:
    """The orders ``flt`` selects, unsorted."""
    query = select(WorkOrder)
    now = ctx.now()
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
        warning = sla(session).warning
        query = query.where(work_due, WorkOrder.due_at >= now, WorkOrder.due_at <= now + warning)
    if flt.callback_due or flt.unreachable_only:
        query = query.where(WorkOrder.status.in_([s.value for s in CALLBACK_STATUSES]))
    if flt.unreachable_only:
        query = query.where(WorkOrder.callback_unreachable.is_(True))
    if flt.slip_outstanding:
        query = query.where(*slip_outstanding())
    if flt.room_id is not None:
        query = query.where(WorkOrder.room_id == flt.room_id)
    if flt.room_ids is not None:
        query = query.where(WorkOrder.room_id.in_(flt.room_ids))
    words = inputs.search(flt.text)
    if words:
        query = where_text(
            query,
            ctx.db,
            words,
            id_column=WorkOrder.id,
            text_column=WorkOrder.description,
            search_column=WorkOrder.search_text,
            fts_table="work_order_search",
        )
    return query


def slip_outstanding() -> tuple:
    return (
        WorkOrder.completed_at.is_not(None),
        WorkOrder.slip_returned_at.is_(None),
        WorkOrder.status.not_in([s.value for s in END_STATUSES]),
    )


def notices_query(actor: Actor) -> Select:
    """The notices addressed to ``actor``: to them, or to everyone of their role."""
    mine = Notification.recipient_id == actor.user_id
    everyone = Notification.recipient_id.is_(None) & (
        Notification.recipient_role == actor.role.value
    )
    return select(Notification).where(or_(mine, everyone))


# -- from the tables to the views ---------------------------------------------------------


def rows_of(
    session: Session, ctx: ServiceContext, orders: Sequence[WorkOrder]
) -> list[WorkOrderRow]:
    """The list rows of ``orders``, with every name and link fetched once for all."""
    if not orders:
        return []
    now, settings = ctx.now(), sla(session)
    departments = department_names(session, {o.department_id for o in orders})
    categories = _category_labels(session)
    rooms = room_labels(session, {o.room_id for o in orders if o.room_id is not None})
    linked = links.linked_many(session, ENTITY, [o.id for o in orders])
    out = []
    for o in orders:
        state = deadline_state(o, now, settings)
        out.append(
            WorkOrderRow(
                id=o.id,
                serial=o.serial,
                created_at=o.created_at,
                created_by_id=o.created_by_id,
                room_id=o.room_id,
                room_label=rooms.get(o.room_id, "") if o.room_id else "",
                place=o.place,
                category_label=categories.get(o.category_code, o.category_code),
                description=o.description,
                urgency=Urgency(o.urgency),
                paid=o.paid,
                department=departments.get(o.department_id, ""),
                status=Status(o.status),
                held_from=Status(o.held_from) if o.held_from else None,
                handback_count=o.handback_count,
                reopen_count=o.reopen_count,
                completed_at=o.completed_at,
                slip_returned_at=o.slip_returned_at,
                callback_next_at=o.callback_next_at,
                callback_unreachable=o.callback_unreachable,
                satisfaction=Satisfaction(o.satisfaction) if o.satisfaction else None,
                print_count=o.print_count,
                due_at=o.due_at,
                deadline=state.deadline,
                seconds_left=state.seconds_left,
                level=state.level,
                deadline_phase=state.phase,
                paused=state.paused,
                actions=LIFECYCLE.possible(o),
                links=tuple(linked[o.id]),
            )
        )
    return out


def detail_of(session: Session, ctx: ServiceContext, o: WorkOrder) -> WorkOrderDetail:
    """Everything about one order, as it stands in ``session``."""
    session.flush()
    state = deadline_state(o, ctx.now(), sla(session))
    users = user_names(session)
    departments = department_names(session)
    category = session.get(WorkOrderCategory, o.category_code)
    steps = session.scalars(
        select(WorkOrderStep)
        .where(WorkOrderStep.order_id == o.id)
        .order_by(WorkOrderStep.at, WorkOrderStep.id)
    )
    calls = session.scalars(
        select(WorkOrderCallback)
        .where(WorkOrderCallback.order_id == o.id)
        .order_by(WorkOrderCallback.at, WorkOrderCallback.id)
    )
    return WorkOrderDetail(
        id=o.id,
        serial=o.serial,
        day=o.day,
        created_at=o.created_at,
        created_by=users.get(o.created_by_id, ""),
        created_by_id=o.created_by_id,
        room_id=o.room_id,
        room_label=room_labels(session, [o.room_id]).get(o.room_id, "") if o.room_id else "",
        location=Location(o.location),
        place=o.place,
        contact_name=o.contact_name,
        contact_phone=o.contact_phone,
        category=o.category_code,
        category_label=category.label if category else o.category_code,
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
        actions=LIFECYCLE.possible(o),
        links=tuple(links.linked(session, links.RecordRef(ENTITY, o.id))),
        quote_lines=tuple(quote_lines(session, o)),
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
        callbacks=tuple(callback_rows(session, list(calls), users)),
        prints=tuple(_prints(session, o, users)),
    )


def quote_lines(session: Session, order: WorkOrder) -> list[QuoteLineRow]:
    """The lines of the order's current quote."""
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


def callback_rows(
    session: Session, calls: list[WorkOrderCallback], users: dict[int | None, str] | None = None
) -> list[CallbackRow]:
    users = users if users is not None else user_names(session)
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


def _prints(session: Session, order: WorkOrder, users: dict[int | None, str]) -> list[PrintRow]:
    prints = session.scalars(
        select(WorkOrderPrint)
        .where(WorkOrderPrint.order_id == order.id)
        .order_by(WorkOrderPrint.id)
    )
    # A reprint's reason is in its audit event (the print table has no column for it).
    reasons: dict[int, str] = {}
    for event in session.scalars(
        select(AuditEvent).where(
            AuditEvent.entity_type == ENTITY,
            AuditEvent.entity_id == str(order.id),
            AuditEvent.action == "reprint",
        )
    ):
        reasons[int((event.new_values or {}).get("print_count", 0))] = event.reason
    return [
        PrintRow(
            p.copy_no,
            p.printed_at,
            users.get(p.printed_by_id, ""),
            p.paper,
            reasons.get(p.copy_no, ""),
        )
        for p in prints
    ]


def room_history_provider(session: Session, room_id: int, limit: int) -> list[HistoryItem]:
    """A home's recent work orders, for the history panel of every intake form."""
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


def _category_labels(session: Session) -> dict[str, str]:
    return dict(session.execute(select(WorkOrderCategory.code, WorkOrderCategory.label)).all())


def moment_text(ctx: ServiceContext, moment: datetime) -> str:
    return ctx.local(moment).strftime("%Y-%m-%d %H:%M")
