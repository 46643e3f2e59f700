"""Importing the resident register from the spreadsheets service centers already keep.

``preview`` reads the file and says, row by row, what would happen and what is
wrong; ``commit`` then writes every valid row in one transaction. Both compare
with the register as it is at that moment, so importing the same file again
changes nothing.

A register of 100,000 rows must not lock the other desks out: the file is streamed,
every row is parsed, checked and compared outside any writing transaction (reading
the register in bulk, see services.register_bulk), and the writing transaction
only checks that the rooms it writes to did not change meanwhile and inserts in
bulk. All or nothing: if another desk changed them, nothing is written and the
comparison is made again.

Tolerated, because that is how the sheets really look: a title row above the
header; the header words clerks use (楼栋/楼号/栋, 单元, 房号/室号, 姓名/业主姓名,
电话/手机/联系电话, 身份/关系, 身份证号/身份证号码 …); rooms written 3-2-1501,
3栋2单元1501, 5号楼, 12#; full-width digits; phones with spaces, dashes or +86 and
two phones in one cell; CSV in UTF-8 or GBK.

Rules:

- a row is identified by its room and the resident's name. A row naming a person
  already registered there (current, or moved out — an old sheet must not move
  anyone back in) only *adds* what the register lacks: a missing ID number,
  move-in date, notes or emergency contact, and phones not yet known. It never
  overwrites: a different ID number or relation is reported for a person to
  settle by hand.
- a row with a room and no person registers the room (a vacant flat);
- the same room and name twice in one file is reported, and imported once;
- an empty relation means owner (most registers list the owners).

Permission: ``Permission.IMPORT_REGISTER`` for both steps (supervisor, manager, and
the administrator, who sets up a new site by importing its roster; see
domain.roles). An import writes many people's personal data at once, so it is
audited: one event per community, room and resident written plus a summary. What the preview
reports of people already registered shows their ID numbers masked. Editing a
single resident is desk work (``Permission.LOG_WORK``, see services.residents).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, DeskError, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import (
    mask_id_number,
    normalize_id_number,
    normalize_phone,
    split_phones,
)
from desk_app.domain.register import MAX_PHONES, Community, Occupancy, Relation
from desk_app.domain.roles import Permission
from desk_app.domain.room_address import parse_address, parse_building, parse_unit, room_label
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.kit.tabular import Sheet, read_table
from desk_app.services.register.bulk import (
    KnownResident,
    NewResident,
    NewRoom,
    RegisterView,
    ResidentUpdate,
    RoomKey,
    RoomState,
    insert_communities,
    insert_residents,
    insert_rooms,
    load_states,
    pause_cyclic_gc,
    search_keys,
    update_residents,
    update_room_areas,
)
from desk_app.services.register.residents import (
    clean_area,
    clean_community_name,
    clean_emergency_name,
    clean_name,
    clean_notes,
    resident_change,
    resident_snapshot,
    room_snapshot,
)

HEADER_SEARCH_ROWS = 20
# Longer than any field of the register holds: such a cell is refused with its row.
MAX_CELL = 1000
# Tries to write before giving up when other desks keep changing the rooms it writes to.
WRITE_ATTEMPTS = 3

# Header words as found in real registers, by the field they fill. Matched whole,
# after dropping spaces, asterisks, a colon and a bracketed note ("(必填)").
HEADERS: dict[str, tuple[str, ...]] = {
    "community": ("小区", "小区名称", "项目", "项目名称", "楼盘", "楼盘名称"),
    "building": ("楼栋", "楼号", "栋", "栋号", "楼栋号", "幢", "幢号", "楼", "楼宇", "座", "楼座"),
    "unit": ("单元", "单元号"),
    "room": (
        "房号",
        "室号",
        "房间号",
        "房间",
        "门牌号",
        "户号",
        "房屋编号",
        "房号/室号",
        "房号室号",
    ),
    "address": ("房屋地址", "地址", "房屋位置", "楼栋单元房号", "房屋信息", "住址", "房产"),
    "name": (
        "姓名",
        "业主姓名",
        "业主",
        "住户姓名",
        "住户",
        "名字",
        "客户姓名",
        "客户名称",
        "户主",
        "户主姓名",
        "联系人",
    ),
    "phone": (
        "电话",
        "手机",
        "联系电话",
        "手机号",
        "手机号码",
        "电话号码",
        "联系方式",
        "移动电话",
        "联系手机",
        "固定电话",
        "座机",
        "业主电话",
    ),
    "relation": (
        "身份",
        "关系",
        "与业主关系",
        "住户类型",
        "类型",
        "人员类型",
        "住户身份",
        "住户性质",
        "身份类别",
    ),
    "id_number": ("身份证号", "身份证号码", "身份证", "证件号码", "证件号", "身份证件号码"),
    "area": ("面积", "建筑面积", "房屋面积", "套内面积"),
    "move_in": ("入住日期", "入住时间", "迁入日期", "入住"),
    "notes": ("备注", "说明"),
    "emergency_name": ("紧急联系人",),
    "emergency_phone": ("紧急联系电话", "紧急联系人电话", "紧急电话"),
}
_HEADER_FIELD = {alias: name for name, aliases in HEADERS.items() for alias in aliases}
_MULTI = {"phone"}  # fields that may have several columns (电话1, 电话2)

RELATION_WORDS: dict[Relation, tuple[str, ...]] = {
    Relation.OWNER: ("业主", "房主", "产权人", "户主", "本人", "owner"),
    Relation.FAMILY: (
        "家属",
        "家人",
        "亲属",
        "同住人",
        "同住",
        "配偶",
        "妻子",
        "丈夫",
        "夫妻",
        "子女",
        "儿子",
        "女儿",
        "父亲",
        "母亲",
        "父母",
        "老人",
        "孙子",
        "孙女",
        "family",
    ),
    Relation.TENANT: ("租户", "租客", "承租人", "房客", "租住", "tenant"),
}
_RELATION = {word: relation for relation, words in RELATION_WORDS.items() for word in words}


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
class _Parsed:
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
    parsed: tuple[_Parsed, ...] = field(repr=False, default=())
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


# -- reading cells -------------------------------------------------------------------------


def _header_word(cell: Any) -> str:
    text = unicodedata.normalize("NFKC", str(cell or ""))
    text = re.sub(r"[(\[【].*?[)\]】]", "", text)
    return re.sub(r"[\s*:：]", "", text)


def _field_of(cell: Any) -> str | None:
    word = _header_word(cell)
    if not word:
        return None
    if word in _HEADER_FIELD:
        return _HEADER_FIELD[word]
    # 电话1, 联系电话2: numbered columns of one field.
    stripped = word.rstrip("0123456789")
    if stripped != word and _HEADER_FIELD.get(stripped) in _MULTI:
        return _HEADER_FIELD[stripped]
    return None


def _find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[int, str]] | None:
    """(0-based row index, {column index: field}) of the header among a sheet's first
    rows, if it has one."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[int, str] = {}
        for col, cell in enumerate(row):
            name = _field_of(cell)
            if name and (name in _MULTI or name not in columns.values()):
                columns[col] = name
        fields = set(columns.values())
        if "name" in fields and fields & {"room", "address"}:
            return index, columns
    return None


def _text(value: Any) -> str:
    """A cell as text: numbers without ".0", full-width folded, outer space gone."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    return unicodedata.normalize("NFKC", str(value)).strip()


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", text
    )
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Date {value}: write it like 2024-05-01."),
        field="move_in",
        value=text,
    )


def _id_cell(value: Any, today: date) -> str:
    # Excel keeps numbers to 15 significant digits: an ID typed into a number cell
    # has lost its last digits for good, and shows as 3.30102E+17 in a CSV.
    text = _text(value)
    if isinstance(value, float) or re.fullmatch(r"\d(\.\d+)?E\+?\d+", text, re.IGNORECASE):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "ID number {value} was stored as a number by Excel and has lost its last "
                "digits: format the column as text and type the number again.",
            ),
            field="id_number",
            value=text,
        )
    return normalize_id_number(text, today=today)


def _relation(text: str) -> Relation:
    word = re.sub(r"\s", "", text).lower()
    if word in _RELATION:
        return _RELATION[word]
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Relation {value} is not known: write 业主, 家属 or 租户."),
        field="relation",
        value=text,
    )


# -- the service ---------------------------------------------------------------------------


class RegisterChanged(Conflict):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The register changed while you were importing; run the import again."
    )


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


class ResidentImportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def preview(
        self, actor: Actor, path: Path | str, *, community: str | None = None
    ) -> ImportPreview:
        """Read ``path`` and report what an import would do, writing nothing.

        ``community`` names the community of rows that do not say; by default the
        only community registered. Raises ValidationError when the file cannot be read
        or has no header with a room and a name column.
        """
        require(actor, Permission.IMPORT_REGISTER)
        with pause_cyclic_gc():
            return self._preview(Path(path), community)

    def _preview(self, path: Path, community: str | None) -> ImportPreview:
        sheets = read_table(path)
        today = self.ctx.today()
        default = self._default_community(community)
        headers, parsed, problems = [], [], []
        for sheet in sheets:
            # The file is read as it streams: only the header search holds rows back.
            head = list(islice(sheet.rows, HEADER_SEARCH_ROWS))
            found = _find_header(head)
            if found is None:
                continue
            header_index, columns = found
            heads = {c: _text(head[header_index][c]) for c in columns}
            headers.append(
                (
                    sheet.name,
                    header_index + 1,
                    {heads[c]: f for c, f in columns.items()},
                )
            )
            rows = chain(head[header_index + 1 :], sheet.rows)
            for offset, row in enumerate(rows, start=header_index + 2):
                result = self._parse_row(sheet, offset, row, columns, heads, default, today)
                if isinstance(result, _Parsed):
                    parsed.append(result)
                else:
                    problems.extend(result)
        if not headers:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: no header row found. The sheet needs a room column (房号) and a "
                    "name column (姓名) in its first {n} rows.",
                ),
                field="path",
                path=path.name,
                n=HEADER_SEARCH_ROWS,
            )
        parsed, duplicates = _drop_duplicates(parsed)
        problems.extend(duplicates)
        with self.ctx.db.read() as session:
            view = RegisterView.load(session, (p.room_key for p in parsed))
        pairs, conflicts = _classify(view, parsed, today)
        return ImportPreview(
            source=path.name,
            header=tuple(headers),
            rows=tuple(row for _item, row in pairs),
            problems=tuple(_in_order(problems + conflicts, headers)),
            parsed=tuple(parsed),
            parse_problems=tuple(problems),
        )

    def commit(self, actor: Actor, preview: ImportPreview) -> ImportResult:
        """Write the valid rows of ``preview`` in one transaction, compared afresh with
        the register (another desk may have changed it since the preview).

        The comparison is made before the transaction (``plan``), which then only checks
        that the rooms it writes to are as they were and writes (``write``): other
        desks wait a moment for the write lock, not for the whole import. When another
        desk changed one of those rooms in between, the plan is made again.
        """
        require(actor, Permission.IMPORT_REGISTER)
        for _attempt in range(WRITE_ATTEMPTS - 1):
            try:
                return self.write(actor, self.plan(actor, preview))
            except RegisterChanged:
                continue
        return self.write(actor, self.plan(actor, preview))

    def plan(self, actor: Actor, preview: ImportPreview) -> ImportPlan:
        """What importing ``preview`` writes, compared with the register as it is now."""
        require(actor, Permission.IMPORT_REGISTER)
        today = self.ctx.today()
        with pause_cyclic_gc():
            with self.ctx.db.read() as session:
                view = RegisterView.load(session, (p.room_key for p in preview.parsed))
            pairs, conflicts = _classify(view, preview.parsed, today)
            problems = tuple(_in_order(list(preview.parse_problems) + conflicts, preview.header))
            return _plan(preview, problems, view, pairs, today)

    def write(self, actor: Actor, plan: ImportPlan) -> ImportResult:
        """Write ``plan`` in one transaction, all of it or nothing.

        Raises RegisterChanged when a room it writes to changed after the plan was made,
        or a room, unit, building or community it registers was registered meanwhile.
        """
        require(actor, Permission.IMPORT_REGISTER)
        try:
            with pause_cyclic_gc(), self.ctx.db.write() as session:
                if load_states(session, plan.checked) != plan.checked:
                    raise RegisterChanged()
                result = self._write(session, actor, plan)
        except IntegrityError as error:
            if not _is_unique_violation(error):
                raise
            raise RegisterChanged() from None
        return result

    def _write(self, session: Session, actor: Actor, plan: ImportPlan) -> ImportResult:
        ctx, now, reason = self.ctx, self.ctx.now(), "import"
        view = plan.view
        created = insert_communities(session, now, plan.communities)
        communities = {**view.communities, **created}
        insert_rooms(session, now, plan.rooms, communities, view.buildings, view.units)
        insert_residents(session, now, plan.residents)
        update_room_areas(session, now, ((room_id, area) for room_id, area, _o, _n in plan.areas))
        update_residents(session, now, [update for update, _old, _new in plan.updates])
        events = (
            ("community", "create", ((i, None, {"name": n}) for n, i in created.items())),
            ("room", "create", ((r.id, None, room_snapshot(r)) for r in plan.rooms)),
            ("room", "update", ((i, old, new) for i, _area, old, new in plan.areas)),
            ("resident", "create", ((r.id, None, resident_snapshot(r)) for r in plan.residents)),
            ("resident", "update", ((u.id, old, new) for u, old, new in plan.updates)),
        )
        for entity_type, action, changes in events:
            audit.record_many(session, ctx, actor, action, entity_type, changes, reason=reason)
        result = ImportResult(
            residents_created=len(plan.residents),
            residents_updated=len(plan.updates),
            unchanged=plan.unchanged,
            rooms_created=len(plan.rooms),
            rooms_updated=len(plan.areas),
            problems=plan.problems,
        )
        audit.record(
            session,
            ctx,
            actor,
            "import",
            "register",
            "residents",
            new={
                "file": plan.preview.source,
                "residents_created": result.residents_created,
                "residents_updated": result.residents_updated,
                "unchanged": result.unchanged,
                "rooms_created": result.rooms_created,
                "rooms_updated": result.rooms_updated,
                "rows_rejected": len({(p.sheet, p.row) for p in result.problems}),
            },
        )
        return result

    # -- parsing --------------------------------------------------------------------------

    def _default_community(self, community: str | None) -> str | None:
        if community is not None:
            return clean_community_name(community, field="community") if community.strip() else None
        with self.ctx.db.read() as session:
            names = list(
                session.scalars(select(Community.name).where(Community.active.is_(True)).limit(2))
            )
        return names[0] if len(names) == 1 else None

    def _parse_row(
        self,
        sheet: Sheet,
        number: int,
        row: Sequence[Any],
        columns: dict[int, str],
        heads: dict[int, str],
        default_community: str | None,
        today: date,
    ) -> _Parsed | list[RowProblem]:
        # (header, cell as read, cell as text) of each column read, by field.
        cells: dict[str, list[tuple[str, Any, str]]] = {}
        for col, name in columns.items():
            value = row[col] if col < len(row) else None
            if isinstance(value, str) and len(value) > MAX_CELL:
                error = ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This cell holds {n} characters; a register cell holds at most {limit}.",
                    ),
                    field="cell",
                    n=len(value),
                    limit=MAX_CELL,
                )
                return [RowProblem.of(number, sheet.name, heads[col], error)]
            cells.setdefault(name, []).append((heads[col], value, _text(value)))

        def first(name: str) -> tuple[str, Any, str]:
            found = cells.get(name)
            return found[0] if found else ("", None, "")

        values = [text for triples in cells.values() for _h, _v, text in triples]
        if not any(values):
            return []  # a blank row: skipped, still counted
        if all(_field_of(v) for v in values if v):
            return []  # the header repeated further down
        problems: list[RowProblem] = []

        def fail(column: str, error: DeskError) -> None:
            problems.append(RowProblem.of(number, sheet.name, column, error))

        room_head, _room_cell, room_text = first("room")
        if not room_text:
            room_head, _room_cell, room_text = first("address")
        building_head, _building_cell, building_text = first("building")
        _unit_head, unit_cell, _unit_text = first("unit")
        name_head, _name_cell, name_text = first("name")
        phone_cells = cells.get("phone", [])
        id_head, id_cell, id_text = first("id_number")
        phone_text = " / ".join(text for _h, _v, text in phone_cells if text)
        if not name_text and not phone_text and not id_text:
            place = room_text + building_text
            if not any(ch.isdigit() for ch in place):
                return []  # a note or footer such as "制表人：王小二"

        address = self._address(room_text, building_text, unit_cell, room_head or "", fail)
        if address is None and not problems:
            fail(
                room_head or building_head,
                ValidationError(QT_TRANSLATE_NOOP("Errors", "No room given."), field="room"),
            )

        community_head, _community_cell, community_text = first("community")
        community = default_community
        if community_text:
            try:
                community = clean_community_name(community_text, field="community")
            except ValidationError as error:
                fail(community_head, error)
        if not community and not problems:
            fail(
                community_head,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "No community: name it (--community, or the 小区 column) since "
                        "several or none are registered.",
                    ),
                    field="community",
                ),
            )
        name = ""
        if name_text or phone_text or id_text:
            try:
                name = clean_name(name_text)
            except ValidationError as error:
                fail(name_head, error)
        phones: list[str] = []
        for head, _value, text in phone_cells:
            try:
                for phone in split_phones(text):
                    if phone not in phones:
                        phones.append(phone)
            except ValidationError as error:
                fail(head, error)
        if len(phones) > MAX_PHONES:
            fail(
                phone_cells[0][0],
                ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "At most {n} phone numbers per resident."),
                    field="phones",
                    n=MAX_PHONES,
                ),
            )
        id_number = ""
        if id_text:
            try:
                id_number = _id_cell(id_cell, today)
            except ValidationError as error:
                fail(id_head, error)
        relation_head, _relation_cell, relation_text = first("relation")
        relation, relation_given = Relation.OWNER, bool(relation_text)
        if relation_given:
            try:
                relation = _relation(relation_text)
            except ValidationError as error:
                fail(relation_head, error)
        area_head, _area_cell, area_text = first("area")
        area = None
        try:
            area = clean_area(area_text or None)
        except ValidationError as error:
            fail(area_head, error)
        move_in_head, move_in_cell, move_in_text = first("move_in")
        move_in = None
        if move_in_text:
            try:
                move_in = _parse_date(move_in_cell)
            except ValidationError as error:
                fail(move_in_head, error)
        emergency_head, _emergency_cell, emergency_text = first("emergency_phone")
        emergency_phone = ""
        if emergency_text:
            try:
                emergency_phone = normalize_phone(emergency_text, field="emergency_phone")
            except ValidationError as error:
                fail(emergency_head, error)
        notes_head, _notes_cell, notes_text = first("notes")
        notes = ""
        try:
            notes = clean_notes(notes_text)
        except ValidationError as error:
            fail(notes_head, error)
        emergency_name_head, _cell, emergency_name_text = first("emergency_name")
        emergency_name = ""
        try:
            emergency_name = clean_emergency_name(emergency_name_text)
        except ValidationError as error:
            fail(emergency_name_head, error)
        if problems:
            return problems
        assert address is not None and community
        building, unit, room_number = address
        return _Parsed(
            row=number,
            sheet=sheet.name,
            community=community,
            building=building,
            unit=unit,
            number=room_number,
            name=name,
            relation=relation,
            relation_given=relation_given,
            phones=tuple(phones),
            id_number=id_number,
            area=area,
            move_in=move_in,
            notes=notes,
            emergency_name=emergency_name,
            emergency_phone=emergency_phone,
        )

    @staticmethod
    def _address(
        room_text: str, building_text: str, unit_cell: Any, column: str, fail
    ) -> tuple[str, str, str] | None:
        """(building, unit, number) from the room cell and the building and unit columns."""
        if not room_text:
            return None
        address = parse_address(room_text)
        if address is None or address.number is None:
            fail(
                column,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.",
                    ),
                    field="room",
                    value=room_text,
                ),
            )
            return None
        building_col = parse_building(building_text) if building_text else None
        if building_text and building_col is None:
            fail(
                column,
                ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Building {value}: write it like 3, 3栋 or 12#."),
                    field="building",
                    value=building_text,
                ),
            )
            return None
        unit_text = _text(unit_cell)
        unit_col = parse_unit(unit_text) if unit_text else None
        if unit_text and unit_col is None:
            fail(
                column,
                ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Unit {value}: write it like 2 or 2单元."),
                    field="unit",
                    value=unit_text,
                ),
            )
            return None
        building, unit = address.building, address.unit
        if (
            building_col is not None
            and address.second_may_be_unit
            and unit is None
            and building != building_col
        ):
            # Building column 3 and room "2-1501": the room cell holds unit and number.
            building, unit = None, building
        if building is not None and building_col is not None and building != building_col:
            fail(
                column,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Room {value} is in building {room_building}, the building column "
                        "says {building}.",
                    ),
                    field="room",
                    value=room_text,
                    room_building=building,
                    building=building_col,
                ),
            )
            return None
        if unit is not None and unit_col is not None and unit != unit_col:
            fail(
                column,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Room {value} is in unit {room_unit}, the unit column says {unit}.",
                    ),
                    field="room",
                    value=room_text,
                    room_unit=unit,
                    unit=unit_col,
                ),
            )
            return None
        building = building if building is not None else building_col
        unit = unit if unit is not None else (unit_col or "")
        if building is None:
            fail(
                column,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Room {value} has no building: add a building column (楼栋) or write "
                        "it like 3-2-1501.",
                    ),
                    field="room",
                    value=room_text,
                ),
            )
            return None
        if max(len(building), len(unit), len(address.number)) > 10:
            fail(
                column,
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Room {value} cannot be read: write it like 3-2-1501 or 3栋2单元1501.",
                    ),
                    field="room",
                    value=room_text,
                ),
            )
            return None
        return building, unit, address.number


# -- comparing with the register -----------------------------------------------------------


def _classify(
    view: RegisterView, parsed: Sequence[_Parsed], today: date
) -> tuple[list[tuple[_Parsed, ImportRow]], list[RowProblem]]:
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


def _plan(
    preview: ImportPreview,
    problems: tuple[RowProblem, ...],
    view: RegisterView,
    pairs: list[tuple[_Parsed, ImportRow]],
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
            if "area" in row.changes and known.id not in areas:
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


# -- helpers -------------------------------------------------------------------------------


def _is_unique_violation(error: IntegrityError) -> bool:
    """A duplicate key: what another desk registering the same room meanwhile causes."""
    driver = error.orig
    return (
        getattr(driver, "sqlite_errorname", "") == "SQLITE_CONSTRAINT_UNIQUE"
        or getattr(driver, "sqlstate", None) == "23505"
    )


def _match(residents: Sequence[KnownResident], name: str, today: date) -> KnownResident | None:
    same = [r for r in residents if r.name == name and not r.voided]
    current = [r for r in same if r.is_current(today)]
    if current:
        return current[0]
    return max(same, key=lambda r: r.move_out or date.min) if same else None


def _conflict(item: _Parsed, match: KnownResident) -> RowProblem | None:
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


def _conflict_area(item: _Parsed, stored: Decimal) -> RowProblem:
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


def _changes(item: _Parsed, match: KnownResident) -> tuple[str, ...]:
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


def _filled(resident: KnownResident, item: _Parsed) -> KnownResident:
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


def _occupancy(item: _Parsed) -> Occupancy:
    return Occupancy.RENTED if item.relation is Relation.TENANT else Occupancy.SELF_OCCUPIED


def _drop_duplicates(parsed: list[_Parsed]) -> tuple[list[_Parsed], list[RowProblem]]:
    first: dict[tuple, _Parsed] = {}
    kept, problems = [], []
    for item in parsed:
        key = (*item.room_key, item.name)
        if key not in first:
            first[key] = item
            kept.append(item)
        elif item.name:
            original = first[key]
            where = (
                f"{original.sheet}!{original.row}"
                if original.sheet != item.sheet
                else str(original.row)
            )
            problems.append(
                RowProblem(
                    item.row,
                    item.sheet,
                    "",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} in {room} is already on row {first}: imported once only.",
                    ),
                    {
                        "name": item.name,
                        "room": room_label(item.building, item.unit, item.number),
                        "first": where,
                    },
                )
            )
    return kept, problems


def _in_order(problems: list[RowProblem], headers: Sequence[tuple]) -> list[RowProblem]:
    """Sheet by sheet as the workbook has them, row by row."""
    sheets = {header[0]: n for n, header in enumerate(headers)}
    return sorted(problems, key=lambda p: (sheets.get(p.sheet, 0), p.row))
