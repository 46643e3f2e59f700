"""Complaints at a glance, through the services the screens call: the workbench's lists
(who sees what, in which order), the daily summary's complaint figures counted here
independently on a demo day, and the global search finding complaints."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.demo.build import build_demo
from desk_app.domain.complaints import Complaint, ComplaintStep
from desk_app.domain.roles import Role
from desk_app.services.complaints.views import ComplaintDraft
from tests.conftest import PASSWORD, ZONE, make_user
from tests.register_fixtures import one_home

OPEN = {"received", "assessed", "investigated", "proposed", "approved", "carried_out"}
OPEN |= {"called_back", "summarised"}


@pytest.fixture
def home(services, admin):
    return one_home(services, admin)


@pytest.fixture
def manager(services, admin):
    return make_user(services, admin, Role.MANAGER)


def noise(home, **changes) -> ComplaintDraft:
    draft = ComplaintDraft(
        complainant=home.resident,
        room_id=home.room_id,
        phone=home.phone,
        content="楼上每晚十一点后装修，吵得睡不着",
        category="neighbours",
    )
    return replace(draft, **changes)


def _lists(services, actor) -> dict[str, list[str]]:
    return {lst.key: [i.serial for i in lst.items] for lst in services.home.lists(actor)}


def _to_proposed(cp, clerk, made):
    cp.steps.assess(clerk, made.id, nature="valid", category=made.category)
    cp.steps.investigate(clerk, made.id, cause="装修未按规定时间", responsible="装修业主")
    return cp.steps.propose(clerk, made.id, "约谈装修户，限定施工时间")


# -- the workbench ------------------------------------------------------------------------


def test_a_major_complaint_tops_everyones_workbench_until_acknowledged(
    services, clerk, supervisor, manager, home
):
    cp = services.complaints
    major = cp.intake.create(
        clerk, noise(home, content="3栋电梯困人半小时无人处理", category="facilities", major=True)
    )
    for actor in (clerk, supervisor, manager):
        lists = services.home.lists(actor)
        assert lists[0].key == "complaints.major_unacknowledged", actor.role
        assert lists[0].late and [i.serial for i in lists[0].items] == [major.serial]
        assert lists[0].items[0].page == "complaints"
    cp.intake.acknowledge(manager, major.id)
    assert "complaints.major_unacknowledged" not in _lists(services, clerk)


def test_deadlines_near_and_passed_are_listed_nearest_first(services, clerk, home, clock):
    cp = services.complaints
    first = cp.intake.create(clerk, noise(home))
    clock.advance(hours=5)
    second = cp.intake.create(clerk, noise(home, content="垃圾桶两天没人清", category="quality"))
    # reply due two days after receipt: within a day after 30 hours
    clock.advance(hours=25)
    lists = _lists(services, clerk)
    assert lists["complaints.due_soon"] == [first.serial, second.serial]
    assert "complaints.overdue" not in lists
    # 20 hours later the first reply is late, the second still near
    clock.advance(hours=20)
    found = {lst.key: lst for lst in services.home.lists(clerk)}
    assert [i.serial for i in found["complaints.overdue"].items] == [first.serial]
    assert found["complaints.overdue"].late and found["complaints.overdue"].rank < (
        found["complaints.due_soon"].rank
    )
    assert [i.serial for i in found["complaints.due_soon"].items] == [second.serial]
    # a reply made takes it off the late list (the resolution is days away)
    cp.steps.note(clerk, first.id, "phone", "已回复业主，正在协调")
    assert "complaints.overdue" not in _lists(services, clerk)


def test_approvals_wait_for_the_supervisor_or_for_the_manager_if_major(
    services, clerk, supervisor, manager, home
):
    cp = services.complaints
    general = _to_proposed(cp, clerk, cp.intake.create(clerk, noise(home)))
    major = cp.intake.create(clerk, noise(home, content="业主说要找媒体曝光", major=True))
    _to_proposed(cp, clerk, major)
    assert _lists(services, supervisor)["complaints.to_approve"] == [general.serial]
    assert "complaints.major_to_approve" not in _lists(services, supervisor)
    assert _lists(services, manager)["complaints.major_to_approve"] == [major.serial]
    assert "complaints.to_approve" not in _lists(services, manager)
    assert not {"complaints.to_approve", "complaints.major_to_approve"} & set(
        _lists(services, clerk)
    )
    cp.steps.approve(supervisor, general.id)
    assert "complaints.to_approve" not in _lists(services, supervisor)


def test_a_carried_out_complaint_waits_for_its_callback(services, clerk, supervisor, home):
    cp = services.complaints
    made = _to_proposed(cp, clerk, cp.intake.create(clerk, noise(home)))
    cp.steps.approve(supervisor, made.id)
    assert "complaints.callbacks_due" not in _lists(services, clerk)
    cp.steps.carry_out(clerk, made.id, done="已约谈，施工改到白天", confirmation="业主电话确认")
    assert _lists(services, clerk)["complaints.callbacks_due"] == [made.serial]
    cp.steps.callback(clerk, made.id, "satisfied", "晚上已安静")
    assert "complaints.callbacks_due" not in _lists(services, clerk)


def test_the_manager_is_told_of_a_major_complaint_and_the_notice_opens_it(
    services, clerk, manager, home
):
    major = services.complaints.intake.create(
        clerk, noise(home, content="业主说要找媒体曝光", major=True)
    )
    notices = {lst.key: lst for lst in services.home.lists(manager)}["notices.unread"]
    assert [(i.page, i.record_id, i.serial) for i in notices.items] == [
        ("complaints", major.id, major.serial)
    ]


# -- the daily summary --------------------------------------------------------------------


@pytest.fixture
def demo(services):
    build_demo(services, seed=5, password=PASSWORD, rooms=60, days=4)
    return services


def test_the_complaint_figures_agree_with_the_records_of_a_demo_day(demo, clock):
    clerk = demo.accounts.login("clerk", PASSWORD)
    supervisor = demo.accounts.login("supervisor", PASSWORD)
    cp = demo.complaints
    day = demo.ctx.today()
    # the day also has a major one, one dismissed, one closed and one voided
    draft = ComplaintDraft(
        complainant="王女士", place="地下车库", phone="13900001111", content="车库进水，车被泡"
    )
    major = cp.intake.create(clerk, replace(draft, category="incident", major=True))
    cp.steps.dismiss(clerk, cp.intake.create(clerk, draft).id, "经核实为误会，已解释")
    cp.steps.void(supervisor, cp.intake.create(clerk, draft).id, "重复登记")
    closed = _to_proposed(cp, clerk, cp.intake.create(clerk, replace(draft, category="quality")))
    cp.steps.approve(supervisor, closed.id)
    cp.steps.carry_out(clerk, closed.id, done="已抽水清淤", confirmation="业主确认")
    cp.steps.callback(clerk, closed.id, "satisfied", "满意")
    cp.steps.summarise(clerk, closed.id, cause="排水沟堵", lesson="巡查", prevention="定期清淤")
    cp.steps.close(supervisor, closed.id)
    # somebody whose only work of the day was taking a complaint was on duty too
    admin = demo.accounts.login("admin", PASSWORD)
    taker = make_user(demo, admin, Role.CLERK, "complaints_only")
    cp.intake.create(taker, replace(draft, category="fees", content="物业费多收了一个月"))
    clock.advance(hours=3)

    summary = demo.daily.summary(supervisor, day)
    now = demo.ctx.now()
    with demo.db.read() as session:
        rows = list(session.scalars(select(Complaint)))
        steps = list(session.scalars(select(ComplaintStep)))

    def aware(moment):
        return moment if moment.tzinfo else moment.replace(tzinfo=now.tzinfo)

    of_day = [c for c in rows if c.day == day and c.status != "voided"]
    assert summary.figure("complaints.opened") == len(of_day) >= 3
    for category, count in Counter(c.category for c in of_day).items():
        assert summary.figure(f"complaints.category.{category}") == count
    for level, count in Counter(c.level for c in of_day).items():
        assert summary.figure(f"complaints.level.{level}") == count
    assert summary.figure("complaints.level.major") >= 1

    def on_day(step):
        return aware(step.at).astimezone(ZONE).date() == day

    assert summary.figure("complaints.closed") == sum(
        1 for s in steps if s.action == "close" and on_day(s)
    )
    assert summary.figure("complaints.closed") >= 1
    assert summary.figure("complaints.dismissed") == sum(
        1 for s in steps if s.action == "dismiss" and on_day(s)
    )
    late = [c for c in rows if c.status in OPEN and c.due_at and aware(c.due_at) < now]
    assert summary.figure("complaints.overdue") == len(late) >= 1
    assert summary.figure("complaints.open") == sum(
        1 for c in rows if c.status in OPEN and c.day <= day
    )
    tables = {t.caption: t for s in summary.sections for t in s.tables}
    assert {row[0] for row in tables["超期投诉"].rows} == {c.serial for c in late}
    assert all(row[4] for row in tables["超期投诉"].rows)  # how late, as words
    majors = {c.serial for c in of_day if c.level == "major"}
    assert {row[0] for row in tables["当日重大投诉"].rows} == majors
    assert major.serial in majors
    assert taker.display_name in summary.on_duty
    # and on paper
    pdf = demo.daily.pdf(supervisor, day)
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    words = words.replace(" ", "").replace("\n", "")
    assert f"新受理（不含作废）{len(of_day)}" in words
    assert major.serial in words and late[0].serial in words


# -- the global search --------------------------------------------------------------------


def _found(services, actor, query) -> list[tuple[str, str]]:
    return [
        (group.key, hit.serial)
        for group in services.search.search(actor, query)
        for hit in group.hits
        if group.key == "complaints"
    ]


def test_the_search_finds_complaints_by_serial_words_name_room_and_phone(
    services, clerk, admin, home
):
    cp = services.complaints
    made = cp.intake.create(clerk, noise(home))
    other = cp.intake.create(
        clerk,
        ComplaintDraft(
            complainant="赵先生", place="2号门岗", phone="13700002222", content="保安态度恶劣"
        ),
    )
    groups = services.search.search(clerk, made.serial.lower())
    assert services.search.exact_hit(groups).record_id == made.id
    assert services.search.exact_hit(groups).page == "complaints"
    assert _found(services, clerk, "装修") == [("complaints", made.serial)]
    assert _found(services, clerk, "态度") == [("complaints", other.serial)]
    assert _found(services, clerk, "赵先生") == [("complaints", other.serial)]
    assert _found(services, clerk, home.resident) == [("complaints", made.serial)]
    assert _found(services, clerk, home.query) == [("complaints", made.serial)]
    assert _found(services, clerk, "13700002222") == [("complaints", other.serial)]
    assert _found(services, clerk, "门岗") == [("complaints", other.serial)]
    # a serial of another kind, or one nobody has, finds no complaint
    assert _found(services, clerk, "TS-20991231-0001") == []
    assert _found(services, clerk, made.serial.replace("TS", "PG")) == []
    # wildcards are plain characters
    assert _found(services, clerk, "%%") == [] and _found(services, clerk, "__") == []
