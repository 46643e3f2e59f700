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


@pytest.fixture(autouse=True)
def home(services, admin):
    """The register holds the room of LEAK: a repair is to a real room."""
    return one_home(services, admin)


@pytest.fixture
def any_room(home) -> int:
    return home.room_id
