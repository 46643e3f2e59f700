"""Access cards (IC住户卡): the card register and the requests that change it
(docs/domain.md, "Access card requests").

The register keeps one row per issue of a card number to a home: its holder, when
it was issued and its state. A number may be issued again later (a found card, a
returned card given to another home) as a new row, but it is never active twice:
the database refuses a second active row of one number (a partial unique index).
Every change of a card's state is a row of ``access_card_events``.

A request (增办/补办申请) runs submitted → approved / rejected (a supervisor) →
issued (the new numbers entered, the resident signs) → done (the signed form filed).
A lost card is blocked when the request is taken, not at approval.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.domain.base import Base, UTCDateTime, utcnow
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import Lifecycle
from desk_app.domain.roles import Permission

SERIAL_KIND = "KB"
ENTITY = "card_request"
CARD_ENTITY = "access_card"
CONTEXT = "Cards"  # the translation context of every label below


class CardState(enum.StrEnum):
    ACTIVE = "active"
    LOST_BLOCKED = "lost_blocked"  # 挂失: blocked at the door readers
    DAMAGED_RETURNED = "damaged_returned"
    CANCELLED = "cancelled"


CARD_STATE_LABELS = {
    CardState.ACTIVE: QT_TRANSLATE_NOOP("Cards", "Active"),
    CardState.LOST_BLOCKED: QT_TRANSLATE_NOOP("Cards", "Lost, blocked"),
    CardState.DAMAGED_RETURNED: QT_TRANSLATE_NOOP("Cards", "Damaged, returned"),
    CardState.CANCELLED: QT_TRANSLATE_NOOP("Cards", "Cancelled"),
}


class RequestKind(enum.StrEnum):
    FIRST_ISSUE = "first_issue"  # 首次办理
    ADDITIONAL = "additional"  # 增办
    REPLACE_LOST = "replace_lost"  # 补办（遗失）
    REPLACE_DAMAGED = "replace_damaged"  # 补办（损坏）
    CANCEL = "cancel"  # 注销


KIND_LABELS = {
    RequestKind.FIRST_ISSUE: QT_TRANSLATE_NOOP("Cards", "First issue"),
    RequestKind.ADDITIONAL: QT_TRANSLATE_NOOP("Cards", "Additional card"),
    RequestKind.REPLACE_LOST: QT_TRANSLATE_NOOP("Cards", "Replacement (lost)"),
    RequestKind.REPLACE_DAMAGED: QT_TRANSLATE_NOOP("Cards", "Replacement (damaged)"),
    RequestKind.CANCEL: QT_TRANSLATE_NOOP("Cards", "Cancel cards"),
}

# The kinds that name the home's old cards, and what becomes of them.
OLD_CARD_STATES = {
    RequestKind.REPLACE_LOST: CardState.LOST_BLOCKED,  # at submission
    RequestKind.REPLACE_DAMAGED: CardState.DAMAGED_RETURNED,  # handed in at issue
    RequestKind.CANCEL: CardState.CANCELLED,  # handed in at issue
}
# The kinds that hand out new cards.
ISSUING_KINDS = frozenset(
    {
        RequestKind.FIRST_ISSUE,
        RequestKind.ADDITIONAL,
        RequestKind.REPLACE_LOST,
        RequestKind.REPLACE_DAMAGED,
    }
)


class Relation(enum.StrEnum):
    OWNER = "owner"
    FAMILY = "family"
    TENANT = "tenant"


RELATION_LABELS = {
    Relation.OWNER: QT_TRANSLATE_NOOP("Cards", "Owner"),
    Relation.FAMILY: QT_TRANSLATE_NOOP("Cards", "Family member"),
    Relation.TENANT: QT_TRANSLATE_NOOP("Cards", "Tenant"),
}


class Consent(enum.StrEnum):
    """How the owner agreed to a tenant's request."""

    PRESENT = "present"  # the owner came along
    WRITTEN = "written"  # a signed letter of consent
    PHONE = "phone"  # confirmed by phone with the owner


CONSENT_LABELS = {
    Consent.PRESENT: QT_TRANSLATE_NOOP("Cards", "Owner present"),
    Consent.WRITTEN: QT_TRANSLATE_NOOP("Cards", "Written consent"),
    Consent.PHONE: QT_TRANSLATE_NOOP("Cards", "Confirmed by phone"),
}


class Status(enum.StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    ISSUED = "issued"
    DONE = "done"


STATUS_LABELS = {
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Cards", "Awaiting approval"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Cards", "Approved"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Cards", "Rejected"),
    Status.ISSUED: QT_TRANSLATE_NOOP("Cards", "Issued"),
    Status.DONE: QT_TRANSLATE_NOOP("Cards", "Done"),
}
OPEN_STATUSES = frozenset({Status.SUBMITTED, Status.APPROVED, Status.ISSUED})


class Action(enum.StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    ISSUE = "issue"
    FINISH = "finish"


ACTION_LABELS = {
    Action.APPROVE: QT_TRANSLATE_NOOP("Cards", "Approve"),
    Action.REJECT: QT_TRANSLATE_NOOP("Cards", "Reject"),
    Action.ISSUE: QT_TRANSLATE_NOOP("Cards", "Hand over the cards"),
    Action.FINISH: QT_TRANSLATE_NOOP("Cards", "File the signed form"),
}

LIFECYCLE: Lifecycle[Status, Action] = Lifecycle(
    kind=ENTITY,
    context=CONTEXT,
    record_word=QT_TRANSLATE_NOOP("Cards", "The card request"),
    states=Status,
    actions=Action,
    transitions={
        Action.APPROVE: {Status.SUBMITTED: Status.APPROVED},
        Action.REJECT: {Status.SUBMITTED: Status.REJECTED},
        Action.ISSUE: {Status.APPROVED: Status.ISSUED},
        Action.FINISH: {Status.ISSUED: Status.DONE},
    },
    # Approval is the supervisor's (docs/domain.md); the desk hands over and files.
    permissions={
        Action.APPROVE: Permission.APPROVE,
        Action.REJECT: Permission.APPROVE,
        Action.ISSUE: Permission.LOG_WORK,
        Action.FINISH: Permission.LOG_WORK,
    },
    state_labels=STATUS_LABELS,
    action_labels=ACTION_LABELS,
    next_steps={
        Status.SUBMITTED: (Action.APPROVE,),
        Status.APPROVED: (Action.ISSUE,),
        Status.ISSUED: (Action.FINISH,),
    },
    menu=(Action.REJECT,),
)


def requested_change(kind: RequestKind, card_count: int, old_active: int) -> int:
    """How many more active cards the home has once the request is carried out:
    ``old_active`` is how many of its old cards are still active (a lost one is
    already blocked)."""
    if kind is RequestKind.CANCEL:
        return -old_active
    if kind is RequestKind.REPLACE_DAMAGED:
        return card_count - old_active
    return card_count


# -- tables ------------------------------------------------------------------------------


class AccessCard(Base):
    """One issue of a card number to a home."""

    __tablename__ = "access_cards"
    __table_args__ = (
        Index("ix_access_cards_number", "number"),
        # The rule "never active twice", held by the database whatever the program does.
        Index(
            "uq_access_cards_active_number",
            "number",
            unique=True,
            sqlite_where=text("state = 'active'"),
            postgresql_where=text("state = 'active'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(10))  # domain.cards: 10 decimal digits
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    holder: Mapped[str] = mapped_column(String(40), default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    state: Mapped[str] = mapped_column(String(20))
    state_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # the request that issued it (None: entered into the register as found)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("card_requests.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class AccessCardEvent(Base):
    """A card's history: issued, blocked, returned, cancelled, with who and why."""

    __tablename__ = "access_card_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("access_cards.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("card_requests.id"))
    reason: Mapped[str] = mapped_column(Text, default="")


class CardRequest(Base):
    __tablename__ = "card_requests"
    __table_args__ = (Index("ix_card_requests_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(20), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"), index=True)
    applicant: Mapped[str] = mapped_column(String(40))
    relation: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(40), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")  # full; shown masked
    card_count: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)  # the checked ones
    # the owner's consent to a tenant's request, and how it was given
    consent: Mapped[str] = mapped_column(String(10), default="")
    consent_note: Mapped[str] = mapped_column(String(200), default="")
    fee: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    fee_waived: Mapped[bool] = mapped_column(Boolean, default=False)
    waive_reason: Mapped[str] = mapped_column(Text, default="")
    old_cards: Mapped[list[str]] = mapped_column(JSON, default=list)  # numbers, normalised
    new_cards: Mapped[list[str]] = mapped_column(JSON, default=list)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_by: Mapped[str] = mapped_column(String(40), default="")  # who signed for receipt
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    receipt_count: Mapped[int] = mapped_column(Integer, default=0)


class CardRequestStep(Base):
    """The status history of a request."""

    __tablename__ = "card_request_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("card_requests.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))  # an Action, or "submit"
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")


def json_list(value: Any) -> list[str]:
    return list(value or [])
