"""The resident register (住户档案): communities, buildings, units, rooms, residents.

Roles (docs/domain.md, "The desk and its people" and "Residents' personal data"):

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
  manager, and the administrator setting up a site). See services.register.resident_import.
- a number shown masked cannot be cleared or replaced by that actor: the form
  sends the mask (or nothing) back and the stored number stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.register import Building, Community, Occupancy, Resident, Room, Unit
from desk_app.domain.roles import Permission
from desk_app.domain.room_address import floor_of, room_label, sort_key
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs
from desk_app.services.kit.change_history import HistoryLine, read_history
from desk_app.services.register import queries, steps
from desk_app.services.register.bulk import (
    NewResident,
    NewRoom,
    RegisterView,
    insert_communities,
    insert_residents,
    insert_rooms,
)
from desk_app.services.register.cleaning import (
    apply,
    clean_area,
    clean_building,
    clean_community_name,
    clean_notes,
    clean_number,
    clean_occupancy,
    clean_resident,
    clean_unit,
    keep_masked_id,
    set_keys,
)
from desk_app.services.register.views import (
    RESIDENT_FIELDS,
    ROOM_FIELDS,
    BuildingInfo,
    BulkResult,
    BulkRoom,
    CommunityInfo,
    ResidentDraft,
    ResidentInfo,
    RoomDetail,
    RoomDraft,
    RoomEdit,
    RoomInfo,
    resident_info,
    resident_snapshot,
    room_snapshot,
)

PAGE = 200


# -- the register's shape in one transaction ---------------------------------------------


class RegisterIndex:
    """The buildings, units and rooms of one community, loaded once per transaction.
    (Many rows at once: services.register.bulk.)"""

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


class ResidentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- communities, buildings, units ---------------------------------------------------

    def communities(self, include_inactive: bool = False) -> list[CommunityInfo]:
        with self.ctx.db.read() as session:
            return queries.communities(session, include_inactive)

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
            return queries.buildings(session, community_id)

    # -- rooms -----------------------------------------------------------------------------

    def get_room(self, actor: Actor, room_id: int) -> RoomInfo:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.load_room(session, self.ctx.today(), room_id)

    def list_rooms(
        self,
        actor: Actor,
        *,
        community_id: int | None = None,
        building_id: int | None = None,
        unit_id: int | None = None,
        room_ids: Sequence[int] | None = None,
        after: int | None = None,
        limit: int = PAGE,
    ) -> list[RoomInfo]:
        """Rooms in natural order (2栋 before 10栋), a page at a time: the first, or the
        one after the room ``after`` (the last of the page before).

        ``room_ids`` keeps only those rooms (what a search found, see
        RoomLookupService.rooms_matching)."""
        require(actor, Permission.VIEW_RECORDS)
        scope = _scope(community_id, building_id, unit_id, room_ids)
        with self.ctx.db.read() as session:
            return queries.rooms_page(session, self.ctx.today(), scope, after=after, limit=limit)

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
        scope = _scope(community_id, building_id, unit_id, room_ids)
        with self.ctx.db.read() as session:
            return queries.count_rooms(session, scope)

    def add_room(self, actor: Actor, draft: RoomDraft) -> RoomInfo:
        """Register a room, creating its building and unit when they are new."""
        require(actor, Permission.LOG_WORK)
        building = clean_building(draft.building)
        unit = clean_unit(draft.unit)
        number = clean_number(draft.number)
        area = clean_area(draft.area)
        occupancy = clean_occupancy(draft.occupancy)
        taken = Conflict(
            QT_TRANSLATE_NOOP("Errors", "Room {room} is already registered."),
            field="number",
            room=room_label(building, unit, number),
        )
        try:
            with self.ctx.db.write() as session:
                community = queries.community_for(session, draft.community_id)
                index = RegisterIndex(session, self.ctx, community)
                if index.room(building, unit, number) is not None:
                    raise taken
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
            raise taken from None  # another desk registered the same room a moment earlier
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
            room = queries.get_room(session, room_id)
            before = room_snapshot(room)
            room.floor, room.area, room.occupancy = edit.floor, area, occupancy.value
            room.notes = notes
            old, new = audit.changed_fields(before, room_snapshot(room))
            if new:
                room.updated_at = self.ctx.now()
                audit.record(session, self.ctx, actor, "update", "room", room.id, old=old, new=new)
        return self.get_room(actor, room_id)

    def room_history(self, actor: Actor, room_id: int) -> list[HistoryLine]:
        """The room's 修改记录, oldest first, worded for the clerk."""
        require(actor, Permission.VIEW_RECORDS)
        return read_history(self.ctx, ROOM_FIELDS, "room", room_id)

    def current_names(self, actor: Actor, room_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """{room id: names of the people living there now, owner first} for a page of a
        room list; rooms nobody lives in are left out."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return queries.current_names(session, self.ctx.today(), room_ids)

    # -- residents -------------------------------------------------------------------------

    def room_detail(self, actor: Actor, room_id: int, include_voided: bool = False) -> RoomDetail:
        """The room and its residents, current ones first; see RoomDetail."""
        require(actor, Permission.VIEW_RECORDS)
        today = self.ctx.today()
        full = actor.can(Permission.SEE_FULL_ID)
        with self.ctx.db.read() as session:
            room = queries.load_room(session, today, room_id)
            residents = queries.residents_of(session, today, room_id, include_voided)
        return RoomDetail(
            room, tuple(resident_info(r, room.label, today, full_id=full) for r in residents)
        )

    def get_resident(self, actor: Actor, resident_id: int) -> ResidentInfo:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            resident = queries.get_resident(session, resident_id)
            label = session.scalar(select(Room.label).where(Room.id == resident.room_id))
            full = actor.can(Permission.SEE_FULL_ID)
            return resident_info(resident, label or "", self.ctx.today(), full_id=full)

    def resident_history(self, actor: Actor, resident_id: int) -> list[HistoryLine]:
        """The resident's 修改记录, oldest first, worded for the clerk (ID numbers are
        recorded masked)."""
        require(actor, Permission.VIEW_RECORDS)
        return read_history(self.ctx, RESIDENT_FIELDS, steps.ENTITY, resident_id)

    def add_resident(self, actor: Actor, room_id: int, draft: ResidentDraft) -> ResidentInfo:
        require(actor, Permission.LOG_WORK)
        today = self.ctx.today()
        clean = clean_resident(draft, today)
        with self.ctx.db.write() as session:
            room = queries.get_room(session, room_id)
            queries.refuse_same_name(session, room, clean.name, today)
            now = self.ctx.now()
            resident = Resident(
                room_id=room.id,
                created_at=now,
                updated_at=now,
                voided=False,
                void_reason="",
                id_number="",
            )
            apply(resident, clean)
            set_keys(resident)
            session.add(resident)
            session.flush()
            audit.record(
                session,
                self.ctx,
                actor,
                "create",
                steps.ENTITY,
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
            resident = queries.get_resident(session, resident_id)
            steps.refuse_voided(resident)
            draft = keep_masked_id(actor, resident, draft)
            clean = clean_resident(draft, today)
            if clean.name != resident.name:
                queries.refuse_same_name(session, resident.room, clean.name, today, resident.id)
            before, old_id = resident_snapshot(resident), resident.id_number
            apply(resident, clean)
            if steps.audit_resident_change(session, self.ctx, actor, resident, before, old_id):
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
            resident = queries.get_resident(session, resident_id)
            steps.move_out(session, self.ctx, actor, resident, on, note)
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
            resident = queries.get_resident(session, resident_id)
            steps.void(session, self.ctx, actor, resident, reason)
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
                clean_building(item.building),
                clean_unit(item.unit),
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


def _scope(community_id, building_id, unit_id, room_ids) -> dict:
    return {
        "community_id": community_id,
        "building_id": building_id,
        "unit_id": unit_id,
        "room_ids": room_ids,
    }
