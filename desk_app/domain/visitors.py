"""The visitor register (访客登记): who comes onto the estate through the service center.

A visit is signed in (on site), then signed out, or voided with a reason (entered in
error); nothing is deleted. The kinds of visitor are a code list the administrator
keeps. The block list names people (by name and phone, ID number) or vehicles (plate)
the desk must not let in without a reason, until a day or for good. See
docs/domain.md, "Visitors".
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.domain.base import Base, UTCDateTime, utcnow
from desk_app.domain.errors import Conflict
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import Lifecycle
from desk_app.domain.roles import Permission

SERIAL_KIND = "FK"
ENTITY = "visit"  # audit entity type and change-feed kind of a visit
KIND_ENTITY = "visitor_kind"
BLOCK_ENTITY = "visitor_block"
RETENTION_ENTITY = "visitor_retention"  # the purge of old visits' personal data
CONTEXT = "Visitors"


class Status(enum.StrEnum):
    ON_SITE = "on_site"
    SIGNED_OUT = "signed_out"
    VOIDED = "voided"


STATUS_LABELS = {
    Status.ON_SITE: QT_TRANSLATE_NOOP("Visitors", "On site"),
    Status.SIGNED_OUT: QT_TRANSLATE_NOOP("Visitors", "Signed out"),
    Status.VOIDED: QT_TRANSLATE_NOOP("Visitors", "Voided"),
}


class Action(enum.StrEnum):
    SIGN_OUT = "sign_out"
    VOID = "void"


ACTION_LABELS = {
    Action.SIGN_OUT: QT_TRANSLATE_NOOP("Visitors", "Sign out"),
    Action.VOID: QT_TRANSLATE_NOOP("Visitors", "Void"),
}

LIFECYCLE: Lifecycle[Status, Action] = Lifecycle(
    kind=ENTITY,
    context=CONTEXT,
    record_word=QT_TRANSLATE_NOOP("Visitors", "The visit"),
    states=Status,
    actions=Action,
    transitions={
        Action.SIGN_OUT: {Status.ON_SITE: Status.SIGNED_OUT},
        Action.VOID: {Status.ON_SITE: Status.VOIDED, Status.SIGNED_OUT: Status.VOIDED},
    },
    permissions={Action.SIGN_OUT: Permission.LOG_WORK, Action.VOID: Permission.VOID},
    state_labels=STATUS_LABELS,
    action_labels=ACTION_LABELS,
    next_steps={Status.ON_SITE: (Action.SIGN_OUT,)},
    menu=(Action.VOID,),
)

# The kinds a new database starts with; the administrator may add, rename, disable.
SEED_KINDS: tuple[tuple[str, str], ...] = (
    ("guest", "亲友访客"),
    ("courier", "快递/外卖"),
    ("contractor", "施工/维修"),
    ("decoration", "装修工人"),
    ("applicant", "应聘人员"),
    ("official", "公务人员"),
    ("other", "其他"),
)
DEFAULT_KIND = "guest"
# Decoration workers work under a decoration permit (装修许可证), whose number the
# desk records (free text until a permit register exists).
DECORATION_KIND = "decoration"

MAX_COMPANIONS = 99
PASS_PAPERS = ("a6", "receipt80")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def closing_time(text: str) -> time:
    """The closing-time setting ("22:00") as a time; 23:59 for anything unreadable."""
    found = _CLOCK.match(text or "")
    return time(int(found[1]), int(found[2])) if found else time(23, 59)


def is_clock_time(text: str) -> bool:
    return bool(_CLOCK.match(text))


def still_on_site_after_closing(
    status: str, arrived_local: datetime, now_local: datetime, closing: time
) -> bool:
    """On site past the closing time of the day they came (or of any later day)."""
    if status != Status.ON_SITE:
        return False
    return now_local >= datetime.combine(arrived_local.date(), closing, tzinfo=now_local.tzinfo)


class VisitorKind(Base):
    __tablename__ = "visitor_kinds"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VisitorBlock(Base):
    """One entry of the block list: a person (name and phone, or ID number) or a
    vehicle (plate) not let in without a reason, until ``until`` (None: for good).
    Lifted entries stay (``active`` False), with who lifted them in the audit trail."""

    __tablename__ = "visitor_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="", index=True)
    plate: Mapped[str] = mapped_column(String(10), default="", index=True)
    reason: Mapped[str] = mapped_column(Text)
    until: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_status_arrived_at", "status", "arrived_at"),
        Index("ix_visits_arrived_at", "arrived_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(20), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # local date of the serial
    status: Mapped[str] = mapped_column(String(16))
    visitor_name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(40), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    kind_code: Mapped[str] = mapped_column(ForeignKey("visitor_kinds.code"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    place: Mapped[str] = mapped_column(String(80), default="")  # the room as said
    host_name: Mapped[str] = mapped_column(String(40), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    companions: Mapped[int] = mapped_column(Integer, default=0)
    plate: Mapped[str] = mapped_column(String(10), default="", index=True)
    permit_no: Mapped[str] = mapped_column(String(40), default="")
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expected_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    departed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_in_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    signed_out_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Let in although on the block list: the entry matched and the clerk's reason.
    block_id: Mapped[int | None] = mapped_column(ForeignKey("visitor_blocks.id"))
    block_reason: Mapped[str] = mapped_column(Text, default="")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    personal_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class VisitStep(Base):
    """The status history of a visit: sign-in, sign-out, void."""

    __tablename__ = "visit_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")


@dataclass(frozen=True)
class BlockMatch:
    """A block-list entry a visitor matched at sign-in, and on what."""

    block_id: int
    on: str  # "name_phone", "id_number" or "plate"
    reason: str
    until: date | None


class VisitorBlocked(Conflict):
    """The visitor is on the block list: the clerk must give a reason to let them in."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "{name} is on the block list: {reasons}. Give a reason to let them in."
    )

    def __init__(self, matches: list[BlockMatch], **params):
        super().__init__(field="block_reason", **params)
        self.matches = matches
