"""The visitor register's use cases: sign in (checked against the block list), correct,
sign out (also by the pass's serial), void, read. One transaction per user action.

Sign-in takes the serial FK-YYYYMMDD-NNNN in the same transaction. A visitor the block
list names is refused unless the clerk gives a reason; the refusal itself is audited
(who was turned away, on which entries), and so is letting them in.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, PermissionDenied, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.personal import mask_id_number
from desk_app.domain.roles import Permission
from desk_app.domain.visitors import (
    BLOCK_ENTITY,
    ENTITY,
    LIFECYCLE,
    SERIAL_KIND,
    Action,
    BlockMatch,
    Status,
    Visit,
    VisitorBlocked,
    VisitStep,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs, vocabularies
from desk_app.services.kit.change_history import HistoryLine, read_history
from desk_app.services.kit.numbering import next_serial
from desk_app.services.kit.steps import run_step
from desk_app.services.visitors import blocks, queries
from desk_app.services.visitors.cleaning import clean, snapshot
from desk_app.services.visitors.views import (
    HISTORY_FIELDS,
    KINDS,
    STORE,
    KindInfo,
    SignedIn,
    VisitDraft,
    VisitFilter,
    VisitRow,
    kind_info,
)

PAGE = 200

MATCHED_ON = {
    "name_phone": QT_TRANSLATE_NOOP("Visitors", "name and phone"),
    "id_number": QT_TRANSLATE_NOOP("Visitors", "ID number"),
    "plate": QT_TRANSLATE_NOOP("Visitors", "plate"),
}


class _TurnedAway(Exception):
    """Leaves the sign-in's transaction (nothing of it is kept) with what matched."""

    def __init__(self, values: dict, found: list[BlockMatch]):
        super().__init__()
        self.values, self.found = values, found


class Visits:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- kinds of visitor --------------------------------------------------------------

    def kinds(self, include_inactive: bool = False) -> list[KindInfo]:
        return vocabularies.entries(self.ctx, KINDS, kind_info, include_inactive=include_inactive)

    def save_kind(self, actor: Actor, code: str, label: str, active: bool = True) -> KindInfo:
        """Add or relabel a kind (administrator); kinds in use are disabled, not removed."""
        return vocabularies.save(self.ctx, actor, KINDS, code, label, info=kind_info, active=active)

    # -- signing in and correcting --------------------------------------------------------

    def sign_in(self, actor: Actor, draft: VisitDraft, block_reason: str = "") -> SignedIn:
        """Sign a visitor in. On the block list, they are refused (VisitorBlocked, the
        refusal audited) unless ``block_reason`` says why the desk lets them in."""
        require(actor, Permission.LOG_WORK)
        reason = inputs.reason(block_reason, "block_reason") if block_reason.strip() else ""
        try:
            with self.ctx.db.write() as session:
                values = clean(session, self.ctx, draft)
                found = blocks.matches(session, values, self.ctx.today())
                if found and not reason:
                    raise _TurnedAway(values, found)
                visit = self._add(session, actor, values, found, reason)
                return SignedIn(self._row(session, actor, visit), tuple(found))
        except _TurnedAway as refused:
            self._note_turned_away(actor, refused)
            raise VisitorBlocked(
                refused.found,
                name=refused.values["visitor_name"],
                reasons="；".join(match.reason for match in refused.found),
            ) from None

    def _add(
        self, session: Session, actor: Actor, values: dict, found: list[BlockMatch], reason: str
    ) -> Visit:
        reason = reason if found else ""  # a reason for nothing to overrule is no record
        now = self.ctx.now()
        day = self.ctx.local(values["arrived_at"]).date()
        visit = Visit(
            serial=next_serial(session, SERIAL_KIND, day),
            day=day,
            status=Status.ON_SITE.value,
            signed_in_by_id=actor.user_id,
            created_at=now,
            block_id=found[0].block_id if found else None,
            block_reason=reason,
            **values,
        )
        session.add(visit)
        session.flush()
        session.add(
            VisitStep(
                visit_id=visit.id,
                at=values["arrived_at"],
                actor_id=actor.user_id,
                action="create",
                from_status="",
                to_status=Status.ON_SITE.value,
                reason=reason,
            )
        )
        new = snapshot(visit)
        if found:
            new |= {"block_reason": reason, "blocks": [match.block_id for match in found]}
        audit.record(session, self.ctx, actor, "create", ENTITY, visit.id, new=new, reason=reason)
        for match in found:
            audit.record(
                session,
                self.ctx,
                actor,
                "let_in",
                BLOCK_ENTITY,
                match.block_id,
                new={"visit": visit.serial, "on": match.on},
                reason=reason,
            )
        return visit

    def _note_turned_away(self, actor: Actor, refused: _TurnedAway) -> None:
        with self.ctx.db.write() as session:
            for match in refused.found:
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "turned_away",
                    BLOCK_ENTITY,
                    match.block_id,
                    new={"visitor": refused.values["visitor_name"], "on": match.on},
                )

    def update(self, actor: Actor, visit_id: int, draft: VisitDraft, reason: str) -> VisitRow:
        """Correct a visit (its clerk or a supervisor), with a reason; audited. Someone who
        sees the ID number masked cannot change or blank a stored one."""
        require(actor, Permission.LOG_WORK)
        reason = inputs.reason(reason)
        with self.ctx.db.write() as session:
            visit = queries.get_visit(session, visit_id, lock=True)
            if visit.status == Status.VOIDED:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "Visit {serial} has been voided."),
                    serial=visit.serial,
                )
            if visit.signed_in_by_id != actor.user_id and not actor.can(Permission.VOID):
                require(actor, Permission.EDIT_OWN)
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only the clerk who signed a visitor in or a supervisor can correct it.",
                    )
                )
            typed_id = draft.id_number.strip()
            if not actor.can(Permission.SEE_FULL_ID) and visit.id_number:
                if typed_id not in ("", mask_id_number(visit.id_number), visit.id_number):
                    raise PermissionDenied(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Only a supervisor can change an ID number already stored."
                        ),
                        field="id_number",
                    )
                typed_id = visit.id_number
            elif typed_id and typed_id == mask_id_number(visit.id_number):
                typed_id = visit.id_number
            values = clean(session, self.ctx, _with_id(draft, typed_id), kept_kind=visit.kind_code)
            if self.ctx.local(values["arrived_at"]).date() != visit.day:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A visit stays on its day ({day}); void it and sign in again."
                    ),
                    field="arrived_at",
                    day=visit.day.isoformat(),
                )
            if visit.departed_at is not None and values["arrived_at"] > visit.departed_at:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The arrival cannot come after the departure."),
                    field="arrived_at",
                )
            before = snapshot(visit)
            for key, value in values.items():
                setattr(visit, key, value)
            old, new = audit.changed_fields(before, snapshot(visit))
            if new:
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "update",
                    ENTITY,
                    visit.id,
                    old=old,
                    new=new,
                    reason=reason,
                )
            return self._row(session, actor, visit)

    # -- the life cycle ----------------------------------------------------------------------

    def sign_out(self, actor: Actor, visit_id: int, at: datetime | None = None) -> VisitRow:
        """The visitor has left (``at``: when, as reported; default now)."""

        def change(session: Session, visit: Visit, moment: datetime):
            visit.departed_at, visit.signed_out_by_id = moment, actor.user_id
            return {}, {"departed_at": moment}

        return run_step(
            self.ctx,
            actor,
            LIFECYCLE,
            STORE,
            visit_id,
            Action.SIGN_OUT,
            change,
            at=at,
            then=lambda session, visit: self._row(session, actor, visit),
        )

    def sign_out_serial(self, actor: Actor, serial: str) -> VisitRow:
        """Sign out the visit whose pass was scanned or whose serial was typed."""
        require(actor, Permission.LOG_WORK)
        serial = inputs.line(serial, "serial", inputs.limits.LABEL)
        with self.ctx.db.read() as session:
            visit_id = queries.by_serial(session, serial).id
        return self.sign_out(actor, visit_id)

    def void(self, actor: Actor, visit_id: int, reason: str) -> VisitRow:
        """Entered in error: the visit stays, struck through, with the reason."""
        reason = inputs.reason(reason)

        def change(session: Session, visit: Visit, moment: datetime):
            visit.void_reason = reason
            return {}, {"void_reason": reason}

        return run_step(
            self.ctx,
            actor,
            LIFECYCLE,
            STORE,
            visit_id,
            Action.VOID,
            change,
            reason=reason,
            then=lambda session, visit: self._row(session, actor, visit),
        )

    # -- reading ------------------------------------------------------------------------------

    def get(self, actor: Actor, visit_id: int) -> VisitRow:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return self._row(session, actor, queries.get_visit(session, visit_id))

    def find(self, actor: Actor, serial: str) -> VisitRow:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return self._row(session, actor, queries.by_serial(session, serial))

    def search(
        self, actor: Actor, flt: VisitFilter, *, after: int | None = None, limit: int = PAGE
    ) -> list[VisitRow]:
        """A page of rows, newest first, after the visit ``after`` (by key)."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            visits = queries.page(session, self.ctx, flt, after=after, limit=limit)
            return queries.rows_of(session, self.ctx, visits, full_id=_full_id(actor))

    def count(self, actor: Actor, flt: VisitFilter) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.count(session, self.ctx, flt)

    def still_on_site_after_closing(self, actor: Actor) -> list[VisitRow]:
        """Visitors on site past the closing time: for the end-of-day summary."""
        rows = self.search(actor, VisitFilter(on_site_only=True), limit=10_000)
        return [row for row in rows if row.after_closing]

    def history(self, actor: Actor, visit_id: int) -> list[HistoryLine]:
        """The visit's 修改记录, oldest first, worded for the clerk."""
        require(actor, Permission.VIEW_RECORDS)
        return read_history(self.ctx, HISTORY_FIELDS, ENTITY, visit_id)

    def _row(self, session: Session, actor: Actor, visit: Visit) -> VisitRow:
        return queries.rows_of(session, self.ctx, [visit], full_id=_full_id(actor))[0]


def _full_id(actor: Actor) -> bool:
    return actor.can(Permission.SEE_FULL_ID)


def _with_id(draft: VisitDraft, id_number: str) -> VisitDraft:
    from dataclasses import replace

    return replace(draft, id_number=id_number)


def matched_on_words(match: BlockMatch) -> Tr:
    return Tr("Visitors", MATCHED_ON[match.on])
