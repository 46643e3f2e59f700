"""The contact log through its service, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk_app.domain.contacts import Category, FollowUp
from desk_app.domain.errors import Conflict, PermissionDenied, ValidationError
from desk_app.domain.roles import Role
from desk_app.services.contacts import ContactDraft, ContactFilter
from desk_app.services.kit.links import RecordRef
from tests.conftest import make_user
from tests.register_fixtures import one_home

DAY = date(2026, 11, 23)  # the FakeClock's day in Beijing

LEAK = ContactDraft(
    content="卫生间漏水，楼下天花板有水渍",
    category=Category.REPAIR,
    caller_name="张伟强",
    place="3栋2单元1501",
    phone="13812345678",
    since="昨天晚上",
)


def _consult(text: str = "咨询物业费缴纳方式", **kw) -> ContactDraft:
    return ContactDraft(content=text, category=Category.CONSULTATION, **kw)


def test_log_gives_gap_free_serials_per_day(services, clerk, clock):
    first = services.contacts.log(clerk, LEAK)
    second = services.contacts.log(clerk, _consult())
    assert (first.serial, second.serial) == ("LF-20261123-0001", "LF-20261123-0002")
    assert first.day == DAY and first.received_by == "clerk-名"
    assert first.follow_up_status == FollowUp.OPEN
    clock.advance(days=1)
    assert services.contacts.log(clerk, _consult()).serial == "LF-20261124-0001"


def test_a_repair_needs_the_five_clear_points(services, clerk):
    with pytest.raises(ValidationError) as missing_phone:
        services.contacts.log(clerk, ContactDraft(**{**LEAK.__dict__, "phone": ""}))
    assert missing_phone.value.field == "phone"
    with pytest.raises(ValidationError) as missing_since:
        services.contacts.log(clerk, ContactDraft(**{**LEAK.__dict__, "since": " "}))
    assert missing_since.value.field == "since"
    with pytest.raises(ValidationError) as no_content:
        services.contacts.log(clerk, _consult(text="   "))
    assert no_content.value.field == "content"
    # a consultation needs only what was asked
    assert services.contacts.log(clerk, _consult()).serial.endswith("0001")


def test_outgoing_call_records_who_called_and_the_outcome(services, clerk):
    row = services.contacts.log(
        clerk, _consult("致电业主确认维修时间", channel="call_out", call_outcome="no_answer")
    )
    assert row.outgoing and row.call_outcome == "no_answer" and row.received_by == "clerk-名"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("漏水", {"leak"}),
        ("天花板有水", {"leak"}),
        ("停车", {"parking"}),
        ("物业", {"fee"}),
        ("水", {"leak"}),
        ("漏雨", set()),
    ],
)
def test_text_search_finds_chinese_substrings(services, clerk, query, expected):
    ids = {
        "leak": services.contacts.log(clerk, LEAK).id,
        "parking": services.contacts.log(clerk, _consult("咨询地下停车月卡办理")).id,
        "fee": services.contacts.log(clerk, _consult()).id,
    }
    found = {row.id for row in services.contacts.search(clerk, ContactFilter(text=query))}
    assert found == {ids[name] for name in expected}


def test_search_index_follows_amendments(services, clerk):
    row = services.contacts.log(clerk, _consult("咨询停车"))
    services.contacts.update(clerk, row.id, _consult("咨询装修手续"))
    assert services.contacts.search(clerk, ContactFilter(text="停车")) == []
    assert [r.id for r in services.contacts.search(clerk, ContactFilter(text="装修"))] == [row.id]


def test_filters_and_newest_first(services, clerk, supervisor, clock):
    a = services.contacts.log(clerk, LEAK)
    clock.advance(minutes=5)
    b = services.contacts.log(supervisor, _consult(channel="visit"))

    def search(flt):
        return services.contacts.search(clerk, flt)

    assert [r.id for r in search(ContactFilter())] == [b.id, a.id]
    assert [r.id for r in search(ContactFilter(channel="visit"))] == [b.id]
    assert [r.id for r in search(ContactFilter(category="repair"))] == [a.id]
    assert [r.id for r in search(ContactFilter(received_by_id=clerk.user_id))] == [a.id]
    assert search(ContactFilter(date_from=DAY + timedelta(days=1))) == []
    assert services.contacts.count(clerk, ContactFilter(date_from=DAY, date_to=DAY)) == 2


def test_open_follow_ups_become_overdue(services, clerk, clock):
    row = services.contacts.log(clerk, LEAK)
    assert not row.overdue
    clock.advance(hours=25)
    assert services.contacts.get(clerk, row.id).overdue
    assert [r.id for r in services.contacts.search(clerk, ContactFilter(overdue_only=True))] == [
        row.id
    ]
    services.contacts.set_follow_up(clerk, row.id, FollowUp.DONE, "已修好")
    assert not services.contacts.get(clerk, row.id).overdue


def test_clerk_edits_own_entries_only_until_the_day_is_signed(
    services, admin, clerk, supervisor, clock
):
    other = make_user(services, admin, Role.CLERK, "other")
    row = services.contacts.log(clerk, _consult())
    services.contacts.update(clerk, row.id, _consult("咨询物业费发票"))
    with pytest.raises(PermissionDenied):
        services.contacts.update(other, row.id, _consult("改别人的"))
    services.contacts.sign_day(supervisor, DAY)
    with pytest.raises(PermissionDenied):
        services.contacts.update(clerk, row.id, _consult("签字后再改"))
    with pytest.raises(ValidationError):
        services.contacts.update(supervisor, row.id, _consult("主管修改"), reason="")
    amended = services.contacts.update(supervisor, row.id, _consult("主管修改"), reason="错别字")
    assert amended.content == "主管修改"
    from desk_app.services.kit import audit

    events = audit.history(services.ctx, "contact", row.id)
    assert [e.action for e in events] == ["create", "update", "update"]
    assert events[-1].reason == "错别字"
    assert events[-1].old_values == {"content": "咨询物业费发票"}
    worded = services.contacts.history(clerk, row.id)  # as the 修改记录 shows it
    assert [line.action for line in worded] == ["Logged", "Amended", "Amended"]
    assert worded[-1].reason == "错别字" and worded[-1].actor == "supervisor-名"
    assert [(c.label, c.old, c.new) for c in worded[-1].changes] == [
        ("What", "咨询物业费发票", "主管修改")
    ]
    # and a clerk cannot log into a signed day either
    with pytest.raises(ValidationError):
        services.contacts.log(clerk, _consult(occurred_at=clock.current - timedelta(minutes=5)))


def test_void_needs_a_supervisor_and_a_reason_and_keeps_the_entry(services, clerk, supervisor):
    row = services.contacts.log(clerk, _consult())
    with pytest.raises(PermissionDenied):
        services.contacts.void(clerk, row.id, "登记错了")
    with pytest.raises(ValidationError):
        services.contacts.void(supervisor, row.id, " ")
    voided = services.contacts.void(supervisor, row.id, "重复登记")
    assert voided.voided and voided.void_reason == "重复登记"
    assert [r.id for r in services.contacts.search(clerk, ContactFilter())] == [row.id]
    assert services.contacts.search(clerk, ContactFilter(include_voided=False)) == []
    with pytest.raises(Conflict):
        services.contacts.update(supervisor, row.id, _consult("再改"))


def test_review_and_sign_off(services, clerk, supervisor, clock):
    first = services.contacts.log(clerk, _consult())
    services.contacts.log(clerk, _consult("咨询装修"))
    services.contacts.review(supervisor, first.id, "已电话回复")
    with pytest.raises(PermissionDenied):
        services.contacts.sign_day(clerk, DAY)
    clock.advance(days=1)
    assert services.contacts.unsigned_days(clerk) == [DAY]
    status = services.contacts.sign_day(supervisor, DAY)
    assert (status.entries, status.reviewed, status.signed_by) == (2, 1, "supervisor-名")
    assert services.contacts.unsigned_days(clerk) == []
    with pytest.raises(Conflict):
        services.contacts.sign_day(supervisor, DAY)
    with pytest.raises(Conflict):
        services.contacts.review(supervisor, first.id)
    # follow-up goes on after the signature
    services.contacts.set_follow_up(clerk, first.id, FollowUp.DONE, "已回复")
    assert services.contacts.get(clerk, first.id).follow_up_result == "已回复"
    with pytest.raises(ValidationError):
        services.contacts.sign_day(supervisor, DAY + timedelta(days=5))


def test_one_step_onwards_links_both_ways(services, clerk):
    row = services.contacts.log(clerk, LEAK)
    draft = services.contacts.onward_draft(clerk, row.id)
    assert (draft.place, draft.contact_name, draft.phone, draft.text) == (
        "3栋2单元1501",
        "张伟强",
        "13812345678",
        LEAK.content,
    )
    services.contacts.link_onward(clerk, row.id, RecordRef("work_order", 42))
    assert services.contacts.get(clerk, row.id).links == (RecordRef("work_order", 42),)
    from desk_app.services.kit import links

    with services.db.read() as session:
        assert links.linked(session, RecordRef("work_order", 42)) == [RecordRef("contact", row.id)]


def test_printed_register_of_a_busy_day(services, clerk, supervisor, clock):
    # GIVEN 120 entries, some with long texts, one voided, and the day signed
    serials = []
    long_text = "住户反映卫生间顶部持续漏水，楼上装修后开始出现，已影响吊顶和灯具。" * 8
    for index in range(120):
        clock.advance(minutes=4)
        text = long_text if index % 10 == 0 else f"咨询第{index}号问题"
        serials.append(services.contacts.log(clerk, _consult(text)).serial)
    services.contacts.void(
        supervisor, services.contacts.search(clerk, ContactFilter())[0].id, "重复"
    )
    services.contacts.sign_day(supervisor, DAY)
    # WHEN it is printed
    pdf = services.contacts.print_register(clerk, DAY)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    # THEN every serial, the page numbers and the signature are on paper
    assert all(serial in text for serial in serials)
    assert f"共 {len(reader.pages)} 页" in text and len(reader.pages) > 3
    assert "主管审核签字：supervisor-名" in text
    assert "作废" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # A4 landscape


def test_unsigned_register_has_an_empty_signature_line(services, clerk):
    services.contacts.log(clerk, _consult())
    text = (
        PdfReader(io.BytesIO(services.contacts.print_register(clerk, DAY))).pages[0].extract_text()
    )
    assert "未签字" in text


def test_export_needs_a_supervisor_and_has_chinese_headers(services, clerk, supervisor, tmp_path):
    services.contacts.log(clerk, LEAK)
    services.contacts.log(clerk, _consult())
    with pytest.raises(PermissionDenied):
        services.contacts.export(clerk, DAY, DAY, "csv", tmp_path / "x.csv")
    assert services.contacts.export(supervisor, DAY, DAY, "csv", tmp_path / "x.csv") == 2
    rows = list(csv.reader((tmp_path / "x.csv").open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["编号", "时间", "方式"] and len(rows) == 3
    assert services.contacts.export(supervisor, DAY, DAY, "xlsx", tmp_path / "x.xlsx") == 2
    sheet = load_workbook(tmp_path / "x.xlsx").active
    assert sheet.cell(1, 1).value == "编号" and sheet.max_row == 3
    from desk_app.services.kit import audit

    assert len(audit.history(services.ctx, "contacts", f"{DAY}..{DAY}")) == 2


def test_room_history_shows_the_home_s_entries(services, clerk, any_room):
    row = services.contacts.log(clerk, ContactDraft(**{**LEAK.__dict__, "room_id": any_room}))
    services.contacts.log(clerk, _consult())
    items = services.room_history.recent(clerk, any_room)
    assert [(i.kind, i.record_id) for i in items] == [("contact", row.id)]
    assert services.contacts.get(clerk, row.id).room_label


# -- intake that catches mistakes (issue 9, item 13) --------------------------------------


def test_a_room_said_and_not_picked_is_linked_when_it_names_one_room(services, clerk, home):
    # LEAK names 3栋2单元1501 as typed, without choosing it from the completion
    row = services.contacts.log(clerk, LEAK)
    assert (row.room_id, row.room_label, row.place) == (home.room_id, "3栋2单元1501", LEAK.place)
    spelled = services.contacts.log(clerk, _consult(place="3-2-1501"))
    assert spelled.room_id == home.room_id  # however it is written
    items = services.room_history.recent(clerk, home.room_id)
    assert {item.record_id for item in items} == {row.id, spelled.id}  # the home's history


def test_a_repair_needs_a_real_room_or_a_public_place(services, clerk):
    nowhere = ContactDraft(**{**LEAK.__dict__, "place": "99-9-9999"})
    with pytest.raises(ValidationError) as refused:
        services.contacts.log(clerk, nowhere)
    assert refused.value.field == "place" and "99-9-9999" in refused.value.message
    assert services.contacts.count(clerk, ContactFilter()) == 0
    # a bare number found in no building, and a complaint, are refused alike
    with pytest.raises(ValidationError):
        services.contacts.log(clerk, ContactDraft(**{**LEAK.__dict__, "place": "8808"}))
    complaint = {**LEAK.__dict__, "place": "99-9-9999", "category": Category.COMPLAINT}
    with pytest.raises(ValidationError):
        services.contacts.log(clerk, ContactDraft(**complaint))
    # a public place is no room: kept as said
    lobby = services.contacts.log(clerk, ContactDraft(**{**LEAK.__dict__, "place": "3栋大堂"}))
    assert (lobby.room_id, lobby.where) == (None, "3栋大堂")
    # a consultation need not say where: what was said is kept, unlinked
    asked = services.contacts.log(clerk, _consult(place="99-9-9999"))
    assert (asked.room_id, asked.place) == (None, "99-9-9999")


# -- reading history (item 14) ---------------------------------------------------------------


def test_the_history_reads_in_words(services, clerk, home):
    engineering = next(d for d in services.accounts.list_departments() if d.name == "工程部")
    row = services.contacts.log(clerk, LEAK)
    amended = ContactDraft(
        **{
            **LEAK.__dict__,
            "category": Category.COMPLAINT,
            "forwarded_department_id": engineering.id,
        }
    )
    services.contacts.update(clerk, row.id, amended)
    services.contacts.link_onward(clerk, row.id, RecordRef("work_order", 999))
    logged, changed, linked = services.contacts.history(clerk, row.id)

    assert (logged.action, logged.actor) == ("Logged", "clerk-名")
    made = {change.label: change.new for change in logged.changes}
    assert made["Time"] == "2026-11-23 09:30"  # local time, as the desk read the clock
    assert made["Channel"] == "来电"  # the channel's name, not call_in
    assert made["Room"] == "3栋2单元1501"  # the room's label, not its id
    assert made["Category"] == "Repair" and made["Phone"] == "13812345678"
    assert all(change.old is None for change in logged.changes)
    words = {change.label: (change.old, change.new) for change in changed.changes}
    assert words == {
        "Category": ("Repair", "Complaint"),
        "Forwarded to": ("(empty)", "工程部"),
    }
    assert linked.action == "Linked" and linked.changes[0].label == "Work order"
    text = repr([logged, changed, linked])
    for raw in ("occurred_at", "channel_code", "room_id", "call_in", "None", "False", "True"):
        assert f"'{raw}'" not in text


# -- signing the day (item 15) ---------------------------------------------------------------


def test_several_entries_are_reviewed_at_once_or_none(services, clerk, supervisor, clock):
    entries = [services.contacts.log(clerk, _consult(f"咨询第{n}件事")) for n in range(3)]
    reviewed = services.contacts.review_many(supervisor, [e.id for e in entries], "已核对")
    assert [r.id for r in reviewed] == [e.id for e in entries]
    assert all(services.contacts.get(clerk, e.id).reviewed for e in entries)
    assert services.contacts.day_status(clerk, DAY).reviewed == 3
    with pytest.raises(PermissionDenied):
        services.contacts.review_many(clerk, [entries[0].id])
    # one entry of a signed day in the selection: none of them is marked
    services.contacts.sign_day(supervisor, DAY)
    clock.advance(days=1)
    fresh = services.contacts.log(clerk, _consult("第二天的咨询"))
    with pytest.raises(Conflict):
        services.contacts.review_many(supervisor, [fresh.id, entries[0].id])
    assert not services.contacts.get(clerk, fresh.id).reviewed


def test_a_day_changed_after_signing_asks_for_a_new_signature(services, clerk, supervisor, clock):
    first = services.contacts.log(clerk, _consult())
    clock.advance(hours=10)
    services.contacts.sign_day(supervisor, DAY)
    assert services.contacts.days_changed_after_signing(supervisor) == []
    # follow-up after the signature is progress, not a change of the day's register
    services.contacts.set_follow_up(clerk, first.id, FollowUp.DONE, "已回复")
    assert services.contacts.days_changed_after_signing(supervisor) == []

    # WHEN an entry is logged into the signed day afterwards (a call taken at 09:00)
    clock.advance(days=1)
    late = clock.current - timedelta(days=1, hours=8)
    services.contacts.log(supervisor, _consult("补登昨天的来电", occurred_at=late))
    # THEN the day is listed for a new signature instead of silently joining it
    [day] = services.contacts.days_changed_after_signing(supervisor)
    assert (day.day, day.changed_after_signing, day.entries) == (DAY, 1, 2)
    assert services.contacts.day_status(clerk, DAY).changed_after_signing == 1
    # an amendment and a void count too
    correction = _consult("主管更正", occurred_at=first.occurred_at)
    services.contacts.update(supervisor, first.id, correction, reason="错别字")
    services.contacts.void(supervisor, first.id, "重复登记")
    assert services.contacts.day_status(clerk, DAY).changed_after_signing == 3

    # WHEN the supervisor signs it again
    clock.advance(minutes=5)
    status = services.contacts.sign_day(supervisor, DAY)
    assert (status.signed_at, status.changed_after_signing) == (clock.current, 0)
    assert services.contacts.days_changed_after_signing(supervisor) == []
    with pytest.raises(Conflict):  # signed as it stands: nothing to sign again
        services.contacts.sign_day(supervisor, DAY)


# -- queries that scale ----------------------------------------------------------------------


def test_a_list_pages_by_the_last_entry_seen(services, clerk, clock):
    made = []
    for n in range(7):
        clock.advance(minutes=1)
        made.append(services.contacts.log(clerk, _consult(f"咨询{n}")).id)
    pages, after = [], None
    while page := services.contacts.search(clerk, ContactFilter(), after=after, limit=3):
        pages.append([row.id for row in page])
        after = page[-1].id
    assert pages == [made[:3:-1], made[3:0:-1], made[:1]]
    assert sum(pages, []) == made[::-1]


def test_the_list_names_the_records_made_from_an_entry(services, clerk, home):
    from desk_app.services.work_orders.views import WorkOrderDraft

    row = services.contacts.log(clerk, LEAK)
    order = services.work_orders.orders.create(
        clerk,
        WorkOrderDraft(**services.work_orders.orders.draft_from_contact(clerk, row.id).__dict__),
    )
    [listed] = services.contacts.search(clerk, ContactFilter())
    assert listed.onward == (order.serial,)
    assert services.contacts.get(clerk, row.id).links == (RecordRef("work_order", order.id),)


@pytest.fixture(autouse=True)
def home(services, admin):
    """The register holds the room of LEAK: a repair is to a real room."""
    return one_home(services, admin)


@pytest.fixture
def any_room(home) -> int:
    return home.room_id
