"""Reading cards and requests: the register's searches (a card number, a home, a
holder), the request list by key, one request's detail, the room-history provider."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk_app.domain.card_requests import (
    ENTITY,
    LIFECYCLE,
    OLD_CARD_STATES,
    AccessCard,
    AccessCardEvent,
    CardRequest,
    CardRequestStep,
    CardState,
    RequestKind,
    Status,
    json_list,
    requested_change,
)
from desk_app.domain.cards import card_display
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import mask_id_number
from desk_app.domain.register import Room
from desk_app.domain.roles import Permission
from desk_app.printing.card_words import KIND_WORDS
from desk_app.services.cards.views import (
    CardEventRow,
    CardFound,
    CardRequestDetail,
    CardRequestFilter,
    CardRequestRow,
    CardRow,
    StepRow,
)
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit.keyset import SortKey
from desk_app.services.kit.names import user_names
from desk_app.services.kit.room_history import HistoryItem
from desk_app.services.kit.steps import StepStore, load
from desk_app.services.register.labels import room_labels
from desk_app.services.settings import setting_value, setting_values

STORE = StepStore(
    record=CardRequest,
    history=CardRequestStep,
    owner="request_id",
    not_found=QT_TRANSLATE_NOOP("Errors", "No card request with number {id}."),
)
# Newest first; the id gives every row its place.
SORT_KEYS = (SortKey(CardRequest.created_at, descending=True), SortKey(CardRequest.id, True))
CARD_LIMIT = 200  # a search of the register shows at most this many cards


def load_request(session: Session, request_id: int, *, lock: bool = False) -> CardRequest:
    return load(session, STORE, request_id, lock=lock)


def checklist(session: Session, kind: RequestKind | str) -> list[str]:
    """The documents the settings say a request of ``kind`` is checked against."""
    typed = str(setting_value(session, f"cards.documents.{RequestKind(kind).value}"))
    return [item.strip() for item in typed.replace("，", ",").split(",") if item.strip()]


def unit_fee(session: Session, kind: RequestKind) -> Decimal:
    if kind is RequestKind.CANCEL:
        return Decimal("0")
    return Decimal(str(setting_value(session, f"cards.fee.{kind.value}"))).quantize(Decimal("0.01"))


def card_limit(session: Session) -> int:
    return int(setting_value(session, "cards.max_active_per_home"))


def reader(session: Session) -> str:
    return str(setting_value(session, "cards.reader"))


def terms(session: Session) -> dict[str, str]:
    return setting_values(session, ["center.name", "center.address", "center.phone", "cards.terms"])


def active_count(session: Session, room_id: int) -> int:
    query = (
        select(func.count())
        .select_from(AccessCard)
        .where(AccessCard.room_id == room_id, AccessCard.state == CardState.ACTIVE.value)
    )
    return session.scalar(query) or 0


def pending_change(session: Session, room_id: int, *, besides: int | None = None) -> int:
    """The active cards the home's open requests (not yet issued) will add."""
    query = select(CardRequest).where(
        CardRequest.room_id == room_id,
        CardRequest.status.in_([Status.SUBMITTED.value, Status.APPROVED.value]),
    )
    if besides is not None:
        query = query.where(CardRequest.id != besides)
    total = 0
    for request in session.scalars(query):
        kind = RequestKind(request.kind)
        still_active = len(request.old_cards or []) if kind in OLD_CARD_STATES else 0
        if kind is RequestKind.REPLACE_LOST:
            still_active = 0  # blocked at submission
        total += requested_change(kind, request.card_count, still_active)
    return total


def amount_due(request: CardRequest) -> Decimal:
    return Decimal("0.00") if request.fee_waived else Decimal(request.fee).quantize(Decimal("0.01"))


# -- the register -------------------------------------------------------------------------


def card_rows(session: Session, cards: Sequence[AccessCard]) -> list[CardRow]:
    rooms = room_labels(session, {c.room_id for c in cards})
    serials = _request_serials(session, {c.request_id for c in cards if c.request_id})
    return [
        CardRow(
            c.id,
            c.number,
            card_display(c.number),
            c.room_id,
            rooms.get(c.room_id, ""),
            c.holder,
            c.issued_at,
            c.state,
            c.state_at,
            serials.get(c.request_id, ""),
        )
        for c in cards
    ]


def cards_of_room(session: Session, room_id: int) -> list[CardRow]:
    """Every card issued to the home, active ones first, then the newest."""
    cards = session.scalars(
        select(AccessCard)
        .where(AccessCard.room_id == room_id)
        .order_by(
            (AccessCard.state != CardState.ACTIVE.value), AccessCard.state_at.desc(), AccessCard.id
        )
    )
    return card_rows(session, list(cards))


def found_number(session: Session, number: str) -> CardFound:
    cards = list(
        session.scalars(
            select(AccessCard)
            .where(AccessCard.number == number)
            .order_by((AccessCard.state != CardState.ACTIVE.value), AccessCard.issued_at.desc())
        )
    )
    history: list[CardEventRow] = []
    if cards:
        events = list(
            session.scalars(
                select(AccessCardEvent)
                .where(AccessCardEvent.card_id.in_([c.id for c in cards]))
                .order_by(AccessCardEvent.at.desc(), AccessCardEvent.id.desc())
            )
        )
        names = user_names(session)
        serials = _request_serials(session, {e.request_id for e in events if e.request_id})
        history = [
            CardEventRow(
                e.at,
                names.get(e.actor_id, ""),
                e.from_state,
                e.to_state,
                serials.get(e.request_id, ""),
                e.reason,
            )
            for e in events
        ]
    return CardFound(number, card_rows(session, cards), history)


def cards_matching(session: Session, words: str) -> list[CardRow]:
    """Cards whose holder's name or room label contains ``words``."""
    # autoescape: a typed % or _ is a character, not a wildcard matching every card
    holder = AccessCard.holder.contains(words, autoescape=True)
    room = Room.label.contains(words, autoescape=True)
    query = (
        select(AccessCard)
        .join(Room, Room.id == AccessCard.room_id)
        .where(holder | room)
        .order_by(Room.sort_key, (AccessCard.state != CardState.ACTIVE.value), AccessCard.id)
        .limit(CARD_LIMIT)
    )
    return card_rows(session, list(session.scalars(query)))


# -- requests -------------------------------------------------------------------------------


def filtered(ctx: ServiceContext, flt: CardRequestFilter) -> Select:
    query = select(CardRequest)
    if flt.status:
        query = query.where(CardRequest.status == flt.status)
    if flt.kind:
        query = query.where(CardRequest.kind == flt.kind)
    if flt.room_id is not None:
        query = query.where(CardRequest.room_id == flt.room_id)
    if flt.date_from is not None:
        query = query.where(CardRequest.created_at >= ctx.day_bounds(flt.date_from)[0])
    if flt.date_to is not None:
        query = query.where(CardRequest.created_at < ctx.day_bounds(flt.date_to)[1])
    return query


def request_rows(session: Session, requests: Sequence[CardRequest]) -> list[CardRequestRow]:
    rooms = room_labels(session, {r.room_id for r in requests})
    return [
        CardRequestRow(
            r.id,
            r.serial,
            r.created_at,
            r.kind,
            r.status,
            rooms.get(r.room_id, ""),
            r.applicant,
            r.relation,
            r.card_count,
            amount_due(r),
        )
        for r in requests
    ]


def detail_of(
    session: Session, ctx: ServiceContext, request: CardRequest, actor: Actor
) -> CardRequestDetail:
    names = user_names(session)
    full = actor.can(Permission.SEE_FULL_ID)
    steps = session.scalars(
        select(CardRequestStep)
        .where(CardRequestStep.request_id == request.id)
        .order_by(CardRequestStep.at, CardRequestStep.id)
    )
    next_action = LIFECYCLE.next_step(request)
    return CardRequestDetail(
        id=request.id,
        serial=request.serial,
        created_at=request.created_at,
        created_by=names.get(request.created_by_id, ""),
        kind=request.kind,
        status=request.status,
        room_id=request.room_id,
        room=room_labels(session, [request.room_id]).get(request.room_id, ""),
        applicant=request.applicant,
        relation=request.relation,
        phone=request.phone,
        id_number=request.id_number if full else mask_id_number(request.id_number),
        id_masked=not full and bool(request.id_number),
        card_count=request.card_count,
        reason=request.reason,
        documents=json_list(request.documents),
        checklist=checklist(session, request.kind),
        consent=request.consent,
        consent_note=request.consent_note,
        fee=Decimal(request.fee).quantize(Decimal("0.01")),
        fee_waived=request.fee_waived,
        waive_reason=request.waive_reason,
        amount=amount_due(request),
        old_cards=json_list(request.old_cards),
        new_cards=json_list(request.new_cards),
        decided_at=request.decided_at,
        decided_by=names.get(request.decided_by_id, ""),
        decision_note=request.decision_note,
        issued_at=request.issued_at,
        issued_by=names.get(request.issued_by_id, ""),
        signed_by=request.signed_by,
        done_at=request.done_at,
        print_count=request.print_count,
        receipt_count=request.receipt_count,
        steps=[
            StepRow(s.at, names.get(s.actor_id, ""), s.action, s.from_status, s.to_status, s.reason)
            for s in steps
        ],
        next_action=next_action.value if next_action else None,
        other_actions=[a.value for a in LIFECYCLE.other_steps(request, actor.user_id, actor.can)],
    )


def room_history_provider(session: Session, room_id: int, limit: int) -> list[HistoryItem]:
    """A home's card requests and its cards' state changes, for the history panel."""
    requests = session.scalars(
        select(CardRequest)
        .where(CardRequest.room_id == room_id)
        .order_by(CardRequest.created_at.desc())
        .limit(limit)
    )
    items = [
        HistoryItem(
            kind=ENTITY,
            record_id=r.id,
            serial=r.serial,
            at=r.created_at,
            summary=f"{r.applicant} {_kind_word(r.kind)} ×{r.card_count}",
            state=r.status,
            voided=r.status == Status.REJECTED,
        )
        for r in requests
    ]
    cards = session.scalars(
        select(AccessCard)
        .where(AccessCard.room_id == room_id, AccessCard.state != CardState.ACTIVE.value)
        .order_by(AccessCard.state_at.desc())
        .limit(limit)
    )
    items += [
        HistoryItem(
            kind="access_card",
            record_id=c.id,
            serial=c.number,
            at=c.state_at,
            summary=f"{card_display(c.number)} {c.holder}",
            state=c.state,
        )
        for c in cards
    ]
    return items


def _kind_word(kind: str) -> str:
    return KIND_WORDS[RequestKind(kind).value]


def _request_serials(session: Session, ids: set[int]) -> dict[int | None, str]:
    if not ids:
        return {}
    query = select(CardRequest.id, CardRequest.serial).where(CardRequest.id.in_(ids))
    return dict(session.execute(query).all())
