"""What the import takes and gives: each row's action or problems, the preview, the
result; and the rows as read from the file, ready to compare with the register."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desk_app.domain.errors import Conflict, DeskError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.register import Relation


class RowAction(enum.StrEnum):
    NEW = "new"  # a new resident (in a new room when ``new_room``)
    UPDATE = "update"  # adds to an existing resident
    UNCHANGED = "unchanged"
    ROOM = "room"  # a new room without residents


ACTION_LABELS: dict[RowAction, str] = {
    RowAction.NEW: QT_TRANSLATE_NOOP("Register", "New resident"),
    RowAction.UPDATE: QT_TRANSLATE_NOOP("Register", "Adds to a resident"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("Register", "Already registered"),
    RowAction.ROOM: QT_TRANSLATE_NOOP("Register", "New room"),
}


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why one row was not imported; ``row`` as the spreadsheet numbers it."""

    row: int
    sheet: str
    column: str  # the header as written in the file; "" for the row as a whole
    template: str  # English source text, context "Errors"
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @classmethod
    def of(cls, row: int, sheet: str, column: str, error: DeskError) -> RowProblem:
        return cls(row, sheet, column, error.template, dict(error.params))


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One valid row and what importing it does."""

    row: int
    sheet: str
    community: str
    room_label: str
    name: str  # "" for a room without residents
    relation: Relation | None
    phones: tuple[str, ...]
    id_number_masked: str
    action: RowAction
    new_room: bool
    changes: tuple[str, ...] = ()  # for UPDATE: the fields it fills


@dataclass(frozen=True, slots=True)
class ParsedRow:
    row: int
    sheet: str
    community: str
    building: str
    unit: str
    number: str
    name: str
    relation: Relation
    relation_given: bool
    phones: tuple[str, ...]
    id_number: str
    area: Decimal | None
    move_in: date | None
    notes: str
    emergency_name: str
    emergency_phone: str

    @property
    def room_key(self) -> tuple[str, str, str, str]:
        return (self.community, self.building, self.unit, self.number)


@dataclass(frozen=True)
class ImportPreview:
    source: str  # the file's name
    header: tuple[tuple[str, int, dict[str, str]], ...]  # (sheet, header row, {header: field})
    rows: tuple[ImportRow, ...]
    problems: tuple[RowProblem, ...]
    parsed: tuple[ParsedRow, ...] = field(repr=False, default=())
    parse_problems: tuple[RowProblem, ...] = field(repr=False, default=())

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def new_rooms(self) -> int:
        """Rooms the import would register: several rows may name one new room."""
        return len({(row.community, row.room_label) for row in self.rows if row.new_room})

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


@dataclass(frozen=True)
class ImportResult:
    residents_created: int
    residents_updated: int
    unchanged: int  # rows that matched the register as it is
    rooms_created: int
    rooms_updated: int  # an area filled in
    problems: tuple[RowProblem, ...]

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


class RegisterChanged(Conflict):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The register changed while you were importing; run the import again."
    )
