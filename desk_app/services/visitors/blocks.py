"""The block list: entries kept by the administrator and the supervisors, matched at
every sign-in by name and phone, ID number or plate. An entry is lifted, never deleted."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desk_app.domain.errors import NotFound
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import mask_id_number
from desk_app.domain.roles import Permission
from desk_app.domain.visitors import BLOCK_ENTITY, BlockMatch, VisitorBlock
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs
from desk_app.services.visitors.cleaning import clean_block
from desk_app.services.visitors.views import BlockDraft, BlockInfo


def in_force(today: date):
    return and_(
        VisitorBlock.active.is_(True),
        or_(VisitorBlock.until.is_(None), VisitorBlock.until >= today),
    )


def matches(session: Session, values: dict[str, Any], today: date) -> list[BlockMatch]:
    """The entries in force that the visitor of ``values`` (cleaned columns) matches."""
    terms = []
    if values.get("id_number"):
        terms.append(VisitorBlock.id_number == values["id_number"])
    if values.get("plate"):
        terms.append(VisitorBlock.plate == values["plate"])
    if values.get("visitor_name") and values.get("phone"):
        terms.append(
            and_(
                VisitorBlock.name == values["visitor_name"],
                VisitorBlock.phone == values["phone"],
            )
        )
    if not terms:
        return []
    query = select(VisitorBlock).where(in_force(today), or_(*terms)).order_by(VisitorBlock.id)
    found = []
    for block in session.scalars(query):
        if values.get("id_number") and block.id_number == values["id_number"]:
            on = "id_number"
        elif values.get("plate") and block.plate == values["plate"]:
            on = "plate"
        else:
            on = "name_phone"
        found.append(BlockMatch(block.id, on, block.reason, block.until))
    return found


def _snapshot(block: VisitorBlock) -> dict[str, Any]:
    return {
        "name": block.name,
        "phone": block.phone,
        "id_number": mask_id_number(block.id_number),
        "plate": block.plate,
        "reason": block.reason,
        "until": block.until,
        "active": block.active,
    }


class BlockList:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def entries(self, actor: Actor, include_lifted: bool = False) -> list[BlockInfo]:
        require(actor, Permission.MAINTAIN_BLOCK_LIST)
        today = self.ctx.today()
        full = actor.can(Permission.SEE_FULL_ID)  # the administrator sees the mask too
        with self.ctx.db.read() as session:
            query = select(VisitorBlock).order_by(VisitorBlock.id.desc())
            if not include_lifted:
                query = query.where(VisitorBlock.active.is_(True))
            return [
                BlockInfo(
                    id=b.id,
                    name=b.name,
                    phone=b.phone,
                    id_number=b.id_number if full else mask_id_number(b.id_number),
                    plate=b.plate,
                    reason=b.reason,
                    until=b.until,
                    active=b.active,
                    in_force=b.active and (b.until is None or b.until >= today),
                )
                for b in session.scalars(query)
            ]

    def add(self, actor: Actor, draft: BlockDraft) -> int:
        """Put a person or a vehicle on the block list; returns the entry's number."""
        require(actor, Permission.MAINTAIN_BLOCK_LIST)
        values = clean_block(self.ctx, draft)
        with self.ctx.db.write() as session:
            block = VisitorBlock(created_by_id=actor.user_id, created_at=self.ctx.now(), **values)
            session.add(block)
            session.flush()
            audit.record(
                session, self.ctx, actor, "create", BLOCK_ENTITY, block.id, new=_snapshot(block)
            )
            return block.id

    def lift(self, actor: Actor, block_id: int, reason: str) -> None:
        """Take an entry off the list (it stays, lifted, with the reason audited)."""
        require(actor, Permission.MAINTAIN_BLOCK_LIST)
        reason = inputs.reason(reason)
        with self.ctx.db.write() as session:
            block = session.get(VisitorBlock, block_id, with_for_update=True)
            if block is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No block-list entry with number {id}."),
                    id=block_id,
                )
            if not block.active:
                return
            block.active = False
            audit.record(
                session,
                self.ctx,
                actor,
                "lift",
                BLOCK_ENTITY,
                block.id,
                old={"active": True},
                new={"active": False},
                reason=reason,
            )
