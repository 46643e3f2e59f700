"""What the contact log takes and gives: the clerk's draft, list rows, an entry's
detail, filters, channels, a day's signature; and how its fields read in a history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk_app.domain.contacts import (
    CALL_OUTCOME_LABELS,
    CATEGORY_LABELS,
    DEFAULT_CHANNEL,
    FOLLOW_UP_LABELS,
    CallOutcome,
    Category,
    ContactChannel,
    FollowUp,
)
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import Department
from desk_app.domain.register import Room
from desk_app.services.kit import links
from desk_app.services.kit.change_history import (
    MOMENT,
    Choice,
    Field,
    Names,
    RecordFields,
)
from desk_app.services.kit.vocabularies import Vocabulary

ENTITY = "contact"  # audit entity type and change-feed kind of an entry
DAY_ENTITY = "contact_day"  # a day of the register: signed, printed
SIGNOFF_KIND = "contact"


@dataclass(frozen=True)
class ContactDraft:
    """What the clerk typed. ``place`` is the room as said (or a public place) and is
    kept even when ``room_id`` resolved it."""

    content: str
    category: Category | str = Category.CONSULTATION
    channel: str = DEFAULT_CHANNEL
    occurred_at: datetime | None = None  # None: now
    caller_name: str = ""
    room_id: int | None = None
    place: str = ""
    phone: str = ""
    since: str = ""
    forwarded_department_id: int | None = None
    forwarded_to: str = ""
    follow_up_status: FollowUp | str = FollowUp.OPEN
    follow_up_result: str = ""
    call_outcome: CallOutcome | str | None = None


@dataclass(frozen=True)
class ContactRow:
    """One line of a list, a register or an export: what they show of an entry.
    The records linked to it come as their serials, looked up once per page."""

    id: int
    serial: str
    day: date
    occurred_at: datetime
    channel: str
    channel_label: str
    outgoing: bool
    caller_name: str
    room_id: int | None
    room_label: str
    place: str
    phone: str
    category: Category
    content: str
    since: str
    received_by: str
    forwarded: str  # department and person, as one text
    follow_up_status: FollowUp
    follow_up_result: str
    call_outcome: str
    voided: bool
    void_reason: str
    reviewed: bool
    signed: bool
    overdue: bool
    onward: tuple[str, ...] = ()  # serials of the records made from it (WO-…)

    @property
    def where(self) -> str:
        return self.room_label or self.place


@dataclass(frozen=True)
class ContactDetail(ContactRow):
    """Everything about one entry: what a form edits, what its history and one step
    onwards need. Loaded once, when the entry is chosen."""

    received_by_id: int = 0
    forwarded_department_id: int | None = None
    forwarded_department: str = ""
    forwarded_to: str = ""
    review_remark: str = ""
    links: tuple[links.RecordRef, ...] = ()


@dataclass(frozen=True)
class ContactFilter:
    """Empty fields do not filter. Dates are local days, both ends included."""

    date_from: date | None = None
    date_to: date | None = None
    channel: str | None = None
    category: str | None = None
    follow_up_status: str | None = None
    room_id: int | None = None
    room_ids: tuple[int, ...] | None = None  # e.g. a whole building
    received_by_id: int | None = None
    text: str = ""
    include_voided: bool = True
    overdue_only: bool = False


@dataclass(frozen=True)
class ChannelInfo:
    code: str
    label: str
    outgoing: bool
    active: bool


def channel_info(row: ContactChannel) -> ChannelInfo:
    return ChannelInfo(row.code, row.label, row.outgoing, row.active)


CHANNELS = Vocabulary(
    ContactChannel,
    entity="contact_channel",
    incomplete=QT_TRANSLATE_NOOP(
        "Errors", "A channel needs a code and a name of at most 20 characters."
    ),
    attributes=("outgoing",),
)


@dataclass(frozen=True)
class DayStatus:
    day: date
    entries: int
    reviewed: int
    signed_by: str = ""
    signed_at: datetime | None = None
    # Entries logged, amended or voided after the signature: the day needs signing again.
    changed_after_signing: int = 0

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


# The labels of the five clear points, for "Please fill in {what}".
FIELD_LABELS = {
    "caller_name": QT_TRANSLATE_NOOP("Contacts", "who (name)"),
    "place": QT_TRANSLATE_NOOP("Contacts", "where (room or place)"),
    "since": QT_TRANSLATE_NOOP("Contacts", "since when"),
    "phone": QT_TRANSLATE_NOOP("Contacts", "how to reach them (phone)"),
    "content": QT_TRANSLATE_NOOP("Contacts", "what happened"),
}

HISTORY_FIELDS = RecordFields(
    "Contacts",
    {
        "occurred_at": Field(QT_TRANSLATE_NOOP("Contacts", "Time"), MOMENT),
        "channel_code": Field(
            QT_TRANSLATE_NOOP("Contacts", "Channel"),
            Names(ContactChannel.code, ContactChannel.label),
        ),
        "caller_name": Field(QT_TRANSLATE_NOOP("Contacts", "Name")),
        "room_id": Field(QT_TRANSLATE_NOOP("Contacts", "Room"), Names(Room.id, Room.label)),
        "place": Field(QT_TRANSLATE_NOOP("Contacts", "Room / place as said")),
        "phone": Field(QT_TRANSLATE_NOOP("Contacts", "Phone")),
        "category": Field(
            QT_TRANSLATE_NOOP("Contacts", "Category"), Choice("Contacts", CATEGORY_LABELS)
        ),
        "content": Field(QT_TRANSLATE_NOOP("Contacts", "What")),
        "since": Field(QT_TRANSLATE_NOOP("Contacts", "Since")),
        "forwarded_department_id": Field(
            QT_TRANSLATE_NOOP("Contacts", "Forwarded to"), Names(Department.id, Department.name)
        ),
        "forwarded_to": Field(QT_TRANSLATE_NOOP("Contacts", "Person forwarded to")),
        "follow_up_status": Field(
            QT_TRANSLATE_NOOP("Contacts", "Follow-up"), Choice("Contacts", FOLLOW_UP_LABELS)
        ),
        "follow_up_result": Field(QT_TRANSLATE_NOOP("Contacts", "Follow-up result")),
        "call_outcome": Field(
            QT_TRANSLATE_NOOP("Contacts", "Call outcome"), Choice("Contacts", CALL_OUTCOME_LABELS)
        ),
        "review_remark": Field(QT_TRANSLATE_NOOP("Contacts", "Review remark")),
    },
    actions={
        "create": QT_TRANSLATE_NOOP("Contacts", "Logged"),
        "update": QT_TRANSLATE_NOOP("Contacts", "Amended"),
        "follow_up": QT_TRANSLATE_NOOP("Contacts", "Follow-up"),
        "review": QT_TRANSLATE_NOOP("Contacts", "Reviewed"),
    },
)
