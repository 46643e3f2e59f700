"""What happens to entries after they are logged: follow-up, the supervisor's review
and the signature under a day (主管每日审核签字), signed again after a late change.

Plain functions over the caller's session; ``ContactService`` opens the transaction
and checks the role.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.contacts import ContactEntry, DaySignoff, FollowUp
from desk_app.domain.errors import Conflict, NotFound
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import User
from desk_app.services.contacts.queries import (
    CHANGED_AFTER_SIGNING,
    SIGN_DAY,
    day_status,
    is_signed,
)
from desk_app.services.contacts.views import DAY_ENTITY, ENTITY, SIGNOFF_KIND
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import audit, inputs


def refuse_voided(entry: ContactEntry) -> None:
    if entry.voided:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Entry {serial} has been voided."), serial=entry.serial
        )


def follow_up(
    session: Session, ctx: ServiceContext, actor: Actor, entry: ContactEntry, status, result: str
) -> None:
    """Follow-up goes on after the day is signed: it is progress, not an amendment."""
    status = inputs.choice(FollowUp, status, "follow_up_status")
    refuse_voided(entry)
    before = {
        "follow_up_status": entry.follow_up_status,
        "follow_up_result": entry.follow_up_result,
    }
    after = {
        "follow_up_status": status.value,
        "follow_up_result": inputs.text(result, "follow_up_result"),
    }
    old, new = audit.changed_fields(before, after)
    if new:
        entry.follow_up_status, entry.follow_up_result = after.values()
        audit.record(session, ctx, actor, "follow_up", ENTITY, entry.id, old=old, new=new)


def review(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    entry_ids: Sequence[int],
    remark: str,
) -> list[ContactEntry]:
    """Mark the entries reviewed, each with the same remark, all or none: a day already
    signed refuses the lot, naming it."""
    remark = inputs.text(remark, "remark")
    wanted = list(dict.fromkeys(entry_ids))
    query = select(ContactEntry).where(ContactEntry.id.in_(wanted))
    found = {entry.id: entry for entry in session.scalars(query)}
    missing = [entry_id for entry_id in wanted if entry_id not in found]
    if missing:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No entry with number {id}."), id=missing[0])
    entries = [found[entry_id] for entry_id in wanted]
    for day in sorted({e.day for e in entries}):
        if is_signed(session, day):
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "{day} has already been signed."),
                day=day.isoformat(),
            )
    now = ctx.now()
    for entry in entries:
        old = {"reviewed": entry.reviewed_at is not None, "review_remark": entry.review_remark}
        entry.reviewed_by_id, entry.reviewed_at, entry.review_remark = actor.user_id, now, remark
        audit.record(
            session,
            ctx,
            actor,
            "review",
            ENTITY,
            entry.id,
            old=old,
            new={"reviewed": True, "review_remark": remark},
        )
    return entries


def note_change_after_signing(
    session: Session, ctx: ServiceContext, actor: Actor, entry: ContactEntry, action: str
) -> None:
    """Put it on the day's own trail when a signed day gets an entry logged, amended or
    voided: the supervisor's home screen lists the day for a new signature."""
    if is_signed(session, entry.day):
        audit.record(
            session,
            ctx,
            actor,
            CHANGED_AFTER_SIGNING,
            DAY_ENTITY,
            entry.day.isoformat(),
            new={"entry": entry.serial, "action": action},
        )


def sign(session: Session, ctx: ServiceContext, actor: Actor, day: date) -> None:
    """The supervisor's signature under ``day``: its entries are locked from now on. A
    day changed after its signature is signed again (the earlier signature stays in
    the audit trail); one signed as it stands is refused."""
    sign_off = session.get(DaySignoff, (SIGNOFF_KIND, day))
    if sign_off is None:
        session.add(
            DaySignoff(kind=SIGNOFF_KIND, day=day, signed_by_id=actor.user_id, signed_at=ctx.now())
        )
        audit.record(session, ctx, actor, SIGN_DAY, DAY_ENTITY, day.isoformat())
        return
    if not day_status(session, day).changed_after_signing:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "{day} has already been signed."), day=day.isoformat()
        )
    before = session.get(User, sign_off.signed_by_id)
    old = {"signed_by": before.display_name if before else "", "signed_at": sign_off.signed_at}
    sign_off.signed_by_id, sign_off.signed_at = actor.user_id, ctx.now()
    audit.record(
        session,
        ctx,
        actor,
        SIGN_DAY,
        DAY_ENTITY,
        day.isoformat(),
        old=old,
        new={"signed_by": actor.display_name, "signed_at": sign_off.signed_at},
        reason="signed again after a change",
    )
