"""``run_step``, the one way every kind of record takes a step of its life cycle, seen
through the work orders that use it: a step the role may not take, a step the state does
not allow, and two desks taking the same step at once. A refused step writes nothing:
no status, no history row, no audit event, no change notice."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from desk_app.domain.errors import IllegalTransition, PermissionDenied
from desk_app.domain.models import AuditEvent
from desk_app.domain.work_orders import Location, Status, WorkOrderStep
from desk_app.services.work_orders.views import WorkOrderDraft


def _lobby(services, clerk):
    draft = WorkOrderDraft(
        description="3号楼大堂吸顶灯不亮",
        category="electrical",
        location=Location.PUBLIC_AREA,
        place="3号楼大堂",
    )
    return services.work_orders.orders.create(clerk, draft)


def _written(services, order_id: int) -> tuple[int, int]:
    """(status history rows, audit events) of the order."""
    with services.db.read() as session:
        steps = session.scalar(select(func.count()).where(WorkOrderStep.order_id == order_id))
        events = session.scalar(
            select(func.count()).where(
                AuditEvent.entity_type == "work_order", AuditEvent.entity_id == str(order_id)
            )
        )
    return steps, events


def test_a_step_the_role_may_not_take_is_refused_and_writes_nothing(services, clerk):
    order = _lobby(services, clerk)
    before = _written(services, order.id)
    kinds: list[frozenset[str]] = []
    services.db.changes.subscribe(kinds.append)
    # a clerk may not void an order: that is the supervisor's (paper rule: 作废须主管)
    with pytest.raises(PermissionDenied):
        services.work_orders.steps.void(clerk, order.id, "录错了")
    assert services.work_orders.queries.get(clerk, order.id).status is Status.CREATED
    assert _written(services, order.id) == before
    assert kinds == []


def test_a_step_the_state_does_not_allow_is_refused_and_writes_nothing(services, clerk):
    order = _lobby(services, clerk)
    before = _written(services, order.id)
    # an order nobody was sent to cannot be completed
    with pytest.raises(IllegalTransition):
        services.work_orders.steps.complete(clerk, order.id, work_done="换了灯管")
    assert services.work_orders.queries.get(clerk, order.id).status is Status.CREATED
    assert _written(services, order.id) == before


def test_two_desks_taking_the_same_step_at_once_take_it_once(services, clerk):
    order = _lobby(services, clerk)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def desk() -> None:
        start.wait(timeout=30)
        try:
            services.work_orders.steps.dispatch(clerk, order.id, technician="李师傅")
            outcomes.append("dispatched")
        except IllegalTransition:
            outcomes.append("refused")  # the other desk was first: it is dispatched

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["dispatched", "refused"]
    with services.db.read() as session:
        dispatches = session.scalars(
            select(WorkOrderStep.to_status).where(
                WorkOrderStep.order_id == order.id, WorkOrderStep.action == "dispatch"
            )
        ).all()
    assert dispatches == [Status.DISPATCHED.value]
