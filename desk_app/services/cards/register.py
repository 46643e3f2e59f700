"""The card register: finding a card by what a reader typed, a home's cards, and
the one way a card's state changes (with its history row and audit event)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.card_requests import (
    CARD_ENTITY,
    AccessCard,
    AccessCardEvent,
    CardRequest,
    CardState,
)
from desk_app.domain.cards import normalize_card_number
from desk_app.domain.errors import Conflict, NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.services.cards import queries
from desk_app.services.cards.views import CardFound, CardRow
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs
from desk_app.services.register.labels import room_labels

TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "Card {card} is already active for {room} ({holder}): it cannot be issued again."
)


class Register:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def find(self, actor: Actor, typed: str) -> CardFound:
        """Every issue of the number a reader (or a clerk) typed, newest first, with
        the card's history: whether it is active, lost, whose."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            number = normalize_card_number(
                inputs.line(typed, "card_number", 40), reader=queries.reader(session)
            )
            return queries.found_number(session, number)

    def search(self, actor: Actor, typed: str) -> list[CardRow] | CardFound:
        """The register's search box: a card number finds that card; other words (or a
        number no card has) find the cards of the rooms and holders containing them."""
        require(actor, Permission.VIEW_RECORDS)
        words = inputs.search(typed).strip()
        if not words:
            return []
        try:
            found = self.find(actor, words)
        except ValidationError:
            found = None
        if found is not None and found.cards:
            return found
        with self.ctx.db.read() as session:  # "1501" may be a room as well as a card
            return queries.cards_matching(session, words)

    def card(self, actor: Actor, card_id: int) -> CardRow:
        """One issue of a card (the workbench and the search open it by its id)."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            card = session.get(AccessCard, card_id)
            if card is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No card with number {id}."), id=card_id)
            return queries.card_rows(session, [card])[0]

    def of_room(self, actor: Actor, room_id: int) -> list[CardRow]:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.cards_of_room(session, room_id)

    def active_count(self, actor: Actor, room_id: int) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.active_count(session, room_id)


def change_state(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    card: AccessCard,
    state: CardState,
    moment: datetime,
    request: CardRequest | None,
    reason: str = "",
) -> None:
    before = card.state
    card.state, card.state_at = state.value, moment
    session.add(
        AccessCardEvent(
            card_id=card.id,
            at=moment,
            actor_id=actor.user_id,
            from_state=before,
            to_state=state.value,
            request_id=request.id if request else None,
            reason=reason,
        )
    )
    audit.record(
        session,
        ctx,
        actor,
        state.value,
        CARD_ENTITY,
        card.id,
        old={"state": before},
        new={"state": state.value, "number": card.number, "request": request and request.serial},
        reason=reason,
    )


def add_card(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    *,
    number: str,
    room_id: int,
    holder: str,
    state: CardState,
    moment: datetime,
    request: CardRequest | None,
    reason: str = "",
) -> AccessCard:
    """A new row of the register. An active number already active elsewhere is refused
    by the database too (two desks issuing one card at once): Conflict."""
    card = AccessCard(
        number=number,
        room_id=room_id,
        holder=holder,
        issued_at=moment,
        state=state.value,
        state_at=moment,
        request_id=request.id if request else None,
        note="",
    )
    try:
        with session.begin_nested():
            session.add(card)
            session.flush()
    except IntegrityError:
        # The other desk's card is committed by now (the index waited for it).
        raise taken(session, number) from None
    session.add(
        AccessCardEvent(
            card_id=card.id,
            at=moment,
            actor_id=actor.user_id,
            from_state="",
            to_state=state.value,
            request_id=request.id if request else None,
            reason=reason,
        )
    )
    audit.record(
        session,
        ctx,
        actor,
        "issue" if state is CardState.ACTIVE else state.value,
        CARD_ENTITY,
        card.id,
        new={
            "number": number,
            "room_id": room_id,
            "holder": holder,
            "state": state.value,
            "request": request and request.serial,
        },
        reason=reason,
    )
    return card


def taken(session: Session, number: str) -> Conflict:
    """The refusal of a number that is active already, naming whose it is."""
    active = session.scalar(
        select(AccessCard).where(
            AccessCard.number == number, AccessCard.state == CardState.ACTIVE.value
        )
    )
    room = room_labels(session, [active.room_id]).get(active.room_id, "") if active else ""
    return Conflict(
        TAKEN, field="new_cards", card=number, room=room, holder=active.holder if active else ""
    )
