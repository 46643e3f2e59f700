"""修改记录 of a card request and of a card, worded for the clerk through
``kit.change_history``: the request's fields and steps, a card's state changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk_app.domain.card_requests import (
    CARD_ENTITY,
    CARD_STATE_LABELS,
    CONSENT_LABELS,
    CONTEXT,
    ENTITY,
    KIND_LABELS,
    RELATION_LABELS,
    STATUS_LABELS,
)
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.register import Room
from desk_app.domain.roles import Permission
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit.change_history import (
    FLAG,
    MOMENT,
    Choice,
    Field,
    HistoryLine,
    Names,
    RecordFields,
    Show,
    read_history,
)


class _Numbers(Show):
    """A list of card numbers (or documents) as one line."""

    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        return "、".join(str(item) for item in value) if isinstance(value, list) else str(value)


NUMBERS = _Numbers()

REQUEST_FIELDS = RecordFields(
    CONTEXT,
    {
        "status": Field(QT_TRANSLATE_NOOP("Cards", "Status"), Choice(CONTEXT, STATUS_LABELS)),
        "serial": Field(QT_TRANSLATE_NOOP("Cards", "Serial")),
        "kind": Field(QT_TRANSLATE_NOOP("Cards", "Kind"), Choice(CONTEXT, KIND_LABELS)),
        "room_id": Field(QT_TRANSLATE_NOOP("Cards", "Home"), Names(Room.id, Room.label)),
        "applicant": Field(QT_TRANSLATE_NOOP("Cards", "Applicant")),
        "relation": Field(
            QT_TRANSLATE_NOOP("Cards", "Relation to the owner"), Choice(CONTEXT, RELATION_LABELS)
        ),
        "card_count": Field(QT_TRANSLATE_NOOP("Cards", "Number of cards")),
        "consent": Field(
            QT_TRANSLATE_NOOP("Cards", "Owner's consent"), Choice(CONTEXT, CONSENT_LABELS)
        ),
        "documents": Field(QT_TRANSLATE_NOOP("Cards", "Documents checked"), NUMBERS),
        "fee": Field(QT_TRANSLATE_NOOP("Cards", "Fee")),
        "fee_waived": Field(QT_TRANSLATE_NOOP("Cards", "Fee waived"), FLAG),
        "waive_reason": Field(QT_TRANSLATE_NOOP("Cards", "Why waived")),
        "old_cards": Field(QT_TRANSLATE_NOOP("Cards", "Old cards"), NUMBERS),
        "new_cards": Field(QT_TRANSLATE_NOOP("Cards", "New cards"), NUMBERS),
        "decided_at": Field(QT_TRANSLATE_NOOP("Cards", "Decided at"), MOMENT),
        "issued_at": Field(QT_TRANSLATE_NOOP("Cards", "Handed over at"), MOMENT),
        "signed_by": Field(QT_TRANSLATE_NOOP("Cards", "Signed for by")),
        "done_at": Field(QT_TRANSLATE_NOOP("Cards", "Filed at"), MOMENT),
        "copy": Field(QT_TRANSLATE_NOOP("Cards", "Copy")),
    },
    actions={
        "create": QT_TRANSLATE_NOOP("Cards", "Request taken"),
        "approve": QT_TRANSLATE_NOOP("Cards", "Approve"),
        "reject": QT_TRANSLATE_NOOP("Cards", "Reject"),
        "issue": QT_TRANSLATE_NOOP("Cards", "Hand over the cards"),
        "finish": QT_TRANSLATE_NOOP("Cards", "File the signed form"),
        "print": QT_TRANSLATE_NOOP("Cards", "Printed"),
    },
)

CARD_FIELDS = RecordFields(
    CONTEXT,
    {
        "state": Field(QT_TRANSLATE_NOOP("Cards", "State"), Choice(CONTEXT, CARD_STATE_LABELS)),
        "number": Field(QT_TRANSLATE_NOOP("Cards", "Card")),
        "room_id": Field(QT_TRANSLATE_NOOP("Cards", "Home"), Names(Room.id, Room.label)),
        "holder": Field(QT_TRANSLATE_NOOP("Cards", "Holder")),
        "request": Field(QT_TRANSLATE_NOOP("Cards", "Request")),
    },
    actions={
        "issue": QT_TRANSLATE_NOOP("Cards", "Issued"),
        "lost_blocked": QT_TRANSLATE_NOOP("Cards", "Lost, blocked"),
        "damaged_returned": QT_TRANSLATE_NOOP("Cards", "Damaged, returned"),
        "cancelled": QT_TRANSLATE_NOOP("Cards", "Cancelled"),
        "active": QT_TRANSLATE_NOOP("Cards", "Active"),
    },
)


class History:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def of_request(self, actor: Actor, request_id: int) -> list[HistoryLine]:
        """The request's 修改记录, oldest first."""
        require(actor, Permission.VIEW_RECORDS)
        return read_history(self.ctx, REQUEST_FIELDS, ENTITY, request_id)

    def of_card(self, actor: Actor, card_id: int) -> list[HistoryLine]:
        """One card's 修改记录: issued, blocked, returned, cancelled."""
        require(actor, Permission.VIEW_RECORDS)
        return read_history(self.ctx, CARD_FIELDS, CARD_ENTITY, card_id)
