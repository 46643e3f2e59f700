"""Taking a card request (serial KB-YYYYMMDD-NNNN). A lost card is blocked in the
same transaction: the moment the request is taken, not at approval."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.card_requests import (
    ENTITY,
    OLD_CARD_STATES,
    SERIAL_KIND,
    CardRequest,
    CardRequestStep,
    CardState,
    RequestKind,
    Status,
    requested_change,
)
from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.services.cards import cleaning, queries
from desk_app.services.cards.register import add_card, change_state
from desk_app.services.cards.views import (
    CardRequestDetail,
    CardRequestDraft,
    CardRequestFilter,
    CardRequestRow,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, links
from desk_app.services.kit.keyset import after, ordered
from desk_app.services.kit.numbering import next_serial
from desk_app.services.register.labels import room_labels

OVER_LIMIT = QT_TRANSLATE_NOOP(
    "Errors",
    "{room} would have {count} active cards; a home may have at most {limit} "
    "(settings: access cards).",
)


class Requests:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def submit(self, actor: Actor, draft: CardRequestDraft) -> CardRequestDetail:
        """Take a request. Lost cards are blocked at once; a tenant needs the owner's
        consent; the home's active cards stay within the limit."""
        require(actor, Permission.LOG_WORK)
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            values = cleaning.clean_draft(session, draft, self.ctx.today())
            old = cleaning.old_card_rows(session, values.kind, values.room_id, values.old_cards)
            # A lost card is blocked now; a damaged or cancelled one counts until handed in.
            still_active = 0 if values.kind is RequestKind.REPLACE_LOST else len(old)
            check_limit(
                session,
                values.room_id,
                queries.pending_change(session, values.room_id)
                + requested_change(values.kind, values.card_count, still_active),
            )
            day = self.ctx.local(now).date()
            request = CardRequest(
                serial=next_serial(session, SERIAL_KIND, day),
                day=day,
                created_at=now,
                created_by_id=actor.user_id,
                status=Status.SUBMITTED.value,
                kind=values.kind.value,
                room_id=values.room_id,
                applicant=values.applicant,
                relation=values.relation.value,
                phone=values.phone,
                id_number=values.id_number,
                card_count=values.card_count,
                reason=values.reason,
                documents=values.documents,
                consent=values.consent,
                consent_note=values.consent_note,
                fee=queries.unit_fee(session, values.kind) * values.card_count,
                fee_waived=values.fee_waived,
                waive_reason=values.waive_reason,
                old_cards=values.old_cards,
                new_cards=[],
                decision_note="",
                signed_by="",
                print_count=0,
                receipt_count=0,
            )
            session.add(request)
            session.flush()
            session.add(
                CardRequestStep(
                    request_id=request.id,
                    at=now,
                    actor_id=actor.user_id,
                    action="submit",
                    from_status="",
                    to_status=Status.SUBMITTED.value,
                    reason="",
                )
            )
            audit.record(
                session, self.ctx, actor, "create", ENTITY, request.id, new=_snapshot(request)
            )
            _take_old_cards(session, self.ctx, actor, request, old, values.applicant)
            if draft.source is not None:
                links.link(
                    session, self.ctx, actor, draft.source, links.RecordRef(ENTITY, request.id)
                )
            return queries.detail_of(session, self.ctx, request, actor)

    def get(self, actor: Actor, request_id: int) -> CardRequestDetail:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.detail_of(
                session, self.ctx, queries.load_request(session, request_id), actor
            )

    def by_serial(self, actor: Actor, serial: str) -> CardRequestDetail:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            request = session.scalar(
                select(CardRequest).where(CardRequest.serial == serial.strip().upper())
            )
            if request is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No card request with number {id}."), id=serial
                )
            return queries.detail_of(session, self.ctx, request, actor)

    def page(
        self,
        actor: Actor,
        flt: CardRequestFilter,
        limit: int = 200,
        last: tuple | None = None,
    ) -> list[CardRequestRow]:
        """One page of the list, newest first; ``last`` is the (created_at, id) of the
        previous page's last row."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            query = ordered(queries.filtered(self.ctx, flt), queries.SORT_KEYS)
            if last is not None:
                query = after(query, queries.SORT_KEYS, last)
            return queries.request_rows(session, list(session.scalars(query.limit(limit))))

    def count(self, actor: Actor, flt: CardRequestFilter) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            query = queries.filtered(self.ctx, flt).with_only_columns(func.count())
            return session.scalar(query.order_by(None)) or 0

    def checklist(self, kind: RequestKind | str) -> list[str]:
        with self.ctx.db.read() as session:
            return queries.checklist(session, kind)

    def fee(self, kind: RequestKind | str, card_count: int) -> Decimal:
        """What the price list asks for ``card_count`` cards of a request of ``kind``."""
        with self.ctx.db.read() as session:
            return queries.unit_fee(session, RequestKind(kind)) * max(card_count, 0)


def check_limit(session: Session, room_id: int, more: int) -> None:
    limit = queries.card_limit(session)
    count = queries.active_count(session, room_id) + more
    if more > 0 and count > limit:
        raise ValidationError(
            OVER_LIMIT,
            field="card_count",
            room=room_labels(session, [room_id]).get(room_id, ""),
            count=count,
            limit=limit,
        )


def _take_old_cards(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    request: CardRequest,
    old: list,
    applicant: str,
) -> None:
    """A lost card is blocked now. A card the register never had is entered: blocked
    if lost, else active until it is handed in."""
    kind = RequestKind(request.kind)
    moment = request.created_at
    for number, card in old:
        if kind is RequestKind.REPLACE_LOST:
            if card is None:
                add_card(
                    session,
                    ctx,
                    actor,
                    number=number,
                    room_id=request.room_id,
                    holder=applicant,
                    state=CardState.LOST_BLOCKED,
                    moment=moment,
                    request=request,
                    reason="挂失（登记前发放的卡）",
                )
            else:
                change_state(
                    session, ctx, actor, card, CardState.LOST_BLOCKED, moment, request, "挂失"
                )
        elif card is None and kind in OLD_CARD_STATES:
            add_card(
                session,
                ctx,
                actor,
                number=number,
                room_id=request.room_id,
                holder=applicant,
                state=CardState.ACTIVE,
                moment=moment,
                request=None,
                reason="登记前发放的卡",
            )


def _snapshot(request: CardRequest) -> dict:
    return {
        "serial": request.serial,
        "kind": request.kind,
        "room_id": request.room_id,
        "applicant": request.applicant,
        "relation": request.relation,
        "card_count": request.card_count,
        "consent": request.consent,
        "fee": str(request.fee),
        "fee_waived": request.fee_waived,
        "waive_reason": request.waive_reason,
        "old_cards": list(request.old_cards),
        "documents": list(request.documents),
    }
