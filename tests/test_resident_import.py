"""Importing the register from the clerks' own spreadsheets: tolerant reading, every bad
row reported by its spreadsheet row number, one transaction, idempotent, and the CLI."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.db import engine
from desk_app.demo.register import demo_rooms
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.models import AuditEvent
from desk_app.domain.personal import id_check_character
from desk_app.domain.register import (
    Building,
    Community,
    Relation,
    Resident,
    ResidentKey,
    Room,
    Unit,
)
from desk_app.domain.roles import Role
from desk_app.services.app import open_services
from desk_app.services.kit.audit import history
from desk_app.services.kit.audit_chain import verify_chain
from desk_app.services.register import ResidentDraft, RoomDraft
from desk_app.services.register.resident_import import RegisterChanged, RowAction
from tests.conftest import PASSWORD, ZONE, make_user

TITLE = ["阳光花园小区住户信息登记表（2026年11月）"]
HEADER = ["序号", "楼栋", "单元", "房号", "业主姓名", "联系电话", "身份", "身份证号码"]


def valid_id(first17: str) -> str:
    return first17 + id_check_character(first17)


ID_1 = valid_id("11010119800101003")
ID_2 = valid_id("31010419900315002")


def xlsx(path: Path, *rows, sheets: dict[str, list] | None = None) -> Path:
    book = Workbook()
    book.active.title = "住户"
    for row in rows:
        book.active.append(list(row))
    for name, more in (sheets or {}).items():
        sheet = book.create_sheet(name)
        for row in more:
            sheet.append(list(row))
    book.save(path)
    return path


def csv_file(path: Path, rows, encoding: str = "utf-8-sig") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle).writerows(rows)
    return path


def by_row(preview) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for problem in preview.problems:
        out.setdefault(problem.row, []).append(problem.message)
    return out


def residents_in_db(services) -> list[tuple[str, str, str, str]]:
    with services.db.read() as session:
        rows = session.execute(
            select(Room.label, Resident.name, Resident.relation, Resident.phones)
            .join(Room, Resident.room_id == Room.id)
            .order_by(Room.sort_key, Resident.name)
        )
        return [tuple(row) for row in rows]


@pytest.fixture
def estate(services, clerk):
    return services.residents.add_community(clerk, "阳光花园")


# -- tolerant reading ----------------------------------------------------------------------


def test_a_typical_register_with_a_title_row(services, supervisor, estate, tmp_path):
    path = xlsx(
        tmp_path / "住户.xlsx",
        TITLE,
        HEADER,
        [1, "3栋", "2单元", "1501", "张伟强", "138 1234 5678", "业主", ID_1],
        [2, "3栋", "2", "1502", "李娜", "+86 139-8765-4321 / 0571-88886666", "租户", ""],
        [3, "5号楼", "", "1201", "王芳", "１３６１１１１２２２２", "家属", ""],
        [4, "12#", "1", "３０１", "赵敏", "13611112222 13722223333", "", ID_2],
    )

    preview = services.resident_import.preview(supervisor, path)

    assert preview.problems == ()
    ((sheet, header_row, columns),) = preview.header
    assert (sheet, header_row) == ("住户", 2)
    assert columns["业主姓名"] == "name" and columns["身份证号码"] == "id_number"
    assert [(r.row, r.room_label, r.action) for r in preview.rows] == [
        (3, "3栋2单元1501", RowAction.NEW),
        (4, "3栋2单元1502", RowAction.NEW),
        (5, "5栋1201", RowAction.NEW),
        (6, "12栋1单元301", RowAction.NEW),
    ]
    assert preview.rows[1].phones == ("13987654321", "0571-88886666")
    assert preview.rows[3].phones == ("13611112222", "13722223333")
    assert preview.rows[3].relation is Relation.OWNER  # empty relation: owner
    assert preview.rows[0].id_number_masked == "1101**********0037"
    assert preview.new_rooms == 4
    assert residents_in_db(services) == []  # a preview writes nothing

    result = services.resident_import.commit(supervisor, preview)

    assert (result.residents_created, result.rooms_created, result.problems) == (4, 4, ())
    assert residents_in_db(services) == [
        ("3栋2单元1501", "张伟强", "owner", "13812345678"),
        ("3栋2单元1502", "李娜", "tenant", "13987654321,0571-88886666"),
        ("5栋1201", "王芳", "family", "13611112222"),
        ("12栋1单元301", "赵敏", "owner", "13611112222,13722223333"),
    ]


@pytest.mark.parametrize(
    "header",
    [
        ["楼栋", "单元", "房号", "姓名", "电话", "身份", "身份证号"],
        ["楼号", "单元", "室号", "业主姓名", "手机", "关系", "身份证号码"],
        ["栋", "单元号", "房间号", "住户姓名", "联系电话", "与业主关系", "证件号码"],
        ["楼栋*", "单元(必填)", "房号：", "姓 名", "手机号码", "住户类型", "身份证"],
    ],
)
def test_header_variants(services, supervisor, estate, tmp_path, header):
    path = xlsx(
        tmp_path / "r.xlsx",
        header,
        ["3", "2", "1501", "张伟强", "13812345678", "业主", ID_1],
    )
    preview = services.resident_import.preview(supervisor, path)
    assert preview.problems == ()
    assert [(r.room_label, r.name, r.relation, r.phones) for r in preview.rows] == [
        ("3栋2单元1501", "张伟强", Relation.OWNER, ("13812345678",))
    ]


@pytest.mark.parametrize(
    ("room", "label"),
    [
        ("3-2-1501", "3栋2单元1501"),
        ("3栋2单元1501", "3栋2单元1501"),
        ("3号楼2单元1501室", "3栋2单元1501"),
        ("３－２－１５０１", "3栋2单元1501"),
        ("5-1201", "5栋1201"),
        ("12#1201", "12栋1201"),
        ("B座801", "B座801"),
    ],
)
def test_room_strings_in_one_column(services, supervisor, estate, tmp_path, room, label):
    path = xlsx(tmp_path / "r.xlsx", ["房号", "姓名", "电话"], [room, "张伟强", "13812345678"])
    preview = services.resident_import.preview(supervisor, path)
    assert preview.problems == ()
    assert [r.room_label for r in preview.rows] == [label]


def test_unit_and_number_in_the_room_column_under_a_building_column(
    services, supervisor, estate, tmp_path
):
    path = xlsx(
        tmp_path / "r.xlsx",
        ["楼栋", "房号", "姓名"],
        ["3栋", "2-1501", "张伟强"],
        ["3栋", "3-2-1502", "李娜"],  # says its building again
    )
    preview = services.resident_import.preview(supervisor, path)
    assert [r.room_label for r in preview.rows] == ["3栋2单元1501", "3栋2单元1502"]


def test_empty_rows_and_columns_around_the_data_keep_excel_row_numbers(
    services, supervisor, estate, tmp_path
):
    book = Workbook()
    sheet = book.active
    sheet.title = "住户"
    for cell, value in {"B3": "房号", "C3": "姓名", "D3": "电话"}.items():  # rows 1-2 empty
        sheet[cell] = value
    sheet["B4"], sheet["C4"], sheet["D4"] = "3-2-1501", "张伟强", "123"
    sheet["B6"], sheet["C6"], sheet["D6"] = "3-2-1502", "李娜", 13987654321  # a number cell
    book.create_chartsheet("图表")
    book.save(tmp_path / "r.xlsx")

    preview = services.resident_import.preview(supervisor, tmp_path / "r.xlsx")

    assert [(sheet, row) for sheet, row, _columns in preview.header] == [("住户", 3)]
    assert [(p.row, p.column) for p in preview.problems] == [(4, "电话")]
    assert [(r.row, r.name, r.phones) for r in preview.rows] == [(6, "李娜", ("13987654321",))]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_csv_in_utf8_or_gbk(services, supervisor, estate, tmp_path, encoding):
    path = csv_file(
        tmp_path / "r.csv",
        [
            TITLE,
            ["房号", "姓名", "联系电话", "关系"],
            ["3-2-1501", "张伟强", "13812345678", "业主"],
        ],
        encoding,
    )
    preview = services.resident_import.preview(supervisor, path)
    assert preview.problems == ()
    assert [(r.row, r.room_label, r.name) for r in preview.rows] == [(3, "3栋2单元1501", "张伟强")]


def test_optional_columns_and_room_only_rows(services, supervisor, estate, tmp_path):
    path = xlsx(
        tmp_path / "r.xlsx",
        [
            "房号",
            "姓名",
            "电话1",
            "电话2",
            "面积(㎡)",
            "入住日期",
            "紧急联系人",
            "紧急联系电话",
            "备注",
        ],
        ["3-2-1501", "张伟强", "13812345678", "0571-88886666", "89.5", datetime(2020, 5, 1)]
        + ["张小红", "13900001111", "养狗"],
        ["3-2-1502", "李娜", "", "", "", "2021年3月8日"],
        ["3-2-1503"],  # a vacant flat
        [],  # blank rows are skipped but counted
        ["制表人：王小二"],
    )
    preview = services.resident_import.preview(supervisor, path)
    assert by_row(preview) == {}
    assert [(r.row, r.action, r.new_room) for r in preview.rows] == [
        (2, RowAction.NEW, True),
        (3, RowAction.NEW, True),
        (4, RowAction.ROOM, True),
    ]

    services.resident_import.commit(supervisor, preview)

    detail = services.residents.room_detail(supervisor, preview_room(services, "3栋2单元1501"))
    (zhang,) = detail.residents
    assert zhang.phones == ("13812345678", "0571-88886666")
    assert (zhang.move_in, zhang.emergency_name, zhang.emergency_phone, zhang.notes) == (
        date(2020, 5, 1),
        "张小红",
        "13900001111",
        "养狗",
    )
    assert str(detail.room.area) == "89.50"
    vacant = services.residents.room_detail(supervisor, preview_room(services, "3栋2单元1503"))
    assert vacant.residents == ()


def preview_room(services, label: str) -> int:
    with services.db.read() as session:
        return session.scalar(select(Room.id).where(Room.label == label))


# -- rejections -----------------------------------------------------------------------------


def test_every_bad_row_is_reported_by_its_spreadsheet_row(services, supervisor, estate, tmp_path):
    path = xlsx(
        tmp_path / "r.xlsx",
        TITLE,  # row 1
        [],  # row 2: an empty line under the title
        HEADER,  # row 3
        [1, "3", "2", "1501", "张伟强", "13812345678", "业主", ID_1],  # 4: fine
        [2, "3", "2", "1502", "李娜", "1381234567", "业主", ""],  # 5: phone too short
        [3, "3", "2", "1503", "王芳", "", "业主", ID_1[:-1] + "0"],  # 6: check digit
        [4, "3", "2", "1504", "赵敏", "", "房东", ""],  # 7: unknown relation
        [5, "3", "2", "1505", "", "13812345678", "", ""],  # 8: no name
        [6, "", "", "1506", "孙七", "", "", ""],  # 9: no building
        [7, "3", "2", "东边那间", "周八", "", "", ""],  # 10: unreadable room
        [8, "3", "2", "4-2-1507", "吴九", "", "", ""],  # 11: building disagrees
        [9, "3", "2", "1508", "郑十", "", "", 3.30102198001011e17],  # 12: ID as a number
        [10, "3", "2", "1509", "冯一", "88886666", "", ""],  # 13: landline, no area code
        [11, "3", "2", "1501", "张伟强", "13812345678", "业主", ID_1],  # 14: duplicate of 4
    )

    preview = services.resident_import.preview(supervisor, path)

    problems = by_row(preview)
    assert sorted(problems) == [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
    assert "a mobile number has 11 digits, this one has 10" in problems[5][0]
    assert "check digit does not match" in problems[6][0]
    assert "Relation 房东 is not known" in problems[7][0]
    assert "Enter the resident's name" in problems[8][0]
    assert "has no building" in problems[9][0]
    assert "cannot be read" in problems[10][0]
    assert "building column says 3" in problems[11][0]
    assert "stored as a number by Excel" in problems[12][0]
    assert "add the area code" in problems[13][0]
    assert "already on row 4" in problems[14][0]
    columns = {p.row: p.column for p in preview.problems}
    assert (columns[5], columns[6], columns[7]) == ("联系电话", "身份证号码", "身份")
    assert [r.row for r in preview.rows] == [4]
    assert preview.bad_rows == [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]

    result = services.resident_import.commit(supervisor, preview)

    assert (result.residents_created, result.bad_rows) == (1, preview.bad_rows)
    assert residents_in_db(services) == [("3栋2单元1501", "张伟强", "owner", "13812345678")]


def test_a_file_without_a_header_is_refused(services, supervisor, estate, tmp_path):
    path = xlsx(tmp_path / "r.xlsx", ["月份", "金额"], ["1", "100"])
    with pytest.raises(ValidationError) as caught:
        services.resident_import.preview(supervisor, path)
    assert "no header row" in caught.value.message
    for name in ("old.xls", "notes.docx", "missing.xlsx"):
        if name != "missing.xlsx":
            (tmp_path / name).write_bytes(b"\x00")
        with pytest.raises(ValidationError):
            services.resident_import.preview(supervisor, tmp_path / name)


def test_rows_need_a_community_when_several_are_registered(services, clerk, supervisor, tmp_path):
    services.residents.add_community(clerk, "一期")
    services.residents.add_community(clerk, "二期")
    path = xlsx(tmp_path / "r.xlsx", ["房号", "姓名"], ["3-2-1501", "张伟强"])

    assert "No community" in by_row(services.resident_import.preview(supervisor, path))[2][0]

    preview = services.resident_import.preview(supervisor, path, community="二期")
    assert [r.community for r in preview.rows] == ["二期"]
    mixed = xlsx(
        tmp_path / "m.xlsx",
        ["小区", "房号", "姓名"],
        ["一期", "1-1-101", "甲"],
        ["三期", "1-1-101", "乙"],
    )
    preview = services.resident_import.preview(supervisor, mixed)
    services.resident_import.commit(supervisor, preview)
    assert [c.name for c in services.residents.communities()] == ["一期", "三期", "二期"]


# -- against the register ------------------------------------------------------------------------


def test_importing_the_same_file_again_changes_nothing(services, supervisor, estate, tmp_path):
    path = xlsx(
        tmp_path / "r.xlsx",
        TITLE,
        HEADER,
        [1, "3", "2", "1501", "张伟强", "13812345678", "业主", ID_1],
        [2, "3", "2", "1501", "张小明", "", "家属", ""],
        [3, "5", "", "1201", "李娜", "13987654321", "租户", ""],
    )
    services.resident_import.commit(supervisor, services.resident_import.preview(supervisor, path))
    before = residents_in_db(services)
    with services.db.read() as session:
        events = session.scalar(select(func.count(AuditEvent.id)))

    again = services.resident_import.preview(supervisor, path)
    result = services.resident_import.commit(supervisor, again)

    assert {r.action for r in again.rows} == {RowAction.UNCHANGED}
    assert (result.residents_created, result.residents_updated, result.rooms_created) == (0, 0, 0)
    assert result.unchanged == 3
    assert residents_in_db(services) == before
    with services.db.read() as session:
        assert session.scalar(select(func.count(AuditEvent.id))) == events + 1  # the summary


def test_a_row_only_adds_what_the_register_lacks(services, clerk, supervisor, estate, tmp_path):
    room = services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    known = services.residents.add_resident(
        clerk, room.id, ResidentDraft("张伟强", phones=["13812345678"], notes="老业主")
    )
    path = xlsx(
        tmp_path / "r.xlsx",
        ["房号", "姓名", "电话", "身份证号", "备注"],
        ["3-2-1501", "张伟强", "13812345678/13987654321", ID_1, "新备注"],
    )

    preview = services.resident_import.preview(supervisor, path)
    assert [(r.action, r.changes) for r in preview.rows] == [
        (RowAction.UPDATE, ("id_number", "phones"))
    ]
    result = services.resident_import.commit(supervisor, preview)

    assert result.residents_updated == 1
    after = services.residents.get_resident(supervisor, known.id)
    assert after.phones == ("13812345678", "13987654321")
    assert after.id_number == ID_1
    assert after.notes == "老业主"  # kept, never overwritten


def test_a_different_id_or_relation_is_left_for_a_person(
    services, clerk, supervisor, estate, tmp_path
):
    room = services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    services.residents.add_resident(clerk, room.id, ResidentDraft("张伟强", id_number=ID_1))
    header = ["房号", "姓名", "身份", "身份证号"]
    other_id = xlsx(tmp_path / "a.xlsx", header, ["3-2-1501", "张伟强", "", ID_2])
    other_relation = xlsx(tmp_path / "b.xlsx", header, ["3-2-1501", "张伟强", "租户", ""])

    problems = by_row(services.resident_import.preview(supervisor, other_id))
    assert "registered with ID number 1101**********0037" in problems[2][0]
    problems = by_row(services.resident_import.preview(supervisor, other_relation))
    assert "is registered as owner, the file says tenant" in problems[2][0]


def test_an_old_sheet_does_not_move_anyone_back_in(services, clerk, supervisor, estate, tmp_path):
    room = services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    tenant = services.residents.add_resident(
        clerk, room.id, ResidentDraft("李娜", Relation.TENANT, "13987654321")
    )
    services.residents.move_out(clerk, tenant.id, date(2026, 10, 1))
    path = xlsx(tmp_path / "r.xlsx", ["房号", "姓名", "身份"], ["3-2-1501", "李娜", "租户"])

    preview = services.resident_import.preview(supervisor, path)
    services.resident_import.commit(supervisor, preview)

    assert [r.action for r in preview.rows] == [RowAction.UNCHANGED]
    assert services.residents.room_detail(clerk, room.id).current == ()


def test_commit_compares_with_the_register_afresh(services, clerk, supervisor, estate, tmp_path):
    path = xlsx(tmp_path / "r.xlsx", ["房号", "姓名"], ["3-2-1501", "张伟强"])
    preview = services.resident_import.preview(supervisor, path)
    # Meanwhile the desk registers the same person.
    room = services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    services.residents.add_resident(clerk, room.id, ResidentDraft("张伟强"))

    result = services.resident_import.commit(supervisor, preview)

    assert (result.residents_created, result.unchanged) == (0, 1)
    assert len(residents_in_db(services)) == 1


def test_several_sheets(services, supervisor, estate, tmp_path):
    path = xlsx(
        tmp_path / "r.xlsx",
        ["楼栋", "单元", "房号", "姓名"],
        ["3", "1", "101", "甲"],
        sheets={
            "5号楼": [["房号", "姓名"], ["5-1-101", "乙"], ["5-1-102", ""]],
            "说明": [["本表由物业中心整理"]],
        },
    )
    preview = services.resident_import.preview(supervisor, path)
    assert [h[0] for h in preview.header] == ["住户", "5号楼"]
    assert [(r.sheet, r.row, r.room_label) for r in preview.rows] == [
        ("住户", 2, "3栋1单元101"),
        ("5号楼", 2, "5栋1单元101"),
        ("5号楼", 3, "5栋1单元102"),
    ]
    assert preview.problems == ()
    bad = xlsx(
        tmp_path / "bad.xlsx",
        ["房号", "姓名", "电话"],
        ["3-1-101", "甲", "123"],
        sheets={"5号楼": [["房号", "姓名", "电话"], ["5-1-101", "乙", "456"]]},
    )
    problems = services.resident_import.preview(supervisor, bad).problems
    assert [(p.sheet, p.row) for p in problems] == [("住户", 2), ("5号楼", 2)]


def test_import_is_for_supervisors_and_is_audited(services, clerk, supervisor, estate, tmp_path):
    path = xlsx(tmp_path / "r.xlsx", ["房号", "姓名"], ["3-2-1501", "张伟强"])
    with pytest.raises(PermissionDenied):
        services.resident_import.preview(clerk, path)
    preview = services.resident_import.preview(supervisor, path)
    with pytest.raises(PermissionDenied):
        services.resident_import.commit(clerk, preview)

    services.resident_import.commit(supervisor, preview)

    with services.db.read() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.entity_type, AuditEvent.reason).order_by(
                AuditEvent.id
            )
        ).all()
    assert [tuple(e) for e in events][-3:] == [
        ("create", "room", "import"),
        ("create", "resident", "import"),
        ("import", "register", ""),
    ]


# -- big imports and other desks ------------------------------------------------------------


def register_counts(services) -> dict[str, int]:
    with services.db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Building, Unit, Room, Resident, ResidentKey, AuditEvent)
        }


def test_a_write_that_meets_a_room_registered_meanwhile_leaves_nothing(
    services, clerk, supervisor, estate, tmp_path
):
    services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    path = xlsx(tmp_path / "r.xlsx", ["房号", "姓名"], ["9-1-101", "甲"], ["3-2-1502", "乙"])
    preview = services.resident_import.preview(supervisor, path)
    plan = services.resident_import.plan(supervisor, preview)
    # Between the plan and the write another desk registers one of the rooms it registers:
    # building 9 and its unit are written before room 3-2-1502 fails.
    services.residents.add_room(clerk, RoomDraft("3", "1502", "2"))
    before = register_counts(services)

    with pytest.raises(RegisterChanged) as caught:
        services.resident_import.write(supervisor, plan)

    assert "register changed while you were importing" in caught.value.message
    assert register_counts(services) == before
    # The import itself makes its plan again from the register as it is then.
    result = services.resident_import.commit(supervisor, preview)
    assert (result.residents_created, result.rooms_created) == (2, 1)
    assert [name for _room, name, *_ in residents_in_db(services)] == ["乙", "甲"]


def test_a_write_checks_the_rooms_it_adds_to(services, clerk, supervisor, estate, tmp_path):
    room = services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    path = xlsx(tmp_path / "r.xlsx", ["房号", "姓名"], ["3-2-1501", "张伟强"])
    plan = services.resident_import.plan(
        supervisor, services.resident_import.preview(supervisor, path)
    )
    services.residents.add_resident(clerk, room.id, ResidentDraft("张伟强"))  # meanwhile
    before = register_counts(services)

    with pytest.raises(RegisterChanged):
        services.resident_import.write(supervisor, plan)

    assert register_counts(services) == before
    assert [name for _room, name, *_ in residents_in_db(services)] == ["张伟强"]


def test_every_row_written_is_audited_and_found(services, clerk, supervisor, estate, tmp_path):
    room = services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    known = services.residents.add_resident(clerk, room.id, ResidentDraft("张伟强"))
    path = xlsx(
        tmp_path / "r.xlsx",
        ["小区", "房号", "姓名", "电话", "面积"],
        ["阳光花园", "3-2-1501", "张伟强", "13812345678", "89.5"],  # adds a phone and the area
        ["阳光花园", "3-2-1502", "李娜", "13987654321", ""],
        ["一期", "9-1-101", "王芳", "", ""],
    )

    result = services.resident_import.commit(
        supervisor, services.resident_import.preview(supervisor, path)
    )

    assert (result.residents_created, result.residents_updated, result.rooms_created) == (2, 1, 2)
    assert result.rooms_updated == 1
    with services.db.read() as session:
        people = dict(session.execute(select(Resident.name, Resident.id)).all())
        rooms = dict(session.execute(select(Room.label, Room.id)).all())
        communities = dict(session.execute(select(Community.name, Community.id)).all())
    (created,) = history(services.ctx, "resident", people["李娜"])
    assert (created.action, created.reason) == ("create", "import")
    assert created.new_values["room_id"] == rooms["3栋2单元1502"]
    assert created.new_values["phones"] == "13987654321"
    assert [e.action for e in history(services.ctx, "room", rooms["9栋1单元101"])] == ["create"]
    assert [e.action for e in history(services.ctx, "community", communities["一期"])] == ["create"]
    *_, update = history(services.ctx, "resident", known.id)
    assert (update.old_values, update.new_values) == ({"phones": ""}, {"phones": "13812345678"})
    *_, area = history(services.ctx, "room", room.id)
    assert (area.old_values, area.new_values) == ({"area": None}, {"area": "89.50"})
    # The search keys are written too: the desk finds them by phone and by initials.
    assert services.rooms.lookup(clerk, "5678")[0].person.name == "张伟强"
    assert services.rooms.lookup(clerk, "ln")[0].room_id == rooms["3栋2单元1502"]
    # and the register goes on numbering its records after the imported ones
    after = services.residents.add_room(clerk, RoomDraft("3", "1503", "2", estate.id))
    assert after.id > max(rooms.values())
    services.residents.add_resident(clerk, after.id, ResidentDraft("赵敏"))
    # and the events written in bulk hold their place in the tamper-evident chain
    chain = verify_chain(services.ctx)
    assert chain.ok, chain.detail


def test_a_cell_longer_than_the_csv_field_limit_is_refused_by_its_row(
    services, supervisor, estate, tmp_path
):
    huge = "长" * 200_000  # Python's csv module stops at 131,072 characters a field
    path = csv_file(
        tmp_path / "r.csv",
        [
            ["房号", "姓名", "备注", "照片"],
            ["3-2-1501", "张伟强", huge, ""],
            ["3-2-1502", "李娜", "", huge],  # a column the import does not read
            ["3-2-1503", "王芳", "", ""],
        ],
    )

    preview = services.resident_import.preview(supervisor, path)

    assert [(r.row, r.name) for r in preview.rows] == [(3, "李娜"), (4, "王芳")]
    (problem,) = preview.problems
    assert (problem.row, problem.column) == (2, "备注")
    assert "200000 characters" in problem.message
    services.resident_import.commit(supervisor, preview)
    assert [name for _room, name, *_ in residents_in_db(services)] == ["李娜", "王芳"]


def test_the_dry_run_counts_each_new_room_once(
    capsys, monkeypatch, services, db_url, supervisor, estate, tmp_path
):
    path = xlsx(
        tmp_path / "r.xlsx",
        ["房号", "姓名", "身份"],
        ["3-2-1501", "", ""],  # the room itself
        ["3-2-1501", "张伟强", "业主"],
        ["3-2-1501", "张小明", "家属"],
    )
    assert services.resident_import.preview(supervisor, path).new_rooms == 1
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)

    argv = ("import", "residents", str(path), "--dry-run", "--user", "supervisor")
    code, out, _err = run(capsys, *argv, "--db", db_url)

    assert code == 0
    assert "新住户 2 位，待更新 0 位，已登记 0 位，新房间 1 间" in out


def big_roster(residents: int) -> list[list]:
    rows = [["楼栋", "单元", "房号", "姓名", "联系电话", "身份", "身份证号码"]]
    for room in demo_rooms(11, residents // 3 + residents // 10, residents):
        for person in room.residents:
            rows.append(
                [room.building, room.unit, room.number, person.name, "/".join(person.phones)]
                + [person.relation.value, person.id_number or ""]
            )
    return rows


def test_a_login_succeeds_while_a_big_import_writes(sqlite_url, tmp_path, monkeypatch):
    # The longest another desk waits for the write lock before "database is locked".
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", min(engine.BUSY_TIMEOUT_MS, 5000))
    services = open_services(sqlite_url, zone=ZONE)
    try:
        admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
        supervisor = make_user(services, admin, Role.SUPERVISOR)
        services.residents.add_community(supervisor, "阳光花园")
        path = csv_file(tmp_path / "big.csv", big_roster(20_000))
        importer = subprocess.Popen(
            [sys.executable, "-m", "tests.import_worker", sqlite_url, str(supervisor.user_id)]
            + [str(path)],
            cwd=Path(__file__).resolve().parent.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert importer.stdout.readline().strip() == "committing", importer.stderr.read()
            wait_until_writing(services.db.sqlite_path, importer)

            # Another desk logs in while the import holds the write lock.
            actor = services.accounts.login("admin", PASSWORD)

            out, err = importer.communicate(timeout=600)
        finally:
            if importer.poll() is None:
                importer.kill()
        assert importer.returncode == 0, err
        assert actor.username == "admin"
        assert int(out.split()[-1]) > 19_000
        assert len(residents_in_db(services)) == int(out.split()[-1])
    finally:
        services.close()


def wait_until_writing(database: str, importer: subprocess.Popen) -> None:
    """Return once the importer holds the write lock (its writing transaction)."""
    probe = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        while importer.poll() is None:
            try:
                probe.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                return  # locked: the import is writing
            probe.execute("ROLLBACK")
        pytest.fail("the import ended before its writing transaction was seen")
    finally:
        probe.close()


# -- the command line ----------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sheet(tmp_path):
    return xlsx(
        tmp_path / "住户.xlsx",
        TITLE,
        HEADER,
        [1, "3", "2", "1501", "张伟强", "13812345678", "业主", ID_1],
        [2, "3", "2", "1502", "李娜", "1381234567", "租户", ""],
    )


def test_cli_dry_run_writes_nothing(
    capsys, monkeypatch, services, db_url, supervisor, estate, sheet
):
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)

    code, out, err = run(
        capsys,
        "import",
        "residents",
        str(sheet),
        "--dry-run",
        "--user",
        "supervisor",
        "--db",
        db_url,
    )

    assert code == 1, err  # a row was rejected
    assert "第 4 行 [联系电话]：电话 1381234567：手机号应为 11 位" in out
    assert "新住户 1 位" in out and "拒收 1 行" in out
    assert "试运行：没有写入任何数据。" in out
    assert residents_in_db(services) == []


def test_cli_import(capsys, monkeypatch, services, db_url, supervisor, estate, sheet):
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    argv = ("import", "residents", str(sheet), "--user", "supervisor", "--db", db_url)

    code, out, _err = run(capsys, *argv)

    assert code == 1
    assert "已导入：新住户 1 位" in out and "试运行" not in out
    assert residents_in_db(services) == [("3栋2单元1501", "张伟强", "owner", "13812345678")]
    code, out, _err = run(capsys, *argv)
    assert "已导入：新住户 0 位，更新 0 位，已登记 1 位，新房间 0 间" in out


def test_cli_refuses_a_clerk_and_a_wrong_password(
    capsys, monkeypatch, services, db_url, clerk, estate, sheet
):
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    code, _out, err = run(
        capsys, "import", "residents", str(sheet), "--user", "clerk", "--db", db_url
    )
    assert code == 2 and "无权导入住户档案" in err  # in the interface language, Chinese
    monkeypatch.setenv("DESK_PASSWORD", "wrong-password")
    code, _out, err = run(
        capsys, "import", "residents", str(sheet), "--user", "clerk", "--db", db_url
    )
    assert code == 2 and "用户名或密码错误" in err and "Traceback" not in err
    assert residents_in_db(services) == []


def test_notes_and_emergency_names_are_cleaned_as_the_resident_form_cleans_them(
    services, supervisor, estate, tmp_path
):
    # GIVEN a roster whose notes and emergency contacts hold what no form would store
    path = csv_file(
        tmp_path / "r.csv",
        [
            ["小区", "房号", "姓名", "备注", "紧急联系人"],
            ["阳光花园", "3-2-1501", "张伟强", "老人\u202e独居\x07", "李\u200b娜"],
            ["阳光花园", "3-2-1502", "李娜", "有\x00空字符", "王芳"],
            ["阳光花园", "3-2-1503", "王芳", "", "名" * 41],
        ],
    )
    # WHEN it is imported
    preview = services.resident_import.preview(supervisor, path)
    result = services.resident_import.commit(supervisor, preview)
    # THEN the control characters are gone, and a NUL or an over-long name is refused
    # for its row, naming the column
    assert [(p.row, p.column) for p in preview.problems] == [(3, "备注"), (4, "紧急联系人")]
    assert result.residents_created == 1
    with services.db.read() as session:
        notes, emergency = session.execute(
            select(Resident.notes, Resident.emergency_name).where(Resident.name == "张伟强")
        ).one()
    assert (notes, emergency) == ("老人独居", "李娜")
