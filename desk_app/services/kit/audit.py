"""The one audit writer. Every service records its changes through ``record``.

Events are held back until the transaction commits and only then chained (see
``audit_chain``): the chain's lock is taken last, after the row locks of the
business change, and held only for the insert and the commit. (Lock a ``users``
row with ``with_for_update(key_share=True)``: a plain FOR UPDATE would block the
audit row's foreign-key check of another desk that holds the chain.) Audit rows
are never updated or deleted; the ORM refuses it here and the database's triggers
refuse it for everyone else.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from desk_app.db import changes as change_feed
from desk_app.domain.models import AuditEvent
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit.audit_chain import (
    canonical_json,
    hash_of,
    lock_head,
    normalized_json,
    row_hasher,
)
from desk_app.services.kit.bulk_sql import chunks, literals

_PENDING = "desk_app.audit.pending"


class AppendOnlyViolation(RuntimeError):
    """A program error: code tried to change or remove an audit row."""


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict, dict]:
    """Only the keys whose values differ, as (old, new)."""
    keys = [key for key in new if old.get(key) != new.get(key)]
    return {k: _jsonable(old.get(k)) for k in keys}, {k: _jsonable(new[k]) for k in keys}


def record(
    session: Session,
    ctx: ServiceContext,
    actor: Actor | None,
    action: str,
    entity_type: str,
    entity_id: Any,
    *,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    reason: str = "",
    actor_name: str | None = None,
) -> AuditEvent:
    """Append one audit event to the session's transaction; it is written, chained,
    when the transaction commits.

    ``actor`` is None for events with no logged-in user (a failed login, first-run
    setup); ``actor_name`` then says who or what acted.
    """
    audit_event = AuditEvent(
        at=ctx.now(),
        actor_id=actor.user_id if actor else None,
        actor_name=actor.username if actor else (actor_name or "system"),
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        old_values=normalized_json({k: _jsonable(v) for k, v in old.items()}) if old else None,
        new_values=normalized_json({k: _jsonable(v) for k, v in new.items()}) if new else None,
        reason=reason,
    )
    session.info.setdefault(_PENDING, []).append(audit_event)
    change_feed.note(session, entity_type)
    return audit_event


def _chain(session: Session) -> None:
    """Link the events held back so far to the chain's head, in the order recorded."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    head = lock_head(session)
    for audit_event in pending:
        audit_event.prev_hash = head
        audit_event.row_hash = head = hash_of(audit_event)
        session.add(audit_event)  # flushed by the commit, in this order


@event.listens_for(Session, "before_commit")
def _chain_pending(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint is released, not the transaction
        return
    _chain(session)


@event.listens_for(Session, "after_transaction_end")
def _forget_pending(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the whole transaction ended: rolled back or written
        session.info.pop(_PENDING, None)


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_change(_mapper: Any, _connection: Any, target: AuditEvent) -> None:
    raise AppendOnlyViolation(f"audit event {target.id} is append-only: never updated or deleted")


def record_many(
    session: Session,
    ctx: ServiceContext,
    actor: Actor | None,
    action: str,
    entity_type: str,
    changes: Iterable[tuple[Any, dict[str, Any] | None, dict[str, Any] | None]],
    *,
    reason: str = "",
    actor_name: str | None = None,
) -> int:
    """Append one event per (entity_id, old, new) of ``changes``, as ``record`` would one
    by one, in multi-row INSERTs: an import records tens of thousands. Returns how many.

    The rows are chained as they are written, so the chain is taken here rather than
    at the commit: call it at the end of the change, after its row locks.
    """
    _chain(session)  # events recorded before these keep their place in the chain
    session.flush()
    change_feed.note(session, entity_type)
    at = ctx.now()
    actor_id = actor.user_id if actor else None
    name = actor.username if actor else (actor_name or "system")
    hash_row = row_hasher(
        at=at,
        actor_id=actor_id,
        actor_name=name,
        action=action,
        entity_type=entity_type,
        reason=reason,
    )
    head = lock_head(session)
    connection = session.connection()
    statement = _bulk_insert_sql(session, at)
    count = 0
    for batch in chunks(changes, 1000):
        rows = []
        for entity_id, old, new in batch:
            old_json = canonical_json({k: _jsonable(v) for k, v in old.items()} if old else None)
            new_json = canonical_json({k: _jsonable(v) for k, v in new.items()} if new else None)
            row_hash = hash_row(str(entity_id), old_json, new_json, head)
            rows.append(
                (actor_id, name, action, entity_type, str(entity_id), old_json, new_json)
                + (reason, head, row_hash)
            )
            head = row_hash
        # The driver's own executemany: tens of thousands of rows whose every value is
        # ready to store (the JSON already encoded for the hash), so SQLAlchemy's
        # per-row parameter processing would only double the time the lock is held.
        connection.exec_driver_sql(statement, rows)
        count += len(rows)
    return count


def _bulk_insert_sql(session: Session, at: datetime) -> str:
    dialect = session.get_bind().dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    as_json = mark if dialect.name == "sqlite" else f"CAST({mark} AS JSON)"
    moment = literals(session, AuditEvent.__table__, {"at": at})["at"]
    return (
        "INSERT INTO audit_events (at, actor_id, actor_name, action, entity_type, entity_id, "
        "old_values, new_values, reason, prev_hash, row_hash) VALUES "
        f"({moment}, {mark}, {mark}, {mark}, {mark}, {mark}, {as_json}, {as_json}, {mark}, "
        f"{mark}, {mark})"
    )


def history(ctx: ServiceContext, entity_type: str, entity_id: Any) -> list[AuditEvent]:
    """Every recorded change of one record, oldest first."""
    with ctx.db.read() as session:
        query = (
            select(AuditEvent)
            .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id))
            .order_by(AuditEvent.at, AuditEvent.id)
        )
        return list(session.scalars(query))
