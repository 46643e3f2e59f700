"""Resident register: phone and ID rules, room strings, masking by role, moving out
keeps the record, voiding, audit, bulk registration."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desk_app.demo.register import demo_rooms
from desk_app.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desk_app.domain.personal import (
    id_check_character,
    mask_id_number,
    mask_phone,
    normalize_id_number,
    normalize_phone,
    split_phones,
)
from desk_app.domain.register import Occupancy, Relation, ResidentKey
from desk_app.domain.roles import Role
from desk_app.domain.room_address import RoomAddress, parse_address, parse_building, room_label
from desk_app.domain.search_keys import name_initials
from desk_app.services.kit.audit import history
from desk_app.services.register import BulkRoom, ResidentDraft, RoomDraft, RoomEdit
from tests.conftest import make_user


def valid_id(first17: str) -> str:
    return first17 + id_check_character(first17)


ID_ZHANG = valid_id("11010119800101003")  # 110101198001010037
ID_LI = valid_id("31010419900315002")


# -- phones ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),  # full-width digits
        ("0571-88886666", "0571-88886666"),
        ("057188886666", "0571-88886666"),
        ("0571 8888 6666", "0571-88886666"),
        ("(0571)88886666", "0571-88886666"),
        ("（０５７１）８８８８６６６６", "0571-88886666"),
        ("010-62345678", "010-62345678"),
        ("(010)62345678", "010-62345678"),
        ("+86 10 6234 5678", "010-62345678"),
        ("+86 571 8888 6666", "0571-88886666"),
        ("02088886666", "020-88886666"),
        ("0898-66123456", "0898-66123456"),
        # extensions
        ("0571-88886666转801", "0571-88886666转801"),
        ("0571-88886666 转 801", "0571-88886666转801"),
        ("0571-88886666-801", "0571-88886666转801"),
        ("0571-88886666 ext. 801", "0571-88886666转801"),
        ("(010)62345678 分机 8", "010-62345678转8"),
        # service numbers
        ("4008208820", "400-820-8820"),
        ("400-820-8820", "400-820-8820"),
        ("800 820 8820", "800-820-8820"),
        ("400-820-8820转2", "400-820-8820转2"),
        ("95588", "95588"),
        ("95555", "95555"),
    ],
)
def test_phones_are_normalized(typed, stored):
    assert normalize_phone(typed) == stored
    assert normalize_phone(stored) == stored  # the stored form reads back as itself


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("1381234567", "a mobile number has 11 digits, this one has 10"),
        ("138123456789", "a mobile number has 11 digits, this one has 12"),
        ("12812345678", "mobile numbers begin with 13 to 19"),
        ("14012345678", "no mobile number begins with 140"),  # data-only SIMs
        ("88886666", "add the area code"),
        ("0571-888866", "after the area code 0571 a landline has 8 digits, this one has 6"),
        ("0898-6123456", "after the area code 0898 a landline has 8 digits, this one has 7"),
        ("0571-08886666", "no landline of area code 0571 begins with 0"),
        ("010-12345678", "no landline of area code 010 begins with 1"),
        ("06012345678", "there is no area code 0601"),
        ("00571-88886666", "only mainland numbers (+86)"),  # 00 dials abroad
        ("138abc45678", "use digits only"),
        ("+1 415 555 0100", "only mainland numbers (+86)"),
        ("+852 2123 4567", "only mainland numbers (+86)"),
        ("4008208", "a 400 or 800 number has 10 digits, this one has 7"),
        ("110", "too short for a phone number"),
        ("13812345678转801", "only a landline or a 400/800 number has an extension"),
        ("1" * 10_000, "too long for one phone number"),
        ("", "Enter a phone number"),
    ],
)
def test_bad_phones_say_what_is_wrong(typed, says):
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed)
    assert says in caught.value.message
    assert len(caught.value.message) < 200
    assert caught.value.field == "phones"


def test_two_phones_in_one_cell():
    assert split_phones("13812345678 13987654321") == ["13812345678", "13987654321"]
    assert split_phones("138 1234 5678 / 0571-88886666") == ["13812345678", "0571-88886666"]
    assert split_phones("13812345678、13812345678；13987654321") == [
        "13812345678",
        "13987654321",
    ]
    assert split_phones("13812345678或13987654321") == ["13812345678", "13987654321"]
    assert split_phones("0571-88886666 转 801 / 13812345678") == [
        "0571-88886666转801",
        "13812345678",
    ]
    assert split_phones("") == []


def test_masking():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0571-88886666") == "0571-****6666"
    assert mask_phone("0571-88886666转801") == "0571-****6666转801"
    assert mask_phone("400-820-8820") == "400-820-8820"  # a company's public number
    assert mask_phone("95588") == "95588"
    assert mask_id_number("330102198001011234") == "3301**********1234"
    assert mask_id_number("") == ""


# -- ID numbers --------------------------------------------------------------------------


def test_valid_id_numbers_are_kept_in_full():
    assert normalize_id_number(ID_ZHANG) == ID_ZHANG
    assert normalize_id_number(f" {ID_ZHANG[:6]} {ID_ZHANG[6:]} ") == ID_ZHANG
    with_x = valid_id("11010519491231002")
    assert normalize_id_number(with_x.lower()) == with_x
    assert normalize_id_number("") == ""


def test_a_county_code_younger_than_its_holder_is_accepted():
    # 330106 (Hangzhou Xihu) dates from 1983; people born before hold it all the same,
    # which python-stdnum's place check rejects (its issue #442).
    assert normalize_id_number(valid_id("33010619600101001")).startswith("330106")


@pytest.mark.parametrize(
    ("number", "says"),
    [
        (ID_ZHANG[:-1] + str((int(ID_ZHANG[-1]) + 1) % 10), "check digit does not match"),
        (ID_ZHANG[:-1], "has 18 characters, this one has 17"),
        ("110101800101003", "old 15-digit number"),
        ("11010119800101A037", "the first 17 characters are digits"),
        (valid_id("11010119801301003"), "birth date in it"),
        (valid_id("99010119800101003"), "region code 990101 does not exist"),
        (valid_id("11010120990101003"), "birth date in it is in the future"),
    ],
)
def test_bad_id_numbers_say_what_is_wrong(number, says):
    with pytest.raises(ValidationError) as caught:
        normalize_id_number(number, today=date(2026, 11, 23))
    assert says in caught.value.message
    assert caught.value.field == "id_number"
    assert number[6:14] not in caught.value.message  # shown masked


# -- room strings and initials ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-2-1501", RoomAddress("3", "2", "1501")),
        ("3栋2单元1501", RoomAddress("3", "2", "1501")),
        ("3号楼2单元1501室", RoomAddress("3", "2", "1501")),
        ("3幢二单元1501", RoomAddress("3", "2", "1501")),
        ("３－２－１５０１", RoomAddress("3", "2", "1501")),
        ("03-02-1501", RoomAddress("3", "2", "1501")),
        ("5号楼1501", RoomAddress("5", None, "1501")),
        ("5号楼", RoomAddress("5", None, None)),
        ("12#", RoomAddress("12", None, None)),
        ("12#1201", RoomAddress("12", None, "1201")),
        ("B座0801", RoomAddress("B", None, "801")),
        ("1501", RoomAddress(None, None, "1501")),
        ("3-2-", RoomAddress("3", "2", None)),
        ("5-1501", RoomAddress("5", None, "1501", second_may_be_unit=True)),
    ],
)
def test_room_strings(text, expected):
    assert parse_address(text) == expected


def test_unreadable_room_strings():
    assert parse_address("张三") is None
    assert parse_address("3-2-1501-7") is None
    assert parse_building("5号楼") == parse_building("5#") == parse_building("05") == "5"
    assert room_label("3", "2", "1501") == "3栋2单元1501"
    assert room_label("5", "", "1201") == "5栋1201"


def test_pinyin_initials_know_surname_readings():
    assert name_initials("张伟强") == ["zwq"]
    assert name_initials("曾志伟") == ["czw", "zzw"]  # everyday reading, then the surname's
    assert name_initials("单田芳")[-1] == "stf"
    assert name_initials("Tom Lee") == ["tl"]


# -- the service -------------------------------------------------------------------------


@pytest.fixture
def community(services, clerk):
    return services.residents.add_community(clerk, "阳光花园")


@pytest.fixture
def room(services, clerk, community):
    return services.residents.add_room(clerk, RoomDraft("3栋", "1501", "2单元", area="89.5"))


ZHANG = ResidentDraft(
    "张伟强",
    Relation.OWNER,
    "138 1234 5678 / 0571-88886666",
    ID_ZHANG,
    move_in=date(2020, 5, 1),
    emergency_name="张小红",
    emergency_phone="13900001111",
)


def test_a_room_is_registered_with_its_building_and_unit(services, clerk, room):
    assert (room.label, room.building, room.unit, room.number) == ("3栋2单元1501", "3", "2", "1501")
    assert (room.floor, room.area, room.occupancy) == (15, Decimal("89.50"), Occupancy.VACANT)
    buildings = services.residents.buildings(room.community_id)
    assert [(b.label, [(u.label, u.rooms) for u in b.units]) for b in buildings] == [
        ("3栋", [("2单元", 1)])
    ]
    with pytest.raises(Conflict):
        services.residents.add_room(clerk, RoomDraft("3", "1501", "2"))
    other = services.residents.add_room(clerk, RoomDraft("10#", "201"))
    assert other.label == "10栋201"
    # Natural order: 3栋 before 10栋.
    assert [r.label for r in services.residents.list_rooms(clerk)] == ["3栋2单元1501", "10栋201"]
    assert services.residents.count_rooms(clerk, building_id=room.building_id) == 1


def test_room_edits_are_validated_and_audited(services, clerk, room):
    edited = services.residents.update_room(
        clerk, room.id, RoomEdit(floor=15, area="90.1㎡", occupancy=Occupancy.RENTED, notes="朝南")
    )
    assert (edited.area, edited.occupancy, edited.notes) == (
        Decimal("90.10"),
        Occupancy.RENTED,
        "朝南",
    )
    with pytest.raises(ValidationError) as caught:
        services.residents.update_room(clerk, room.id, RoomEdit(15, "九十", Occupancy.VACANT))
    assert caught.value.field == "area"
    events = [e.action for e in history(services.ctx, "room", room.id)]
    assert events == ["create", "update"]


def test_registering_a_resident(services, clerk, room):
    resident = services.residents.add_resident(clerk, room.id, ZHANG)

    assert resident.phones == ("13812345678", "0571-88886666")
    assert resident.room_label == "3栋2单元1501"
    assert resident.current and resident.relation is Relation.OWNER
    assert resident.emergency_phone == "13900001111"
    assert services.residents.get_room(clerk, room.id).residents == 1
    event = history(services.ctx, "resident", resident.id)[0]
    assert event.action == "create"
    assert event.new_values["id_number"] == mask_id_number(ID_ZHANG)  # never in full
    with pytest.raises(Conflict):
        services.residents.add_resident(clerk, room.id, ResidentDraft("张伟强"))


def test_id_numbers_are_masked_except_to_supervisors(services, admin, clerk, room):
    resident = services.residents.add_resident(clerk, room.id, ZHANG)
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    manager = make_user(services, admin, Role.MANAGER)

    assert resident.id_number == "1101**********0037" and resident.id_number_masked
    assert services.residents.get_resident(supervisor, resident.id).id_number == ID_ZHANG
    assert services.residents.get_resident(manager, resident.id).id_number == ID_ZHANG
    detail = services.residents.room_detail(clerk, room.id)
    assert detail.residents[0].id_number == "1101**********0037"


def test_a_form_that_sends_the_masked_number_back_keeps_the_number(
    services, clerk, supervisor, room
):
    resident = services.residents.add_resident(clerk, room.id, ZHANG)
    shown = services.residents.get_resident(clerk, resident.id)

    draft = replace(ZHANG, id_number=shown.id_number, notes="常住")
    services.residents.update_resident(clerk, resident.id, draft)
    services.residents.update_resident(clerk, resident.id, replace(draft, id_number=None))

    assert services.residents.get_resident(supervisor, resident.id).id_number == ID_ZHANG


def test_a_clerk_who_sees_the_number_masked_cannot_blank_or_replace_it(
    services, clerk, supervisor, room
):
    # GIVEN a resident whose ID number the clerk sees masked
    resident = services.residents.add_resident(clerk, room.id, ZHANG)
    assert services.residents.get_resident(clerk, resident.id).id_number_masked

    # WHEN the clerk's form sends the number back empty, with another change
    services.residents.update_resident(
        clerk, resident.id, replace(ZHANG, id_number="", notes="常住")
    )
    # ... or types another number over it
    with pytest.raises(PermissionDenied) as refused:
        services.residents.update_resident(clerk, resident.id, replace(ZHANG, id_number=ID_LI))

    # THEN the stored number is kept, the mask never stored, the refusal points at the field
    assert refused.value.field == "id_number" and "supervisor" in refused.value.message
    stored = services.residents.get_resident(supervisor, resident.id)
    assert (stored.id_number, stored.notes) == (ID_ZHANG, "常住")
    assert all(
        "id_number" not in (event.new_values or {})
        for event in history(services.ctx, "resident", resident.id)[1:]
    )
    # ... while a supervisor, who sees it in full, may correct or clear it
    services.residents.update_resident(supervisor, resident.id, replace(ZHANG, id_number=ID_LI))
    assert services.residents.get_resident(supervisor, resident.id).id_number == ID_LI
    services.residents.update_resident(supervisor, resident.id, replace(ZHANG, id_number=""))
    assert services.residents.get_resident(supervisor, resident.id).id_number == ""


def test_editing_a_resident_is_audited_old_and_new(services, clerk, supervisor, room):
    resident = services.residents.add_resident(clerk, room.id, ZHANG)

    services.residents.update_resident(
        supervisor, resident.id, replace(ZHANG, phones=["13812345678"], id_number=ID_LI)
    )

    event = history(services.ctx, "resident", resident.id)[-1]
    assert event.action == "update" and event.actor_name == "supervisor"
    assert event.old_values["phones"] == "13812345678,0571-88886666"
    assert event.new_values["phones"] == "13812345678"
    assert event.new_values["id_number"] == mask_id_number(ID_LI)
    assert services.residents.get_resident(supervisor, resident.id).id_number == ID_LI
    # Nothing changed, nothing written.
    unchanged = replace(ZHANG, phones=["13812345678"], id_number=None)
    services.residents.update_resident(clerk, resident.id, unchanged)
    assert len(history(services.ctx, "resident", resident.id)) == 2


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ResidentDraft(" "), "name"),
        (ResidentDraft("张三", phones="1381234567"), "phones"),
        (ResidentDraft("张三", id_number="110101198001010038"), "id_number"),
        (ResidentDraft("张三", relation="landlord"), "relation"),
        (ResidentDraft("张三", emergency_phone="88886666"), "emergency_phone"),
        (
            ResidentDraft("张三", move_in=date(2024, 1, 1), move_out=date(2023, 1, 1)),
            "move_out",
        ),
        (ResidentDraft("张三", phones=[f"1381234567{n}" for n in range(5)]), "phones"),
    ],
)
def test_invalid_residents_are_refused_with_the_field(services, clerk, room, draft, field):
    with pytest.raises(ValidationError) as caught:
        services.residents.add_resident(clerk, room.id, draft)
    assert caught.value.field == field


def test_moving_out_keeps_the_resident(services, clerk, room, clock):
    resident = services.residents.add_resident(clerk, room.id, ZHANG)
    tenant = services.residents.add_resident(
        clerk, room.id, ResidentDraft("李娜", Relation.TENANT, "13987654321")
    )

    moved = services.residents.move_out(clerk, tenant.id, date(2026, 11, 20), note="租约到期")

    assert moved.move_out == date(2026, 11, 20) and not moved.current
    detail = services.residents.room_detail(clerk, room.id)
    assert [r.name for r in detail.residents] == ["张伟强", "李娜"]  # current first
    assert [r.name for r in detail.current] == ["张伟强"]
    assert [r.name for r in detail.former] == ["李娜"]
    assert detail.room.residents == 1
    event = history(services.ctx, "resident", tenant.id)[-1]
    assert (event.action, event.reason, event.new_values) == (
        "move_out",
        "租约到期",
        {"move_out": "2026-11-20"},
    )
    with pytest.raises(Conflict):
        services.residents.move_out(clerk, tenant.id)
    with pytest.raises(ValidationError):
        services.residents.move_out(clerk, resident.id, date(2019, 1, 1))  # before move-in
    # The same name may register again once the earlier record has moved out.
    services.residents.add_resident(clerk, room.id, ResidentDraft("李娜", Relation.TENANT))


def test_a_room_list_page_shows_who_lives_there(services, admin, clerk, room):
    # GIVEN a room with an owner, a tenant who moved out and a family member
    tenant = services.residents.add_resident(clerk, room.id, ResidentDraft("李娜", "tenant"))
    services.residents.add_resident(clerk, room.id, ResidentDraft("张小红", "family"))
    services.residents.add_resident(clerk, room.id, ZHANG)
    services.residents.move_out(clerk, tenant.id, date(2026, 11, 20))
    empty = services.residents.add_room(clerk, RoomDraft("3", "1502", "2"))
    # WHEN the page asks for the names of the people living in its rooms
    names = services.residents.current_names(clerk, [room.id, empty.id])
    # THEN the owner comes first, the one who moved out is left out, empty rooms too
    assert names == {room.id: ("张伟强", "张小红")}
    with pytest.raises(PermissionDenied):
        services.residents.current_names(admin, [room.id])


def test_a_room_list_can_be_narrowed_to_what_a_search_found(services, clerk, room):
    other = services.residents.add_room(clerk, RoomDraft("10", "201"))
    services.residents.add_room(clerk, RoomDraft("3", "1502", "2"))
    found = [other.id, room.id]

    assert [r.label for r in services.residents.list_rooms(clerk, room_ids=found)] == [
        "3栋2单元1501",
        "10栋201",
    ]
    assert services.residents.count_rooms(clerk, room_ids=found) == 2
    assert services.residents.count_rooms(clerk, room_ids=found, building_id=other.building_id) == 1
    assert services.residents.count_rooms(clerk, room_ids=[]) == 0


def test_a_wrong_record_is_voided_by_a_supervisor_with_a_reason(services, clerk, supervisor, room):
    resident = services.residents.add_resident(clerk, room.id, ZHANG)

    with pytest.raises(PermissionDenied):
        services.residents.void_resident(clerk, resident.id, "重复登记")
    with pytest.raises(ValidationError):
        services.residents.void_resident(supervisor, resident.id, "  ")
    voided = services.residents.void_resident(supervisor, resident.id, "重复登记")

    assert voided.voided and voided.void_reason == "重复登记" and not voided.current
    assert services.residents.room_detail(clerk, room.id).residents == ()
    assert len(services.residents.room_detail(clerk, room.id, include_voided=True).residents) == 1
    with services.db.read() as session:
        keys = session.scalar(
            select(func.count(ResidentKey.id)).where(ResidentKey.resident_id == resident.id)
        )
    assert keys == 0  # no longer found by the lookup
    with pytest.raises(Conflict):
        services.residents.update_resident(clerk, resident.id, ZHANG)
    assert history(services.ctx, "resident", resident.id)[-1].action == "void"


def test_roles(services, admin, clerk, room):
    with pytest.raises(PermissionDenied):
        services.residents.add_resident(admin, room.id, ZHANG)  # admin does no desk work
    with pytest.raises(PermissionDenied):
        services.residents.room_detail(admin, room.id)
    with pytest.raises(NotFound):
        services.residents.room_detail(clerk, 9999)


def test_a_room_needs_its_community_when_there_are_several(services, clerk, community):
    services.residents.add_community(clerk, "二期")
    with pytest.raises(ValidationError) as caught:
        services.residents.add_room(clerk, RoomDraft("1", "101"))
    assert caught.value.field == "community"
    room = services.residents.add_room(clerk, RoomDraft("1", "101", community_id=community.id))
    assert room.community == "阳光花园"
    with pytest.raises(Conflict):
        services.residents.add_community(clerk, "二期")


def test_bulk_registration_writes_one_summary_event(services, clerk, supervisor):
    rooms = demo_rooms(5, 40, 120)
    with pytest.raises(PermissionDenied):
        services.residents.bulk_register(clerk, "阳光花园", rooms)

    result = services.residents.bulk_register(supervisor, "阳光花园", rooms, note="first fill")

    assert (result.rooms, result.residents) == (40, 120)
    assert services.residents.count_rooms(clerk) == 40
    events = history(services.ctx, "community", result.community_id)
    assert [(e.action, e.new_values, e.reason) for e in events] == [
        ("bulk_register", {"rooms": 40, "residents": 120}, "first fill")
    ]
    with pytest.raises(Conflict):
        services.residents.bulk_register(supervisor, "阳光花园", rooms[:1])
    with pytest.raises(ValidationError):
        services.residents.bulk_register(
            supervisor, "阳光花园", [BulkRoom("9", "101", residents=(ResidentDraft(""),))]
        )


def test_the_demo_estate_is_reproducible_and_valid():
    first, second = demo_rooms(3, 300), demo_rooms(3, 300)
    assert first == second
    assert first != demo_rooms(4, 300)
    people = [p for room in first for p in room.residents]
    assert len(people) == 900
    assert {p.relation for p in people} == set(Relation)
    assert any(p.move_out for p in people)
    for person in people:
        assert normalize_id_number(person.id_number) == person.id_number
        for phone in person.phones:
            assert normalize_phone(phone) == phone


def test_rooms_page_by_the_last_room_seen_in_natural_order(services, clerk, supervisor):
    result = services.residents.bulk_register(supervisor, "阳光花园", demo_rooms(5, 40, 60))
    for building in ("10", "2"):
        services.residents.add_room(
            clerk, RoomDraft(building, "101", community_id=result.community_id)
        )
    everything = [r.id for r in services.residents.list_rooms(clerk, limit=1000)]
    pages, after = [], None
    while page := services.residents.list_rooms(
        clerk, community_id=result.community_id, after=after, limit=15
    ):
        pages.append(page)
        after = page[-1].id
    assert [len(page) for page in pages] == [15, 15, 12]
    assert [room.id for page in pages for room in page] == everything
    labels = [room.label for page in pages for room in page]
    assert labels.index("2栋101") < labels.index("10栋101")  # natural order across pages


def test_a_resident_s_history_reads_in_words(services, clerk, supervisor, room):
    person = services.residents.add_resident(
        clerk, room.id, ResidentDraft("张伟", Relation.TENANT, ["13812345678"], ID_ZHANG)
    )
    services.residents.update_resident(
        clerk,
        person.id,
        ResidentDraft("张伟", Relation.OWNER, ["13812345678", "13987654321"], None),
    )
    services.residents.move_out(clerk, person.id, date(2026, 11, 20), "搬走了")
    made, changed, moved = services.residents.resident_history(clerk, person.id)
    assert made.action == "Registered"
    shown = {change.label: change.new for change in made.changes}
    assert shown["Room"] == "3栋2单元1501" and shown["Relation"] == "Tenant"
    assert shown["ID number"] == mask_id_number(ID_ZHANG)  # the trail keeps it masked
    assert {c.label: (c.old, c.new) for c in changed.changes} == {
        "Relation": ("Tenant", "Owner"),
        "Phones": ("13812345678", "13812345678 / 13987654321"),
    }
    assert (moved.action, moved.reason) == ("Moved out", "搬走了")
    assert [(c.label, c.old, c.new) for c in moved.changes] == [
        ("Move-out date", "(empty)", "2026-11-20")
    ]
    room_made, *_ = services.residents.room_history(clerk, room.id)
    assert {c.label: c.new for c in room_made.changes}["Occupancy"] == "Vacant"
