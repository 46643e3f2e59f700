"""One step onwards: records made from other records, linked both ways.

A call becomes a work order, a complaint or a card request; each of those issues
adds its kind to ``ONWARD_KINDS`` and builds its form from an ``OnwardDraft``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.domain.card_requests import CardRequest
from desk_app.domain.complaints import Complaint
from desk_app.domain.contacts import ContactEntry, RecordLink
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.work_orders import WorkOrder
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import audit


@dataclass(frozen=True)
class RecordRef:
    kind: str  # "contact", "work_order", "complaint", "card_request"
    id: int


@dataclass(frozen=True)
class OnwardDraft:
    """What a new record's form is prefilled with when made from another record."""

    source: RecordRef
    room_id: int | None
    place: str
    contact_name: str
    phone: str
    text: str


def link(
    session: Session, ctx: ServiceContext, actor: Actor, source: RecordRef, target: RecordRef
) -> None:
    """Record that ``target`` was made from ``source``, inside the caller's transaction."""
    session.add(
        RecordLink(
            source_type=source.kind,
            source_id=source.id,
            target_type=target.kind,
            target_id=target.id,
            created_at=ctx.now(),
            created_by_id=actor.user_id,
        )
    )
    audit.record(
        session,
        ctx,
        actor,
        "link",
        source.kind,
        source.id,
        new={"target_type": target.kind, "target_id": target.id},
    )


def linked(session: Session, ref: RecordRef) -> list[RecordRef]:
    """Every record linked to ``ref``, in either direction, oldest link first."""
    rows = session.scalars(
        select(RecordLink)
        .where(
            or_(
                (RecordLink.source_type == ref.kind) & (RecordLink.source_id == ref.id),
                (RecordLink.target_type == ref.kind) & (RecordLink.target_id == ref.id),
            )
        )
        .order_by(RecordLink.id)
    )
    out = []
    for row in rows:
        if row.source_type == ref.kind and row.source_id == ref.id:
            out.append(RecordRef(row.target_type, row.target_id))
        else:
            out.append(RecordRef(row.source_type, row.source_id))
    return out


def linked_many(session: Session, kind: str, ids: list[int]) -> dict[int, list[RecordRef]]:
    """``linked`` for many records of one kind in one query (list pages)."""
    out: dict[int, list[RecordRef]] = {record_id: [] for record_id in ids}
    if not ids:
        return out
    rows = session.scalars(
        select(RecordLink)
        .where(
            or_(
                (RecordLink.source_type == kind) & RecordLink.source_id.in_(ids),
                (RecordLink.target_type == kind) & RecordLink.target_id.in_(ids),
            )
        )
        .order_by(RecordLink.id)
    )
    for row in rows:
        if row.source_type == kind and row.source_id in out:
            out[row.source_id].append(RecordRef(row.target_type, row.target_id))
        if row.target_type == kind and row.target_id in out:
            out[row.target_id].append(RecordRef(row.source_type, row.source_id))
    return out


# The kinds a link may point at, with the table whose serial names a record of each.
_SERIAL_MODELS: dict[str, type[Any]] = {
    "contact": ContactEntry,
    "work_order": WorkOrder,
    "card_request": CardRequest,
    "complaint": Complaint,
}

KIND_LABELS: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("Records", "Contact entry"),
    "work_order": QT_TRANSLATE_NOOP("Records", "Work order"),
    "card_request": QT_TRANSLATE_NOOP("Records", "Card request"),
    "complaint": QT_TRANSLATE_NOOP("Records", "Complaint"),
}


def serials(session: Session, refs: Iterable[RecordRef]) -> dict[RecordRef, str]:
    """The serial (LF-…, WO-…) of each record of ``refs``, one query per kind: how a
    list page or a history names the records linked to its own."""
    wanted: dict[str, set[int]] = {}
    for ref in refs:
        wanted.setdefault(ref.kind, set()).add(ref.id)
    out: dict[RecordRef, str] = {}
    for kind, ids in wanted.items():
        model = _SERIAL_MODELS.get(kind)
        if model is None:
            continue
        rows = session.execute(select(model.id, model.serial).where(model.id.in_(ids)))
        out.update({RecordRef(kind, record_id): serial for record_id, serial in rows})
    return out
