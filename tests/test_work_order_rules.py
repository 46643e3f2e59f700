"""The work-order rules without a database: transition table, SLA clock, routing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.errors import IllegalTransition
from desk_app.domain.roles import Permission
from desk_app.domain.settings import SPECS_BY_KEY
from desk_app.domain.work_order_clock import (
    DeadlinePhase,
    Level,
    SlaSettings,
    deadline_state,
    plan_deadlines,
    stored_deadline,
)
from desk_app.domain.work_orders import (
    ACTION_LABELS,
    LIFECYCLE,
    STATUS_LABELS,
    Action,
    Location,
    Status,
    Urgency,
    guess_category,
    guess_urgency,
    line_amount,
    route,
)

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
SLA = SlaSettings()

# The paper rules (docs/domain.md, "Work orders"), written out state by state, not read from
# the code: created → dispatched → on site → completed → slip returned → called back →
# closed, the slip and the callback in either order; cancelled or voided with a reason
# from anywhere before closed; a department hands it back (退单) or the desk transfers it
# (转单) while it is out; it waits on hold and resumes where it was; a supervisor
# reopens a called-back or closed order.
C, D, SITE, H = Status.CREATED, Status.DISPATCHED, Status.ON_SITE, Status.ON_HOLD
DONE, BACK, CALLED, CLOSED = (
    Status.COMPLETED,
    Status.SLIP_RETURNED,
    Status.CALLBACK_DONE,
    Status.CLOSED,
)
BEFORE_CLOSED = (C, D, SITE, H, DONE, BACK, CALLED)
HELD = "held"  # back to the state it was put on hold from
EXPECTED: dict[tuple[Status, Action], Status | str] = {
    (C, Action.DISPATCH): D,
    (D, Action.ARRIVE): SITE,
    (SITE, Action.COMPLETE): DONE,
    (DONE, Action.RETURN_SLIP): BACK,
    (BACK, Action.CALLBACK): CALLED,
    (DONE, Action.CALLBACK): CALLED,  # called back before the paper came back
    (CALLED, Action.RETURN_SLIP): CALLED,  # ... and the paper afterwards
    (CALLED, Action.CLOSE): CLOSED,
    (D, Action.HAND_BACK): C,
    (SITE, Action.HAND_BACK): C,
    (D, Action.TRANSFER): D,
    (SITE, Action.TRANSFER): D,
    (C, Action.HOLD): H,
    (D, Action.HOLD): H,
    (SITE, Action.HOLD): H,
    (H, Action.RESUME): HELD,
    (CALLED, Action.REOPEN): C,
    (CLOSED, Action.REOPEN): C,
    **{(state, Action.CANCEL): Status.CANCELLED for state in BEFORE_CLOSED},
    **{(state, Action.VOID): Status.VOIDED for state in BEFORE_CLOSED},
}
EVERY_PAIR = [(state, action) for state in Status for action in Action]


@dataclass
class Facts:
    """A stand-in with what the life cycle reads of an order."""

    status: str
    held_from: str = ""
    slip_returned_at: datetime | None = None
    urgency: str = "normal"
    created_by_id: int = 1
    handback_count: int = 0
    reopen_count: int = 0


def _facts(state: Status, action: Action) -> Facts:
    # the slip is back exactly when the step needs it back (closing), else still out
    back = T0 if action is Action.CLOSE else None
    return Facts(state.value, held_from="on_site" if state is H else "", slip_returned_at=back)


@pytest.mark.parametrize(("state", "action"), EVERY_PAIR, ids=[f"{s}-{a}" for s, a in EVERY_PAIR])
def test_each_step_from_each_state_follows_the_paper_rules(state, action):
    facts = _facts(state, action)
    expected = EXPECTED.get((state, action))
    if expected is None:
        with pytest.raises(IllegalTransition) as refused:
            LIFECYCLE.target(facts, action, name="PG-20261123-0001")
        error = refused.value
        assert error.current_state == state.value
        assert error.params["current"] == STATUS_LABELS[state]
        assert "PG-20261123-0001" in error.message and STATUS_LABELS[state] in error.message
        assert action not in LIFECYCLE.possible(facts)
        return
    target = LIFECYCLE.target(facts, action)
    assert target is (Status.ON_SITE if expected == HELD else expected)
    assert action in LIFECYCLE.possible(facts)


def test_a_refused_step_names_the_state_it_would_lead_to():
    with pytest.raises(IllegalTransition) as refused:
        LIFECYCLE.target(Facts("created"), Action.COMPLETE, name="PG-20261123-0001")
    assert refused.value.requested_state == "completed"
    assert STATUS_LABELS[Status.COMPLETED] in refused.value.message
    with pytest.raises(IllegalTransition) as resume:
        LIFECYCLE.target(Facts("created"), Action.RESUME)
    assert ACTION_LABELS[Action.RESUME] in resume.value.message


def test_the_slip_comes_back_once_and_the_order_closes_only_with_it():
    waiting = Facts("callback_done")
    assert LIFECYCLE.possible(waiting) == {Action.RETURN_SLIP, Action.REOPEN, Action.CANCEL,
                                           Action.VOID}  # fmt: skip
    with pytest.raises(IllegalTransition) as early:
        LIFECYCLE.target(waiting, Action.CLOSE, name="PG-20261123-0001")
    assert "has not come back yet" in early.value.message
    back = Facts("callback_done", slip_returned_at=T0)
    assert Action.CLOSE in LIFECYCLE.possible(back)
    with pytest.raises(IllegalTransition) as twice:
        LIFECYCLE.target(back, Action.RETURN_SLIP, name="PG-20261123-0001")
    assert "already back" in twice.value.message
    # nothing leaves a cancelled or voided order, and a closed one only reopens
    for ended in (Status.CANCELLED, Status.VOIDED):
        assert not LIFECYCLE.possible(Facts(ended.value))
    assert LIFECYCLE.possible(Facts("closed", slip_returned_at=T0)) == {Action.REOPEN}


def test_the_main_button_walks_the_straight_path():
    expected = {
        C: Action.DISPATCH,
        D: Action.ARRIVE,
        SITE: Action.COMPLETE,
        H: Action.RESUME,
        DONE: Action.RETURN_SLIP,
        BACK: Action.CALLBACK,
        CLOSED: Action.REOPEN,
    }
    for state, step in expected.items():
        assert LIFECYCLE.next_step(Facts(state.value, held_from="on_site")) is step
    # called back before the paper: take the slip first, then close
    assert LIFECYCLE.next_step(Facts("callback_done")) is Action.RETURN_SLIP
    assert LIFECYCLE.next_step(Facts("callback_done", slip_returned_at=T0)) is Action.CLOSE
    assert LIFECYCLE.next_step(Facts("cancelled")) is None


def test_the_menu_offers_the_other_steps_the_role_may_take():
    def can_as(*held: Permission):
        return lambda permission: permission in held

    clerk = can_as(Permission.LOG_WORK, Permission.EDIT_OWN, Permission.VIEW_RECORDS)
    boss = can_as(*Permission)
    dispatched = Facts("dispatched")
    assert LIFECYCLE.other_steps(dispatched, 1, clerk) == [
        Action.HOLD,
        Action.HAND_BACK,
        Action.TRANSFER,
    ]
    assert LIFECYCLE.other_steps(dispatched, 1, boss) == [
        Action.HOLD,
        Action.HAND_BACK,
        Action.TRANSFER,
        Action.CANCEL,
        Action.VOID,
    ]
    # the clerk withdraws an own order nobody has acted on, not another's
    fresh = Facts("created", created_by_id=1)
    assert Action.CANCEL in LIFECYCLE.other_steps(fresh, 1, clerk)
    assert Action.CANCEL not in LIFECYCLE.other_steps(fresh, 2, clerk)


def test_who_may_take_each_step():
    def refusal(action, **facts):
        return LIFECYCLE.refusal(action, Facts("callback_done", **facts), 2, _clerk)

    assert refusal(Action.VOID) == (Permission.VOID, None)
    assert refusal(Action.REOPEN)[0] is Permission.APPROVE
    assert refusal(Action.CANCEL)[0] is Permission.CANCEL
    assert refusal(Action.DISPATCH) is None
    assert refusal(Action.CLOSE) is None
    assert refusal(Action.CLOSE, urgency="major")[0] is Permission.CLOSE_MAJOR_ORDER


def _clerk(permission: Permission) -> bool:
    return permission in (Permission.LOG_WORK, Permission.EDIT_OWN, Permission.VIEW_RECORDS)


@pytest.mark.parametrize(
    ("category", "location", "paid", "department"),
    [
        ("water", "in_home", False, "客服助理"),
        ("water", "in_home", True, "工程部"),
        ("water", "public_area", False, "工程部"),
        ("electrical", "public_area", False, "工程部"),
        ("civil", "in_home", False, "客服助理"),
        ("cleaning", "public_area", False, "环境部"),
        ("greenery", "public_area", False, "环境部"),
        ("security", "public_area", False, "安全部"),
        ("lift", "public_area", False, "工程部"),
        ("gas", "in_home", False, "工程部"),
        ("pests", "in_home", False, "客服助理"),  # added by the administrator
    ],
)
def test_routing_follows_the_design(category, location, paid, department):
    assert route(category, location, paid) == department


def test_guesses_from_what_the_caller_said():
    assert guess_category("卫生间漏水，楼下天花板有水渍") == "water"
    assert guess_category("电梯按钮失灵") == "lift"
    assert guess_category("入户门锁坏了") == "doors_windows"
    assert guess_category("咨询物业费") == "other"
    assert guess_urgency("厨房水管爆管，跑水了") is Urgency.EMERGENCY
    assert guess_urgency("窗户关不严") is Urgency.NORMAL


def test_sla_settings_come_from_the_setting_specs():
    values = {key: SPECS_BY_KEY[key].default for key in SlaSettings.KEYS}
    assert SlaSettings.from_values(values) == SlaSettings()
    assert SlaSettings().callback_max_attempts == 3


def test_planned_deadlines():
    assert plan_deadlines(Urgency.EMERGENCY, T0, None, SLA) == (
        T0 + timedelta(minutes=20),
        T0 + timedelta(hours=8),
    )
    assert plan_deadlines(Urgency.NORMAL, T0, None, SLA) == (None, T0 + timedelta(hours=48))
    appointment = T0 + timedelta(days=3)
    assert plan_deadlines(Urgency.NORMAL, T0, appointment, SLA) == (None, appointment)
    assert plan_deadlines(Urgency.MAJOR, T0, None, SLA, category_hours=12) == (
        None,
        T0 + timedelta(hours=12),
    )


@dataclass
class Order:
    """A stand-in with the attributes the clock reads."""

    status: str = "dispatched"
    held_from: str = ""
    onsite_due_at: datetime | None = None
    complete_due_at: datetime = T0 + timedelta(hours=8)
    onsite_at: datetime | None = None
    held_seconds: int = 0
    hold_started_at: datetime | None = None
    callback_due_at: datetime | None = None


def test_levels_ok_amber_red():
    order = Order()
    assert deadline_state(order, T0, SLA).level is Level.OK
    deadline, left, level = deadline_state(order, T0 + timedelta(hours=7, minutes=30), SLA)
    assert (deadline, left, level) == (T0 + timedelta(hours=8), 1800, Level.AMBER)
    late = deadline_state(order, T0 + timedelta(hours=9), SLA)
    assert late.level is Level.RED and late.seconds_left == -3600
    assert late.phase is DeadlinePhase.COMPLETE


def test_an_emergency_must_first_be_on_site():
    order = Order(onsite_due_at=T0 + timedelta(minutes=20))
    state = deadline_state(order, T0 + timedelta(minutes=10), SLA)
    assert state.phase is DeadlinePhase.ONSITE and state.level is Level.AMBER
    assert deadline_state(order, T0 + timedelta(minutes=21), SLA).level is Level.RED
    order.onsite_at, order.status = T0 + timedelta(minutes=15), "on_site"
    assert deadline_state(order, T0 + timedelta(minutes=21), SLA).phase is DeadlinePhase.COMPLETE


def test_time_on_hold_does_not_count():
    order = Order(
        status="on_hold",
        held_from="on_site",
        held_seconds=3600,  # an earlier hour on hold
        hold_started_at=T0 + timedelta(hours=6),
    )
    at_start = deadline_state(order, T0 + timedelta(hours=6), SLA)
    much_later = deadline_state(order, T0 + timedelta(days=2), SLA)
    assert at_start.paused and much_later.paused
    assert at_start.seconds_left == much_later.seconds_left == 3 * 3600
    assert much_later.level is Level.OK
    assert much_later.deadline == T0 + timedelta(days=2, hours=3)
    assert stored_deadline(order) == ("complete", None)  # nothing to sort by while paused


def test_after_completion_the_callback_is_due():
    order = Order(status="completed", callback_due_at=T0 + timedelta(hours=24))
    state = deadline_state(order, T0 + timedelta(hours=25), SLA)
    assert state.phase is DeadlinePhase.CALLBACK and state.level is Level.RED
    assert deadline_state(Order(status="closed"), T0, SLA).deadline is None


def test_money():
    from decimal import Decimal

    assert line_amount(Decimal("1.5"), Decimal("9.90")) == Decimal("14.85")
    assert line_amount(Decimal("3"), Decimal("0.333")) == Decimal("1.00")


def test_locations_are_the_slip_s():
    from desk_app.printing.work_order_slip import LOCATION_WORDS, URGENCY_WORDS

    assert set(LOCATION_WORDS) == {loc.value for loc in Location}
    assert set(URGENCY_WORDS) == {u.value for u in Urgency}
