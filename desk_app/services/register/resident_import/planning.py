"""Comparing the rows read with the register as it is, and working out what an import
writes — outside any writing transaction, from the register read in bulk
(``services.register.bulk``), so the other desks wait only for the writing itself.

A row names a room and maybe a person. A person already registered there (current,
or moved out — an old sheet must not move anyone back in) only gets what the
register lacks; a different ID number, relation or area is a problem for a person
to settle by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import mask_id_number
from desk_app.domain.register import MAX_PHONES, Occupancy, Relation
from desk_app.domain.room_address import room_label
from desk_app.services.kit import audit
from desk_app.services.register.bulk import (
    KnownResident,
    NewResident,
    NewRoom,
    RegisterView,
    ResidentUpdate,
    RoomKey,
    RoomState,
    search_keys,
)
from desk_app.services.register.resident_import.views import (
    ImportPreview,
    ImportRow,
    ParsedRow,
    RowAction,
    RowProblem,
)
from desk_app.services.register.views import resident_change, resident_snapshot, room_snapshot


@dataclass
class ImportPlan:
    """What importing a preview writes, worked out from the register as read when the
    plan was made — outside any writing transaction."""

    preview: ImportPreview
    problems: tuple[RowProblem, ...]
    view: RegisterView
    communities: tuple[str, ...]  # to register
    rooms: list[NewRoom]
    residents: list[NewResident]
    areas: list[tuple[int, Decimal, dict, dict]]  # (room id, area, audit old, audit new)
    updates: list[tuple[ResidentUpdate, dict, dict]]  # with the audit (old, new)
    unchanged: int
    # The registered rooms it writes to, as it saw them: written only if still so.
    checked: dict[int, RoomState]


def classify(
    view: RegisterView, parsed: Sequence[ParsedRow], today: date
) -> tuple[list[tuple[ParsedRow, ImportRow]], list[RowProblem]]:
    """Each valid row with what importing it does, and the rows the register refuses."""
    pairs, problems = [], []
    for item in parsed:
        room = view.room(item.room_key)
        label = room_label(item.building, item.unit, item.number)
        if (
            room is not None
            and item.area is not None
            and room.area is not None
            and room.area != item.area
        ):
            problems.append(_conflict_area(item, room.area))
            continue
        if not item.name:
            action = RowAction.UNCHANGED if room is not None else RowAction.ROOM
            row = ImportRow(
                item.row, item.sheet, item.community, label, "", None, (), "", action, room is None
            )
            pairs.append((item, row))
            continue
        match = _match(view.residents_in(room.id) if room is not None else (), item.name, today)
        if match is None:
            row = ImportRow(
                item.row,
                item.sheet,
                item.community,
                label,
                item.name,
                item.relation,
                item.phones,
                mask_id_number(item.id_number),
                RowAction.NEW,
                room is None,
            )
            pairs.append((item, row))
            continue
        conflict = _conflict(item, match)
        if conflict is not None:
            problems.append(conflict)
            continue
        changes = () if not match.is_current(today) else _changes(item, match)
        if room is not None and item.area is not None and room.area is None:
            changes += ("area",)
        row = ImportRow(
            item.row,
            item.sheet,
            item.community,
            label,
            item.name,
            Relation(match.relation),
            item.phones,
            mask_id_number(item.id_number or match.id_number),
            RowAction.UPDATE if changes else RowAction.UNCHANGED,
            False,
            changes,
        )
        pairs.append((item, row))
    return pairs, problems


def plan_import(
    preview: ImportPreview,
    problems: tuple[RowProblem, ...],
    view: RegisterView,
    pairs: list[tuple[ParsedRow, ImportRow]],
    today: date,
) -> ImportPlan:
    new_rooms: dict[RoomKey, NewRoom] = {}
    residents: list[NewResident] = []
    updates: list[tuple[ResidentUpdate, dict, dict]] = []
    areas: dict[int, tuple[int, Decimal, dict, dict]] = {}
    checked: set[int] = set()
    unchanged = 0
    for item, row in pairs:
        known = view.room(item.room_key)
        target: NewRoom | int
        if known is None:
            target = new_rooms.get(item.room_key) or new_rooms.setdefault(
                item.room_key,
                NewRoom.of(
                    item.community,
                    item.building,
                    item.unit,
                    item.number,
                    area=item.area,
                    # The first row naming a new room says how it is lived in.
                    occupancy=_occupancy(item) if item.name else Occupancy.VACANT,
                ),
            )
        else:
            target = known.id
            # "area" is a change only when the row gives one (see above): never None here.
            if "area" in row.changes and item.area is not None and known.id not in areas:
                before = room_snapshot(known)
                old, new = audit.changed_fields(before, {**before, "area": item.area})
                areas[known.id] = (known.id, item.area, old, new)
                checked.add(known.id)
        if row.action is RowAction.NEW:
            residents.append(
                NewResident.of(
                    target,
                    item.name,
                    item.relation.value,
                    item.phones,
                    id_number=item.id_number,
                    move_in=item.move_in,
                    notes=item.notes,
                    emergency_name=item.emergency_name,
                    emergency_phone=item.emergency_phone,
                )
            )
            if known is not None:
                checked.add(known.id)
        elif row.action is RowAction.UPDATE and set(row.changes) - {"area"}:
            assert known is not None
            match = _match(view.residents_in(known.id), item.name, today)
            assert match is not None
            after = _filled(match, item)
            old, new = resident_change(resident_snapshot(match), match.id_number, after)
            update = ResidentUpdate(
                after.id,
                after.phones,
                after.id_number,
                after.move_in,
                after.notes,
                after.emergency_name,
                after.emergency_phone,
                search_keys(after.name, after.phone_list),
            )
            updates.append((update, old, new))
            checked.add(known.id)
        elif row.action is RowAction.UNCHANGED:
            unchanged += 1
    rooms = list(new_rooms.values())
    communities = tuple(
        dict.fromkeys(r.community for r in rooms if r.community not in view.communities)
    )
    return ImportPlan(
        preview=preview,
        problems=problems,
        view=view,
        communities=communities,
        rooms=rooms,
        residents=residents,
        areas=list(areas.values()),
        updates=updates,
        unchanged=unchanged,
        checked=view.states(checked),
    )


def _match(residents: Sequence[KnownResident], name: str, today: date) -> KnownResident | None:
    same = [r for r in residents if r.name == name and not r.voided]
    current = [r for r in same if r.is_current(today)]
    if current:
        return current[0]
    return max(same, key=lambda r: r.move_out or date.min) if same else None


def _conflict(item: ParsedRow, match: KnownResident) -> RowProblem | None:
    if item.id_number and match.id_number and item.id_number != match.id_number:
        return RowProblem(
            item.row,
            item.sheet,
            "",
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is registered with ID number {stored}, the file has {given}: check "
                "and correct the record by hand.",
            ),
            {
                "name": item.name,
                "stored": mask_id_number(match.id_number),
                "given": mask_id_number(item.id_number),
            },
        )
    if item.relation_given and item.relation.value != match.relation:
        return RowProblem(
            item.row,
            item.sheet,
            "",
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is registered as {stored}, the file says {given}: correct the record "
                "by hand if they changed.",
            ),
            {"name": item.name, "stored": match.relation, "given": item.relation.value},
        )
    return None


def _conflict_area(item: ParsedRow, stored: Decimal) -> RowProblem:
    return RowProblem(
        item.row,
        item.sheet,
        "",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The register gives room {room} an area of {stored} m², the file {given} m²: "
            "correct the room by hand.",
        ),
        {
            "room": room_label(item.building, item.unit, item.number),
            "stored": str(stored),
            "given": str(item.area),
        },
    )


def _changes(item: ParsedRow, match: KnownResident) -> tuple[str, ...]:
    changes = []
    if item.id_number and not match.id_number:
        changes.append("id_number")
    if any(p not in match.phone_list for p in item.phones):
        changes.append("phones")
    if item.move_in and not match.move_in:
        changes.append("move_in")
    if item.notes and not match.notes:
        changes.append("notes")
    if item.emergency_name and not match.emergency_name:
        changes.append("emergency_name")
    if item.emergency_phone and not match.emergency_phone:
        changes.append("emergency_phone")
    return tuple(changes)


def _filled(resident: KnownResident, item: ParsedRow) -> KnownResident:
    """The resident with what the row adds: only what the register lacks."""
    phones = resident.phone_list
    phones += [p for p in item.phones if p not in phones]
    return replace(
        resident,
        id_number=resident.id_number or item.id_number,
        phones=",".join(phones[:MAX_PHONES]),
        move_in=resident.move_in or item.move_in,
        notes=resident.notes or item.notes,
        emergency_name=resident.emergency_name or item.emergency_name,
        emergency_phone=resident.emergency_phone or item.emergency_phone,
    )


def _occupancy(item: ParsedRow) -> Occupancy:
    return Occupancy.RENTED if item.relation is Relation.TENANT else Occupancy.SELF_OCCUPIED


def in_order(problems: list[RowProblem], headers: Sequence[tuple]) -> list[RowProblem]:
    """Sheet by sheet as the workbook has them, row by row."""
    sheets = {header[0]: n for n, header in enumerate(headers)}
    return sorted(problems, key=lambda p: (sheets.get(p.sheet, 0), p.row))
