"""What the visitor register takes and gives: the sign-in draft, list rows, filters,
the kinds of visitor and block-list entries; and how a visit's fields read in its
history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.register import Room
from desk_app.domain.visitors import (
    DEFAULT_KIND,
    STATUS_LABELS,
    BlockMatch,
    Status,
    Visit,
    VisitorKind,
    VisitStep,
)
from desk_app.services.kit.change_history import MOMENT, Choice, Field, Names, RecordFields
from desk_app.services.kit.steps import StepStore
from desk_app.services.kit.vocabularies import Vocabulary


@dataclass(frozen=True)
class VisitDraft:
    """What the clerk typed at sign-in. ``place`` is the host room as said; it is
    linked to ``room_id`` when it names one room of the register."""

    visitor_name: str
    kind: str = DEFAULT_KIND
    phone: str = ""
    id_number: str = ""
    room_id: int | None = None
    place: str = ""
    host_name: str = ""
    purpose: str = ""
    companions: int = 0
    plate: str = ""
    permit_no: str = ""
    arrived_at: datetime | None = None  # None: now
    expected_until: datetime | None = None


@dataclass(frozen=True)
class VisitRow:
    """One line of a list or an export; the ID number masked unless the reader may see
    it in full."""

    id: int
    serial: str
    day: date
    status: Status
    visitor_name: str
    phone: str
    id_number: str
    kind: str
    kind_label: str
    room_id: int | None
    room_label: str
    place: str
    host_name: str
    purpose: str
    companions: int
    plate: str
    permit_no: str
    arrived_at: datetime
    expected_until: datetime | None
    departed_at: datetime | None
    signed_in_by: str
    signed_out_by: str
    block_reason: str
    void_reason: str
    after_closing: bool  # still on site past the closing time
    purged: bool
    print_count: int

    @property
    def where(self) -> str:
        return self.room_label or self.place

    @property
    def voided(self) -> bool:
        return self.status is Status.VOIDED


@dataclass(frozen=True)
class VisitFilter:
    """Empty fields do not filter. Dates are local days, both ends included."""

    on_site_only: bool = False
    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None
    room_ids: tuple[int, ...] | None = None
    plate: str = ""
    name: str = ""
    include_voided: bool = True


@dataclass(frozen=True)
class KindInfo:
    code: str
    label: str
    active: bool


def kind_info(row: VisitorKind) -> KindInfo:
    return KindInfo(row.code, row.label, row.active)


KINDS = Vocabulary(
    VisitorKind,
    entity="visitor_kind",
    incomplete=QT_TRANSLATE_NOOP(
        "Errors", "A kind of visitor needs a code and a name of at most 20 characters."
    ),
)


@dataclass(frozen=True)
class BlockDraft:
    name: str = ""
    phone: str = ""
    id_number: str = ""
    plate: str = ""
    reason: str = ""
    until: date | None = None


@dataclass(frozen=True)
class BlockInfo:
    id: int
    name: str
    phone: str
    id_number: str  # masked unless the reader may see it in full
    plate: str
    reason: str
    until: date | None
    active: bool
    in_force: bool  # active and not past its day


@dataclass(frozen=True)
class SignedIn:
    """A visit signed in, with the block-list entries it was let in over."""

    visit: VisitRow
    matches: tuple[BlockMatch, ...] = ()


STORE = StepStore(
    record=Visit,
    history=VisitStep,
    owner="visit_id",
    not_found=QT_TRANSLATE_NOOP("Errors", "No visit with number {id}."),
)

HISTORY_FIELDS = RecordFields(
    "Visitors",
    {
        "status": Field(QT_TRANSLATE_NOOP("Visitors", "State"), Choice("Visitors", STATUS_LABELS)),
        "visitor_name": Field(QT_TRANSLATE_NOOP("Visitors", "Visitor")),
        "phone": Field(QT_TRANSLATE_NOOP("Visitors", "Phone")),
        "kind_code": Field(
            QT_TRANSLATE_NOOP("Visitors", "Kind"), Names(VisitorKind.code, VisitorKind.label)
        ),
        "room_id": Field(QT_TRANSLATE_NOOP("Visitors", "Host room"), Names(Room.id, Room.label)),
        "place": Field(QT_TRANSLATE_NOOP("Visitors", "Room as said")),
        "host_name": Field(QT_TRANSLATE_NOOP("Visitors", "Host")),
        "purpose": Field(QT_TRANSLATE_NOOP("Visitors", "Purpose")),
        "companions": Field(QT_TRANSLATE_NOOP("Visitors", "Companions")),
        "plate": Field(QT_TRANSLATE_NOOP("Visitors", "Plate")),
        "permit_no": Field(QT_TRANSLATE_NOOP("Visitors", "Decoration permit")),
        "arrived_at": Field(QT_TRANSLATE_NOOP("Visitors", "Arrived"), MOMENT),
        "expected_until": Field(QT_TRANSLATE_NOOP("Visitors", "Expected to leave"), MOMENT),
        "departed_at": Field(QT_TRANSLATE_NOOP("Visitors", "Left"), MOMENT),
        "block_reason": Field(QT_TRANSLATE_NOOP("Visitors", "Let in over the block list")),
    },
    actions={
        "create": QT_TRANSLATE_NOOP("Visitors", "Signed in"),
        "update": QT_TRANSLATE_NOOP("Visitors", "Corrected"),
        "sign_out": QT_TRANSLATE_NOOP("Visitors", "Signed out"),
        "purge_personal": QT_TRANSLATE_NOOP("Visitors", "Personal data blanked"),
    },
)
