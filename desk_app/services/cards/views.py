"""What goes into the card services and what comes out: the request form's draft,
filters, the register's rows and one request's detail. Plain frozen data. ID numbers
come out masked unless the reader may see them in full (supervisors, managers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desk_app.domain.card_requests import Consent, Relation, RequestKind
from desk_app.services.kit import links


@dataclass(frozen=True)
class CardRequestDraft:
    """What the request form holds. ``old_cards`` as typed or read (any reader
    format); ``card_count`` 0 for a replacement: one new card per old one."""

    kind: RequestKind | str
    room_id: int | None
    applicant: str
    relation: Relation | str
    phone: str = ""
    id_number: str = ""
    card_count: int = 1
    reason: str = ""
    documents: tuple[str, ...] = ()
    consent: Consent | str = ""
    consent_note: str = ""
    fee_waived: bool = False
    waive_reason: str = ""
    old_cards: tuple[str, ...] = ()
    source: links.RecordRef | None = None  # the contact entry it was taken from


@dataclass(frozen=True)
class CardRow:
    """One card of the register."""

    id: int
    number: str
    shown: str  # the number with its printed form: 0012345678（188,24910）
    room_id: int
    room: str
    holder: str
    issued_at: datetime
    state: str
    state_at: datetime
    request_serial: str


@dataclass(frozen=True)
class CardEventRow:
    at: datetime
    actor: str
    from_state: str
    to_state: str
    request_serial: str
    reason: str


@dataclass(frozen=True)
class CardFound:
    """What a card reader's number finds: every issue of the number, newest first."""

    number: str
    cards: list[CardRow]
    history: list[CardEventRow]

    @property
    def current(self) -> CardRow | None:
        return self.cards[0] if self.cards else None


@dataclass(frozen=True)
class CardRequestFilter:
    status: str = ""
    kind: str = ""
    room_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class CardRequestRow:
    id: int
    serial: str
    created_at: datetime
    kind: str
    status: str
    room: str
    applicant: str
    relation: str
    card_count: int
    amount: Decimal


@dataclass(frozen=True)
class StepRow:
    at: datetime
    actor: str
    action: str
    from_status: str
    to_status: str
    reason: str


@dataclass(frozen=True)
class CardRequestDetail:
    id: int
    serial: str
    created_at: datetime
    created_by: str
    kind: str
    status: str
    room_id: int
    room: str
    applicant: str
    relation: str
    phone: str
    id_number: str  # masked unless the reader may see it in full
    id_masked: bool
    card_count: int
    reason: str
    documents: list[str]
    checklist: list[str]  # the kind's documents from the settings
    consent: str
    consent_note: str
    fee: Decimal  # the price list's amount
    fee_waived: bool
    waive_reason: str
    amount: Decimal  # what the resident pays
    old_cards: list[str]
    new_cards: list[str]
    decided_at: datetime | None
    decided_by: str
    decision_note: str
    issued_at: datetime | None
    issued_by: str
    signed_by: str
    done_at: datetime | None
    print_count: int
    receipt_count: int
    steps: list[StepRow] = field(default_factory=list)
    next_action: str | None = None
    other_actions: list[str] = field(default_factory=list)
