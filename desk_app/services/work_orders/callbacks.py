"""The callback (回访): every completed order is called back. Like the wake-up-call
SOP, an unanswered call is tried again an hour later, and after the set number of
failed tries the order is marked unreachable for the supervisor to settle. A result,
once saved, is locked; only a supervisor amends it, with a reason."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import ACTION_AMEND_CALLBACK, ACTION_SETTLE_UNREACHABLE, Permission
from desk_app.domain.work_orders import (
    ATTEMPT_OUTCOMES,
    CALLBACK_RETRY,
    ENTITY,
    FAILED_OUTCOMES,
    LIFECYCLE,
    RESULT_OUTCOMES,
    Action,
    CallOutcome,
    Satisfaction,
    WorkOrder,
    WorkOrderCallback,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs
from desk_app.services.kit.steps import run_step, take_step
from desk_app.services.work_orders.queries import (
    STORE,
    Queries,
    callback_rows,
    detail_of,
    load_order,
    sla,
)
from desk_app.services.work_orders.steps import close_change
from desk_app.services.work_orders.views import (
    CallbackRow,
    Sort,
    WorkOrderDetail,
    WorkOrderFilter,
    WorkOrderRow,
)


class Callbacks:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def attempt(
        self,
        actor: Actor,
        order_id: int,
        outcome: CallOutcome | str,
        *,
        call_later_at: datetime | None = None,
        remarks: str = "",
    ) -> WorkOrderDetail:
        """A call that got no result: no answer, busy, or "call me later at …"."""
        require(actor, Permission.LOG_WORK)
        outcome = inputs.choice(CallOutcome, outcome, "outcome")
        remarks = inputs.text(remarks, "remarks")
        if outcome not in ATTEMPT_OUTCOMES:
            raise ValidationError(field="outcome")
        now = self.ctx.now()
        if outcome is CallOutcome.CALL_LATER and (call_later_at is None or call_later_at <= now):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give the time the resident asked to be called."),
                field="call_later_at",
            )
        with self.ctx.db.write() as session:
            order = load_order(session, order_id, lock=True)
            LIFECYCLE.target(order, Action.CALLBACK, name=order.serial)  # still to be called?
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
            if (
                order.callback_attempts >= sla(session).callback_max_attempts
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
            return detail_of(session, self.ctx, order)

    def record(
        self,
        actor: Actor,
        order_id: int,
        satisfaction: Satisfaction | str,
        *,
        result: str = "",
        remarks: str = "",
        close: bool = False,
    ) -> WorkOrderDetail:
        """The resident was reached: the result is saved and locked. With ``close``, a
        satisfied result on an order whose slip is back closes it in the same go
        (when the actor may close it). A dissatisfied result leaves ``offer_reopen``
        set on the order (see Steps.reopen)."""
        rating = inputs.choice(Satisfaction, satisfaction, "satisfaction")
        result = inputs.text(result, "result")
        remarks = inputs.text(remarks, "remarks")

        def change(session: Session, order: WorkOrder, moment: datetime):
            session.add(
                WorkOrderCallback(
                    order_id=order.id,
                    cycle=order.reopen_count,
                    at=moment,
                    by_id=actor.user_id,
                    outcome=CallOutcome.REACHED.value,
                    satisfaction=rating.value,
                    result=result,
                    remarks=remarks,
                )
            )
            order.satisfaction, order.callback_done_at = rating.value, moment
            order.callback_next_at = None
            return {}, {"satisfaction": rating.value, "result": result}

        def then(session: Session, order: WorkOrder) -> WorkOrderDetail:
            if (
                close
                and rating is not Satisfaction.DISSATISFIED
                and LIFECYCLE.allows(order, Action.CLOSE, actor.user_id, actor.can)
            ):
                take_step(
                    session,
                    self.ctx,
                    actor,
                    LIFECYCLE,
                    STORE,
                    order,
                    Action.CLOSE,
                    close_change(self.ctx, actor),
                )
            return detail_of(session, self.ctx, order)

        return run_step(
            self.ctx, actor, LIFECYCLE, STORE, order_id, Action.CALLBACK, change, then=then
        )

    def settle_unreachable(self, actor: Actor, order_id: int, remarks: str) -> WorkOrderDetail:
        """The supervisor ends the callback of an order nobody could reach, so that it
        can be closed; recorded as an "unreachable" result with the reason."""
        require(actor, Permission.APPROVE, ACTION_SETTLE_UNREACHABLE)
        remarks = inputs.reason(remarks, "remarks")

        def change(session: Session, order: WorkOrder, moment: datetime):
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
                    at=moment,
                    by_id=actor.user_id,
                    outcome=CallOutcome.UNREACHABLE.value,
                    result=remarks,
                )
            )
            order.callback_done_at, order.callback_next_at = moment, None
            return {}, {"outcome": CallOutcome.UNREACHABLE.value}

        return run_step(
            self.ctx,
            actor,
            LIFECYCLE,
            STORE,
            order_id,
            Action.CALLBACK,
            change,
            reason=remarks,
            then=lambda session, order: detail_of(session, self.ctx, order),
        )

    def amend(
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
                order = load_order(session, call.order_id, lock=True)
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
            return callback_rows(session, [call])[0]

    def due(
        self, actor: Actor, after: WorkOrderRow | None = None, limit: int = 200
    ) -> list[WorkOrderRow]:
        """Every completed order still to be called back, whoever is next first."""
        flt = WorkOrderFilter(callback_due=True, sort=Sort.CALLBACK)
        return Queries(self.ctx).page(actor, flt, after, limit)

    def unreachable(
        self, actor: Actor, after: WorkOrderRow | None = None, limit: int = 200
    ) -> list[WorkOrderRow]:
        """Orders nobody could be reached for: the supervisor's list."""
        flt = WorkOrderFilter(unreachable_only=True, sort=Sort.CALLBACK)
        return Queries(self.ctx).page(actor, flt, after, limit)
