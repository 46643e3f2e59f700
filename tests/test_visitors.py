"""The visitor register through its services: sign-in with serials, the block list and
the reason to proceed, sign-out by serial, void, corrections, masking, the pass, the
export, the retention purge and the room history. Real databases, real PDFs."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.domain.errors import (
    IllegalTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.models import AuditEvent
from desk_app.domain.personal import id_check_character
from desk_app.domain.roles import Role
from desk_app.domain.visitors import Status, VisitorBlocked
from desk_app.services.visitors import BlockDraft, VisitDraft, VisitFilter
from tests.conftest import ZONE, make_user
from tests.register_fixtures import one_home

ID_NUMBER = "11010119800101003" + id_check_character("11010119800101003")


@pytest.fixture
def home(services, admin):
    return one_home(services, admin)


def guest(home, **changes) -> VisitDraft:
    values = dict(
        visitor_name="王小明",
        kind="guest",
        phone="139 1111 2222",
        room_id=home.room_id,
        host_name=home.resident,
        purpose="探望父母",
    )
    values.update(changes)
    return VisitDraft(**values)


def audit_actions(services, entity_type: str) -> list[str]:
    with services.db.read() as session:
        query = select(AuditEvent.action).where(AuditEvent.entity_type == entity_type)
        return list(session.scalars(query.order_by(AuditEvent.id)))


def test_sign_in_gives_the_day_serial_and_the_visit_is_on_site(services, clerk, home, clock):
    first = services.visitors.visits.sign_in(clerk, guest(home)).visit
    second = services.visitors.visits.sign_in(clerk, guest(home, visitor_name="李四")).visit

    # 09:30 in Beijing on 2026-11-23 (the fake clock)
    assert (first.serial, second.serial) == ("FK-20261123-0001", "FK-20261123-0002")
    assert first.status is Status.ON_SITE
    assert first.phone == "13911112222"
    assert first.room_label == home.room_label and first.host_name == "张伟强"
    on_site = services.visitors.visits.search(clerk, VisitFilter(on_site_only=True))
    assert [row.serial for row in on_site] == ["FK-20261123-0002", "FK-20261123-0001"]


def test_a_room_typed_and_not_picked_is_linked_when_it_names_one_room(services, clerk, home):
    row = services.visitors.visits.sign_in(clerk, guest(home, room_id=None, place="3-2-1501"))
    assert row.visit.room_id == home.room_id


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"visitor_name": "  "}, "visitor_name"),
        ({"plate": "京A1234"}, "plate"),  # six characters: no plate
        ({"plate": "粤BO1234"}, "plate"),  # no letter O on plates
        ({"id_number": "110101198001010030"}, "id_number"),  # wrong check digit
        ({"kind": "decoration"}, "permit_no"),  # a decoration worker needs the permit
        ({"companions": -1}, "companions"),
        ({"room_id": None, "place": ""}, "place"),
        ({"kind": "no-such-kind"}, "kind"),
        ({"visitor_name": "王\x00小明"}, "visitor_name"),
    ],
)
def test_bad_input_is_refused_with_the_field_at_fault(services, clerk, home, changes, field):
    with pytest.raises(ValidationError) as refused:
        services.visitors.visits.sign_in(clerk, guest(home, **changes))
    assert refused.value.field == field


def test_new_energy_plates_and_decoration_permits_are_taken(services, clerk, home):
    row = services.visitors.visits.sign_in(
        clerk, guest(home, kind="decoration", plate="粤b·d1234 5", permit_no="ZX-2026-017")
    ).visit
    assert (row.plate, row.permit_no, row.kind_label) == ("粤BD12345", "ZX-2026-017", "装修工人")


def test_the_id_number_is_masked_except_to_supervisors(services, admin, clerk, home):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    visit = services.visitors.visits.sign_in(clerk, guest(home, id_number=ID_NUMBER)).visit
    assert visit.id_number == "1101**********" + ID_NUMBER[-4:]
    assert services.visitors.visits.get(supervisor, visit.id).id_number == ID_NUMBER
    # and the append-only audit trail never holds the full number
    with services.db.read() as session:
        values = [str(e.new_values) for e in session.scalars(select(AuditEvent))]
    assert not any(ID_NUMBER in text for text in values)


def test_a_clerk_who_sees_the_mask_cannot_change_the_id_number(services, clerk, home):
    visit = services.visitors.visits.sign_in(clerk, guest(home, id_number=ID_NUMBER)).visit
    corrected = services.visitors.visits.update(
        clerk, visit.id, guest(home, id_number=visit.id_number, purpose="送东西"), "事由写错"
    )
    assert corrected.purpose == "送东西"
    other = "31010419900315002" + id_check_character("31010419900315002")
    with pytest.raises(PermissionDenied):
        services.visitors.visits.update(clerk, visit.id, guest(home, id_number=other), "改号")
    assert audit_actions(services, "visit") == ["create", "update"]


def test_sign_out_by_the_serial_as_scanned(services, clerk, home, clock):
    visit = services.visitors.visits.sign_in(clerk, guest(home)).visit
    clock.advance(minutes=75)
    out = services.visitors.visits.sign_out_serial(clerk, " fk-20261123-0001 ")
    assert out.status is Status.SIGNED_OUT
    assert out.departed_at == clock.current and out.signed_out_by == clerk.display_name
    assert services.visitors.visits.count(clerk, VisitFilter(on_site_only=True)) == 0
    with pytest.raises(IllegalTransition):
        services.visitors.visits.sign_out(clerk, visit.id)
    with pytest.raises(NotFound):
        services.visitors.visits.sign_out_serial(clerk, "FK-20261123-0099")


def test_void_needs_a_supervisor_and_a_reason_and_the_visit_stays(services, admin, clerk, home):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    visit = services.visitors.visits.sign_in(clerk, guest(home)).visit
    with pytest.raises(PermissionDenied):
        services.visitors.visits.void(clerk, visit.id, "登记错了")
    with pytest.raises(ValidationError):
        services.visitors.visits.void(supervisor, visit.id, " ")
    voided = services.visitors.visits.void(supervisor, visit.id, "重复登记")
    assert (voided.status, voided.void_reason) == (Status.VOIDED, "重复登记")
    assert services.visitors.visits.count(clerk, VisitFilter()) == 1


def test_the_block_list_stops_a_sign_in_until_a_reason_is_given(services, admin, clerk, home):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    services.visitors.blocks.add(
        supervisor, BlockDraft(name="王小明", phone="13911112222", reason="多次推销骚扰住户")
    )
    services.visitors.blocks.add(admin, BlockDraft(plate="京A12345", reason="乱停车堵消防通道"))

    with pytest.raises(VisitorBlocked) as blocked:
        services.visitors.visits.sign_in(clerk, guest(home, plate="京A·12345"))
    assert {m.on for m in blocked.value.matches} == {"name_phone", "plate"}
    assert "多次推销骚扰住户" in blocked.value.message
    assert services.visitors.visits.count(clerk, VisitFilter()) == 0

    signed = services.visitors.visits.sign_in(
        clerk, guest(home, plate="京A12345"), block_reason="业主到前台确认邀请"
    )
    assert signed.visit.block_reason == "业主到前台确认邀请" and len(signed.matches) == 2
    assert audit_actions(services, "visitor_block") == [
        "create",
        "create",
        "turned_away",
        "turned_away",
        "let_in",
        "let_in",
    ]


def test_block_entries_match_by_id_number_end_and_can_be_lifted(
    services, admin, clerk, home, clock
):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        services.visitors.blocks.add(clerk, BlockDraft(id_number=ID_NUMBER, reason="打架"))
    with pytest.raises(ValidationError):
        services.visitors.blocks.add(supervisor, BlockDraft(name="只有名字", reason="不够"))
    block = services.visitors.blocks.add(
        supervisor,
        BlockDraft(id_number=ID_NUMBER, reason="打架滋事", until=date(2026, 11, 24)),
    )
    draft = guest(home, visitor_name="别的名字", phone="", id_number=ID_NUMBER)
    with pytest.raises(VisitorBlocked):
        services.visitors.visits.sign_in(clerk, draft)
    clock.advance(days=2)  # the block has ended
    assert services.visitors.visits.sign_in(clerk, draft).matches == ()
    services.visitors.blocks.lift(supervisor, block, "误录")
    assert services.visitors.blocks.entries(supervisor) == []
    assert len(services.visitors.blocks.entries(supervisor, include_lifted=True)) == 1


def test_visitors_on_site_after_closing_are_flagged(services, clerk, home, clock):
    services.visitors.visits.sign_in(clerk, guest(home))
    assert services.visitors.visits.still_on_site_after_closing(clerk) == []
    clock.current = datetime(2026, 11, 23, 22, 5, tzinfo=ZONE)  # closing time is 22:00
    late = services.visitors.visits.still_on_site_after_closing(clerk)
    assert [row.serial for row in late] == ["FK-20261123-0001"]


def test_history_filters(services, clerk, home):
    visits = services.visitors.visits
    visits.sign_in(clerk, guest(home, plate="粤B12345"))
    visits.sign_in(clerk, guest(home, visitor_name="快递小哥", kind="courier"))
    assert [r.visitor_name for r in visits.search(clerk, VisitFilter(kind="courier"))] == [
        "快递小哥"
    ]
    assert len(visits.search(clerk, VisitFilter(plate="粤B12345"))) == 1
    assert len(visits.search(clerk, VisitFilter(plate="12345"))) == 1  # part of a plate
    assert len(visits.search(clerk, VisitFilter(name="小明"))) == 1
    assert len(visits.search(clerk, VisitFilter(room_ids=(home.room_id,)))) == 2
    assert visits.search(clerk, VisitFilter(date_from=date(2026, 11, 24))) == []


def test_the_pass_prints_the_serial_as_barcode_and_the_privacy_notice(services, admin, clerk, home):
    services.settings.update(admin, {"visitors.privacy_notice": "个人信息保存180天后删除。"})
    visit = services.visitors.visits.sign_in(clerk, guest(home, companions=2)).visit
    for paper in ("a6", "receipt80"):
        pdf = services.visitors.passes.print(clerk, visit.id, paper=paper)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        for words in (
            "访客通行证",
            "FK-20261123-0001",
            "王小明",
            home.room_label,
            "22:00",
            "个人信息保存180天后删除。",
            "2 人",
        ):
            assert words in text.replace("\n", ""), (paper, words)
    assert "补打" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert audit_actions(services, "visit").count("print") == 2


def test_export_is_for_supervisors_safe_and_audited(services, admin, clerk, home, tmp_path):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    services.visitors.visits.sign_in(clerk, guest(home, visitor_name="=cmd|' /C calc'!A0"))
    out = tmp_path / "visitors.csv"
    with pytest.raises(PermissionDenied):
        services.visitors.export(clerk, date(2026, 11, 1), date(2026, 11, 30), "csv", out)
    rows = services.visitors.export(supervisor, date(2026, 11, 1), date(2026, 11, 30), "csv", out)
    assert rows == 1
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0][:3] == ["编号", "状态", "访客姓名"]
    assert lines[1][2] == "'=cmd|' /C calc'!A0"
    assert audit_actions(services, "visitors") == ["export"]


def test_the_purge_blanks_old_phones_and_id_numbers_and_keeps_the_visit(
    services, admin, clerk, home, clock
):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    old = services.visitors.visits.sign_in(clerk, guest(home, id_number=ID_NUMBER)).visit
    clock.advance(days=179)
    recent = services.visitors.visits.sign_in(clerk, guest(home)).visit
    clock.advance(days=2)  # the first visit is now 181 days old, past the 180 kept
    with pytest.raises(PermissionDenied):
        services.visitors.retention.purge(clerk)
    assert services.visitors.retention.due(supervisor) == 1
    result = services.visitors.retention.purge(supervisor)
    assert result.visits == 1
    purged = services.visitors.visits.get(supervisor, old.id)
    assert (purged.phone, purged.id_number, purged.purged) == ("", "", True)
    assert purged.visitor_name == "王小明" and purged.serial == old.serial
    assert services.visitors.visits.get(supervisor, recent.id).phone == "13911112222"
    assert audit_actions(services, "visitor_retention") == ["purge"]
    assert "purge_personal" in audit_actions(services, "visit")


def test_the_room_history_shows_visits(services, clerk, home):
    services.visitors.visits.sign_in(clerk, guest(home))
    items = services.room_history.recent(clerk, home.room_id)
    assert [(i.kind, i.serial) for i in items] == [("visit", "FK-20261123-0001")]


def test_kinds_are_an_admin_edited_list(services, admin, clerk):
    with pytest.raises(PermissionDenied):
        services.visitors.visits.save_kind(clerk, "survey", "调研人员")
    services.visitors.visits.save_kind(admin, "survey", "调研人员")
    services.visitors.visits.save_kind(admin, "applicant", "应聘人员", active=False)
    codes = [k.code for k in services.visitors.visits.kinds()]
    assert codes[-1] == "survey" and "applicant" not in codes


def test_a_time_of_arrival_in_the_future_is_refused(services, clerk, home, clock):
    later = clock.current + timedelta(hours=1)
    with pytest.raises(ValidationError) as refused:
        services.visitors.visits.sign_in(clerk, guest(home, arrived_at=later))
    assert refused.value.field == "arrived_at"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"visitor_name": "王\ud800明"}, "visitor_name"),  # a lone surrogate
        ({"purpose": "很" * 10_000}, "purpose"),
        ({"visitor_name": "王" * 10_000}, "visitor_name"),
        ({"plate": "粤B" + "1" * 10_000}, "plate"),
        ({"phone": "1" * 10_000}, "phone"),
    ],
)
def test_hostile_input_gets_a_clear_message_never_a_crash(services, clerk, home, changes, field):
    with pytest.raises(ValidationError) as refused:
        services.visitors.visits.sign_in(clerk, guest(home, **changes))
    assert refused.value.field == field
    assert services.visitors.visits.count(clerk, VisitFilter()) == 0


def test_sql_and_formulas_are_kept_as_typed(services, clerk, home):
    name = "'; DROP TABLE visits; --"
    row = services.visitors.visits.sign_in(clerk, guest(home, visitor_name=name)).visit
    assert services.visitors.visits.get(clerk, row.id).visitor_name == name
    found = services.visitors.visits.search(clerk, VisitFilter(name="DROP TABLE"))
    assert [r.id for r in found] == [row.id]


def test_a_block_reason_without_a_match_is_not_kept(services, clerk, home):
    signed = services.visitors.visits.sign_in(clerk, guest(home), block_reason="以防万一")
    assert signed.matches == () and signed.visit.block_reason == ""


def test_block_list_id_numbers_are_masked_except_to_supervisors(services, admin):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    services.visitors.blocks.add(admin, BlockDraft(id_number=ID_NUMBER, reason="打架滋事"))
    assert services.visitors.blocks.entries(supervisor)[0].id_number == ID_NUMBER
    assert services.visitors.blocks.entries(admin)[0].id_number == "1101**********" + ID_NUMBER[-4:]
