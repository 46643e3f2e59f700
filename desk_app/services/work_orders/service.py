"""Opening and correcting work orders: the form's draft in, the order out.

Creation takes the serial PG-YYYYMMDD-NNNN in the same transaction, links the
order to the contact entry it was made from (whose follow-up is then the order's),
and tells the managers of a major one at once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, PermissionDenied, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.roles import Permission
from desk_app.domain.work_order_clock import plan_deadlines
from desk_app.domain.work_orders import (
    CONTEXT,
    ENTITY,
    NOTICE_MAJOR_WORK_ORDER,
    SERIAL_KIND,
    STATUS_LABELS,
    WORK_STATUSES,
    Location,
    Status,
    Urgency,
    WorkOrder,
    WorkOrderCategory,
    WorkOrderQuoteLine,
    WorkOrderStep,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs, links, notices
from desk_app.services.kit.numbering import next_serial
from desk_app.services.work_orders import cleaning, entries
from desk_app.services.work_orders.queries import (
    detail_of,
    load_order,
    quote_lines,
    refresh_due,
    sla,
)
from desk_app.services.work_orders.views import QuoteLineRow, WorkOrderDetail, WorkOrderDraft

if TYPE_CHECKING:
    from desk_app.services.contacts.service import ContactService


class Orders:
    def __init__(self, ctx: ServiceContext, contacts: ContactService):
        self.ctx = ctx
        self.contacts = contacts

    def draft_from_contact(self, actor: Actor, entry_id: int) -> WorkOrderDraft:
        """The form of a work order made from a contact entry, prefilled."""
        draft = cleaning.draft_from_onward(self.contacts.onward_draft(actor, entry_id))
        with self.ctx.db.read() as session:
            department = cleaning.suggested_department(
                session, draft.category, draft.location, False
            )
        return replace(draft, department_id=department)

    def suggest_department(
        self, category: str, location: Location | str, paid: bool = False
    ) -> int | None:
        """The department the routing rules send such a job to (None if it is gone)."""
        with self.ctx.db.read() as session:
            return cleaning.suggested_department(session, category, location, paid)

    def create(self, actor: Actor, draft: WorkOrderDraft) -> WorkOrderDetail:
        """Open an order. Made from a contact entry, the entry is handed to it."""
        require(actor, Permission.LOG_WORK)
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            values, lines = cleaning.clean_draft(session, draft)
            cleaning.check_appointment(values["appointment_at"], now)
            entry = cleaning.check_source(session, draft.source)
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
            order.search_text = cleaning.search_text(order)
            plan(session, order)
            session.add(order)
            session.flush()
            _add_lines(session, order, lines)
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
            audit.record(
                session, self.ctx, actor, "create", ENTITY, order.id, new=cleaning.snapshot(order)
            )
            if entry is not None and draft.source is not None:  # the entry is the source
                links.link(
                    session, self.ctx, actor, draft.source, links.RecordRef(ENTITY, order.id)
                )
                entries.hand_over(session, self.ctx, actor, entry, order)
            if order.urgency == Urgency.MAJOR:
                self._notify_managers(session, actor, order)
            refresh_due(order)
            return detail_of(session, self.ctx, order)

    def update(
        self, actor: Actor, order_id: int, draft: WorkOrderDraft, reason: str = ""
    ) -> WorkOrderDetail:
        """Amend an order that is still being worked on: its author or a supervisor.
        A changed quote needs the resident's agreement again; the department changes
        only before dispatch (afterwards: transfer)."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.write() as session:
            order = load_order(session, order_id, lock=True)
            _still_open(order)
            if order.created_by_id != actor.user_id and not actor.can(Permission.APPROVE):
                require(actor, Permission.EDIT_OWN)
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only the clerk who opened an order or a supervisor can change it.",
                    )
                )
            values, lines = cleaning.clean_draft(session, draft)
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
                cleaning.check_appointment(values["appointment_at"], self.ctx.now())
            before = cleaning.snapshot(order)
            old_lines = quote_lines(session, order)
            for key, value in values.items():
                setattr(order, key, value)
            new_lines = [QuoteLineRow(n + 1, *line) for n, line in enumerate(lines)]
            quote_changed = (
                [cleaning.line_key(line) for line in old_lines]
                != [cleaning.line_key(line) for line in new_lines]
                or before["labour_fee"] != order.labour_fee
                or before["paid"] != order.paid
            )
            if quote_changed:
                order.quote_revision += 1
                _add_lines(session, order, lines)
                order.resident_agreed_at, order.agreement_note = None, ""
            order.search_text = cleaning.search_text(order)
            plan(session, order)
            after = cleaning.snapshot(order)
            if quote_changed:
                before["quote"] = [cleaning.line_text(line) for line in old_lines]
                after["quote"] = [cleaning.line_text(line) for line in new_lines]
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
            refresh_due(order)
            return detail_of(session, self.ctx, order)

    def record_agreement(self, actor: Actor, order_id: int, note: str = "") -> WorkOrderDetail:
        """The resident agrees to the quote of a paid job (needed before dispatch)."""
        require(actor, Permission.LOG_WORK)
        note = inputs.line(note, "agreement_note", inputs.limits.NOTE)
        with self.ctx.db.write() as session:
            order = load_order(session, order_id, lock=True)
            if not order.paid:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{record} is free of charge: there is no quote."),
                    field="paid",
                    record=order.serial,
                )
            _still_open(order)
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
            return detail_of(session, self.ctx, order)

    def _notify_managers(self, session: Session, actor: Actor, order: WorkOrder) -> None:
        """重大: the managers are told at creation (a notice each, and an audit event)."""
        notices.notify_managers(
            session,
            self.ctx,
            actor,
            kind=NOTICE_MAJOR_WORK_ORDER,
            entity=ENTITY,
            record_id=order.id,
            summary=f"{order.serial} {order.description[:60]}",
        )
        order.manager_notified_at = self.ctx.now()


def plan(session: Session, order: WorkOrder) -> None:
    """The order's deadlines from its clock start, urgency, appointment, category."""
    category = session.get(WorkOrderCategory, order.category_code)
    order.onsite_due_at, order.complete_due_at = plan_deadlines(
        order.urgency,
        order.clock_start_at,
        order.appointment_at,
        sla(session),
        category.complete_hours if category else None,
    )


def _still_open(order: WorkOrder) -> None:
    if Status(order.status) not in WORK_STATUSES:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "{record} is {status}; it can no longer be edited."),
            record=order.serial,
            status=Tr(CONTEXT, STATUS_LABELS[Status(order.status)]),
        )


def _add_lines(session: Session, order: WorkOrder, lines: list[cleaning.QuoteLine]) -> None:
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
