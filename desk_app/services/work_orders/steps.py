"""The steps of a work order's life (domain.work_orders.LIFECYCLE), each through
``run_step``: dispatch, on site, complete, slip returned, close; hold and resume;
hand back and transfer; cancel, void, reopen. The callback is in ``callbacks``.

Dispatch, arrival and completion record the time the technician reports (default:
when saved); it may not lie in the future nor before the step before it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from desk_app.domain.errors import AgreementRequired, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.work_orders import LIFECYCLE, Action, HoldReason, Urgency, WorkOrder
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import inputs
from desk_app.services.kit.steps import Change, run_step
from desk_app.services.work_orders import cleaning, entries
from desk_app.services.work_orders.queries import STORE, detail_of, moment_text, sla
from desk_app.services.work_orders.service import plan
from desk_app.services.work_orders.views import WorkOrderDetail


class Steps:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def dispatch(
        self,
        actor: Actor,
        order_id: int,
        department_id: int | None = None,
        technician: str | None = None,
        *,
        at: datetime | None = None,
    ) -> WorkOrderDetail:
        """Send the order to a department's supervisor (default: the one on the order).
        A paid job needs the resident's agreement to the quote first."""
        if technician is not None:
            technician = inputs.line(technician, "technician", inputs.limits.NAME)

        def change(session: Session, order: WorkOrder, moment: datetime):
            department = cleaning.active_department(session, department_id or order.department_id)
            if order.paid and order.resident_agreed_at is None:
                raise AgreementRequired(field="resident_agreed", record=order.serial)
            old = {"department_id": order.department_id, "technician": order.technician}
            order.department_id = department.id
            if technician is not None:
                order.technician = technician
            order.dispatched_at, order.dispatched_by_id = moment, actor.user_id
            return old, {
                "department_id": department.id,
                "technician": order.technician,
                "dispatched_at": moment,
            }

        return self._run(actor, order_id, Action.DISPATCH, change, at=at, department=True)

    def arrive(
        self, actor: Actor, order_id: int, at: datetime | None = None, note: str = ""
    ) -> WorkOrderDetail:
        """The technician is on site."""
        note = inputs.text(note, "note")

        def change(session: Session, order: WorkOrder, moment: datetime):
            if order.onsite_at is None:  # the first arrival of this cycle keeps the SLA
                order.onsite_at = moment
                if order.onsite_due_at is not None:
                    held = timedelta(seconds=order.held_seconds)
                    order.onsite_late = moment > order.onsite_due_at + held
            return {}, {"onsite_at": moment, "onsite_late": order.onsite_late}

        return self._run(actor, order_id, Action.ARRIVE, change, at=at, reason=note)

    def complete(
        self,
        actor: Actor,
        order_id: int,
        *,
        at: datetime | None = None,
        work_done: str = "",
        stop_gap: str = "",
    ) -> WorkOrderDetail:
        """The job is done. Late completion is recorded on the order; an emergency
        done late needs the stop-gap measure taken and the explanation."""
        work_done = inputs.text(work_done, "work_done")
        stop_gap = inputs.text(stop_gap, "stop_gap")

        def change(session: Session, order: WorkOrder, moment: datetime):
            deadline = order.complete_due_at + timedelta(seconds=order.held_seconds)
            late = moment > deadline
            if late and order.urgency == Urgency.EMERGENCY and len(stop_gap) < 2:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{record} is an emergency completed after its deadline ({deadline}): "
                        "record the stop-gap measure and the explanation.",
                    ),
                    field="stop_gap",
                    record=order.serial,
                    deadline=moment_text(self.ctx, deadline),
                )
            order.completed_at, order.completed_late = moment, late
            order.work_done, order.stop_gap = work_done, stop_gap
            order.callback_due_at = moment + timedelta(hours=sla(session).callback_hours)
            order.callback_next_at = moment
            order.callback_attempts, order.callback_unreachable = 0, False
            order.search_text = cleaning.search_text(order)
            new = {"completed_at": moment, "completed_late": late, "work_done": work_done}
            if stop_gap:
                new["stop_gap"] = stop_gap
            return {}, new

        # The completion's entry in the history carries its note: what was done.
        return self._run(actor, order_id, Action.COMPLETE, change, at=at, reason=work_done)

    def return_slip(self, actor: Actor, order_id: int) -> WorkOrderDetail:
        """返单: the department's signed copy is back at the desk."""

        def change(session: Session, order: WorkOrder, moment: datetime):
            order.slip_returned_at = moment
            return {}, {"slip_returned_at": moment}

        return self._run(actor, order_id, Action.RETURN_SLIP, change)

    def close(self, actor: Actor, order_id: int) -> WorkOrderDetail:
        """Called back and the slip is back: the order is closed (a major one by a
        supervisor or manager); the entry it was made from is completed with it."""
        return self._run(actor, order_id, Action.CLOSE, close_change(self.ctx, actor))

    def hold(
        self,
        actor: Actor,
        order_id: int,
        reason: HoldReason | str,
        until: date,
        note: str = "",
    ) -> WorkOrderDetail:
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

        def change(session: Session, order: WorkOrder, moment: datetime):
            order.held_from = order.status
            order.hold_reason, order.hold_note, order.hold_until = kind.value, note, until
            order.hold_started_at = moment
            return {}, {"hold_reason": kind.value, "hold_until": until, "held_from": order.status}

        history = {"hold_reason": kind.value, "hold_until": until}
        return self._run(actor, order_id, Action.HOLD, change, reason=note, history=history)

    def resume(self, actor: Actor, order_id: int, note: str = "") -> WorkOrderDetail:
        """Back to the state it was held from; the time on hold is added to its deadlines."""
        note = inputs.text(note, "note")

        def change(session: Session, order: WorkOrder, moment: datetime):
            if order.hold_started_at is not None:  # always set while on hold
                held = int((moment - order.hold_started_at).total_seconds())
                order.held_seconds += max(held, 0)
            old = {"hold_reason": order.hold_reason, "hold_until": order.hold_until}
            order.held_from, order.hold_started_at = "", None
            order.hold_reason, order.hold_note, order.hold_until = "", "", None
            return old, {}

        return self._run(actor, order_id, Action.RESUME, change, reason=note)

    def hand_back(self, actor: Actor, order_id: int, reason: str) -> WorkOrderDetail:
        """退单: the department gives the order back to the desk, awaiting re-dispatch."""
        reason = inputs.reason(reason)

        def change(session: Session, order: WorkOrder, moment: datetime):
            old = {"technician": order.technician}
            order.handback_count += 1
            order.technician = ""
            order.dispatched_at, order.dispatched_by_id = None, None
            return old, {"technician": ""}

        return self._run(actor, order_id, Action.HAND_BACK, change, reason=reason)

    def transfer(
        self, actor: Actor, order_id: int, department_id: int, reason: str, technician: str = ""
    ) -> WorkOrderDetail:
        """转单: the desk sends a dispatched order to another department."""
        reason = inputs.reason(reason)
        technician = inputs.line(technician, "technician", inputs.limits.NAME)

        def change(session: Session, order: WorkOrder, moment: datetime):
            department = cleaning.active_department(session, department_id)
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
            order.dispatched_at, order.dispatched_by_id = moment, actor.user_id
            return old, {"department_id": department.id, "technician": technician}

        return self._run(actor, order_id, Action.TRANSFER, change, reason=reason, department=True)

    def cancel(self, actor: Actor, order_id: int, reason: str) -> WorkOrderDetail:
        """The job is no longer wanted (with a reason): a supervisor's call, or the
        clerk who opened it while it awaits its first dispatch (see domain.roles)."""
        return self._end(actor, order_id, Action.CANCEL, reason)

    def void(self, actor: Actor, order_id: int, reason: str) -> WorkOrderDetail:
        """The order was entered in error (supervisor, with a reason); it stays listed."""
        return self._end(actor, order_id, Action.VOID, reason)

    def reopen(self, actor: Actor, order_id: int, reason: str) -> WorkOrderDetail:
        """A supervisor reopens a called-back or closed order (e.g. after a dissatisfied
        callback): it awaits dispatch again with a fresh clock; reopen_count counts."""
        reason = inputs.reason(reason)

        def change(session: Session, order: WorkOrder, moment: datetime):
            old = {
                "completed_at": order.completed_at,
                "satisfaction": order.satisfaction,
                "closed_at": order.closed_at,
            }
            order.reopen_count += 1
            order.clock_start_at, order.held_seconds = moment, 0
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
            order.search_text = cleaning.search_text(order)
            plan(session, order)
            entries.order_reopened(session, self.ctx, actor, order)
            return old, {"reopen_count": order.reopen_count}

        return self._run(actor, order_id, Action.REOPEN, change, reason=reason)

    # -- the one way every step runs -----------------------------------------------------

    def _end(self, actor: Actor, order_id: int, action: Action, reason: str) -> WorkOrderDetail:
        reason = inputs.reason(reason)

        def change(session: Session, order: WorkOrder, moment: datetime):
            order.ended_at, order.end_reason = moment, reason
            if action is Action.CANCEL:
                entries.order_cancelled(session, self.ctx, actor, order)
            else:
                entries.order_voided(session, self.ctx, actor, order)
            return {}, {}

        return self._run(actor, order_id, action, change, reason=reason)

    def _run(
        self,
        actor: Actor,
        order_id: int,
        action: Action,
        change: Change | None = None,
        *,
        at: datetime | None = None,
        reason: str = "",
        history: dict | None = None,
        department: bool = False,
    ) -> WorkOrderDetail:
        def with_department(session: Session, order: WorkOrder, moment: datetime):
            found = change(session, order, moment) if change else None
            if department:  # the history says where a dispatch or transfer sent it
                fields["department_id"] = order.department_id
            return found

        fields = dict(history or {})
        return run_step(
            self.ctx,
            actor,
            LIFECYCLE,
            STORE,
            order_id,
            action,
            with_department,
            at=at,
            reason=reason,
            history=fields,
            then=lambda session, order: detail_of(session, self.ctx, order),
        )


def close_change(ctx: ServiceContext, actor: Actor) -> Change:
    """What closing changes: the time, and the follow-up of the entry made into it."""

    def change(session: Session, order: WorkOrder, moment: datetime):
        order.closed_at = moment
        entries.order_closed(session, ctx, actor, order)
        return {}, {}

    return change
