"""One step of a record's life cycle, the same way for every kind of record.

``run_step`` locks the record, asks the kind's ``Lifecycle`` whether the actor may
take the step from where the record stands, lets the kind fill in the step's own
fields, writes the status history row and the audit event (whose entity type is the
kind, so the change feed tells every screen showing that kind) and keeps derived
columns such as a running deadline current; all in one transaction.

A kind describes where it keeps its records and their history in a ``StepStore``:
work orders keep theirs in ``work_orders`` and ``work_order_steps``; a complaint
would name ``complaints`` and ``complaint_steps``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, TypeVar, overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import CLOCK_SLACK, Lifecycle
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit


class SteppedRecord(Protocol):
    """What ``run_step`` reads and writes of a kind's record (an ORM row)."""

    id: int
    serial: str
    status: str


R = TypeVar("R", bound=SteppedRecord)  # the ORM class of a kind's records
T = TypeVar("T")

# What a step changes besides the status: (old values, new values) for the audit.
Change = Callable[[Session, Any, datetime], tuple[dict, dict] | None]


@dataclass(frozen=True)
class StepStore(Generic[R]):
    """Where a kind keeps its records and their status history.

    ``record``: the ORM class; its rows have ``id``, ``status`` and ``serial`` (and
    ``held_from`` if the kind can put a record on hold). ``history``: the ORM class of
    the status history, with the columns ``at``, ``actor_id``, ``action``,
    ``from_status``, ``to_status``, ``reason`` and ``owner`` naming the record.
    ``refresh(record)`` keeps derived columns current after each step.
    ``not_found``: the message when no record has the id (``{id}``)."""

    record: type[R]
    history: type[Any]  # an ORM class with the columns above
    owner: str
    not_found: str
    refresh: Callable[[R], None] | None = None


def load(session: Session, store: StepStore[R], record_id: int, *, lock: bool = False) -> R:
    """The record, locked for the rest of the transaction when ``lock``; NotFound."""
    record = session.get(store.record, record_id, with_for_update=lock or None)
    if record is None:
        raise NotFound(store.not_found, id=record_id)
    return record


def take_step(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    lifecycle: Lifecycle,
    store: StepStore[R],
    record: R,
    action: Any,
    change: Change | None = None,
    *,
    at: datetime | None = None,
    reason: str = "",
    history: dict[str, Any] | None = None,
) -> datetime:
    """One step on a record already locked in ``session`` (several steps may share a
    transaction). ``at``: when it happened as reported (default: now); never in the
    future, nor before the record's previous step. ``change(session, record, moment)``
    validates and fills in the step's own fields and returns what it changed for the
    audit; ``history`` holds the history row's own further columns. Returns the moment
    recorded."""
    action = lifecycle.actions(action)
    refusal = lifecycle.refusal(action, record, actor.user_id, actor.can)
    if refusal is not None:
        require(actor, *refusal)
    before = record.status
    target = lifecycle.target(record, action, name=record.serial)
    moment = _moment(session, ctx, store, record, at)
    old, new = (change(session, record, moment) if change else None) or ({}, {})
    record.status = target.value
    session.add(
        store.history(
            **{store.owner: record.id},
            at=moment,
            actor_id=actor.user_id,
            action=action.value,
            from_status=before,
            to_status=target.value,
            reason=reason,
            **(history or {}),
        )
    )
    audit.record(
        session,
        ctx,
        actor,
        action.value,
        lifecycle.kind,
        record.id,
        old={"status": before, **old},
        new={"status": target.value, **new},
        reason=reason,
    )
    if store.refresh is not None:
        store.refresh(record)
    session.flush()  # the next step of the same transaction sees this one's history
    return moment


@overload
def run_step(
    ctx: ServiceContext,
    actor: Actor,
    lifecycle: Lifecycle,
    store: StepStore[R],
    record_id: int,
    action: Any,
    change: Change | None = None,
    *,
    at: datetime | None = None,
    reason: str = "",
    history: dict[str, Any] | None = None,
    then: Callable[[Session, R], T],
) -> T: ...


@overload
def run_step(
    ctx: ServiceContext,
    actor: Actor,
    lifecycle: Lifecycle,
    store: StepStore[R],
    record_id: int,
    action: Any,
    change: Change | None = None,
    *,
    at: datetime | None = None,
    reason: str = "",
    history: dict[str, Any] | None = None,
    then: None = None,
) -> R: ...


def run_step(
    ctx: ServiceContext,
    actor: Actor,
    lifecycle: Lifecycle,
    store: StepStore[R],
    record_id: int,
    action: Any,
    change: Change | None = None,
    *,
    at: datetime | None = None,
    reason: str = "",
    history: dict[str, Any] | None = None,
    then: Callable[[Session, R], T] | None = None,
) -> T | R:
    """``take_step`` in a transaction of its own, on the record locked first: of two
    desks stepping one record at once, the second waits, then finds the record where
    the first left it (IllegalTransition, naming both states, if its step no longer
    fits). Returns ``then(session, record)`` read in the same transaction, or the
    record."""
    with ctx.db.write() as session:
        record = load(session, store, record_id, lock=True)
        take_step(
            session,
            ctx,
            actor,
            lifecycle,
            store,
            record,
            action,
            change,
            at=at,
            reason=reason,
            history=history,
        )
        return then(session, record) if then is not None else record


def _moment(
    session: Session, ctx: ServiceContext, store: StepStore, record: Any, at: datetime | None
) -> datetime:
    now = ctx.now()
    if at is None:
        return now
    if at.tzinfo is None:
        raise ValueError("a step's time must be aware of its zone")
    at = at.astimezone(UTC)
    if at > now + CLOCK_SLACK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The time lies in the future."), field="at"
        )
    owner = getattr(store.history, store.owner)
    previous = session.scalar(select(func.max(store.history.at)).where(owner == record.id))
    if previous is not None and at < previous:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The time cannot be earlier than the step before it ({before})."
            ),
            field="at",
            before=ctx.local(previous).strftime("%Y-%m-%d %H:%M"),
        )
    return at
