"""Complaints through their services, on real databases: intake and classification, a
major one going to the manager at once, the repeat rule, working-day deadlines, the
steps and who may take them, the entry a complaint came from, papers and export."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.domain.complaints import Level, Status, Tier
from desk_app.domain.contacts import Category as ContactCategory
from desk_app.domain.contacts import FollowUp
from desk_app.domain.errors import IllegalTransition, PermissionDenied, ValidationError
from desk_app.domain.roles import Role
from desk_app.services.complaints.statistics import Month
from desk_app.services.complaints.views import ComplaintDraft, ComplaintFilter
from desk_app.services.contacts import ContactDraft
from desk_app.services.kit.links import RecordRef
from tests.conftest import PASSWORD, ZONE, make_user
from tests.register_fixtures import one_home


@pytest.fixture
def home(services, admin):
    return one_home(services, admin)


@pytest.fixture
def manager(services, admin):
    return make_user(services, admin, Role.MANAGER)


@pytest.fixture
def cp(services):
    return services.complaints


def noise(home, **changes) -> ComplaintDraft:
    draft = ComplaintDraft(
        complainant=home.resident,
        room_id=home.room_id,
        phone=home.phone,
        content="楼上每晚十一点后装修，吵得睡不着",
        category="neighbours",
    )
    return replace(draft, **changes)


def beijing(*args) -> datetime:
    return datetime(*args, tzinfo=ZONE).astimezone(UTC)


# -- major complaints --------------------------------------------------------------------------


def test_a_major_complaint_goes_to_the_manager_at_once_and_shows_until_acknowledged(
    services, cp, clerk, manager, supervisor, home
):
    made = cp.intake.create(
        clerk,
        noise(
            home,
            content="电梯困人半小时，物业无人处理",
            category="facilities",
            major=True,
            signs=("lift_trapped",),
        ),
    )
    assert made.serial == "TS-20261123-0001"
    assert (made.level, made.tier, made.notices) == (Level.MAJOR, Tier.MANAGER, ("major",))
    assert made.manager_notified_at is not None
    escalations = [t for t in made.timeline if t.action == "escalate"]
    assert [(t.tier, t.at) for t in escalations] == [(Tier.MANAGER, made.created_at)]
    notices = services.work_orders.notices.list(manager)
    assert [(n.kind, n.entity_type, n.entity_id) for n in notices] == [
        ("major_complaint", "complaint", made.id)
    ]
    assert [r.id for r in cp.queries.unacknowledged_major(clerk)] == [made.id]
    with pytest.raises(PermissionDenied):
        cp.intake.acknowledge(supervisor, made.id)
    seen = cp.intake.acknowledge(manager, made.id)
    assert seen.acknowledged_by == manager.display_name and not seen.needs_acknowledgement
    assert cp.queries.unacknowledged_major(clerk) == []
    assert services.work_orders.notices.list(manager) == []


def test_the_major_signs_are_suggested_from_the_words_and_the_households():
    from desk_app.domain.complaints import MajorSign, major_signs

    assert major_signs("地下车库水淹，有车被泡") == [MajorSign.FLOODING]
    assert major_signs("记者说要曝光，三楼着火了") == [MajorSign.FIRE, MajorSign.EXPOSURE]
    assert major_signs("门口垃圾没清") == []
    assert major_signs("门口垃圾没清", households=3) == [MajorSign.COLLECTIVE]


# -- the repeat rule ---------------------------------------------------------------------------


def test_a_repeat_within_the_window_is_linked_and_escalated_one_tier(cp, clerk, home, clock):
    first = cp.intake.create(clerk, noise(home))
    clock.advance(hours=3, minutes=59)
    second = cp.intake.create(clerk, noise(home, content="又在吵，第二次打电话了"))
    assert second.repeat_of == first.serial
    assert second.tier == Tier.SUPERVISOR and second.notices == ("repeat",)
    assert RecordRef("complaint", first.id) in second.links
    reason = [t.reason for t in second.timeline if t.action == "escalate"]
    assert reason == [f"4小时内同一房屋同类投诉（{first.serial}），自动升级"]
    # another category from the same home is no repeat
    other = cp.intake.create(clerk, noise(home, content="物业费多收了", category="fees"))
    assert (other.repeat_of, other.tier) == ("", Tier.DESK)


def test_no_repeat_outside_the_window(cp, clerk, home, clock):
    cp.intake.create(clerk, noise(home))
    clock.advance(hours=4, minutes=1)
    later = cp.intake.create(clerk, noise(home))
    assert (later.repeat_of, later.tier, later.notices) == ("", Tier.DESK, ())


# -- deadlines on working days ----------------------------------------------------------------


def test_deadlines_skip_the_national_day_week_and_count_the_make_up_saturday(
    cp, clerk, home, clock
):
    # 2026: 1-7 October off; Saturday 10 October is a working day (调休).
    clock.current = beijing(2026, 9, 30, 10, 0)
    made = cp.intake.create(clerk, noise(home))
    # 8, 9, 10 (Sat), 12, 13, 14, 15 October: the seventh working day is the 15th.
    assert made.resolve_due_at == datetime(2026, 10, 15, 23, 59, 59, tzinfo=ZONE)
    assert made.reply_due_at == beijing(2026, 10, 2, 10, 0)
    assert (made.due_phase.value, made.due_at) == ("reply", made.reply_due_at)
    question = cp.intake.create(clerk, noise(home, nature="question", category="fees"))
    # a consultation: three working days, 8, 9 and 10 October
    assert question.resolve_due_at == datetime(2026, 10, 10, 23, 59, 59, tzinfo=ZONE)
    on_spot = cp.intake.create(clerk, noise(home, solved_on_spot=True, category="other"))
    assert on_spot.reply_due_at is None and on_spot.due_phase.value == "resolve"


def test_an_override_day_entered_by_the_administrator_moves_the_deadline(
    cp, clerk, admin, home, clock
):
    clock.current = beijing(2026, 9, 30, 10, 0)
    cp.calendar.set_day(admin, date(2026, 10, 12), False, "台风停工")
    with pytest.raises(PermissionDenied):
        cp.calendar.set_day(clerk, date(2026, 10, 13), False)
    made = cp.intake.create(clerk, noise(home))
    assert made.resolve_due_at == datetime(2026, 10, 16, 23, 59, 59, tzinfo=ZONE)


def test_an_overdue_complaint_is_listed_as_overdue(cp, clerk, home, clock):
    made = cp.intake.create(clerk, noise(home))
    clock.advance(days=3)
    rows = cp.queries.page(clerk, ComplaintFilter(overdue_only=True))
    assert [(r.id, r.overdue) for r in rows] == [(made.id, True)]
    assert cp.queries.counts(clerk).overdue == 1
    cp.steps.note(clerk, made.id, "phone", "已回复业主，正在协调")
    assert cp.queries.counts(clerk).overdue == 0  # the reply is made; the resolution is not due


# -- steps and roles ---------------------------------------------------------------------------


def _to_proposed(cp, clerk, made):
    cp.steps.assess(clerk, made.id, nature="valid", category=made.category)
    cp.steps.investigate(clerk, made.id, cause="装修未按规定时间", responsible="装修业主")
    return cp.steps.propose(clerk, made.id, "约谈装修户，限定施工时间")


def test_a_clerk_cannot_approve_a_resolution_nor_a_supervisor_a_major_one(
    cp, clerk, supervisor, manager, home
):
    made = _to_proposed(cp, clerk, cp.intake.create(clerk, noise(home)))
    with pytest.raises(PermissionDenied):
        cp.steps.approve(clerk, made.id)
    assert cp.steps.approve(supervisor, made.id).status is Status.APPROVED
    major = cp.intake.create(
        clerk, noise(home, content="业主说要找媒体曝光", category="quality", major=True)
    )
    _to_proposed(cp, clerk, major)
    with pytest.raises(PermissionDenied):
        cp.steps.approve(supervisor, major.id)
    assert cp.steps.approve(manager, major.id).approved_by == manager.display_name


def test_the_whole_way_to_closed_with_a_written_reply(cp, clerk, supervisor, home):
    made = cp.intake.create(clerk, noise(home, written=True, channel="letter"))
    with pytest.raises(IllegalTransition):
        cp.steps.close(supervisor, made.id)
    _to_proposed(cp, clerk, made)
    cp.steps.approve(supervisor, made.id)
    cp.steps.carry_out(clerk, made.id, done="已约谈，施工改到白天", confirmation="业主电话确认")
    cp.steps.callback(clerk, made.id, "satisfied", "晚上已安静")
    cp.steps.summarise(
        clerk, made.id, cause="装修管理不到位", lesson="巡查要到位", prevention="装修晚间巡查"
    )
    with pytest.raises(IllegalTransition) as refused:
        cp.steps.close(supervisor, made.id)
    assert "written" in refused.value.template
    with pytest.raises(PermissionDenied):
        cp.steps.close(clerk, made.id)
    cp.steps.note(clerk, made.id, "written", "书面回复已送达")
    closed = cp.steps.close(supervisor, made.id)
    assert closed.status is Status.CLOSED and not closed.resolved_late
    assert [t.action for t in closed.timeline] == [
        "create", "assess", "investigate", "propose", "approve", "carry_out", "callback",
        "summarise", "note", "close",
    ]  # fmt: skip


def test_an_invalid_complaint_is_closed_with_the_explanation(cp, clerk, home):
    made = cp.intake.create(clerk, noise(home))
    with pytest.raises(ValidationError):
        cp.steps.dismiss(clerk, made.id, " ")
    done = cp.steps.dismiss(clerk, made.id, "经核实为正常作业时间，已向业主解释")
    assert done.status is Status.DISMISSED and done.end_reason.startswith("经核实")
    assert done.due_at is None


def test_escalation_climbs_the_chain_with_reasons_up_to_the_company(
    services, cp, clerk, manager, home
):
    made = cp.intake.create(clerk, noise(home))
    for reason in ("业主不接受", "业主要求经理出面", "业主要求公司答复"):
        made = cp.steps.escalate(clerk, made.id, reason)
    assert made.tier is Tier.COMPANY
    assert [(t.tier, t.reason) for t in made.timeline if t.action == "escalate"] == [
        (Tier.SUPERVISOR, "业主不接受"),
        (Tier.MANAGER, "业主要求经理出面"),
        (Tier.COMPANY, "业主要求公司答复"),
    ]
    assert len(services.work_orders.notices.list(manager)) == 1  # told on reaching the manager
    with pytest.raises(IllegalTransition):
        cp.steps.escalate(clerk, made.id, "再升级")


# -- from a contact entry and a work order; the room history ----------------------------------


def test_made_from_a_contact_entry_linked_both_ways_and_following_its_follow_up(
    services, cp, clerk, supervisor, home
):
    entry = services.contacts.log(
        clerk,
        ContactDraft(
            content="投诉保安态度恶劣，还骂人",
            category=ContactCategory.COMPLAINT,
            caller_name=home.resident,
            room_id=home.room_id,
            phone=home.phone,
            since="今天上午",
        ),
    )
    draft = cp.intake.draft_from_contact(clerk, entry.id)
    assert (draft.content, draft.room_id, draft.complainant, draft.category) == (
        entry.content,
        home.room_id,
        home.resident,
        "attitude",
    )
    made = cp.intake.create(clerk, draft)
    assert made.links == (RecordRef("contact", entry.id),)
    after = services.contacts.get(clerk, entry.id)
    assert RecordRef("complaint", made.id) in after.links
    assert (after.follow_up_status, after.follow_up_result) == (FollowUp.HANDED, made.serial)
    cp.steps.dismiss(clerk, made.id, "已当面解释并道歉")
    assert services.contacts.get(clerk, entry.id).follow_up_status == FollowUp.DONE
    items = services.room_history.recent(clerk, home.room_id)
    assert ("complaint", made.serial) in [(i.kind, i.serial) for i in items]


# -- papers and export -------------------------------------------------------------------------


def test_the_event_report_prints_every_step_and_a_reprint_says_so(cp, clerk, supervisor, home):
    made = _to_proposed(cp, clerk, cp.intake.create(clerk, noise(home)))
    cp.steps.escalate(clerk, made.id, "业主情绪激动")
    first = PdfReader(__import__("io").BytesIO(cp.papers.print_report(clerk, made.id)))
    text = "".join(page.extract_text() for page in first.pages)
    for words in ("住户投诉事件报告", made.serial, "邻里噪音", "约谈装修户", "升级上报至客服主管"):
        assert words in text
    assert "补打" not in text
    again = PdfReader(__import__("io").BytesIO(cp.papers.print_report(clerk, made.id)))
    assert "补打" in "".join(page.extract_text() for page in again.pages)


def test_the_monthly_statistics_count_the_month(cp, clerk, supervisor, home, clock):
    cp.intake.create(clerk, noise(home))
    cp.intake.create(clerk, noise(home, category="fees", nature="question", channel="visit"))
    voided = cp.intake.create(clerk, noise(home, category="other"))
    cp.steps.void(supervisor, voided.id, "重复登记")
    stats = cp.statistics.monthly(clerk, Month(2026, 11))
    assert stats.total == 2
    assert stats.by_category["neighbours"]["valid"] == 1
    assert stats.by_category["fees"]["question"] == 1
    assert (stats.by_channel["call"], stats.by_channel["visit"]) == (1, 1)
    assert stats.by_building == [("3栋", 2)]
    assert stats.chart[-1] == ("2026-11", 2) and len(stats.chart) == 12


def test_export_writes_safe_cells_and_is_audited(services, cp, clerk, supervisor, home, tmp_path):
    cp.intake.create(clerk, noise(home, content='=HYPERLINK("http://x")投诉'))
    path = tmp_path / "ts.csv"
    with pytest.raises(PermissionDenied):
        cp.export(clerk, date(2026, 11, 1), date(2026, 11, 30), "csv", path)
    assert cp.export(supervisor, date(2026, 11, 1), date(2026, 11, 30), "csv", path) == 1
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["编号", "投诉时间", "方式"]
    assert rows[1][6].startswith("'=HYPERLINK")


def test_hostile_input_is_refused_or_cleaned(cp, clerk, home):
    with pytest.raises(ValidationError) as nul:
        cp.intake.create(clerk, noise(home, content="a\x00b"))
    assert nul.value.field == "content"
    with pytest.raises(ValidationError):
        cp.intake.create(clerk, noise(home, content="投诉" * 5000))
    with pytest.raises(ValidationError):
        cp.intake.create(clerk, noise(home, content="\ud800坏"))
    with pytest.raises(ValidationError) as nowhere:
        cp.intake.create(clerk, noise(home, room_id=None, place=""))
    assert nowhere.value.field == "room"


def test_the_command_line_prints_the_report_and_the_monthly_statistics(
    services, cp, clerk, home, db_url, tmp_path, monkeypatch
):
    made = cp.intake.create(clerk, noise(home))
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    out = tmp_path / "r.pdf"
    assert (
        main(
            [
                "print",
                "complaint",
                made.serial,
                "--out",
                str(out),
                "--user",
                "clerk",
                "--db",
                db_url,
            ]
        )
        == 0
    )
    assert made.serial in PdfReader(out).pages[0].extract_text()
    monthly = tmp_path / "m.pdf"
    args = ["report", "complaints-monthly", "--month", "2026-11", "--out", str(monthly)]
    assert main([*args, "--user", "clerk", "--db", db_url]) == 0
    assert "客户月投诉统计表" in PdfReader(monthly).pages[0].extract_text()
    quarterly = tmp_path / "q.pdf"
    args = ["report", "complaints-quarterly", "--quarter", "2026-Q4", "--out", str(quarterly)]
    assert main([*args, "--user", "clerk", "--db", db_url]) == 0
    assert "用户投诉分析报告" in PdfReader(quarterly).pages[0].extract_text()
    sheet = tmp_path / "x.csv"
    args = ["export", "complaints", "--from", "2026-11-01", "--to", "2026-11-30"]
    assert (
        main([*args, "--out", str(sheet), "--user", "clerk", "--db", db_url]) == 2
    )  # clerk may not
