"""The one audit writer. Every service records its changes through ``record``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desk_app.domain.models import AuditEvent
from desk_app.services.bulk_sql import chunks, literals
from desk_app.services.context import Actor, ServiceContext


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
    """Append one audit event to the session's transaction.

    ``actor`` is None for events with no logged-in user (a failed login, first-run
    setup); ``actor_name`` then says who or what acted.
    """
    event = AuditEvent(
        at=ctx.now(),
        actor_id=actor.user_id if actor else None,
        actor_name=actor.username if actor else (actor_name or "system"),
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        old_values={k: _jsonable(v) for k, v in old.items()} if old else None,
        new_values={k: _jsonable(v) for k, v in new.items()} if new else None,
        reason=reason,
    )
    session.add(event)
    return event


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
    """
    session.flush()  # events added by ``record`` before these keep their place
    actor_id = actor.user_id if actor else None
    name = actor.username if actor else (actor_name or "system")
    rows = (
        {
            "actor_id": actor_id,
            "actor_name": name,
            "action": action,
            "entity_type": entity_type,
            "entity_id": str(entity_id),
            "old_values": {k: _jsonable(v) for k, v in old.items()} if old else None,
            "new_values": {k: _jsonable(v) for k, v in new.items()} if new else None,
            "reason": reason,
        }
        for entity_id, old, new in changes
    )
    table = AuditEvent.__table__
    statement = insert(table).values(literals(session, table, {"at": ctx.now()}))
    count = 0
    for batch in chunks(rows, 1000):
        session.execute(statement, batch)
        count += len(batch)
    return count


def history(ctx: ServiceContext, entity_type: str, entity_id: Any) -> list[AuditEvent]:
    """Every recorded change of one record, oldest first."""
    with ctx.db.read() as session:
        query = (
            select(AuditEvent)
            .where(AuditEvent.entity_type == entity_type, AuditEvent.entity_id == str(entity_id))
            .order_by(AuditEvent.at, AuditEvent.id)
        )
        return list(session.scalars(query))
