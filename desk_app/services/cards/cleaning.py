"""Checking what the clerk typed into a card request, with a specific message for
each mistake, and the card numbers in their one stored form."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.card_requests import (
    CARD_STATE_LABELS,
    CONTEXT,
    ISSUING_KINDS,
    KIND_LABELS,
    OLD_CARD_STATES,
    AccessCard,
    CardState,
    Consent,
    Relation,
    RequestKind,
)
from desk_app.domain.cards import normalize_card_number
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.personal import normalize_id_number
from desk_app.domain.register import Room
from desk_app.services.cards import queries
from desk_app.services.cards.views import CardRequestDraft
from desk_app.services.kit import inputs
from desk_app.services.register.labels import room_labels

MAX_CARDS_AT_ONCE = 20


@dataclass(frozen=True)
class Cleaned:
    kind: RequestKind
    room_id: int
    applicant: str
    relation: Relation
    phone: str
    id_number: str
    card_count: int
    reason: str
    documents: list[str]
    consent: str
    consent_note: str
    fee_waived: bool
    waive_reason: str
    old_cards: list[str]


def clean_draft(session: Session, draft: CardRequestDraft, today) -> Cleaned:
    kind = inputs.choice(RequestKind, draft.kind, "kind")
    relation = inputs.choice(Relation, draft.relation, "relation")
    if draft.room_id is None or session.get(Room, draft.room_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the home the cards are for."), field="room_id"
        )
    applicant = inputs.line(draft.applicant, "applicant", inputs.limits.NAME)
    if not applicant:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the applicant's name."), field="applicant"
        )
    phone = inputs.optional_phone(draft.phone, "phone")
    if not phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the applicant's phone number."), field="phone"
        )
    typed_id = inputs.line(draft.id_number, "id_number", 40)
    if not typed_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the applicant's ID number."), field="id_number"
        )
    id_number = normalize_id_number(typed_id, today=today)
    consent, consent_note = "", inputs.line(draft.consent_note, "consent_note", 200)
    if relation is Relation.TENANT:
        if not draft.consent:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A tenant's request needs the owner's consent: record how the owner "
                    "agreed (present, in writing or by phone).",
                ),
                field="consent",
            )
        consent = inputs.choice(Consent, draft.consent, "consent").value
    old_cards = card_numbers(draft.old_cards, queries.reader(session), "old_cards")
    if kind in OLD_CARD_STATES and not old_cards:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{kind}: enter the numbers of the old cards."),
            field="old_cards",
            kind=Tr(CONTEXT, _kind_label(kind)),
        )
    if kind not in OLD_CARD_STATES:
        old_cards = []
    card_count = _card_count(kind, draft.card_count, old_cards)
    checklist = queries.checklist(session, kind)
    documents = [item for item in checklist if item in set(draft.documents)]
    waive_reason = ""
    if draft.fee_waived:
        waive_reason = inputs.reason(draft.waive_reason, "waive_reason")
    return Cleaned(
        kind=kind,
        room_id=draft.room_id,
        applicant=applicant,
        relation=relation,
        phone=phone,
        id_number=id_number,
        card_count=card_count,
        reason=inputs.text(draft.reason, "reason"),
        documents=documents,
        consent=consent,
        consent_note=consent_note if consent else "",
        fee_waived=bool(draft.fee_waived),
        waive_reason=waive_reason,
        old_cards=old_cards,
    )


def _card_count(kind: RequestKind, typed: int, old_cards: list[str]) -> int:
    if kind not in ISSUING_KINDS:
        return 0
    count = int(typed or 0)
    if count <= 0 and kind in OLD_CARD_STATES:
        count = len(old_cards)  # a replacement: one new card per old one
    if not 1 <= count <= MAX_CARDS_AT_ONCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The number of cards must be from 1 to {most}."),
            field="card_count",
            most=MAX_CARDS_AT_ONCE,
        )
    return count


def card_numbers(typed: tuple[str, ...] | list[str], reader: str, field: str) -> list[str]:
    """Each number in its stored form, in the order given, each once."""
    numbers: list[str] = []
    for item in typed:
        if not str(item or "").strip():
            continue
        number = normalize_card_number(inputs.line(item, field, 40), reader=reader, field=field)
        if number in numbers:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Card {card} is entered twice."),
                field=field,
                card=number,
            )
        numbers.append(number)
    return numbers


def old_card_rows(
    session: Session, kind: RequestKind, room_id: int, numbers: list[str]
) -> list[tuple[str, AccessCard | None]]:
    """The old cards as the register has them: each must be active and this home's.
    A card the register never had (issued before the program) is None."""
    found: list[tuple[str, AccessCard | None]] = []
    for number in numbers:
        active = session.scalar(
            select(AccessCard)
            .where(AccessCard.number == number, AccessCard.state == CardState.ACTIVE.value)
            .with_for_update()
        )
        if active is not None and active.room_id != room_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Card {card} belongs to {room}, not to this home."),
                field="old_cards",
                card=number,
                room=room_labels(session, [active.room_id]).get(active.room_id, ""),
            )
        if active is None:
            ours = session.scalar(
                select(AccessCard)
                .where(AccessCard.number == number, AccessCard.room_id == room_id)
                .order_by(AccessCard.state_at.desc())
                .limit(1)
            )
            if ours is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Card {card} is no longer active ({state}): nothing to {what}."
                    ),
                    field="old_cards",
                    card=number,
                    state=Tr(CONTEXT, _state_label(ours.state)),
                    what=Tr(CONTEXT, _old_card_verb(kind)),
                )
        found.append((number, active))
    return found


def _kind_label(kind: RequestKind) -> str:
    return KIND_LABELS[kind]


def _state_label(state: str) -> str:
    return CARD_STATE_LABELS[CardState(state)]


_OLD_CARD_VERBS = {
    RequestKind.REPLACE_LOST: QT_TRANSLATE_NOOP("Cards", "block"),
    RequestKind.REPLACE_DAMAGED: QT_TRANSLATE_NOOP("Cards", "replace"),
    RequestKind.CANCEL: QT_TRANSLATE_NOOP("Cards", "cancel"),
}


def _old_card_verb(kind: RequestKind) -> str:
    return _OLD_CARD_VERBS[kind]
