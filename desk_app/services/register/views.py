"""What the resident register takes and gives: communities, buildings, rooms and
residents as the screens show them, the drafts of the forms; the values the audit
trail records of a room or a resident, and how its history words them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import mask_id_number
from desk_app.domain.register import (
    OCCUPANCY_LABELS,
    RELATION_LABELS,
    Occupancy,
    Relation,
    Resident,
    Room,
)
from desk_app.services.kit import audit
from desk_app.services.kit.change_history import DAY, PHONES, Choice, Field, Names, RecordFields

# -- what the services return ------------------------------------------------------------


@dataclass(frozen=True)
class CommunityInfo:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class UnitInfo:
    id: int
    building_id: int
    code: str  # "" for a building without units
    label: str  # "2单元", or "" for none
    rooms: int


@dataclass(frozen=True)
class BuildingInfo:
    id: int
    community_id: int
    code: str
    label: str  # "3栋", "B座"
    units: tuple[UnitInfo, ...]

    @property
    def rooms(self) -> int:
        return sum(unit.rooms for unit in self.units)


@dataclass(frozen=True)
class RoomInfo:
    id: int
    community_id: int
    community: str
    building_id: int
    building: str  # code
    unit_id: int
    unit: str  # code, "" for none
    number: str
    label: str  # "3栋2单元1501"
    floor: int | None
    area: Decimal | None
    occupancy: Occupancy
    notes: str
    residents: int  # living there now


@dataclass(frozen=True)
class ResidentInfo:
    id: int
    room_id: int
    room_label: str
    name: str
    relation: Relation
    phones: tuple[str, ...]  # full: the desk calls them back; mask copies that leave the desk
    id_number: str  # masked unless the actor may see full ID numbers
    id_number_masked: bool
    move_in: date | None
    move_out: date | None
    current: bool  # lives there today (not moved out, not voided)
    notes: str
    emergency_name: str
    emergency_phone: str
    voided: bool
    void_reason: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RoomDetail:
    """A room's card: the room and everyone registered there, current residents first
    (owner, family, tenants), then those who moved out, latest first.

    Later issues add their own sections (contact entries, work orders, complaints,
    cards) through their services, keyed by ``room.id``.
    """

    room: RoomInfo
    residents: tuple[ResidentInfo, ...]

    @property
    def current(self) -> tuple[ResidentInfo, ...]:
        return tuple(r for r in self.residents if r.current)

    @property
    def former(self) -> tuple[ResidentInfo, ...]:
        return tuple(r for r in self.residents if not r.current and not r.voided)


# -- what the services take --------------------------------------------------------------


@dataclass(frozen=True)
class RoomDraft:
    """A new room. ``building`` and ``unit`` as typed: "3", "3栋", "12#", "2单元"."""

    building: str
    number: str
    unit: str = ""
    community_id: int | None = None  # None: the only community there is
    floor: int | None = None  # None: from the number (1501 → 15)
    area: Decimal | float | str | None = None
    occupancy: Occupancy | str = Occupancy.VACANT
    notes: str = ""


@dataclass(frozen=True)
class RoomEdit:
    floor: int | None
    area: Decimal | float | str | None
    occupancy: Occupancy | str
    notes: str = ""


@dataclass(frozen=True)
class ResidentDraft:
    """A resident as entered. ``phones``: a list, or one string holding several.

    ``id_number``: None keeps the stored number, which is what a form sends back when
    it showed the number masked; "" clears it.
    """

    name: str
    relation: Relation | str = Relation.OWNER
    phones: Sequence[str] | str = ()
    id_number: str | None = None
    move_in: date | None = None
    move_out: date | None = None
    notes: str = ""
    emergency_name: str = ""
    emergency_phone: str = ""


@dataclass(frozen=True)
class BulkRoom:
    """One room and its residents for ``bulk_register``."""

    building: str
    number: str
    unit: str = ""
    floor: int | None = None
    area: Decimal | float | str | None = None
    occupancy: Occupancy | str = Occupancy.VACANT
    residents: tuple[ResidentDraft, ...] = ()


@dataclass(frozen=True)
class BulkResult:
    community_id: int
    rooms: int
    residents: int


def room_info(row) -> RoomInfo:
    """A row of ``queries.room_query``: (room, unit, building, community, living)."""
    room, unit, building, community, living = row
    return RoomInfo(
        id=room.id,
        community_id=community.id,
        community=community.name,
        building_id=building.id,
        building=building.code,
        unit_id=unit.id,
        unit=unit.code,
        number=room.number,
        label=room.label,
        floor=room.floor,
        area=room.area,
        occupancy=Occupancy(room.occupancy),
        notes=room.notes,
        residents=living or 0,
    )


def resident_info(resident: Resident, label: str, today: date, *, full_id: bool) -> ResidentInfo:
    """``full_id``: the actor may see full ID numbers; else the number comes masked."""
    return ResidentInfo(
        id=resident.id,
        room_id=resident.room_id,
        room_label=label,
        name=resident.name,
        relation=Relation(resident.relation),
        phones=tuple(resident.phone_list),
        id_number=resident.id_number if full_id else mask_id_number(resident.id_number),
        id_number_masked=not full_id and bool(resident.id_number),
        move_in=resident.move_in,
        move_out=resident.move_out,
        current=resident.is_current(today),
        notes=resident.notes,
        emergency_name=resident.emergency_name,
        emergency_phone=resident.emergency_phone,
        voided=resident.voided,
        void_reason=resident.void_reason,
        created_at=resident.created_at,
        updated_at=resident.updated_at,
    )


# -- snapshots for the audit trail ---------------------------------------------------------


class ResidentValues(Protocol):
    """A resident as the audit trail records it: the ORM row, or the import's plain
    values of a resident known or new (``bulk``, ``resident_import``)."""

    @property
    def room_id(self) -> int | None: ...  # None: a new room's, before it is written
    @property
    def name(self) -> str: ...
    @property
    def relation(self) -> str: ...
    @property
    def phones(self) -> str: ...
    @property
    def id_number(self) -> str: ...
    @property
    def move_in(self) -> date | None: ...
    @property
    def move_out(self) -> date | None: ...
    @property
    def notes(self) -> str: ...
    @property
    def emergency_name(self) -> str: ...
    @property
    def emergency_phone(self) -> str: ...


class RoomValues(Protocol):
    """A room as the audit trail records it (the ORM row or the import's values)."""

    @property
    def label(self) -> str: ...
    @property
    def floor(self) -> int | None: ...
    @property
    def area(self) -> Decimal | None: ...
    @property
    def occupancy(self) -> str: ...
    @property
    def notes(self) -> str: ...


def resident_snapshot(resident: ResidentValues) -> dict[str, Any]:
    # The audit trail is read more widely than the register: keep ID numbers masked.
    return {
        "room_id": resident.room_id,
        "name": resident.name,
        "relation": resident.relation,
        "phones": resident.phones,
        "id_number": mask_id_number(resident.id_number),
        "move_in": resident.move_in,
        "move_out": resident.move_out,
        "notes": resident.notes,
        "emergency_name": resident.emergency_name,
        "emergency_phone": resident.emergency_phone,
    }


def room_snapshot(room: RoomValues) -> dict[str, Any]:
    return {
        "label": room.label,
        "floor": room.floor,
        "area": room.area,
        "occupancy": room.occupancy,
        "notes": room.notes,
    }


def resident_change(
    before: dict[str, Any], old_id_number: str, resident: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (old, new) values the audit trail records for a change of ``resident`` (a
    Resident, or anything with its fields) from its snapshot ``before``."""
    old, new = audit.changed_fields(before, resident_snapshot(resident))
    if resident.id_number != old_id_number and "id_number" not in new:
        # Two numbers can share their masked form; the change must still show.
        old["id_number"] = mask_id_number(old_id_number)
        new["id_number"] = mask_id_number(resident.id_number) + " (changed)"
    return old, new


RESIDENT_FIELDS = RecordFields(
    "Register",
    {
        "room_id": Field(QT_TRANSLATE_NOOP("Register", "Room"), Names(Room.id, Room.label)),
        "name": Field(QT_TRANSLATE_NOOP("Register", "Name")),
        "relation": Field(
            QT_TRANSLATE_NOOP("Register", "Relation"), Choice("Register", RELATION_LABELS)
        ),
        "phones": Field(QT_TRANSLATE_NOOP("Register", "Phones"), PHONES),
        "id_number": Field(QT_TRANSLATE_NOOP("Register", "ID number")),
        "move_in": Field(QT_TRANSLATE_NOOP("Register", "Move-in date"), DAY),
        "move_out": Field(QT_TRANSLATE_NOOP("Register", "Move-out date"), DAY),
        "notes": Field(QT_TRANSLATE_NOOP("Register", "Notes")),
        "emergency_name": Field(QT_TRANSLATE_NOOP("Register", "Emergency contact")),
        "emergency_phone": Field(QT_TRANSLATE_NOOP("Register", "Emergency phone")),
    },
    actions={
        "create": QT_TRANSLATE_NOOP("Register", "Registered"),
        "move_out": QT_TRANSLATE_NOOP("Register", "Moved out"),
    },
)

ROOM_FIELDS = RecordFields(
    "Register",
    {
        "label": Field(QT_TRANSLATE_NOOP("Register", "Room")),
        "floor": Field(QT_TRANSLATE_NOOP("Register", "Floor")),
        "area": Field(QT_TRANSLATE_NOOP("Register", "Area m²")),
        "occupancy": Field(
            QT_TRANSLATE_NOOP("Register", "Occupancy"), Choice("Register", OCCUPANCY_LABELS)
        ),
        "notes": Field(QT_TRANSLATE_NOOP("Register", "Notes")),
    },
    actions={"create": QT_TRANSLATE_NOOP("Register", "Registered")},
)
