"""Reading the resident register: the estate's shape, rooms a page at a time by key,
a room with everyone registered there, the names living in a page of rooms.

Plain functions over the caller's session; ``ResidentService`` opens it and checks
the role.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.register import (
    RELATION_RANK,
    Building,
    Community,
    Relation,
    Resident,
    Room,
    Unit,
)
from desk_app.domain.room_address import building_label, sort_key, unit_label
from desk_app.services.register.views import (
    BuildingInfo,
    CommunityInfo,
    RoomInfo,
    UnitInfo,
    room_info,
)

NAMES_BATCH = 500


def current_clause(today: date):
    return (Resident.move_out.is_(None)) | (Resident.move_out > today)


def get_room(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
    return room


def get_resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such resident."))
    return resident


def communities(session: Session, include_inactive: bool) -> list[CommunityInfo]:
    query = select(Community).order_by(Community.name)
    if not include_inactive:
        query = query.where(Community.active.is_(True))
    return [CommunityInfo(c.id, c.name, c.active) for c in session.scalars(query)]


def community_for(session: Session, community_id: int | None) -> Community:
    """The community named, or the only active one there is."""
    if community_id is not None:
        community = session.get(Community, community_id)
        if community is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such community."))
        return community
    found = list(session.scalars(select(Community).where(Community.active.is_(True))))
    if len(found) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the community the room belongs to."),
            field="community",
        )
    return found[0]


def buildings(session: Session, community_id: int) -> list[BuildingInfo]:
    """The community's buildings in natural order, each with its units and room counts."""
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
    found: dict[int, Building] = {}
    for building, unit in rows:
        found[building.id] = building
        units.setdefault(building.id, [])
        if unit is not None:
            units[building.id].append(
                UnitInfo(
                    unit.id, building.id, unit.code, unit_label(unit.code), counts.get(unit.id, 0)
                )
            )
    ordered = sorted(found.values(), key=lambda b: sort_key(b.code, "", ""))
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


# -- rooms ---------------------------------------------------------------------------------


def room_query(today: date) -> Select:
    """Rooms with their unit, building, community and how many live there now."""
    living = (
        select(func.count(Resident.id))
        .where(Resident.room_id == Room.id, Resident.voided.is_(False), current_clause(today))
        .correlate(Room)
        .scalar_subquery()
    )
    return (
        select(Room, Unit, Building, Community, living)
        .join(Unit, Room.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .join(Community, Building.community_id == Community.id)
    )


def load_room(session: Session, today: date, room_id: int) -> RoomInfo:
    row = session.execute(room_query(today).where(Room.id == room_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
    return room_info(row)


def filter_rooms(
    query: Select,
    community_id: int | None,
    building_id: int | None,
    unit_id: int | None,
    room_ids: Sequence[int] | None,
) -> Select:
    if room_ids is not None:
        query = query.where(Room.id.in_(list(room_ids)))
    if community_id is not None:
        query = query.where(Building.community_id == community_id)
    if building_id is not None:
        query = query.where(Unit.building_id == building_id)
    if unit_id is not None:
        query = query.where(Room.unit_id == unit_id)
    return query


def rooms_page(
    session: Session, today: date, scope: dict, *, after: int | None, limit: int
) -> list[RoomInfo]:
    """Rooms of ``scope`` in natural order (2栋 before 10栋), the page after the room
    ``after``: by key, so the hundredth page costs what the first does."""
    query = filter_rooms(room_query(today), **scope)
    order = (Community.name, Room.sort_key, Room.id)
    if after is not None:
        last = session.execute(
            select(Community.name, Room.sort_key, Room.id)
            .join(Unit, Room.unit_id == Unit.id)
            .join(Building, Unit.building_id == Building.id)
            .join(Community, Building.community_id == Community.id)
            .where(Room.id == after)
        ).first()
        if last is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
        query = query.where(tuple_(*order) > tuple_(*last))
    return [room_info(row) for row in session.execute(query.order_by(*order).limit(limit))]


def count_rooms(session: Session, scope: dict) -> int:
    query = (
        select(func.count(Room.id))
        .join(Unit, Room.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
    )
    return session.scalar(filter_rooms(query, **scope)) or 0


def current_names(
    session: Session, today: date, room_ids: Sequence[int]
) -> dict[int, tuple[str, ...]]:
    """{room id: names of the people living there now, owner first}; rooms nobody lives
    in are left out."""
    ids = sorted(set(room_ids))
    found: dict[int, list[tuple[int, int, str]]] = {}
    for start in range(0, len(ids), NAMES_BATCH):
        query = select(Resident.room_id, Resident.id, Resident.relation, Resident.name).where(
            Resident.room_id.in_(ids[start : start + NAMES_BATCH]),
            Resident.voided.is_(False),
            current_clause(today),
        )
        for room_id, resident_id, relation, name in session.execute(query):
            rank = RELATION_RANK.get(Relation(relation), 9)
            found.setdefault(room_id, []).append((rank, resident_id, name))
    return {
        room_id: tuple(name for *_key, name in sorted(people)) for room_id, people in found.items()
    }


def residents_of(
    session: Session, today: date, room_id: int, include_voided: bool
) -> list[Resident]:
    """Everyone registered in the room: current residents first (owner, family,
    tenants), then those who moved out, latest first, then void records."""
    query = select(Resident).where(Resident.room_id == room_id)
    if not include_voided:
        query = query.where(Resident.voided.is_(False))
    residents = list(session.scalars(query))

    def order(r: Resident):
        current = r.is_current(today)
        moved = -(r.move_out.toordinal() if r.move_out else 0)
        return (r.voided, not current, moved, RELATION_RANK[Relation(r.relation)], r.id)

    return sorted(residents, key=order)


def refuse_same_name(
    session: Session, room: Room, name: str, today: date, other_than: int | None = None
) -> None:
    """Conflict when someone of that name already lives in the room."""
    query = select(Resident.id).where(
        Resident.room_id == room.id,
        Resident.name == name,
        Resident.voided.is_(False),
        current_clause(today),
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
