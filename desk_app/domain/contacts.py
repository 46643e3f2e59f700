"""The contact log (来电来访登记): every call, visit, letter or message at the desk."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.domain.base import Base, UTCDateTime, utcnow
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

SERIAL_KIND = "LF"


class Category(enum.StrEnum):
    CONSULTATION = "consultation"
    REPAIR = "repair"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    PRAISE = "praise"
    OTHER = "other"


CATEGORY_LABELS = {
    Category.CONSULTATION: QT_TRANSLATE_NOOP("Contacts", "Consultation"),
    Category.REPAIR: QT_TRANSLATE_NOOP("Contacts", "Repair"),
    Category.COMPLAINT: QT_TRANSLATE_NOOP("Contacts", "Complaint"),
    Category.SUGGESTION: QT_TRANSLATE_NOOP("Contacts", "Suggestion"),
    Category.PRAISE: QT_TRANSLATE_NOOP("Contacts", "Praise"),
    Category.OTHER: QT_TRANSLATE_NOOP("Contacts", "Other"),
}


class FollowUp(enum.StrEnum):
    OPEN = "open"
    FOLLOWING = "following"
    # Handed to a record made from the entry (the result names it, e.g. a work order's
    # serial): that record is followed up and its closing completes the entry.
    HANDED = "handed"
    DONE = "done"


FOLLOW_UP_LABELS = {
    FollowUp.OPEN: QT_TRANSLATE_NOOP("Contacts", "Open"),
    FollowUp.FOLLOWING: QT_TRANSLATE_NOOP("Contacts", "Following"),
    FollowUp.HANDED: QT_TRANSLATE_NOOP("Contacts", "Handed on"),
    FollowUp.DONE: QT_TRANSLATE_NOOP("Contacts", "Done"),
}
# Follow-ups that never run late at the desk: done, or followed as another record.
SETTLED_FOLLOW_UPS = frozenset({FollowUp.HANDED, FollowUp.DONE})


class CallOutcome(enum.StrEnum):
    """How an outgoing call (致电客户) went."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"


CALL_OUTCOME_LABELS = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("Contacts", "Reached"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("Contacts", "No answer"),
    CallOutcome.BUSY: QT_TRANSLATE_NOOP("Contacts", "Busy"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Contacts", "Wrong number"),
}


# 五清楚 — who, where, what, since when, how to reach them. What each category
# cannot do without; content ("what") is always required.
REQUIRED_BY_CATEGORY: dict[Category, tuple[str, ...]] = {
    Category.CONSULTATION: (),
    Category.REPAIR: ("caller_name", "place", "since", "phone"),
    Category.COMPLAINT: ("caller_name", "place", "since", "phone"),
    Category.SUGGESTION: (),
    Category.PRAISE: (),
    Category.OTHER: (),
}

# The channels a new database starts with; the administrator may add more.
SEED_CHANNELS: tuple[tuple[str, str, bool], ...] = (
    ("call_in", "来电", False),
    ("call_out", "致电客户", True),
    ("visit", "来访", False),
    ("letter", "来信", False),
    ("online", "网络/微信", False),
)
DEFAULT_CHANNEL = "call_in"


class ContactChannel(Base):
    __tablename__ = "contact_channels"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    outgoing: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContactEntry(Base):
    __tablename__ = "contact_entries"
    __table_args__ = (
        Index("ix_contact_entries_day_serial", "day", "serial"),
        Index("ix_contact_entries_occurred_at", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(20), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # local date of the serial
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel_code: Mapped[str] = mapped_column(ForeignKey("contact_channels.code"))
    caller_name: Mapped[str] = mapped_column(String(40), default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    place: Mapped[str] = mapped_column(
        String(80), default=""
    )  # the room as said, or a public place
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    category: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    since: Mapped[str] = mapped_column(String(60), default="")
    received_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    forwarded_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    forwarded_to: Mapped[str] = mapped_column(String(40), default="")
    follow_up_status: Mapped[str] = mapped_column(String(12), default=FollowUp.OPEN.value)
    follow_up_result: Mapped[str] = mapped_column(Text, default="")
    call_outcome: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    review_remark: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # see domain.text_search


class DaySignoff(Base):
    """A supervisor's signature under one day of a register (主管每日审核签字)."""

    __tablename__ = "day_signoffs"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RecordLink(Base):
    """One record made from another ("one step onwards"): a call that became a work
    order, a complaint or a card request. Read both ways."""

    __tablename__ = "record_links"
    __table_args__ = (
        UniqueConstraint("source_type", "source_id", "target_type", "target_id"),
        Index("ix_record_links_target", "target_type", "target_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_type: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int] = mapped_column(Integer)
    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
