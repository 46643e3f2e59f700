"""The room lookup of every intake form: each kind of query, ranking, masking, and that
the index follows every change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desk_app.demo.register import demo_rooms
from desk_app.domain.errors import PermissionDenied
from desk_app.domain.register import Relation
from desk_app.services.register import ResidentDraft, RoomDraft
from desk_app.services.register.room_lookup import (
    SCORE_NAME_EXACT,
    SCORE_PHONE_EXACT,
    SCORE_ROOM_EXACT,
    MatchKind,
    plan_query,
)


@dataclass
class Estate:
    rooms: dict[str, int]
    people: dict[str, int]


@pytest.fixture
def estate(services, clerk, supervisor) -> Estate:
    """A small estate whose data collide on purpose: room number 1501 in three buildings
    and as the tail of a phone, a moved-out and a voided resident, a heteronym surname."""
    residents = services.residents
    residents.add_community(clerk, "阳光花园")
    rooms = {}
    for building, unit, number in (
        ("3", "2", "1501"),
        ("3", "2", "1502"),
        ("3", "1", "1501"),
        ("5", "", "1501"),
        ("12", "1", "301"),
        ("12", "1", "302"),
    ):
        room = residents.add_room(clerk, RoomDraft(building, number, unit))
        rooms[room.label] = room.id
    people = {}
    for label, draft in (
        ("3栋2单元1501", ResidentDraft("张小明", Relation.FAMILY, "13500001111")),
        ("3栋2单元1501", ResidentDraft("张伟强", Relation.OWNER, "13812345678")),
        ("3栋2单元1502", ResidentDraft("王芳", Relation.OWNER, "0571-88885678")),
        ("3栋2单元1502", ResidentDraft("赵敏", Relation.TENANT, "13600005678")),
        ("3栋1单元1501", ResidentDraft("李娜", Relation.TENANT, "13987651501")),
        ("12栋1单元301", ResidentDraft("曾志伟", Relation.OWNER, "13311112222")),
        ("12栋1单元302", ResidentDraft("张伟", Relation.OWNER, "18922223333")),
        ("5栋1501", ResidentDraft("周杰", Relation.OWNER, "13700005678")),
    ):
        people[draft.name] = residents.add_resident(clerk, rooms[label], draft).id
    residents.move_out(clerk, people["赵敏"], date(2026, 11, 1))
    residents.void_resident(supervisor, people["周杰"], "登记错误")
    return Estate(rooms, people)


def hits(services, actor, text, **options) -> list[tuple[str, str, str]]:
    return [
        (m.room_label, m.kind.value, m.person.name if m.person else "")
        for m in services.rooms.lookup(actor, text, **options)
    ]


@pytest.mark.parametrize(
    "typed", ["3-2-1501", "3栋2单元1501", "3号楼2单元1501室", "３－２－１５０１"]
)
def test_a_room_string_finds_the_room_first(services, clerk, estate, typed):
    (first, *_rest) = services.rooms.lookup(clerk, typed)
    assert (first.room_label, first.kind, first.score) == (
        "3栋2单元1501",
        MatchKind.ROOM,
        SCORE_ROOM_EXACT,
    )
    assert first.matched == "3栋2单元1501"
    # Everyone living there, owner first; the form's contact is the owner.
    assert [p.name for p in first.residents] == ["张伟强", "张小明"]
    assert first.person is None and first.contact.name == "张伟强"


def test_a_room_string_typed_halfway(services, clerk, estate):
    assert [h[0] for h in hits(services, clerk, "3-2-15")] == ["3栋2单元1501", "3栋2单元1502"]
    assert [h[0] for h in hits(services, clerk, "3-2-")] == ["3栋2单元1501", "3栋2单元1502"]
    assert [h[0] for h in hits(services, clerk, "12#")] == ["12栋1单元301", "12栋1单元302"]
    # "5-1501": building 5 has no units, the second part is the room.
    assert hits(services, clerk, "5-1501")[0][0] == "5栋1501"
    # "3-1": unit 1 of building 3 (or rooms starting with 1).
    assert "3栋1单元1501" in [h[0] for h in hits(services, clerk, "3-1")]


def test_a_bare_room_number_lists_every_building_then_phone_tails(services, clerk, estate):
    found = hits(services, clerk, "1501")
    assert found[:3] == [
        ("3栋1单元1501", "room_number", ""),
        ("3栋2单元1501", "room_number", ""),
        ("5栋1501", "room_number", ""),
    ]
    # 1501 is also the end of 李娜's phone: shown, after the rooms.
    assert found[3:] == [("3栋1单元1501", "phone", "李娜")]


def test_the_last_digits_of_a_phone(services, clerk, estate):
    found = services.rooms.lookup(clerk, "5678")
    # Current residents first; the moved-out tenant last; the voided record never.
    assert [(m.room_label, m.person.name, m.person.current) for m in found] == [
        ("3栋2单元1501", "张伟强", True),
        ("3栋2单元1502", "王芳", True),
        ("3栋2单元1502", "赵敏", False),
    ]
    assert {m.kind for m in found} == {MatchKind.PHONE}
    assert [m.matched for m in found] == ["138****5678", "0571-****5678", "136****5678"]
    assert found[0].person.phones == ("138****5678",)
    # A moved-out person is not among those living there.
    assert [p.name for p in found[2].residents] == ["王芳"]


def test_phones_in_full_when_asked(services, clerk, estate):
    (match,) = services.rooms.lookup(clerk, "138 1234 5678", full_phones=True)
    assert (match.kind, match.score, match.matched) == (
        MatchKind.PHONE,
        SCORE_PHONE_EXACT,
        "13812345678",
    )
    assert match.person.phones == ("13812345678",)
    assert [m.person.name for m in services.rooms.lookup(clerk, "+86 138-1234-5678")] == ["张伟强"]
    assert [m.person.name for m in services.rooms.lookup(clerk, "0571-8888 5678")] == ["王芳"]


def test_a_surname(services, clerk, estate):
    found = hits(services, clerk, "张")
    # Owners before family; rooms in natural order (3栋 before 12栋).
    assert found == [
        ("3栋2单元1501", "name", "张伟强"),
        ("12栋1单元302", "name", "张伟"),
        ("3栋2单元1501", "name", "张小明"),
    ]


def test_a_whole_name_outranks_a_longer_one(services, clerk, estate):
    found = services.rooms.lookup(clerk, "张伟")
    assert [(m.person.name, m.score) for m in found] == [
        ("张伟", SCORE_NAME_EXACT),
        ("张伟强", found[1].score),
    ]
    assert found[1].score < SCORE_NAME_EXACT
    assert hits(services, clerk, "伟强") == [("3栋2单元1501", "name", "张伟强")]


def test_pinyin_initials(services, clerk, estate):
    assert hits(services, clerk, "zwq") == [("3栋2单元1501", "initials", "张伟强")]
    assert hits(services, clerk, "ZWQ") == hits(services, clerk, "zwq")
    # Exact initials first, then longer names that start with them.
    assert [h[2] for h in hits(services, clerk, "zw")] == ["张伟", "张伟强"]
    # 曾 as a surname reads zeng; its everyday reading ceng is found too.
    assert [h[2] for h in hits(services, clerk, "zzw")] == ["曾志伟"]
    assert [h[2] for h in hits(services, clerk, "czw")] == ["曾志伟"]


def test_nothing_useful_finds_nothing(services, clerk, estate):
    for typed in ("", "  ", "15", "z", "99-9-9999", "不存在的人", "%", "*"):
        assert services.rooms.lookup(clerk, typed) == [], typed


def test_the_limit_keeps_the_best(services, clerk, estate):
    found = services.rooms.lookup(clerk, "1501", limit=2)
    assert [m.room_label for m in found] == ["3栋1单元1501", "3栋2单元1501"]


def test_the_lookup_follows_changes(services, clerk, supervisor, estate):
    zhang = estate.people["张伟强"]
    services.residents.update_resident(
        clerk, zhang, ResidentDraft("张伟强", Relation.OWNER, "13912349999")
    )
    assert hits(services, clerk, "5678")[0][2] == "王芳"
    assert hits(services, clerk, "9999") == [("3栋2单元1501", "phone", "张伟强")]
    services.residents.void_resident(supervisor, zhang, "重复")
    assert hits(services, clerk, "9999") == []
    assert "张伟强" not in [h[2] for h in hits(services, clerk, "zwq")]


def test_rooms_matching_for_list_filters(services, clerk, estate):
    building = services.rooms.rooms_matching(clerk, "3栋")
    assert sorted(building) == sorted(
        estate.rooms[label] for label in ("3栋2单元1501", "3栋2单元1502", "3栋1单元1501")
    )
    assert services.rooms.rooms_matching(clerk, "张伟强") == [estate.rooms["3栋2单元1501"]]
    assert services.rooms.rooms_matching(clerk, "") == []


def test_only_desk_roles_look_up(services, admin, estate):
    with pytest.raises(PermissionDenied):
        services.rooms.lookup(admin, "1501")


def test_bulk_registered_residents_are_found(services, clerk, supervisor):
    rooms = demo_rooms(9, 30, 90)
    services.residents.bulk_register(supervisor, "阳光花园", rooms)
    person = next(p for room in rooms for p in room.residents if p.phones and not p.move_out)
    found = services.rooms.lookup(clerk, person.phones[0][-6:], full_phones=True)
    assert person.name in [m.person.name for m in found]


@pytest.mark.parametrize(
    ("typed", "kinds"),
    [
        ("3-2-1501", {"address"}),
        ("1501", {"room_number", "phone"}),
        ("13812345678", {"phone"}),
        ("138-1234-5678", {"address", "phone"}),
        ("5678", {"room_number", "phone"}),
        ("567890", {"room_number", "phone"}),
        ("5678901", {"phone"}),
        ("张", {"name"}),
        ("zwq", {"initials"}),
        ("3栋", {"address"}),
    ],
)
def test_what_a_query_may_be(typed, kinds):
    plan = plan_query(typed)
    assert {name for name, value in vars(plan).items() if value is not None} == kinds
