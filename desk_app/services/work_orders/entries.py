"""The contact entry an order was made from follows the order: handed to it when the
order is made, completed with the order's outcome when it is closed. Inside the
order's own transaction, audited as the entry's follow-up."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.contacts import ContactEntry, FollowUp, RecordLink
from desk_app.domain.work_orders import ENTITY, Satisfaction, Status, WorkOrder
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import audit
from desk_app.services.work_orders.words import SATISFACTION_WORDS, STATUS_WORDS


class Serialled(Protocol):
    serial: str


def hand_over(
    session: Session, ctx: ServiceContext, actor: Actor, entry: ContactEntry, record: Serialled
) -> None:
    """The entry is followed up as ``record`` (a work order, a complaint) from now on."""
    _set(session, ctx, actor, entry, FollowUp.HANDED, record.serial)


def order_closed(session: Session, ctx: ServiceContext, actor: Actor, order: WorkOrder) -> None:
    """Completed with what was done and how the resident found it."""
    outcome = order.work_done or STATUS_WORDS[Status.CLOSED]
    if order.satisfaction:
        outcome += f"（{SATISFACTION_WORDS[Satisfaction(order.satisfaction)]}）"
    for entry in _sources(session, order):
        if entry.follow_up_status != FollowUp.DONE:
            _set(session, ctx, actor, entry, FollowUp.DONE, f"{order.serial} {outcome}")


def order_cancelled(session: Session, ctx: ServiceContext, actor: Actor, order: WorkOrder) -> None:
    """The job is no longer wanted: the entry is done, with the reason."""
    text = f"{order.serial} {STATUS_WORDS[Status.CANCELLED]}：{order.end_reason}"
    for entry in _sources(session, order):
        if entry.follow_up_status != FollowUp.DONE:
            _set(session, ctx, actor, entry, FollowUp.DONE, text)


def order_voided(session: Session, ctx: ServiceContext, actor: Actor, order: WorkOrder) -> None:
    """The order was entered in error: the entry is open again, unless it has moved on."""
    for entry in _sources(session, order):
        if entry.follow_up_status == FollowUp.HANDED and entry.follow_up_result == order.serial:
            _set(session, ctx, actor, entry, FollowUp.OPEN, "")


def order_reopened(session: Session, ctx: ServiceContext, actor: Actor, order: WorkOrder) -> None:
    """The job goes on: the entry is the order's again."""
    for entry in _sources(session, order):
        if entry.follow_up_result.startswith(order.serial):
            _set(session, ctx, actor, entry, FollowUp.HANDED, order.serial)


def _sources(session: Session, order: WorkOrder) -> list[ContactEntry]:
    ids = select(RecordLink.source_id).where(
        RecordLink.source_type == "contact",
        RecordLink.target_type == ENTITY,
        RecordLink.target_id == order.id,
    )
    query = select(ContactEntry).where(ContactEntry.id.in_(ids), ContactEntry.voided.is_(False))
    return list(session.scalars(query.with_for_update()))


def _set(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    entry: ContactEntry,
    status: FollowUp,
    result: str,
) -> None:
    before = {
        "follow_up_status": entry.follow_up_status,
        "follow_up_result": entry.follow_up_result,
    }
    after = {"follow_up_status": status.value, "follow_up_result": result}
    old, new = audit.changed_fields(before, after)
    if new:
        entry.follow_up_status, entry.follow_up_result = status.value, result
        audit.record(session, ctx, actor, "follow_up", "contact", entry.id, old=old, new=new)


# Other kinds made from an entry (complaints) set its follow-up the same way.
set_follow_up = _set
