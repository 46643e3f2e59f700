"""Reading and writing the resident register in bulk: what an import or a first fill needs.

``RegisterView`` holds, as plain values, the part of the register that a batch of
rows refers to, read with a handful of queries however many rows there are.
``insert_rooms``, ``insert_residents`` and the ``update_*`` functions write
prepared rows with multi-row statements. Everything that can be worked out
beforehand (cleaning, labels, search keys) is done by the caller before the
writing transaction begins, so that the transaction holding the write lock only
writes — another desk waits for it, and on SQLite waits at most the busy timeout.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from desk_app.domain.register import (
    Building,
    Community,
    KeyKind,
    Occupancy,
    Resident,
    ResidentKey,
    Room,
    Unit,
)
from desk_app.domain.room_address import floor_of, room_label, sort_key
from desk_app.domain.search_keys import resident_keys
from desk_app.services.kit.bulk_sql import chunks, literals

# Rows per statement with RETURNING: SQLAlchemy splices the ordered RETURNING of the
# batches of one call together, which grows with the square of the row count.
BATCH = 500
WRITE_BATCH = 5000  # rows per executemany without RETURNING

T = TypeVar("T")

RoomKey = tuple[str, str, str, str]  # community name, building, unit, number


# -- what is registered ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownRoom:
    id: int
    label: str
    floor: int | None
    area: Decimal | None
    occupancy: str
    notes: str


@dataclass(frozen=True, slots=True)
class KnownResident:
    """A registered resident as plain values: cheap to hold by the hundred thousand and
    to compare, which is how a writer sees that the register changed under it."""

    id: int
    room_id: int
    name: str
    relation: str
    phones: str
    id_number: str
    move_in: date | None
    move_out: date | None
    notes: str
    emergency_name: str
    emergency_phone: str
    voided: bool

    @property
    def phone_list(self) -> list[str]:
        return [p for p in self.phones.split(",") if p]

    def is_current(self, today: date) -> bool:
        # The rule of Resident.is_current.
        return not self.voided and (self.move_out is None or self.move_out > today)


_RESIDENT_COLUMNS = (
    Resident.id,
    Resident.room_id,
    Resident.name,
    Resident.relation,
    Resident.phones,
    Resident.id_number,
    Resident.move_in,
    Resident.move_out,
    Resident.notes,
    Resident.emergency_name,
    Resident.emergency_phone,
    Resident.voided,
)
_ROOM_COLUMNS = (Room.id, Room.label, Room.floor, Room.area, Room.occupancy, Room.notes)

RoomState = tuple[KnownRoom, tuple[KnownResident, ...]]


@dataclass(frozen=True)
class RegisterView:
    """The rooms that a batch names, with the buildings, units and communities around
    them and the residents (not voided) living or having lived there."""

    communities: dict[str, int]  # name → id, of the names asked for that exist
    buildings: dict[tuple[str, str], int]  # (community, building) → id
    units: dict[tuple[str, str, str], int]  # (community, building, unit) → id
    rooms: dict[RoomKey, KnownRoom]  # of the keys asked for that exist
    residents: dict[int, tuple[KnownResident, ...]]  # room id → residents, by id

    @classmethod
    def load(cls, session: Session, keys: Iterable[RoomKey]) -> RegisterView:
        wanted: dict[str, set[RoomKey]] = {}
        for key in keys:
            wanted.setdefault(key[0], set()).add(key)
        communities: dict[str, int] = {}
        for names in chunks(sorted(wanted), BATCH):
            query = select(Community.name, Community.id).where(Community.name.in_(names))
            communities.update((name, id_) for name, id_ in session.execute(query))
        buildings: dict[tuple[str, str], int] = {}
        units: dict[tuple[str, str, str], int] = {}
        rooms: dict[RoomKey, KnownRoom] = {}
        for name, community_id in communities.items():
            shape = (
                select(Building.code, Building.id, Unit.code, Unit.id)
                .join(Unit, Unit.building_id == Building.id, isouter=True)
                .where(Building.community_id == community_id)
            )
            for building, building_id, unit, unit_id in session.execute(shape):
                buildings[(name, building)] = building_id
                if unit_id is not None:
                    units[(name, building, unit)] = unit_id
            rooms_query = (
                select(Building.code, Unit.code, Room.number, *_ROOM_COLUMNS)
                .join(Unit, Room.unit_id == Unit.id)
                .join(Building, Unit.building_id == Building.id)
                .where(Building.community_id == community_id)
            )
            asked = wanted[name]
            for building, unit, number, *room in session.execute(rooms_query):
                key = (name, building, unit, number)
                if key in asked:
                    # The columns are _ROOM_COLUMNS, in KnownRoom's order; SQLAlchemy's
                    # hints lose the types of a starred rest.
                    rooms[key] = KnownRoom(*room)  # type: ignore[arg-type]
        residents = residents_of(session, [room.id for room in rooms.values()])
        return cls(communities, buildings, units, rooms, residents)

    def room(self, key: RoomKey) -> KnownRoom | None:
        return self.rooms.get(key)

    def residents_in(self, room_id: int) -> tuple[KnownResident, ...]:
        return self.residents.get(room_id, ())

    def states(self, room_ids: Iterable[int]) -> dict[int, RoomState]:
        """The rooms with these ids and their residents, as ``load_states`` reads them."""
        by_id = {room.id: room for room in self.rooms.values()}
        return {rid: (by_id[rid], self.residents_in(rid)) for rid in room_ids}


def residents_of(session: Session, room_ids: Sequence[int]) -> dict[int, tuple[KnownResident, ...]]:
    found: dict[int, list[KnownResident]] = {}
    for chunk in chunks(sorted(set(room_ids)), BATCH):
        query = (
            select(*_RESIDENT_COLUMNS)
            .where(Resident.room_id.in_(chunk), Resident.voided.is_(False))
            .order_by(Resident.id)
        )
        for row in session.execute(query):
            # _RESIDENT_COLUMNS in KnownResident's order; SQLAlchemy types a select of
            # more than ten columns as one of a single column.
            found.setdefault(row.room_id, []).append(KnownResident(*row))  # type: ignore[call-arg]
    return {room_id: tuple(people) for room_id, people in found.items()}


def load_states(session: Session, room_ids: Iterable[int]) -> dict[int, RoomState]:
    """The rooms with these ids and their residents as the database has them now."""
    ids = sorted(set(room_ids))
    rooms: dict[int, KnownRoom] = {}
    for chunk in chunks(ids, BATCH):
        for row in session.execute(select(*_ROOM_COLUMNS).where(Room.id.in_(chunk))):
            rooms[row.id] = KnownRoom(*row)
    residents = residents_of(session, ids)
    return {rid: (rooms[rid], residents.get(rid, ())) for rid in ids if rid in rooms}


# -- what to write --------------------------------------------------------------------------


@dataclass(slots=True)
class NewRoom:
    community: str
    building: str
    unit: str
    number: str
    floor: int | None
    area: Decimal | None
    occupancy: str
    label: str
    sort_key: str
    notes: str = ""
    id: int | None = None  # once inserted

    @classmethod
    def of(
        cls,
        community: str,
        building: str,
        unit: str,
        number: str,
        *,
        floor: int | None = None,
        area: Decimal | None = None,
        occupancy: Occupancy = Occupancy.VACANT,
    ) -> NewRoom:
        """A room from cleaned codes; the floor from the number (1501 → 15) if not given."""
        return cls(
            community,
            building,
            unit,
            number,
            floor if floor is not None else floor_of(number),
            area,
            Occupancy(occupancy).value,
            room_label(building, unit, number),
            sort_key(building, unit, number),
        )

    @property
    def key(self) -> RoomKey:
        return (self.community, self.building, self.unit, self.number)


@dataclass(slots=True)
class NewResident:
    """A resident to insert, with the search keys worked out already (pinyin costs
    ~20 µs a name: too much to spend holding the write lock)."""

    room: NewRoom | int  # a room being inserted, or the id of a registered one
    name: str
    relation: str
    phones: str  # stored form, comma-separated
    id_number: str
    move_in: date | None
    move_out: date | None
    notes: str
    emergency_name: str
    emergency_phone: str
    keys: tuple[tuple[str, str], ...]
    id: int | None = None  # once inserted

    @classmethod
    def of(
        cls,
        room: NewRoom | int,
        name: str,
        relation: str,
        phones: Sequence[str],
        *,
        id_number: str = "",
        move_in: date | None = None,
        move_out: date | None = None,
        notes: str = "",
        emergency_name: str = "",
        emergency_phone: str = "",
    ) -> NewResident:
        return cls(
            room,
            name,
            relation,
            ",".join(phones),
            id_number,
            move_in,
            move_out,
            notes,
            emergency_name,
            emergency_phone,
            search_keys(name, phones),
        )

    @property
    def room_id(self) -> int | None:
        return self.room if isinstance(self.room, int) else self.room.id


def search_keys(name: str, phones: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """``resident_keys`` of the name and phones, the name's part remembered: a register
    repeats names (王伟, 张丽) and their pinyin is the costly part."""
    return tuple(dict.fromkeys(_name_keys(name) + _pairs(resident_keys("", list(phones)))))


@lru_cache(maxsize=1 << 16)
def _name_keys(name: str) -> tuple[tuple[str, str], ...]:
    return _pairs(resident_keys(name, []))


def _pairs(keys: list[tuple[KeyKind, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((kind.value, key) for kind, key in keys)


@contextmanager
def pause_cyclic_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while a batch allocates its rows.

    Reading 100,000 rows makes ~2 million objects, none of them in reference cycles;
    each full collection walks every one of them, and they trigger one another:
    that doubled the time of an import. Reference counting frees what it can as
    usual; the collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True, slots=True)
class ResidentUpdate:
    """New values for a registered resident's details (never their name or room)."""

    id: int
    phones: str
    id_number: str
    move_in: date | None
    notes: str
    emergency_name: str
    emergency_phone: str
    keys: tuple[tuple[str, str], ...]


# -- writing ---------------------------------------------------------------------------------


def insert_communities(session: Session, now: datetime, names: Sequence[str]) -> dict[str, int]:
    ids = _insert(
        session, Community, names, lambda n: {"name": n, "active": True, "created_at": now}
    )
    return dict(zip(names, ids, strict=True))


def insert_rooms(
    session: Session,
    now: datetime,
    rooms: Sequence[NewRoom],
    communities: dict[str, int],
    buildings: dict[tuple[str, str], int],
    units: dict[tuple[str, str, str], int],
) -> None:
    """Insert ``rooms`` and the buildings and units they need that ``buildings`` and
    ``units`` (the ids known) lack; sets each room's id. A room, unit or building
    registered meanwhile raises IntegrityError."""
    buildings, units = dict(buildings), dict(units)
    new_buildings = list(
        dict.fromkeys(
            (r.community, r.building) for r in rooms if (r.community, r.building) not in buildings
        )
    )
    ids = _insert(
        session,
        Building,
        new_buildings,
        lambda b: {"community_id": communities[b[0]], "code": b[1]},
    )
    buildings.update(zip(new_buildings, ids, strict=True))
    new_units = list(
        dict.fromkeys(
            (r.community, r.building, r.unit)
            for r in rooms
            if (r.community, r.building, r.unit) not in units
        )
    )
    ids = _insert(
        session, Unit, new_units, lambda u: {"building_id": buildings[u[:2]], "code": u[2]}
    )
    units.update(zip(new_units, ids, strict=True))

    def values(r: NewRoom) -> dict[str, Any]:
        return {
            "unit_id": units[(r.community, r.building, r.unit)],
            "number": r.number,
            "floor": r.floor,
            "area": r.area,
            "occupancy": r.occupancy,
            "label": r.label,
            "sort_key": r.sort_key,
            "notes": r.notes,
        }

    stamps = {"created_at": now, "updated_at": now}
    for room, room_id in zip(rooms, _insert(session, Room, rooms, values, stamps), strict=True):
        room.id = room_id


def insert_residents(session: Session, now: datetime, residents: Sequence[NewResident]) -> None:
    """Insert ``residents`` (their new rooms inserted first) and their search keys; sets
    each resident's id."""

    def values(r: NewResident) -> dict[str, Any]:
        return {
            "room_id": r.room_id,
            "name": r.name,
            "relation": r.relation,
            "phones": r.phones,
            "id_number": r.id_number,
            "move_in": r.move_in,
            "move_out": r.move_out,
            "notes": r.notes,
            "emergency_name": r.emergency_name,
            "emergency_phone": r.emergency_phone,
        }

    same = {"created_at": now, "updated_at": now, "voided": False, "void_reason": ""}
    for resident, resident_id in zip(
        residents, _insert(session, Resident, residents, values, same), strict=True
    ):
        resident.id = resident_id
    for chunk in chunks(residents, WRITE_BATCH):
        _insert_keys(session, ((r.id, r.keys) for r in chunk))


def update_room_areas(
    session: Session, now: datetime, areas: Iterable[tuple[int, Decimal]]
) -> None:
    table = _table(Room)
    statement = (
        update(table)
        .where(table.c.id == bindparam("room_id"))
        .values(area=bindparam("new_area"), updated_at=bindparam("now"))
    )
    rows = [{"room_id": rid, "new_area": area, "now": now} for rid, area in areas]
    if rows:
        session.execute(statement, rows)


def update_residents(session: Session, now: datetime, updates: Sequence[ResidentUpdate]) -> None:
    """Write the new details and rebuild the search keys of ``updates``."""
    table, keys = _table(Resident), _table(ResidentKey)
    statement = (
        update(table)
        .where(table.c.id == bindparam("resident_id"))
        .values(
            {
                name: bindparam(f"new_{name}")
                for name in (
                    "phones",
                    "id_number",
                    "move_in",
                    "notes",
                    "emergency_name",
                    "emergency_phone",
                    "updated_at",
                )
            }
        )
    )
    for chunk in chunks(updates, BATCH):
        session.execute(
            statement,
            [
                {
                    "resident_id": u.id,
                    "new_phones": u.phones,
                    "new_id_number": u.id_number,
                    "new_move_in": u.move_in,
                    "new_notes": u.notes,
                    "new_emergency_name": u.emergency_name,
                    "new_emergency_phone": u.emergency_phone,
                    "new_updated_at": now,
                }
                for u in chunk
            ],
        )
        # Search keys are a derived index, replaced whole as set_keys does.
        session.execute(delete(keys).where(keys.c.resident_id.in_([u.id for u in chunk])))
        _insert_keys(session, ((u.id, u.keys) for u in chunk))


def _insert(
    session: Session,
    model: Any,
    items: Sequence[T],
    values: Callable[[T], dict[str, Any]],
    same: dict[str, Any] | None = None,
) -> list[int]:
    """Insert one row per item, ``values`` giving its columns and ``same`` those equal in
    every row; the new ids in order."""
    table = _table(model)
    ids = _new_ids(session, table, len(items))
    statement = insert(table).values(literals(session, table, same or {}))
    if ids is None:
        statement = statement.returning(table.c.id, sort_by_parameter_order=True)
        found: list[int] = []
        for chunk in chunks(items, BATCH):
            found.extend(session.execute(statement, [values(item) for item in chunk]).scalars())
        return found
    for start in range(0, len(items), WRITE_BATCH):
        rows = [
            {"id": row_id, **values(item)}
            for row_id, item in zip(
                ids[start : start + WRITE_BATCH], items[start : start + WRITE_BATCH], strict=True
            )
        ]
        session.execute(statement, rows)
    return ids


def _new_ids(session: Session, table: Table, count: int) -> list[int] | None:
    """Ids for ``count`` rows about to be inserted into ``table``; None where only the
    INSERT itself can tell them (RETURNING).

    Rows whose ids are known go in with one multi-row statement; asking for ids back
    in order makes SQLAlchemy insert SQLite rows one statement at a time, ten times
    slower, all of it holding the write lock.
    """
    if not count:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        # The writing transaction holds the database's write lock (BEGIN IMMEDIATE):
        # nobody else inserts before it ends, and max + 1 is what SQLite gives itself.
        top = session.execute(select(func.max(table.c.id))).scalar() or 0
        return list(range(top + 1, top + 1 + count))
    if dialect == "postgresql":
        # Taken from the table's own sequence, so the ids are ours alone.
        sequence = func.pg_get_serial_sequence(table.name, "id")
        series = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
        return sorted(session.execute(series).scalars())
    return None


def _insert_keys(session: Session, keys: Iterable[tuple[int | None, Sequence[tuple[str, str]]]]):
    rows = [
        {"resident_id": resident_id, "kind": kind, "key": key}
        for resident_id, pairs in keys
        for kind, key in pairs
    ]
    if rows:
        session.execute(insert(_table(ResidentKey)), rows)


def _table(model: Any) -> Table:
    return model.__table__
