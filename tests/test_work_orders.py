"""Work orders through their service, on SQLite and PostgreSQL: life cycle, SLA clock,
callbacks, slips, scanning, search, export and the command line."""

from __future__ import annotations

import csv
import io
import threading
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.domain.contacts import Category
from desk_app.domain.errors import (
    AgreementRequired,
    Conflict,
    IllegalTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk_app.domain.roles import Role
from desk_app.domain.work_order_clock import DeadlinePhase, Level
from desk_app.domain.work_orders import (
    Action,
    CallOutcome,
    HoldReason,
    Location,
    Satisfaction,
    Status,
    Urgency,
)
from desk_app.services.contacts import ContactDraft
from desk_app.services.kit import audit
from desk_app.services.kit.links import RecordRef
from desk_app.services.kit.numbering import format_serial
from desk_app.services.work_orders.views import (
    QuoteLineDraft,
    ScanProblem,
    Sort,
    WorkOrderDraft,
    WorkOrderFilter,
)
from tests.conftest import PASSWORD, ZONE, make_user
from tests.register_fixtures import one_home

DAY = date(2026, 11, 23)  # the FakeClock's day in Beijing
MINUTES, HOURS = 60, 3600


@pytest.fixture
def home(services, admin):
    return one_home(services, admin)


@pytest.fixture
def wo(services):
    return services.work_orders


def leak(home, **changes) -> WorkOrderDraft:
    """A job inside the test home: the owner's bathroom leaks."""
    draft = WorkOrderDraft(
        description="卫生间漏水，楼下天花板有水渍",
        category="water",
        room_id=home.room_id,
        place="主卫",
        contact_name=home.resident,
        contact_phone=home.phone,
    )
    return replace(draft, **changes)


def lobby(**changes) -> WorkOrderDraft:
    """A job in a public area: the lobby light is out."""
    draft = WorkOrderDraft(
        description="3号楼大堂吸顶灯不亮",
        category="electrical",
        location=Location.PUBLIC_AREA,
        place="3号楼大堂",
    )
    return replace(draft, **changes)


def department(services, name: str) -> int:
    return next(d.id for d in services.accounts.list_departments() if d.name == name)


def completed(wo, clerk, draft, clock=None):
    """An order taken to completion, the clock moved on between steps."""
    row = wo.orders.create(clerk, draft)
    wo.steps.dispatch(clerk, row.id)
    if clock is not None:
        clock.advance(minutes=15)
    wo.steps.arrive(clerk, row.id)
    if clock is not None:
        clock.advance(minutes=40)
    return wo.steps.complete(clerk, row.id, work_done="更换角阀，试水正常")


def pdf_text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text() for page in reader.pages), len(reader.pages)


# -- serials --------------------------------------------------------------------------------------


def test_serials_are_gap_free_per_day(services, wo, clerk, home, clock):
    first = wo.orders.create(clerk, leak(home))
    second = wo.orders.create(clerk, lobby())
    assert (first.serial, second.serial) == ("PG-20261123-0001", "PG-20261123-0002")
    with pytest.raises(ValidationError) as empty:
        wo.orders.create(clerk, leak(home, description="  "))
    assert empty.value.field == "description"
    assert wo.orders.create(clerk, lobby()).serial == "PG-20261123-0003"  # no number lost
    clock.advance(days=1)
    assert wo.orders.create(clerk, lobby()).serial == "PG-20261124-0001"


def test_desks_at_once_draw_unique_gap_free_serials(wo, clerk):
    serials: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def desk():
        try:
            start.wait(timeout=30)
            for _ in range(4):
                serials.append(wo.orders.create(clerk, lobby()).serial)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=desk) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(serials) == [format_serial("PG", DAY, n) for n in range(1, 13)]


# -- the life cycle -------------------------------------------------------------------------------


def test_the_straight_path_records_every_step_with_time_and_actor(
    services, wo, clerk, supervisor, home, clock
):
    row = wo.orders.create(clerk, leak(home))
    assert row.status is Status.CREATED and row.department == "客服助理"  # routing
    assert row.actions == {Action.DISPATCH, Action.HOLD, Action.CANCEL, Action.VOID}
    assert row.can(clerk, Action.DISPATCH) and not row.can(clerk, Action.VOID)
    assert row.can(supervisor, Action.VOID)
    row = wo.steps.dispatch(clerk, row.id, technician="李师傅")
    assert (row.status, row.dispatched_by, row.technician) == (
        Status.DISPATCHED,
        "clerk-名",
        "李师傅",
    )
    clock.advance(minutes=30)
    row = wo.steps.arrive(clerk, row.id)
    clock.advance(hours=1)
    row = wo.steps.complete(clerk, row.id, work_done="更换角阀")
    assert row.status is Status.COMPLETED and not row.completed_late
    assert row.onsite_at == row.dispatched_at + timedelta(minutes=30)
    clock.advance(hours=2)
    row = wo.steps.return_slip(clerk, row.id)
    assert row.status is Status.SLIP_RETURNED
    row = wo.callbacks.record(supervisor, row.id, Satisfaction.VERY_SATISFIED, result="很及时")
    assert row.status is Status.CALLBACK_DONE and row.satisfaction is Satisfaction.VERY_SATISFIED
    row = wo.steps.close(clerk, row.id)
    assert row.status is Status.CLOSED and row.closed_at == clock.current
    assert row.deadline is None and row.actions == {Action.REOPEN}

    detail = wo.queries.get(clerk, row.id)
    assert [s.action for s in detail.steps] == [
        "create",
        "dispatch",
        "arrive",
        "complete",
        "return_slip",
        "callback",
        "close",
    ]
    assert [s.to_status for s in detail.steps][-1] is Status.CLOSED
    assert detail.steps[1].department == "客服助理"
    assert {s.actor for s in detail.steps} == {"clerk-名", "supervisor-名"}
    assert [s.at for s in detail.steps] == sorted(s.at for s in detail.steps)
    actions = [event.action for event in wo.history.events(clerk, row.id)]
    assert actions == [
        "create",
        "dispatch",
        "arrive",
        "complete",
        "return_slip",
        "callback",
        "close",
    ]
    assert wo.history.events(clerk, row.id)[1].old_values["status"] == "created"


def test_a_step_out_of_turn_is_refused_naming_both_states(wo, clerk, home):
    row = wo.orders.create(clerk, leak(home))
    with pytest.raises(IllegalTransition) as refused:
        wo.steps.complete(clerk, row.id)
    error = refused.value
    assert (error.current_state, error.requested_state) == ("created", "completed")
    assert row.serial in error.message and "Awaiting dispatch" in error.message
    assert "Completed" in error.message
    with pytest.raises(IllegalTransition):
        wo.steps.return_slip(clerk, row.id)
    with pytest.raises(IllegalTransition):
        wo.steps.resume(clerk, row.id)
    with pytest.raises(IllegalTransition):
        wo.callbacks.attempt(clerk, row.id, CallOutcome.NO_ANSWER)
    wo.steps.dispatch(clerk, row.id)
    with pytest.raises(IllegalTransition) as twice:
        wo.steps.dispatch(clerk, row.id)
    assert twice.value.current_state == "dispatched"
    assert wo.queries.get(clerk, row.id).status is Status.DISPATCHED  # nothing changed


def test_times_from_the_slip_are_checked(wo, clerk, home, clock):
    row = wo.orders.create(clerk, leak(home))
    wo.steps.dispatch(clerk, row.id)
    with pytest.raises(ValidationError) as future:
        wo.steps.arrive(clerk, row.id, at=clock.current + timedelta(hours=1))
    assert future.value.field == "at"
    with pytest.raises(ValidationError):
        wo.steps.arrive(clerk, row.id, at=clock.current - timedelta(hours=1))  # before dispatch
    clock.advance(hours=2)
    arrived = clock.current - timedelta(minutes=90)
    assert wo.steps.arrive(clerk, row.id, at=arrived.astimezone(ZONE)).onsite_at == arrived


def test_a_paid_job_is_dispatched_only_after_the_resident_agrees(services, wo, clerk, home):
    quote = (
        QuoteLineDraft("角阀", "2", "个", "15.00"),
        QuoteLineDraft("生料带", 1, "卷", Decimal("2")),
    )
    row = wo.orders.create(clerk, leak(home, paid=True, quote_lines=quote, labour_fee="50"))
    assert row.total == Decimal("82.00") and row.department == "工程部"  # paid → engineering
    lines = wo.queries.get(clerk, row.id).quote_lines
    assert [(q.name, q.amount) for q in lines] == [
        ("角阀", Decimal("30.00")),
        ("生料带", Decimal("2.00")),
    ]
    with pytest.raises(AgreementRequired) as refused:
        wo.steps.dispatch(clerk, row.id)
    assert refused.value.field == "resident_agreed" and row.serial in refused.value.message
    assert wo.orders.record_agreement(clerk, row.id, "业主电话同意").resident_agreed_at is not None
    # a changed quote needs the agreement again
    more = (*quote, QuoteLineDraft("软管", 1, "根", "12"))
    changed = wo.orders.update(
        clerk, row.id, leak(home, paid=True, quote_lines=more, labour_fee="50"), "加软管"
    )
    assert changed.total == Decimal("94.00") and changed.resident_agreed_at is None
    assert len(wo.queries.get(clerk, row.id).quote_lines) == 3
    with pytest.raises(AgreementRequired):
        wo.steps.dispatch(clerk, row.id)
    wo.orders.record_agreement(clerk, row.id)
    assert wo.steps.dispatch(clerk, row.id).status is Status.DISPATCHED
    history = wo.history.events(clerk, row.id)
    quote_change = next(e for e in history if e.action == "update")
    assert len(quote_change.old_values["quote"]) == 2 and len(quote_change.new_values["quote"]) == 3


def test_charges_and_free_jobs_do_not_mix(wo, clerk, home):
    with pytest.raises(ValidationError) as charged:
        wo.orders.create(clerk, leak(home, labour_fee="30"))
    assert charged.value.field == "paid"
    with pytest.raises(ValidationError) as empty:
        wo.orders.create(clerk, leak(home, paid=True))
    assert empty.value.field == "quote_lines"
    with pytest.raises(ValidationError) as bad:
        wo.orders.create(
            clerk, leak(home, paid=True, quote_lines=(QuoteLineDraft("阀", "x", "个", "1"),))
        )
    assert bad.value.field == "quote_lines"
    with pytest.raises(ValidationError) as phone:
        wo.orders.create(clerk, leak(home, contact_phone=""))
    assert phone.value.field == "contact_phone"
    with pytest.raises(ValidationError) as where:
        wo.orders.create(clerk, lobby(place=""))
    assert where.value.field == "place"


def test_transfer_and_hand_back_need_a_reason(services, wo, clerk, home):
    row = wo.orders.create(clerk, lobby())
    assert row.department == "工程部"  # public lighting
    wo.steps.dispatch(clerk, row.id)
    environment = department(services, "环境部")
    with pytest.raises(ValidationError) as no_reason:
        wo.steps.transfer(clerk, row.id, environment, " ")
    assert no_reason.value.field == "reason"
    with pytest.raises(ValidationError) as same:
        wo.steps.transfer(clerk, row.id, department(services, "工程部"), "转给自己")
    assert same.value.field == "department_id"
    moved = wo.steps.transfer(clerk, row.id, environment, "灯具由保洁外包负责", technician="王阿姨")
    assert (moved.status, moved.department, moved.transfer_count) == (
        Status.DISPATCHED,
        "环境部",
        1,
    )
    with pytest.raises(ValidationError):
        wo.steps.hand_back(clerk, row.id, "")
    back = wo.steps.hand_back(clerk, row.id, "不属本部门范围")
    assert back.status is Status.CREATED and back.awaiting_redispatch
    assert back.handback_count == 1 and back.technician == ""
    again = wo.steps.dispatch(clerk, row.id, department(services, "工程部"))
    assert again.department == "工程部" and not again.awaiting_redispatch
    steps = wo.queries.get(clerk, row.id).steps
    assert [(s.action, s.reason) for s in steps[2:4]] == [
        ("transfer", "灯具由保洁外包负责"),
        ("hand_back", "不属本部门范围"),
    ]
    assert steps[2].department == "环境部"


# -- the SLA clock --------------------------------------------------------------------------------


def test_hold_stops_the_clock_and_resume_returns_to_the_state_before(wo, clerk, home, clock):
    row = wo.orders.create(clerk, leak(home))  # normal: done within 48 hours
    created = clock.current
    wo.steps.dispatch(clerk, row.id)
    clock.advance(hours=10)
    with pytest.raises(ValidationError) as no_date:
        wo.steps.hold(clerk, row.id, HoldReason.PARTS, DAY - timedelta(days=1))
    assert no_date.value.field == "until"
    with pytest.raises(ValidationError):
        wo.steps.hold(clerk, row.id, HoldReason.OTHER, DAY + timedelta(days=2))  # other: say why
    held = wo.steps.hold(clerk, row.id, HoldReason.PARTS, DAY + timedelta(days=2), "等角阀到货")
    assert held.status is Status.ON_HOLD and held.held_from is Status.DISPATCHED
    assert held.paused and held.seconds_left == 38 * HOURS
    assert held.actions == {Action.RESUME, Action.CANCEL, Action.VOID}
    clock.advance(hours=45)  # past the original deadline
    still = wo.queries.get(clerk, row.id)
    assert still.seconds_left == 38 * HOURS and still.level is Level.OK
    assert wo.queries.count(clerk, WorkOrderFilter(overdue_only=True)) == 0
    assert wo.queries.counts(clerk).on_hold == 1
    resumed = wo.steps.resume(clerk, row.id, "配件已到")
    assert resumed.status is Status.DISPATCHED and not resumed.paused
    assert resumed.deadline == created + timedelta(hours=48 + 45)
    assert resumed.seconds_left == 38 * HOURS
    hold_step = wo.queries.get(clerk, row.id).steps[2]
    assert (hold_step.hold_reason, hold_step.hold_until, hold_step.reason) == (
        HoldReason.PARTS,
        DAY + timedelta(days=2),
        "等角阀到货",
    )


def test_an_emergency_is_amber_then_red_and_counted(services, wo, clerk, home, clock):
    normal = wo.orders.create(clerk, lobby())
    row = wo.orders.create(clerk, leak(home, urgency=Urgency.EMERGENCY))
    assert row.deadline_phase is DeadlinePhase.ONSITE
    assert row.deadline == clock.current + timedelta(minutes=20)
    assert row.level is Level.AMBER  # 20 minutes lie inside the 60-minute warning
    ordered = wo.queries.page(clerk, WorkOrderFilter(sort=Sort.DEADLINE))
    assert [r.id for r in ordered] == [row.id, normal.id]
    wo.steps.dispatch(clerk, row.id)
    clock.advance(minutes=21)
    late = wo.queries.get(clerk, row.id)
    assert late.level is Level.RED and late.seconds_left == -60
    counts = wo.queries.counts(clerk)
    assert (counts.overdue, counts.due_soon, counts.open, counts.awaiting_dispatch) == (1, 0, 2, 1)
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(overdue_only=True))] == [row.id]
    arrived = wo.steps.arrive(clerk, row.id)
    assert arrived.onsite_late and arrived.deadline_phase is DeadlinePhase.COMPLETE
    assert arrived.level is Level.OK and wo.queries.counts(clerk).overdue == 0
    clock.advance(hours=7)  # 7 h 21 min after the call: 39 minutes left
    assert wo.queries.get(clerk, row.id).level is Level.AMBER
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(due_soon_only=True))] == [row.id]
    assert wo.queries.counts(clerk).due_soon == 1
    clock.advance(hours=1)
    assert (
        wo.queries.get(clerk, row.id).level is Level.RED and wo.queries.counts(clerk).overdue == 1
    )


def test_an_emergency_completed_late_needs_the_stop_gap(wo, clerk, home, clock):
    row = wo.orders.create(clerk, leak(home, urgency=Urgency.EMERGENCY))
    wo.steps.dispatch(clerk, row.id)
    clock.advance(minutes=10)
    wo.steps.arrive(clerk, row.id)
    clock.advance(hours=9)
    with pytest.raises(ValidationError) as missing:
        wo.steps.complete(clerk, row.id, work_done="已修复")
    assert missing.value.field == "stop_gap" and row.serial in missing.value.message
    done = wo.steps.complete(clerk, row.id, work_done="已修复", stop_gap="先关闭阀门止水，等配件")
    assert done.completed_late and done.stop_gap == "先关闭阀门止水，等配件"
    assert done.deadline_phase is DeadlinePhase.CALLBACK
    # a normal job done late needs no stop-gap, and is recorded as late too
    normal = wo.orders.create(clerk, lobby())
    wo.steps.dispatch(clerk, normal.id)
    wo.steps.arrive(clerk, normal.id)
    clock.advance(hours=49)
    assert wo.steps.complete(clerk, normal.id).completed_late


def test_an_appointment_is_the_deadline_of_a_normal_job(wo, clerk, home, clock):
    appointment = clock.current + timedelta(days=3)
    row = wo.orders.create(clerk, leak(home, appointment_at=appointment))
    assert row.deadline == appointment and row.level is Level.OK
    with pytest.raises(ValidationError) as past:
        wo.orders.create(clerk, leak(home, appointment_at=clock.current - timedelta(hours=2)))
    assert past.value.field == "appointment_at"


def test_a_category_may_have_its_own_limit(services, wo, admin, clerk, clock):
    wo.categories.save(admin, "greenery", "绿化", complete_hours=120)
    with pytest.raises(PermissionDenied):
        wo.categories.save(clerk, "greenery", "绿化")
    row = wo.orders.create(clerk, lobby(category="greenery", description="草坪枯黄"))
    assert row.deadline == clock.current + timedelta(hours=120)
    assert row.department == "环境部"
    wo.categories.save(admin, "pests", "消杀")
    assert "pests" in [c.code for c in wo.categories.list()]
    wo.categories.save(admin, "pests", "消杀", active=False)
    assert "pests" not in [c.code for c in wo.categories.list()]
    with pytest.raises(ValidationError) as gone:
        wo.orders.create(clerk, lobby(category="pests"))
    assert gone.value.field == "category"


def test_a_major_job_notifies_the_managers(services, wo, admin, clerk, home):
    manager = make_user(services, admin, Role.MANAGER)
    row = wo.orders.create(
        clerk, leak(home, urgency=Urgency.MAJOR, description="主管道爆裂，整栋停水")
    )
    assert row.manager_notified_at is not None
    notices = wo.notices.list(manager)
    assert [(n.serial, n.kind) for n in notices] == [(row.serial, "major_work_order")]
    assert "主管道爆裂" in notices[0].text
    assert wo.queries.counts(manager).unread_notices == 1
    assert wo.notices.list(clerk) == [] and wo.queries.counts(clerk).unread_notices == 0
    wo.notices.acknowledge(manager, notices[0].id)
    assert wo.notices.list(manager) == [] and wo.queries.counts(manager).unread_notices == 0
    assert wo.notices.list(manager, unread_only=False)[0].read_by == "manager-名"
    with pytest.raises(NotFound):
        wo.notices.acknowledge(clerk, notices[0].id)
    event = next(e for e in wo.history.events(clerk, row.id) if e.action == "notify_manager")
    assert event.new_values == {"managers": ["manager"]}


def test_a_major_job_without_managers_waits_for_the_first_one(services, wo, admin, clerk, home):
    row = wo.orders.create(clerk, leak(home))
    wo.orders.update(clerk, row.id, leak(home, urgency=Urgency.MAJOR), "升级为重大")
    manager = make_user(services, admin, Role.MANAGER)
    assert [n.serial for n in wo.notices.list(manager)] == [row.serial]


# -- callbacks ------------------------------------------------------------------------------------


def test_three_failed_tries_make_it_unreachable_for_the_supervisor(
    wo, clerk, supervisor, home, clock
):
    row = completed(wo, clerk, leak(home), clock)
    assert row.callback_pending and row.deadline_phase is DeadlinePhase.CALLBACK
    assert row.deadline == row.completed_at + timedelta(hours=24)
    assert [r.id for r in wo.callbacks.due(clerk)] == [row.id]
    assert wo.queries.counts(clerk).callbacks_due == 1
    tried = wo.callbacks.attempt(clerk, row.id, CallOutcome.NO_ANSWER)
    assert tried.callback_attempts == 1 and not tried.callback_unreachable
    assert tried.callback_next_at == clock.current + timedelta(hours=1)
    assert wo.queries.counts(clerk).callbacks_due == 0  # not before the retry time
    clock.advance(hours=1)
    wo.callbacks.attempt(clerk, row.id, CallOutcome.BUSY)
    clock.advance(hours=1)
    assert wo.callbacks.unreachable(clerk) == []
    third = wo.callbacks.attempt(clerk, row.id, CallOutcome.NO_ANSWER, remarks="关机")
    assert third.callback_unreachable and third.status is Status.COMPLETED
    assert [r.id for r in wo.callbacks.unreachable(clerk)] == [row.id]
    assert wo.queries.counts(clerk).unreachable == 1
    with pytest.raises(ValidationError):
        wo.callbacks.attempt(clerk, row.id, CallOutcome.REACHED)
    with pytest.raises(PermissionDenied):
        wo.callbacks.settle_unreachable(clerk, row.id, "多次联系不上")
    settled = wo.callbacks.settle_unreachable(supervisor, row.id, "三次未接通，主管确认")
    assert settled.status is Status.CALLBACK_DONE and settled.satisfaction is None
    assert wo.callbacks.unreachable(clerk) == [] and wo.queries.counts(clerk).unreachable == 0
    calls = wo.queries.get(clerk, row.id).callbacks
    assert [c.outcome for c in calls] == [
        CallOutcome.NO_ANSWER,
        CallOutcome.BUSY,
        CallOutcome.NO_ANSWER,
        CallOutcome.UNREACHABLE,
    ]
    assert calls[2].remarks == "关机" and calls[-1].is_result
    wo.steps.return_slip(clerk, row.id)
    assert wo.steps.close(clerk, row.id).status is Status.CLOSED


def test_asked_to_call_later(wo, clerk, home, clock):
    row = completed(wo, clerk, leak(home))
    with pytest.raises(ValidationError) as no_time:
        wo.callbacks.attempt(clerk, row.id, CallOutcome.CALL_LATER)
    assert no_time.value.field == "call_later_at"
    later = clock.current + timedelta(hours=3)
    row = wo.callbacks.attempt(clerk, row.id, CallOutcome.CALL_LATER, call_later_at=later)
    assert row.callback_next_at == later and row.callback_attempts == 0


def test_callback_before_the_slip_and_closing_needs_both(wo, clerk, home, clock):
    row = completed(wo, clerk, leak(home), clock)
    clock.advance(hours=3)
    called = wo.callbacks.record(clerk, row.id, "satisfied", result="已修好")
    assert called.status is Status.CALLBACK_DONE and called.slip_outstanding
    assert Action.CLOSE not in called.actions
    with pytest.raises(Conflict):
        wo.steps.close(clerk, row.id)
    with pytest.raises(IllegalTransition):  # the result is saved and locked
        wo.callbacks.record(clerk, row.id, "fair")
    scanned = wo.slips.scan(clerk, row.serial)
    assert scanned.can_mark_returned
    back = wo.steps.return_slip(clerk, row.id)
    assert back.status is Status.CALLBACK_DONE and back.slip_returned_at == clock.current
    assert wo.steps.close(clerk, row.id).status is Status.CLOSED


def test_a_major_order_is_closed_by_a_supervisor_not_a_clerk(
    services, wo, admin, clerk, supervisor, home, clock
):
    manager = make_user(services, admin, Role.MANAGER)
    # GIVEN two major orders done, called back and with their slips back
    rows = []
    for text in ("主管道爆裂，整栋停水", "配电房跳闸，整栋停电"):
        row = completed(wo, clerk, leak(home, urgency=Urgency.MAJOR, description=text), clock)
        wo.callbacks.record(clerk, row.id, "satisfied", result="已修好")
        rows.append(wo.steps.return_slip(clerk, row.id))

    # THEN the clerk is refused, with the step named, and no button offers it
    with pytest.raises(PermissionDenied) as refused:
        wo.steps.close(clerk, rows[0].id)
    assert refused.value.message == "Your role (Clerk) may not close major work orders."
    assert not rows[0].can(clerk, Action.CLOSE) and rows[0].can(supervisor, Action.CLOSE)
    assert wo.queries.get(clerk, rows[0].id).status is Status.CALLBACK_DONE
    # ... a supervisor or a manager closes them
    assert wo.steps.close(supervisor, rows[0].id).status is Status.CLOSED
    assert wo.steps.close(manager, rows[1].id).status is Status.CLOSED


def test_a_saved_result_is_amended_only_by_a_supervisor_with_a_reason(wo, clerk, supervisor, home):
    row = completed(wo, clerk, leak(home))
    wo.callbacks.attempt(clerk, row.id, CallOutcome.BUSY)
    wo.callbacks.record(clerk, row.id, Satisfaction.FAIR, result="还行", remarks="")
    attempt, result = wo.queries.get(clerk, row.id).callbacks
    with pytest.raises(PermissionDenied):
        wo.callbacks.amend(clerk, result.id, reason="记错了", satisfaction="satisfied")
    with pytest.raises(ValidationError) as no_reason:
        wo.callbacks.amend(supervisor, result.id, reason=" ", satisfaction="satisfied")
    assert no_reason.value.field == "reason"
    with pytest.raises(Conflict):
        wo.callbacks.amend(supervisor, attempt.id, reason="改备注", remarks="x")
    amended = wo.callbacks.amend(
        supervisor, result.id, reason="业主来电更正评价", satisfaction=Satisfaction.SATISFIED
    )
    assert amended.satisfaction is Satisfaction.SATISFIED and amended.result == "还行"
    assert amended.amended_by == "supervisor-名" and amended.amended_at is not None
    assert wo.queries.get(clerk, row.id).satisfaction is Satisfaction.SATISFIED
    event = next(e for e in wo.history.events(clerk, row.id) if e.action == "amend_callback")
    assert event.reason == "业主来电更正评价"
    assert event.old_values == {"callback_id": result.id, "satisfaction": "fair"}
    assert event.new_values == {"callback_id": result.id, "satisfaction": "satisfied"}


def test_a_dissatisfied_callback_offers_to_reopen(wo, clerk, supervisor, home, clock):
    row = completed(wo, clerk, leak(home), clock)
    row = wo.callbacks.record(clerk, row.id, Satisfaction.DISSATISFIED, result="还在漏")
    assert row.offer_reopen and row.can(supervisor, Action.REOPEN)
    assert not row.can(clerk, Action.REOPEN)
    with pytest.raises(PermissionDenied):
        wo.steps.reopen(clerk, row.id, "返修")
    with pytest.raises(ValidationError):
        wo.steps.reopen(supervisor, row.id, "")
    clock.advance(hours=2)
    again = wo.steps.reopen(supervisor, row.id, "回访不满意，返修")
    assert again.status is Status.CREATED and again.reopen_count == 1 and again.awaiting_redispatch
    assert again.completed_at is None and again.satisfaction is None
    assert again.deadline == clock.current + timedelta(hours=48)  # a fresh clock
    assert len(wo.queries.get(clerk, row.id).callbacks) == 1  # the old call stays
    # the second round ends closed, and a closed order can be reopened too
    completed_again = wo.steps.dispatch(clerk, row.id)
    wo.steps.arrive(clerk, completed_again.id)
    wo.steps.complete(clerk, row.id)
    wo.steps.return_slip(clerk, row.id)
    wo.callbacks.record(clerk, row.id, Satisfaction.SATISFIED)
    wo.steps.close(clerk, row.id)
    assert wo.steps.reopen(supervisor, row.id, "业主再次报修同一问题").reopen_count == 2


def test_cancel_and_void_need_a_supervisor_and_a_reason(wo, clerk, supervisor, home):
    row = wo.orders.create(clerk, leak(home))
    wo.steps.dispatch(clerk, row.id)
    with pytest.raises(PermissionDenied) as refused:
        wo.steps.cancel(clerk, row.id, "业主自己修好了")
    assert refused.value.message == (
        "Your role (Clerk) may not cancel work orders that have been dispatched."
    )
    with pytest.raises(PermissionDenied) as refused:
        wo.steps.void(clerk, row.id, "重复登记")
    assert refused.value.message == "Your role (Clerk) may not void records."
    with pytest.raises(ValidationError):
        wo.steps.cancel(supervisor, row.id, " ")
    cancelled = wo.steps.cancel(supervisor, row.id, "业主自己修好了")
    assert cancelled.status is Status.CANCELLED and cancelled.end_reason == "业主自己修好了"
    assert cancelled.actions == frozenset() and cancelled.deadline is None
    voided = wo.steps.void(supervisor, wo.orders.create(clerk, lobby()).id, "重复登记")
    assert voided.status is Status.VOIDED and voided.ended
    assert wo.queries.count(clerk, WorkOrderFilter()) == 2  # nothing is deleted
    assert wo.queries.count(clerk, WorkOrderFilter(open_only=True)) == 0
    with pytest.raises(IllegalTransition):
        wo.steps.void(supervisor, row.id, "再作废一次")


def test_the_clerk_withdraws_an_own_order_until_it_is_first_dispatched(
    services, wo, admin, clerk, home
):
    other = make_user(services, admin, Role.CLERK, "other")
    # GIVEN two orders of the clerk still awaiting dispatch
    row = wo.orders.create(clerk, leak(home))
    handed_back = wo.orders.create(clerk, lobby())
    wo.steps.dispatch(clerk, handed_back.id)
    wo.steps.hand_back(clerk, handed_back.id, "不归我部门")

    # THEN another clerk may not cancel it, and the button says so too
    with pytest.raises(PermissionDenied) as refused:
        wo.steps.cancel(other, row.id, "业主自己修好了")
    assert refused.value.message == "Your role (Clerk) may not cancel work orders opened by others."
    assert not wo.queries.get(other, row.id).can(other, Action.CANCEL)
    # ... nor its author once a department has had it
    assert not wo.queries.get(clerk, handed_back.id).can(clerk, Action.CANCEL)
    with pytest.raises(PermissionDenied):
        wo.steps.cancel(clerk, handed_back.id, "业主自己修好了")

    # WHEN its author withdraws the order nobody has acted on
    assert wo.queries.get(clerk, row.id).can(clerk, Action.CANCEL)
    cancelled = wo.steps.cancel(clerk, row.id, "业主自己修好了")
    assert cancelled.status is Status.CANCELLED and cancelled.end_reason == "业主自己修好了"


def test_edits_by_the_author_or_a_supervisor(services, wo, admin, clerk, supervisor, home):
    other = make_user(services, admin, Role.CLERK, "other")
    row = wo.orders.create(clerk, leak(home))
    assert wo.orders.update(clerk, row.id, leak(home, place="次卫")).place == "次卫"
    with pytest.raises(PermissionDenied):
        wo.orders.update(other, row.id, leak(home, place="厨房"))
    assert (
        wo.orders.update(supervisor, row.id, leak(home, place="厨房"), "业主更正").place == "厨房"
    )
    wo.steps.dispatch(clerk, row.id)
    with pytest.raises(ValidationError) as moved:
        wo.orders.update(clerk, row.id, leak(home, department_id=department(services, "工程部")))
    assert moved.value.field == "department_id"
    event = [e for e in wo.history.events(clerk, row.id) if e.action == "update"][-1]
    assert event.old_values == {"place": "次卫"} and event.reason == "业主更正"


# -- one step onwards -----------------------------------------------------------------------------


def test_made_from_a_contact_entry_linked_both_ways_and_prefilled(
    services, wo, clerk, supervisor, home
):
    entry = services.contacts.log(
        clerk,
        ContactDraft(
            content="卫生间漏水，楼下天花板有水渍",
            category=Category.REPAIR,
            caller_name=home.resident,
            room_id=home.room_id,
            place=home.room_label,
            phone="138 1234 5678",
            since="昨天晚上",
        ),
    )
    draft = wo.orders.draft_from_contact(clerk, entry.id)
    assert (draft.description, draft.room_id, draft.contact_name, draft.contact_phone) == (
        entry.content,
        home.room_id,
        home.resident,
        "13812345678",
    )
    assert (draft.category, draft.location, draft.place) == ("water", Location.IN_HOME, "")
    assert draft.department_id == department(services, "客服助理")
    assert draft.source == RecordRef("contact", entry.id)
    row = wo.orders.create(clerk, replace(draft, place="主卫"))
    assert row.source == RecordRef("contact", entry.id)
    assert services.contacts.get(clerk, entry.id).links == (RecordRef("work_order", row.id),)
    other = services.contacts.log(clerk, ContactDraft(content="咨询停水时间"))
    services.contacts.void(supervisor, other.id, "登记错了")
    with pytest.raises(Conflict):
        wo.orders.create(clerk, lobby(source=RecordRef("contact", other.id)))


# -- paper ----------------------------------------------------------------------------------------


def test_every_print_is_logged_and_a_reprint_says_so(services, wo, clerk, home):
    row = wo.orders.create(clerk, leak(home))
    wo.steps.dispatch(clerk, row.id)
    text, pages = pdf_text(wo.slips.print(clerk, [row.id]))
    assert pages == 1  # three parts on one A4 sheet
    for part in ("第一联", "第二联", "第三联"):
        assert part in text
    assert row.serial in text and home.room_label in text
    assert "13812345678" in text and "138****5678" in text  # full on the stub only
    assert "补打" not in text and "第 1 次打印" in text
    assert wo.queries.get(clerk, row.id).print_count == 1
    again, _ = pdf_text(wo.slips.print(clerk, [row.id], reason="卡纸"))
    assert "补打" in again and "第 2 次打印" in again
    assert wo.queries.get(clerk, row.id).print_count == 2
    prints = wo.queries.get(clerk, row.id).prints
    assert [(p.copy_no, p.reprint, p.printed_by, p.paper) for p in prints] == [
        (1, False, "clerk-名", "a4"),
        (2, True, "clerk-名", "a4"),
    ]
    actions = [e.action for e in wo.history.events(clerk, row.id)]
    assert actions.count("print") == 1 and actions.count("reprint") == 1
    assert wo.slips.data(clerk, row.id).print_count == 3  # a preview logs nothing
    assert wo.queries.get(clerk, row.id).print_count == 2


def test_batch_print_on_the_paper_of_the_settings(services, wo, admin, clerk, supervisor, home):
    first = wo.orders.create(clerk, leak(home))
    second = wo.orders.create(clerk, lobby(urgency=Urgency.EMERGENCY))
    text, pages = pdf_text(wo.slips.print(clerk, [first.id, second.id]))
    assert pages == 2 and first.serial in text and second.serial in text
    assert "20分钟内到场，8小时内修复" in text
    _, pages = pdf_text(wo.slips.print(clerk, [first.id], paper="continuous", reason="换纸"))
    assert pages == 3  # one part per page of continuous form
    services.settings.update(admin, {"print.paper": "continuous", "print.offset_x_mm": 2})
    _, pages = pdf_text(wo.slips.print(clerk, [second.id], reason="换纸"))
    assert pages == 3
    with pytest.raises(ValidationError):
        wo.slips.print(clerk, [])
    wo.steps.void(supervisor, first.id, "重复")
    with pytest.raises(Conflict):
        wo.slips.print(clerk, [first.id, second.id], reason="再打")
    assert wo.queries.get(clerk, second.id).print_count == 2  # the refused batch printed nothing
    calibration, _ = pdf_text(wo.slips.calibration(clerk))
    assert "打印位置校准页" in calibration and "水平 +2.0 mm" in calibration
    calibration, _ = pdf_text(wo.slips.calibration(admin, paper="a4", offset_mm=(-1.5, 0.5)))
    assert "水平 -1.5 mm" in calibration


# -- returned slips -------------------------------------------------------------------------------


def test_a_scanned_serial_opens_the_order(wo, clerk, home):
    row = completed(wo, clerk, leak(home))
    for code in (row.serial, f"  {row.serial.lower()}\r\n", "ＰＧ－" + row.serial[3:]):
        found = wo.slips.scan(clerk, code)
        assert found.order.id == row.id and found.can_mark_returned
    with pytest.raises(NotFound) as unknown:
        wo.slips.scan(clerk, "PG-20261123-9999")
    assert unknown.value.field == "serial"
    fresh = wo.orders.create(clerk, lobby())
    assert wo.slips.scan(clerk, fresh.serial).problem == ScanProblem.NOT_COMPLETED
    wo.steps.return_slip(clerk, row.id)
    again = wo.slips.scan(clerk, row.serial)
    assert not again.can_mark_returned and again.problem == ScanProblem.ALREADY_RETURNED
    with pytest.raises(IllegalTransition):
        wo.steps.return_slip(clerk, row.id)


def test_outstanding_slips_oldest_first_with_their_age(wo, clerk, home, clock):
    older = completed(wo, clerk, leak(home))
    clock.advance(hours=2)
    newer = completed(wo, clerk, lobby())
    clock.advance(hours=3)
    slips = wo.slips.outstanding(clerk)
    assert [(s.order.id, s.age_hours) for s in slips] == [(older.id, 5.0), (newer.id, 3.0)]
    assert wo.queries.counts(clerk).outstanding_slips == 2
    wo.steps.return_slip(clerk, older.id)
    assert [s.order.id for s in wo.slips.outstanding(clerk)] == [newer.id]
    assert wo.queries.count(clerk, WorkOrderFilter(slip_outstanding=True)) == 1


# -- lists ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("漏水", {"leak"}),
        ("大堂", {"lobby"}),
        ("天花板有水", {"leak"}),
        ("张伟", {"leak"}),  # the contact's name
        ("灯", {"lobby"}),  # one character: a scan
        ("漏雨", set()),
    ],
)
def test_search_finds_chinese_substrings(wo, clerk, home, query, expected):
    ids = {
        "leak": wo.orders.create(clerk, leak(home)).id,
        "lobby": wo.orders.create(clerk, lobby()).id,
    }
    found = {row.id for row in wo.queries.page(clerk, WorkOrderFilter(text=query))}
    assert found == {ids[name] for name in expected}


def test_search_follows_the_work_done(wo, clerk, supervisor, home):
    row = completed(wo, clerk, leak(home))
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(text="角阀"))] == [row.id]
    wo.callbacks.record(clerk, row.id, Satisfaction.DISSATISFIED)
    wo.steps.reopen(supervisor, row.id, "返修")
    assert wo.queries.page(clerk, WorkOrderFilter(text="角阀")) == []
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(text="漏水"))] == [row.id]


def test_filters_and_paging_in_sql(services, wo, clerk, home, clock):
    a = wo.orders.create(clerk, leak(home))
    clock.advance(minutes=5)
    b = wo.orders.create(clerk, lobby(urgency=Urgency.EMERGENCY))
    wo.steps.dispatch(clerk, b.id)
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter())] == [b.id, a.id]  # newest first
    assert [
        r.id
        for r in wo.queries.page(
            clerk, WorkOrderFilter(), wo.queries.page(clerk, WorkOrderFilter())[0], 1
        )
    ] == [a.id]
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(statuses=("dispatched",)))] == [
        b.id
    ]
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(statuses="created"))] == [a.id]
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(urgency="emergency"))] == [b.id]
    engineering = department(services, "工程部")
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(department_id=engineering))] == [
        b.id
    ]
    assert [r.id for r in wo.queries.page(clerk, WorkOrderFilter(room_ids=(home.room_id,)))] == [
        a.id
    ]
    assert [r.id for r in wo.queries.recent_for_room(clerk, home.room_id)] == [a.id]
    assert wo.queries.count(clerk, WorkOrderFilter(date_from=DAY, date_to=DAY)) == 2
    assert wo.queries.count(clerk, WorkOrderFilter(date_from=DAY + timedelta(days=1))) == 0
    assert wo.queries.count(clerk, WorkOrderFilter(category="water")) == 1


def test_room_history_shows_the_home_s_orders(services, wo, clerk, home):
    row = wo.orders.create(clerk, leak(home))
    wo.orders.create(clerk, lobby())
    items = services.room_history.recent(clerk, home.room_id)
    assert [(i.kind, i.record_id, i.state) for i in items] == [("work_order", row.id, "created")]
    assert wo.slips.scan(clerk, row.serial.lower()).order.id == row.id


def test_export_needs_a_supervisor_and_has_chinese_headers(wo, clerk, supervisor, home, tmp_path):
    completed(wo, clerk, leak(home))
    wo.orders.create(clerk, lobby(paid=True, quote_lines=(QuoteLineDraft("灯管", 2, "根", 15),)))
    with pytest.raises(PermissionDenied):
        wo.export(clerk, DAY, DAY, "csv", tmp_path / "x.csv")
    assert wo.export(supervisor, DAY, DAY, "csv", tmp_path / "x.csv") == 2
    rows = list(csv.reader((tmp_path / "x.csv").open(encoding="utf-8-sig")))
    assert rows[0][:4] == ["编号", "报修时间", "房号/地点", "位置"] and len(rows) == 3
    header = rows[0]
    lobby_row, leak_row = rows[1:]  # newest first
    assert lobby_row[header.index("状态")] == "待派工"
    assert lobby_row[header.index("金额")] == "30.00"
    assert leak_row[header.index("状态")] == "已完工"
    assert leak_row[header.index("电话")] == "13812345678"
    assert wo.export(supervisor, DAY, DAY, "xlsx", tmp_path / "x.xlsx") == 2
    sheet = load_workbook(tmp_path / "x.xlsx").active
    assert sheet.cell(1, 1).value == "编号" and sheet.max_row == 3
    assert len(audit.history(wo.ctx, "work_orders", f"{DAY}..{DAY}")) == 2


# -- the command line -----------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_prints_a_work_order_and_logs_it(
    capsys, monkeypatch, db_url, services, wo, clerk, home, tmp_path
):
    row = wo.orders.create(clerk, leak(home))
    wo.steps.dispatch(clerk, row.id)
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    out_file = tmp_path / "slip.pdf"
    argv = (
        "print",
        "work-order",
        f" {row.serial.lower()} ",
        "--db",
        db_url,
        "--out",
        str(out_file),
    )
    code, out, err = run(capsys, *argv, "--user", "clerk")
    assert code == 0, err
    assert row.serial in out
    text, pages = pdf_text(out_file.read_bytes())
    assert row.serial in text and pages == 1
    code, out, err = run(capsys, *argv, "--user", "clerk", "--paper", "continuous")
    assert code == 2 and "原因" in err  # a reprint says why (in Chinese, the UI language)
    assert wo.queries.get(clerk, row.id).print_count == 1
    code, out, err = run(
        capsys, *argv, "--user", "clerk", "--paper", "continuous", "--reason", "第一份卡纸"
    )
    assert code == 0 and "（补打）" in out
    text, pages = pdf_text(out_file.read_bytes())
    assert pages == 3 and "补打" in text
    assert wo.queries.get(clerk, row.id).print_count == 2
    code, _out, err = run(capsys, "print", "work-order", "PG-20991231-0001", "--db", db_url,
                          "--out", str(out_file), "--user", "clerk")  # fmt: skip
    assert code != 0 and "PG-20991231-0001" in err


def test_cli_exports_work_orders_for_a_supervisor_only(
    capsys, monkeypatch, db_url, services, wo, clerk, supervisor, home, tmp_path
):
    wo.orders.create(clerk, leak(home))
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    out_file = tmp_path / "orders.csv"
    argv = ("export", "work-orders", "--from", "2026-11-23", "--to", "2026-11-23")
    argv += ("--format", "csv", "--out", str(out_file), "--db", db_url)
    code, out, err = run(capsys, *argv, "--user", "supervisor")
    assert code == 0, err
    assert "：1 行" in out
    rows = list(csv.reader(out_file.open(encoding="utf-8-sig")))
    assert rows[0][0] == "编号" and len(rows) == 2
    code, _out, err = run(capsys, *argv, "--user", "clerk")
    assert code != 0 and "无权" in err  # in the interface language, Chinese


def test_cli_prints_the_contact_register(capsys, monkeypatch, db_url, services, clerk, tmp_path):
    entry = services.contacts.log(clerk, ContactDraft(content="咨询物业费缴纳方式"))
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    out_file = tmp_path / "register.pdf"
    code, _out, err = run(
        capsys, "print", "contact-register", "--date", "2026-11-23", "--db", db_url,
        "--out", str(out_file), "--user", "clerk",
    )  # fmt: skip
    assert code == 0, err
    assert entry.serial in pdf_text(out_file.read_bytes())[0]


# -- the demo -------------------------------------------------------------------------------------


def test_demo_has_work_orders_in_every_state(capsys, sqlite_url):
    from desk_app.services.app import open_services

    code, out, err = run(capsys, "demo", "--db", sqlite_url, "--rooms", "40", "--days", "5")
    assert code == 0, err
    assert "派工单：" in out
    services = open_services(sqlite_url)
    try:
        from desk_app.demo.build import DEFAULT_PASSWORD

        supervisor = services.accounts.login("supervisor", DEFAULT_PASSWORD)
        wo = services.work_orders
        rows = wo.queries.page(supervisor, WorkOrderFilter(), None, 10_000)
        assert {r.status for r in rows} == set(Status)
        assert any(wo.queries.get(supervisor, r.id).resident_agreed_at for r in rows if r.paid)
        assert any(r.satisfaction for r in rows)
        assert all(r.source is not None for r in rows)  # each made from a repair call
        assert any(r.reopen_count for r in rows) and any(r.handback_count for r in rows)
        counts = wo.queries.counts(supervisor)
        assert counts.overdue >= 1 and counts.unreachable >= 1 and counts.on_hold >= 1
        assert any(r.print_count > 1 for r in rows)
        paid = next(r for r in rows if r.paid)
        assert wo.queries.get(supervisor, paid.id).quote_lines
    finally:
        services.close()


def test_a_naive_time_is_a_programming_error(wo, clerk, home):
    row = wo.orders.create(clerk, leak(home))
    wo.steps.dispatch(clerk, row.id)
    with pytest.raises((ValueError, TypeError)):
        wo.steps.arrive(clerk, row.id, at=datetime(2026, 11, 23, 9, 0))
