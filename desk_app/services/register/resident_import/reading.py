"""Reading a register spreadsheet: finding the header among the first rows, each
row's cells read as the clerks write them, checked one by one (every problem of a
row is reported with its column), and the same person twice in one file reported.

Nothing here touches the database: the rows are compared with the register later
(``planning``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import normalize_id_number, normalize_phone, split_phones
from desk_app.domain.register import MAX_PHONES, Relation
from desk_app.domain.room_address import parse_address, parse_building, parse_unit, room_label
from desk_app.services.kit.tabular import Sheet, read_table
from desk_app.services.register.cleaning import (
    clean_area,
    clean_community_name,
    clean_emergency_name,
    clean_name,
    clean_notes,
)
from desk_app.services.register.resident_import.views import ParsedRow, RowProblem

HEADER_SEARCH_ROWS = 20
# Longer than any field of the register holds: such a cell is refused with its row.
MAX_CELL = 1000

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


def read_rows(
    path: Path, default_community: str | None, today: date
) -> tuple[list[tuple], list[ParsedRow], list[RowProblem]]:
    """(headers, rows read, problems) of every sheet of ``path`` that has a header: a
    header is (sheet, header row, {header as written: field}). The file is read as it
    streams: only the header search holds rows back."""
    headers, parsed, problems = [], [], []
    for sheet in read_table(path):
        head = list(islice(sheet.rows, HEADER_SEARCH_ROWS))
        found = _find_header(head)
        if found is None:
            continue
        header_index, columns = found
        heads = {c: _text(head[header_index][c]) for c in columns}
        headers.append((sheet.name, header_index + 1, {heads[c]: f for c, f in columns.items()}))
        rows: Iterator = chain(head[header_index + 1 :], sheet.rows)
        for offset, row in enumerate(rows, start=header_index + 2):
            result = parse_row(sheet, offset, row, columns, heads, default_community, today)
            if isinstance(result, ParsedRow):
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
    parsed, duplicates = drop_duplicates(parsed)
    return headers, parsed, problems + duplicates


def parse_row(
    sheet: Sheet,
    number: int,
    row: Sequence[Any],
    columns: dict[int, str],
    heads: dict[int, str],
    default_community: str | None,
    today: date,
) -> ParsedRow | list[RowProblem]:
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

    address = _address(room_text, building_text, unit_cell, room_head or "", fail)
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
    return ParsedRow(
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


def drop_duplicates(parsed: list[ParsedRow]) -> tuple[list[ParsedRow], list[RowProblem]]:
    first: dict[tuple, ParsedRow] = {}
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
