"""The steps of a card request (domain.card_requests.LIFECYCLE), each through
``run_step``: a supervisor approves or rejects; the desk hands the new cards over
(their numbers entered, the resident signs) and files the signed form."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.card_requests import (
    ISSUING_KINDS,
    LIFECYCLE,
    OLD_CARD_STATES,
    AccessCard,
    Action,
    CardRequest,
    CardState,
    RequestKind,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.services.cards import cleaning, queries
from desk_app.services.cards.register import add_card, change_state, taken
from desk_app.services.cards.service import check_limit
from desk_app.services.cards.views import CardRequestDetail
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import inputs
from desk_app.services.kit.steps import Change, run_step


class Steps:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def approve(self, actor: Actor, request_id: int, note: str = "") -> CardRequestDetail:
        """A supervisor approves the request."""
        note = inputs.text(note, "note")

        def change(session: Session, request: CardRequest, moment: datetime):
            request.decided_at, request.decided_by_id = moment, actor.user_id
            request.decision_note = note
            return {}, {"decided_at": moment}

        return self._run(actor, request_id, Action.APPROVE, change, reason=note)

    def reject(self, actor: Actor, request_id: int, reason: str) -> CardRequestDetail:
        """A supervisor rejects the request, saying why. A card blocked as lost stays
        blocked: it is lost whatever becomes of the request."""
        reason = inputs.reason(reason)

        def change(session: Session, request: CardRequest, moment: datetime):
            request.decided_at, request.decided_by_id = moment, actor.user_id
            request.decision_note = reason
            return {}, {"decided_at": moment}

        return self._run(actor, request_id, Action.REJECT, change, reason=reason)

    def issue(
        self,
        actor: Actor,
        request_id: int,
        numbers: list[str] | tuple[str, ...] = (),
        *,
        signed_by: str = "",
        holder: str = "",
        at: datetime | None = None,
    ) -> CardRequestDetail:
        """The cards are handed over: the new numbers (as the reader typed them) become
        active for the home, a damaged or cancelled card handed in is marked so, and
        who signed for them is recorded with the time."""
        signed_by = inputs.line(signed_by, "signed_by", inputs.limits.NAME)
        holder = inputs.line(holder, "holder", inputs.limits.NAME)

        def change(session: Session, request: CardRequest, moment: datetime):
            kind = RequestKind(request.kind)
            new = cleaning.card_numbers(numbers, queries.reader(session), "new_cards")
            wanted = request.card_count if kind in ISSUING_KINDS else 0
            if len(new) != wanted:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{record} is for {count} card(s): enter {count} card number(s), "
                        "{given} given.",
                    ),
                    field="new_cards",
                    record=request.serial,
                    count=wanted,
                    given=len(new),
                )
            for number in new:
                _refuse_taken(session, number)
            if kind in OLD_CARD_STATES and kind is not RequestKind.REPLACE_LOST:
                for number in request.old_cards:
                    card = session.scalar(
                        select(AccessCard)
                        .where(
                            AccessCard.number == number,
                            AccessCard.room_id == request.room_id,
                            AccessCard.state == CardState.ACTIVE.value,
                        )
                        .with_for_update()
                    )
                    if card is not None:
                        state = OLD_CARD_STATES[kind]
                        change_state(session, self.ctx, actor, card, state, moment, request, "交回")
                session.flush()
            check_limit(session, request.room_id, len(new))
            for number in new:
                add_card(
                    session,
                    self.ctx,
                    actor,
                    number=number,
                    room_id=request.room_id,
                    holder=holder or request.applicant,
                    state=CardState.ACTIVE,
                    moment=moment,
                    request=request,
                )
            request.new_cards = new
            request.issued_at, request.issued_by_id = moment, actor.user_id
            request.signed_by = signed_by or request.applicant
            return {}, {"new_cards": new, "issued_at": moment, "signed_by": request.signed_by}

        return self._run(actor, request_id, Action.ISSUE, change, at=at)

    def finish(self, actor: Actor, request_id: int, note: str = "") -> CardRequestDetail:
        """The form signed for receipt is filed: the request is done."""
        note = inputs.text(note, "note")

        def change(session: Session, request: CardRequest, moment: datetime):
            request.done_at = moment
            return {}, {"done_at": moment}

        return self._run(actor, request_id, Action.FINISH, change, reason=note)

    def _run(
        self,
        actor: Actor,
        request_id: int,
        action: Action,
        change: Change,
        *,
        at: datetime | None = None,
        reason: str = "",
    ) -> CardRequestDetail:
        return run_step(
            self.ctx,
            actor,
            LIFECYCLE,
            queries.STORE,
            request_id,
            action,
            change,
            at=at,
            reason=reason,
            then=lambda session, request: queries.detail_of(session, self.ctx, request, actor),
        )


def _refuse_taken(session: Session, number: str) -> None:
    """A card number is never active twice (the database holds the rule too)."""
    active = session.scalar(
        select(AccessCard.id).where(
            AccessCard.number == number, AccessCard.state == CardState.ACTIVE.value
        )
    )
    if active is not None:
        raise taken(session, number)
