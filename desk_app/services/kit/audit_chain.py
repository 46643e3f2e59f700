"""The audit trail as a hash chain: every row seals its own content together with the
hash of the row before it, so a row changed, removed or slipped in afterwards shows
as the first place where the chain no longer holds.

The serialization below is a stored format: rows hashed years ago are checked with
it. Never change it; a new format would need a new tag and a migration.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.domain.models import AuditEvent
from desk_app.services.context import ServiceContext

FORMAT = "desk-audit-v1"
GENESIS = "0" * 64  # the prev_hash of the first row
# Any constant bigint: every desk on one PostgreSQL database queues on this key.
PG_CHAIN_LOCK = 0x6465_736B_6175_6474  # "deskaudt"
VERIFY_BATCH = 5000


def normalized_json(value: Any) -> Any:
    """The value as the database will give it back (tuples as lists, keys as text), so
    that the hash taken before the insert matches the row read later."""
    return None if value is None else json.loads(json.dumps(value))


def row_hash(
    *,
    at: datetime,
    actor_id: int | None,
    actor_name: str,
    action: str,
    entity_type: str,
    entity_id: str,
    old_values: Any,
    new_values: Any,
    reason: str,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) of one row's content and its predecessor's hash."""
    moment = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    payload = json.dumps(
        [
            FORMAT,
            moment,
            actor_id,
            actor_name,
            action,
            entity_type,
            entity_id,
            old_values,
            new_values,
            reason,
            prev_hash,
        ],
        sort_keys=True,
        ensure_ascii=True,  # any text, even a lone surrogate, hashes the same everywhere
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


# The encoding of every value hashed; also what the bulk writer stores in the JSON
# columns, so that a value is encoded once.
canonical_json = json.JSONEncoder(sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode


def row_hasher(
    *,
    at: datetime,
    actor_id: int | None,
    actor_name: str,
    action: str,
    entity_type: str,
    reason: str,
) -> Callable[[str, str, str, str], str]:
    """``row_hash`` for many rows that differ only in entity id, values and predecessor
    (the events of one import), the values given as ``canonical_json``: the shared
    parts are encoded once. A JSON list is its items' encodings joined by the
    separator, so the bytes hashed are the same as ``row_hash``'s."""
    moment = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    shared = (FORMAT, moment, actor_id, actor_name, action, entity_type)
    head = "[" + ",".join(map(canonical_json, shared))
    middle = "," + canonical_json(reason) + ","

    def hash_row(entity_id: str, old_json: str, new_json: str, prev_hash: str) -> str:
        payload = f"{head},{canonical_json(entity_id)},{old_json},{new_json}{middle}"
        payload += canonical_json(prev_hash) + "]"
        return hashlib.sha256(payload.encode("ascii")).hexdigest()

    return hash_row


def hash_of(row: Mapping[str, Any] | Any) -> str:
    """``row_hash`` of an ``AuditEvent`` or a row read from ``audit_events``."""
    get: Callable[[str], Any] = (
        row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
    )
    return row_hash(
        at=get("at"),
        actor_id=get("actor_id"),
        actor_name=get("actor_name"),
        action=get("action"),
        entity_type=get("entity_type"),
        entity_id=get("entity_id"),
        old_values=get("old_values"),
        new_values=get("new_values"),
        reason=get("reason"),
        prev_hash=get("prev_hash"),
    )


def lock_head(session: Session) -> str:
    """Take the chain for this transaction and return the hash of its last row.

    SQLite writers already hold the database's write lock (BEGIN IMMEDIATE). On
    PostgreSQL the transaction-level advisory lock keeps the chain linear: the next
    desk reads the head only after this transaction has committed or rolled back.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_CHAIN_LOCK})
    head = session.scalar(select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1))
    return head or GENESIS


@dataclass(frozen=True)
class ChainReport:
    rows: int  # rows checked, up to and including the first broken one
    head: str
    broken_id: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_id is None

    @property
    def detail(self) -> str:
        if self.ok:
            return f"{self.rows} rows chained, last hash {self.head[:16]}"
        return f"broken at row {self.broken_id}: {self.problem}"


def verify_chain(ctx: ServiceContext) -> ChainReport:
    """Walk the trail in id order, a batch at a time, and stop at the first row whose
    link or content does not hold."""
    table = AuditEvent.__table__
    expected, previous_id, count = GENESIS, None, 0
    with ctx.db.engine.connect() as connection:
        rows = connection.execution_options(yield_per=VERIFY_BATCH).execute(
            select(table).order_by(table.c.id)
        )
        for row in rows.mappings():
            count += 1
            if row["prev_hash"] != expected:
                if previous_id is None:
                    problem = "it does not start the chain (rows before it were removed)"
                else:
                    problem = (
                        f"it does not follow row {previous_id} (a row between them was "
                        f"removed or inserted, or row {previous_id} was rewritten)"
                    )
                return ChainReport(count, expected, row["id"], problem)
            if row["row_hash"] != hash_of(row):
                problem = "its content no longer matches its hash (changed after it was written)"
                return ChainReport(count, expected, row["id"], problem)
            expected, previous_id = row["row_hash"], row["id"]
    return ChainReport(count, expected)
