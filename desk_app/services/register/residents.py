"""The resident register (住户档案): communities, buildings, units, rooms, residents.

Roles (DESIGN.md, "Roles" and "Personal data"):

- keeping single records — add a room, register, edit and move out a resident —
  is desk work: ``Permission.LOG_WORK`` (clerk and up). The clerk at the counter
  is the one who hears "we moved in last week".
- reading rooms and residents takes ``Permission.VIEW_RECORDS`` (the same desk
  roles; not the administrator). Only the structure — communities, buildings,
  units and their room counts — is open to every role: it holds nobody's data.
- ID numbers are returned masked (3301**********1234) unless the actor may
  ``SEE_FULL_ID`` (supervisor, manager).
- voiding a wrong resident record takes ``Permission.VOID`` (supervisor), like
  every other void; a reason is required and nothing is ever deleted.
- bulk registration (the demo, a first fill) and the spreadsheet import write
  many people's personal data at once: ``Permission.IMPORT_REGISTER`` (supervisor,
  manager, and the administrator setting up a site). See services.resident_import.
- a number shown masked cannot be cleared or replaced by that actor: the form
  sends the mask (or nothing) back and the stored number stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import (
    mask_id_number,
    normalize_id_number,
    split_phones,
)
from desk_app.domain.register import (
    MAX_PHONES,
    RELATION_RANK,
    Building,
    Community,
    Occupancy,
    Relation,
    Resident,
    ResidentKey,
    Room,
    Unit,
)
from desk_app.domain.roles import Permission
from desk_app.domain.room_address import (
    building_label,
    floor_of,
    fold,
    normalize_code,
    parse_building,
    parse_unit,
    room_label,
    sort_key,
    unit_label,
)
from desk_app.domain.search_keys import resident_keys
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs
from desk_app.services.register.bulk import (
    NewResident,
    NewRoom,
    RegisterView,
    insert_communities,
    insert_residents,
    insert_rooms,
)

MAX_NAME = inputs.limits.NAME
MAX_COMMUNITY_NAME = inputs.limits.COMMUNITY
MAX_AREA = Decimal("99999")


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


# -- cleaning input ----------------------------------------------------------------------


@dataclass(frozen=True)
class CleanResident:
    """A resident's values as they will be stored."""

    name: str
    relation: Relation
    phones: tuple[str, ...]
    id_number: str | None  # None: keep what is stored
    move_in: date | None
    move_out: date | None
    notes: str
    emergency_name: str
    emergency_phone: str


def clean_name(name: str, *, field: str = "name") -> str:
    text = inputs.line(name, field, None)
    # "王  芳": registers pad two-character names to line up with three-character ones.
    if text and all(part and not part.isascii() for part in text.split(" ")):
        text = text.replace(" ", "")
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the resident's name."), field=field
        )
    if len(text) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A name has at most {n} characters."),
            field=field,
            n=MAX_NAME,
        )
    return text


def clean_community_name(name: str, *, field: str = "name") -> str:
    text = inputs.line(name, field, None, label=inputs.limits.COMMUNITY_NAME)
    if not text or len(text) > MAX_COMMUNITY_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the community's name (at most {n} characters)."),
            field=field,
            n=MAX_COMMUNITY_NAME,
        )
    return text


def clean_relation(relation: Relation | str) -> Relation:
    try:
        return Relation(relation)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown relation {value}: owner, family or tenant."),
            field="relation",
            value=str(relation),
        ) from None


def clean_phones(phones: Sequence[str] | str) -> tuple[str, ...]:
    pieces = [phones] if isinstance(phones, str) else list(phones)
    found: list[str] = []
    for piece in pieces:
        for phone in split_phones(inputs.line(piece, "phones", inputs.limits.PHONE_INPUT)):
            if phone not in found:
                found.append(phone)
    if len(found) > MAX_PHONES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {n} phone numbers per resident."),
            field="phones",
            n=MAX_PHONES,
        )
    return tuple(found)


def clean_resident(draft: ResidentDraft, today: date) -> CleanResident:
    name = clean_name(draft.name)
    relation = clean_relation(draft.relation)
    phones = clean_phones(draft.phones)
    id_number = None
    if draft.id_number is not None:
        id_number = normalize_id_number(draft.id_number, today=today)
    if draft.move_in and draft.move_out and draft.move_out < draft.move_in:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The move-out date is before the move-in date."),
            field="move_out",
        )
    return CleanResident(
        name,
        relation,
        phones,
        id_number,
        draft.move_in,
        draft.move_out,
        clean_notes(draft.notes),
        clean_emergency_name(draft.emergency_name),
        inputs.optional_phone(draft.emergency_phone, "emergency_phone"),
    )


def clean_notes(notes: str | None) -> str:
    """A resident's or a room's notes as stored."""
    return inputs.text(notes, "notes")


def clean_emergency_name(name: str | None) -> str:
    return inputs.line(name, "emergency_name", MAX_NAME)


def clean_area(value: Decimal | float | str | None, *, field: str = "area") -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = inputs.line(value, field, None)
    for unit in ("平方米", "平米", "㎡", "m²", "m2", "平"):
        text = text.removesuffix(unit)
    try:
        area = Decimal(text.strip()).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Area {value}: enter the square metres as a number."),
            field=field,
            value=str(value),
        ) from None
    if not (0 < area < MAX_AREA):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Area {value}: enter the square metres as a number."),
            field=field,
            value=str(value),
        )
    return area


def clean_occupancy(value: Occupancy | str) -> Occupancy:
    try:
        return Occupancy(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown occupancy state {value}."),
            field="occupancy",
            value=str(value),
        ) from None


def clean_number(number: str) -> str:
    code = normalize_code(fold(number).removesuffix("室").removesuffix("号"))
    if not code or not code.isalnum() or len(code) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Room number {value}: write it like 1501."),
            field="number",
            value=str(number),
        )
    return code


def _clean_building(text: str) -> str:
    code = parse_building(text)
    if not code or len(code) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Building {value}: write it like 3, 3栋 or 12#."),
            field="building",
            value=str(text),
        )
    return code


def _clean_unit(text: str) -> str:
    code = parse_unit(text or "")
    if code is None or len(code) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unit {value}: write it like 2 or 2单元."),
            field="unit",
            value=str(text),
        )
    return code


# -- snapshots for the audit trail ---------------------------------------------------------


def resident_snapshot(resident: Resident) -> dict[str, Any]:
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


def room_snapshot(room: Room) -> dict[str, Any]:
    return {
        "label": room.label,
        "floor": room.floor,
        "area": room.area,
        "occupancy": room.occupancy,
        "notes": room.notes,
    }


def audit_resident_change(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    resident: Resident,
    before: dict[str, Any],
    old_id_number: str,
    *,
    action: str = "update",
    reason: str = "",
) -> bool:
    """Write the update event if anything changed; True if it did."""
    old, new = resident_change(before, old_id_number, resident)
    if not new:
        return False
    audit.record(
        session, ctx, actor, action, "resident", resident.id, old=old, new=new, reason=reason
    )
    return True


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


def set_keys(resident: Resident) -> None:
    """Rebuild the resident's search keys (an index: derived, so replaced freely)."""
    resident.keys = [
        ResidentKey(kind=kind.value, key=key)
        for kind, key in resident_keys(resident.name, resident.phone_list)
    ]


# -- the register's shape in one transaction ---------------------------------------------


class RegisterIndex:
    """The buildings, units and rooms of one community, loaded once per transaction.
    (Many rows at once: services.register_bulk.)"""

    def __init__(self, session: Session, ctx: ServiceContext, community: Community | None):
        self.session = session
        self.ctx = ctx
        self.community = community
        self.buildings: dict[str, Building] = {}
        self.units: dict[tuple[str, str], Unit] = {}
        self.rooms: dict[tuple[str, str, str], Room] = {}
        if community is None or community.id is None:
            return
        rows = session.execute(
            select(Building, Unit)
            .join(Unit, Unit.building_id == Building.id, isouter=True)
            .where(Building.community_id == community.id)
        )
        for building, unit in rows:
            self.buildings[building.code] = building
            if unit is not None:
                self.units[(building.code, unit.code)] = unit
        unit_codes = {unit.id: key for key, unit in self.units.items()}
        for room in session.scalars(select(Room).where(Room.unit_id.in_(list(unit_codes)))):
            building_code, unit_code = unit_codes[room.unit_id]
            self.rooms[(building_code, unit_code, room.number)] = room

    @classmethod
    def by_name(cls, session: Session, ctx: ServiceContext, name: str) -> RegisterIndex:
        community = session.scalar(select(Community).where(Community.name == name))
        return cls(session, ctx, community)

    def room(self, building: str, unit: str, number: str) -> Room | None:
        return self.rooms.get((building, unit, number))

    def ensure_community(self, name: str) -> tuple[Community, bool]:
        if self.community is not None:
            return self.community, False
        self.community = Community(name=name, active=True, created_at=self.ctx.now())
        self.session.add(self.community)
        return self.community, True

    def ensure_room(
        self,
        building: str,
        unit: str,
        number: str,
        *,
        floor: int | None = None,
        area: Decimal | None = None,
        occupancy: Occupancy = Occupancy.VACANT,
        notes: str = "",
    ) -> tuple[Room, bool]:
        """The room, created with its building and unit if new; True if created.

        New objects are linked by relationship and written at the next flush.
        """
        existing = self.room(building, unit, number)
        if existing is not None:
            return existing, False
        assert self.community is not None, "ensure_community first"
        now = self.ctx.now()
        if building not in self.buildings:
            self.buildings[building] = Building(community=self.community, code=building)
        if (building, unit) not in self.units:
            self.units[(building, unit)] = Unit(building=self.buildings[building], code=unit)
        room = Room(
            unit=self.units[(building, unit)],
            number=number,
            floor=floor if floor is not None else floor_of(number),
            area=area,
            occupancy=occupancy.value,
            label=room_label(building, unit, number),
            sort_key=sort_key(building, unit, number),
            notes=notes,
            created_at=now,
            updated_at=now,
        )
        self.session.add(room)
        self.rooms[(building, unit, number)] = room
        return room, True


# -- the service -------------------------------------------------------------------------


def _current_clause(today: date):
    return (Resident.move_out.is_(None)) | (Resident.move_out > today)


class ResidentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- communities, buildings, units ---------------------------------------------------

    def communities(self, include_inactive: bool = False) -> list[CommunityInfo]:
        with self.ctx.db.read() as session:
            query = select(Community).order_by(Community.name)
            if not include_inactive:
                query = query.where(Community.active.is_(True))
            return [CommunityInfo(c.id, c.name, c.active) for c in session.scalars(query)]

    def add_community(self, actor: Actor, name: str) -> CommunityInfo:
        require(actor, Permission.LOG_WORK)
        name = clean_community_name(name)
        with self.ctx.db.write() as session:
            if session.scalar(select(Community.id).where(Community.name == name)):
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The community {name} already exists."),
                    field="name",
                    name=name,
                )
            community = Community(name=name, active=True, created_at=self.ctx.now())
            session.add(community)
            session.flush()
            audit.record(
                session, self.ctx, actor, "create", "community", community.id, new={"name": name}
            )
            return CommunityInfo(community.id, community.name, community.active)

    def buildings(self, community_id: int) -> list[BuildingInfo]:
        """The community's buildings in natural order, each with its units and room counts."""
        with self.ctx.db.read() as session:
            counts = dict(
                session.execute(
                    select(Room.unit_id, func.count(Room.id))
                    .join(Unit, Room.unit_id == Unit.id)
                    .join(Building, Unit.building_id == Building.id)
                    .where(Building.community_id == community_id)
                    .group_by(Room.unit_id)
                ).all()
            )
            rows = session.execute(
                select(Building, Unit)
                .join(Unit, Unit.building_id == Building.id, isouter=True)
                .where(Building.community_id == community_id)
            ).all()
        units: dict[int, list[UnitInfo]] = {}
        buildings: dict[int, Building] = {}
        for building, unit in rows:
            buildings[building.id] = building
            units.setdefault(building.id, [])
            if unit is not None:
                units[building.id].append(
                    UnitInfo(
                        unit.id,
                        building.id,
                        unit.code,
                        unit_label(unit.code),
                        counts.get(unit.id, 0),
                    )
                )
        ordered = sorted(buildings.values(), key=lambda b: sort_key(b.code, "", ""))
        return [
            BuildingInfo(
                b.id,
                b.community_id,
                b.code,
                building_label(b.code),
                tuple(sorted(units[b.id], key=lambda u: sort_key("", u.code, ""))),
            )
            for b in ordered
        ]

    # -- rooms -----------------------------------------------------------------------------

    def _room_query(self, today: date):
        living = (
            select(func.count(Resident.id))
            .where(
                Resident.room_id == Room.id,
                Resident.voided.is_(False),
                _current_clause(today),
            )
            .correlate(Room)
            .scalar_subquery()
        )
        return (
            select(Room, Unit, Building, Community, living)
            .join(Unit, Room.unit_id == Unit.id)
            .join(Building, Unit.building_id == Building.id)
            .join(Community, Building.community_id == Community.id)
        )

    @staticmethod
    def _room_info(row) -> RoomInfo:
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

    def get_room(self, actor: Actor, room_id: int) -> RoomInfo:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return self._load_room(session, room_id)

    def _load_room(self, session: Session, room_id: int) -> RoomInfo:
        row = session.execute(self._room_query(self.ctx.today()).where(Room.id == room_id)).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
        return self._room_info(row)

    def list_rooms(
        self,
        actor: Actor,
        *,
        community_id: int | None = None,
        building_id: int | None = None,
        unit_id: int | None = None,
        room_ids: Sequence[int] | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[RoomInfo]:
        """Rooms in natural order (2栋 before 10栋), a page at a time.

        ``room_ids`` keeps only those rooms (what a search found, see
        RoomLookupService.rooms_matching)."""
        require(actor, Permission.VIEW_RECORDS)
        query = self._filter_rooms(
            self._room_query(self.ctx.today()), community_id, building_id, unit_id, room_ids
        )
        query = query.order_by(Community.name, Room.sort_key).offset(offset).limit(limit)
        with self.ctx.db.read() as session:
            return [self._room_info(row) for row in session.execute(query)]

    def count_rooms(
        self,
        actor: Actor,
        *,
        community_id: int | None = None,
        building_id: int | None = None,
        unit_id: int | None = None,
        room_ids: Sequence[int] | None = None,
    ) -> int:
        require(actor, Permission.VIEW_RECORDS)
        query = (
            select(func.count(Room.id))
            .join(Unit, Room.unit_id == Unit.id)
            .join(Building, Unit.building_id == Building.id)
        )
        query = self._filter_rooms(query, community_id, building_id, unit_id, room_ids)
        with self.ctx.db.read() as session:
            return session.scalar(query) or 0

    @staticmethod
    def _filter_rooms(query, community_id, building_id, unit_id, room_ids=None):
        if room_ids is not None:
            query = query.where(Room.id.in_(list(room_ids)))
        if community_id is not None:
            query = query.where(Building.community_id == community_id)
        if building_id is not None:
            query = query.where(Unit.building_id == building_id)
        if unit_id is not None:
            query = query.where(Room.unit_id == unit_id)
        return query

    def _community_for(self, session: Session, community_id: int | None) -> Community:
        if community_id is not None:
            community = session.get(Community, community_id)
            if community is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such community."))
            return community
        communities = list(session.scalars(select(Community).where(Community.active.is_(True))))
        if len(communities) != 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose the community the room belongs to."),
                field="community",
            )
        return communities[0]

    def add_room(self, actor: Actor, draft: RoomDraft) -> RoomInfo:
        """Register a room, creating its building and unit when they are new."""
        require(actor, Permission.LOG_WORK)
        building = _clean_building(draft.building)
        unit = _clean_unit(draft.unit)
        number = clean_number(draft.number)
        area = clean_area(draft.area)
        occupancy = clean_occupancy(draft.occupancy)
        try:
            with self.ctx.db.write() as session:
                community = self._community_for(session, draft.community_id)
                index = RegisterIndex(session, self.ctx, community)
                if index.room(building, unit, number) is not None:
                    raise Conflict(
                        QT_TRANSLATE_NOOP("Errors", "Room {room} is already registered."),
                        field="number",
                        room=room_label(building, unit, number),
                    )
                room, _created = index.ensure_room(
                    building,
                    unit,
                    number,
                    floor=draft.floor,
                    area=area,
                    occupancy=occupancy,
                    notes=clean_notes(draft.notes),
                )
                session.flush()
                audit.record(
                    session, self.ctx, actor, "create", "room", room.id, new=room_snapshot(room)
                )
                room_id = room.id
        except IntegrityError:
            # Another desk registered the same room a moment earlier.
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Room {room} is already registered."),
                field="number",
                room=room_label(building, unit, number),
            ) from None
        return self.get_room(actor, room_id)

    def update_room(self, actor: Actor, room_id: int, edit: RoomEdit) -> RoomInfo:
        require(actor, Permission.LOG_WORK)
        area = clean_area(edit.area)
        occupancy = clean_occupancy(edit.occupancy)
        notes = clean_notes(edit.notes)
        if edit.floor is not None and not (-10 <= edit.floor <= 200):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Floor {value} is not a floor of a building."),
                field="floor",
                value=edit.floor,
            )
        with self.ctx.db.write() as session:
            room = self._get_room(session, room_id)
            before = room_snapshot(room)
            room.floor, room.area, room.occupancy = edit.floor, area, occupancy.value
            room.notes = notes
            old, new = audit.changed_fields(before, room_snapshot(room))
            if new:
                room.updated_at = self.ctx.now()
                audit.record(session, self.ctx, actor, "update", "room", room.id, old=old, new=new)
        return self.get_room(actor, room_id)

    def current_names(self, actor: Actor, room_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """{room id: names of the people living there now, owner first} for a page of a
        room list; rooms nobody lives in are left out."""
        require(actor, Permission.VIEW_RECORDS)
        ids = sorted(set(room_ids))
        found: dict[int, list[tuple[int, int, str]]] = {}
        today = self.ctx.today()
        with self.ctx.db.read() as session:
            for start in range(0, len(ids), 500):
                query = select(
                    Resident.room_id, Resident.id, Resident.relation, Resident.name
                ).where(
                    Resident.room_id.in_(ids[start : start + 500]),
                    Resident.voided.is_(False),
                    _current_clause(today),
                )
                for room_id, resident_id, relation, name in session.execute(query):
                    rank = RELATION_RANK.get(Relation(relation), 9)
                    found.setdefault(room_id, []).append((rank, resident_id, name))
        return {
            room_id: tuple(name for *_key, name in sorted(people))
            for room_id, people in found.items()
        }

    # -- residents -------------------------------------------------------------------------

    def room_detail(self, actor: Actor, room_id: int, include_voided: bool = False) -> RoomDetail:
        """The room and its residents, current ones first; see RoomDetail."""
        require(actor, Permission.VIEW_RECORDS)
        today = self.ctx.today()
        with self.ctx.db.read() as session:
            room = self._load_room(session, room_id)
            query = select(Resident).where(Resident.room_id == room_id)
            if not include_voided:
                query = query.where(Resident.voided.is_(False))
            residents = list(session.scalars(query))

        def order(r: Resident):
            current = r.is_current(today)
            moved = -(r.move_out.toordinal() if r.move_out else 0)
            return (r.voided, not current, moved, RELATION_RANK[Relation(r.relation)], r.id)

        residents.sort(key=order)
        return RoomDetail(
            room, tuple(self._resident_info(actor, r, room.label, today) for r in residents)
        )

    def get_resident(self, actor: Actor, resident_id: int) -> ResidentInfo:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            resident = self._get_resident(session, resident_id)
            label = session.scalar(select(Room.label).where(Room.id == resident.room_id))
            return self._resident_info(actor, resident, label or "", self.ctx.today())

    def add_resident(self, actor: Actor, room_id: int, draft: ResidentDraft) -> ResidentInfo:
        require(actor, Permission.LOG_WORK)
        today = self.ctx.today()
        clean = clean_resident(draft, today)
        with self.ctx.db.write() as session:
            room = self._get_room(session, room_id)
            self._refuse_same_name(session, room, clean.name, today)
            now = self.ctx.now()
            resident = Resident(
                room_id=room.id,
                created_at=now,
                updated_at=now,
                voided=False,
                void_reason="",
                id_number="",
            )
            _apply(resident, clean)
            set_keys(resident)
            session.add(resident)
            session.flush()
            audit.record(
                session,
                self.ctx,
                actor,
                "create",
                "resident",
                resident.id,
                new=resident_snapshot(resident),
            )
            resident_id = resident.id
        return self.get_resident(actor, resident_id)

    def update_resident(self, actor: Actor, resident_id: int, draft: ResidentDraft) -> ResidentInfo:
        """Replace the resident's details with ``draft`` (see ResidentDraft.id_number)."""
        require(actor, Permission.LOG_WORK)
        today = self.ctx.today()
        with self.ctx.db.write() as session:
            resident = self._get_resident(session, resident_id)
            self._refuse_voided(resident)
            draft = self._keep_masked_id(actor, resident, draft)
            clean = clean_resident(draft, today)
            if clean.name != resident.name:
                self._refuse_same_name(session, resident.room, clean.name, today, resident.id)
            before, old_id = resident_snapshot(resident), resident.id_number
            _apply(resident, clean)
            if audit_resident_change(session, self.ctx, actor, resident, before, old_id):
                resident.updated_at = self.ctx.now()
                set_keys(resident)
        return self.get_resident(actor, resident_id)

    def move_out(
        self, actor: Actor, resident_id: int, on: date | None = None, note: str = ""
    ) -> ResidentInfo:
        """Record that the resident left on ``on`` (today by default). The record stays."""
        require(actor, Permission.LOG_WORK)
        on = on or self.ctx.today()
        note = inputs.text(note, "note")
        with self.ctx.db.write() as session:
            resident = self._get_resident(session, resident_id)
            self._refuse_voided(resident)
            if resident.move_out is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "{name} already moved out on {day}."),
                    field="move_out",
                    name=resident.name,
                    day=resident.move_out.isoformat(),
                )
            if resident.move_in is not None and on < resident.move_in:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The move-out date is before the move-in date."),
                    field="move_out",
                )
            before, old_id = resident_snapshot(resident), resident.id_number
            resident.move_out = on
            resident.updated_at = self.ctx.now()
            audit_resident_change(
                session, self.ctx, actor, resident, before, old_id, action="move_out", reason=note
            )
        return self.get_resident(actor, resident_id)

    def void_resident(self, actor: Actor, resident_id: int, reason: str) -> ResidentInfo:
        """Mark a wrongly entered record void (supervisor). It stays, visibly void."""
        require(actor, Permission.VOID)
        reason = inputs.text(reason, "reason")
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give the reason for voiding the record."),
                field="reason",
            )
        with self.ctx.db.write() as session:
            resident = self._get_resident(session, resident_id)
            self._refuse_voided(resident)
            now = self.ctx.now()
            resident.voided, resident.void_reason = True, reason
            resident.voided_by_id, resident.voided_at = actor.user_id, now
            resident.updated_at = now
            resident.keys = []  # a void record must not answer lookups any more
            audit.record(
                session,
                self.ctx,
                actor,
                "void",
                "resident",
                resident.id,
                old={"voided": False},
                new={"voided": True},
                reason=reason,
            )
        return self.get_resident(actor, resident_id)

    # -- bulk --------------------------------------------------------------------------------

    def bulk_register(
        self, actor: Actor, community: str, rooms: Sequence[BulkRoom], *, note: str = ""
    ) -> BulkResult:
        """Register many new rooms with their residents in one transaction and one summary
        audit event (the demo, a first fill of an empty estate). Every value is cleaned as
        in ``add_resident``; a room already registered is a Conflict and nothing is kept.
        """
        require(actor, Permission.IMPORT_REGISTER)
        community = clean_community_name(community, field="community")
        today = self.ctx.today()
        new_rooms: list[NewRoom] = []
        new_residents: list[NewResident] = []
        for item in rooms:
            room = NewRoom.of(
                community,
                _clean_building(item.building),
                _clean_unit(item.unit),
                clean_number(item.number),
                floor=item.floor,
                area=clean_area(item.area),
                occupancy=clean_occupancy(item.occupancy),
            )
            new_rooms.append(room)
            for draft in item.residents:
                person = clean_resident(draft, today)
                new_residents.append(
                    NewResident.of(
                        room,
                        person.name,
                        person.relation.value,
                        person.phones,
                        id_number=person.id_number or "",
                        move_in=person.move_in,
                        move_out=person.move_out,
                        notes=person.notes,
                        emergency_name=person.emergency_name,
                        emergency_phone=person.emergency_phone,
                    )
                )
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            view = RegisterView.load(session, (room.key for room in new_rooms))
            for room in new_rooms:
                if view.room(room.key) is not None:
                    raise Conflict(
                        QT_TRANSLATE_NOOP("Errors", "Room {room} is already registered."),
                        room=room.label,
                    )
            communities = dict(view.communities)
            if community not in communities:
                communities.update(insert_communities(session, now, [community]))
            insert_rooms(session, now, new_rooms, communities, view.buildings, view.units)
            insert_residents(session, now, new_residents)
            audit.record(
                session,
                self.ctx,
                actor,
                "bulk_register",
                "community",
                communities[community],
                new={"rooms": len(new_rooms), "residents": len(new_residents)},
                reason=note,
            )
            return BulkResult(communities[community], len(new_rooms), len(new_residents))

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _get_room(session: Session, room_id: int) -> Room:
        room = session.get(Room, room_id)
        if room is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
        return room

    @staticmethod
    def _get_resident(session: Session, resident_id: int) -> Resident:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such resident."))
        return resident

    @staticmethod
    def _refuse_voided(resident: Resident) -> None:
        if resident.voided:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "This record was voided and cannot be changed.")
            )

    @staticmethod
    def _keep_masked_id(actor: Actor, resident: Resident, draft: ResidentDraft) -> ResidentDraft:
        """The stored ID number stays when the form sends back what it showed. An
        actor who saw it masked cannot clear or replace it (nor test guesses on it)."""
        shown = mask_id_number(resident.id_number)
        typed = (draft.id_number or "").strip()
        if typed and typed == shown:
            return replace(draft, id_number=None)  # the masked value shown, sent back
        if not resident.id_number or actor.can(Permission.SEE_FULL_ID):
            return draft
        if not typed:
            return replace(draft, id_number=None)  # a masked field left empty
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The ID number is shown masked to your role, so it stays as it is: "
                "a supervisor can correct it.",
            ),
            field="id_number",
        )

    @staticmethod
    def _refuse_same_name(
        session: Session, room: Room, name: str, today: date, other_than: int | None = None
    ) -> None:
        query = select(Resident.id).where(
            Resident.room_id == room.id,
            Resident.name == name,
            Resident.voided.is_(False),
            _current_clause(today),
        )
        if other_than is not None:
            query = query.where(Resident.id != other_than)
        if session.scalar(query.limit(1)) is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "{name} is already registered in {room}."),
                field="name",
                name=name,
                room=room.label,
            )

    def _resident_info(
        self, actor: Actor, resident: Resident, label: str, today: date
    ) -> ResidentInfo:
        full = actor.can(Permission.SEE_FULL_ID)
        return ResidentInfo(
            id=resident.id,
            room_id=resident.room_id,
            room_label=label,
            name=resident.name,
            relation=Relation(resident.relation),
            phones=tuple(resident.phone_list),
            id_number=resident.id_number if full else mask_id_number(resident.id_number),
            id_number_masked=not full and bool(resident.id_number),
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


def _apply(resident: Resident, clean: CleanResident) -> None:
    resident.name = clean.name
    resident.relation = clean.relation.value
    resident.phones = ",".join(clean.phones)
    if clean.id_number is not None:
        resident.id_number = clean.id_number
    resident.move_in, resident.move_out = clean.move_in, clean.move_out
    resident.notes = clean.notes
    resident.emergency_name, resident.emergency_phone = clean.emergency_name, clean.emergency_phone
