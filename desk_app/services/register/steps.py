"""What happens to a resident's record after it is made: changes audited field by
field, moving out (the record stays, under "moved out") and voiding a wrong record.

Plain functions over the caller's session; ``ResidentService`` opens the transaction
and checks the role.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.register import Resident
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import audit
from desk_app.services.register.views import resident_change, resident_snapshot

ENTITY = "resident"


def refuse_voided(resident: Resident) -> None:
    if resident.voided:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This record was voided and cannot be changed."))


def audit_resident_change(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    resident: Resident,
    before: dict[str, Any],
    old_id_number: str,
    *,
    action: str = "update",
    reason: str = "",
) -> bool:
    """Write the update event if anything changed; True if it did."""
    old, new = resident_change(before, old_id_number, resident)
    if not new:
        return False
    audit.record(session, ctx, actor, action, ENTITY, resident.id, old=old, new=new, reason=reason)
    return True


def move_out(
    session: Session, ctx: ServiceContext, actor: Actor, resident: Resident, on: date, note: str
) -> None:
    """Record that the resident left on ``on``. The record stays."""
    refuse_voided(resident)
    if resident.move_out is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "{name} already moved out on {day}."),
            field="move_out",
            name=resident.name,
            day=resident.move_out.isoformat(),
        )
    if resident.move_in is not None and on < resident.move_in:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The move-out date is before the move-in date."),
            field="move_out",
        )
    before, old_id = resident_snapshot(resident), resident.id_number
    resident.move_out = on
    resident.updated_at = ctx.now()
    audit_resident_change(
        session, ctx, actor, resident, before, old_id, action="move_out", reason=note
    )


def void(
    session: Session, ctx: ServiceContext, actor: Actor, resident: Resident, reason: str
) -> None:
    """Mark a wrongly entered record void. It stays, visibly void, and no longer answers
    the room lookup."""
    refuse_voided(resident)
    now = ctx.now()
    resident.voided, resident.void_reason = True, reason
    resident.voided_by_id, resident.voided_at = actor.user_id, now
    resident.updated_at = now
    resident.keys = []  # a void record must not answer lookups any more
    audit.record(
        session,
        ctx,
        actor,
        "void",
        ENTITY,
        resident.id,
        old={"voided": False},
        new={"voided": True},
        reason=reason,
    )
