"""The work-order rules without a database: transition table, SLA clock, routing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.errors import IllegalTransition
from desk_app.domain.roles import Permission
from desk_app.domain.settings import SPECS_BY_KEY
from desk_app.domain.work_orders import (
    ACTION_LABELS,
    ACTION_PERMISSION,
    STATUS_LABELS,
    TRANSITIONS,
    Action,
    DeadlinePhase,
    Level,
    Location,
    SlaSettings,
    Status,
    Urgency,
    available_actions,
    deadline_state,
    guess_category,
    guess_urgency,
    line_amount,
    next_status,
    plan_deadlines,
    route,
    stored_deadline,
)

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
SLA = SlaSettings()

LEGAL = [
    (action, source, target)
    for action, targets in TRANSITIONS.items()
    for source, target in targets.items()
]
ILLEGAL = [
    (action, source)
    for action, targets in TRANSITIONS.items()
    for source in Status
    if source not in targets
]


@pytest.mark.parametrize(("action", "source", "target"), LEGAL)
def test_every_legal_transition(action, source, target):
    held_from = Status.DISPATCHED if target is None else None
    assert next_status(source, action, held_from=held_from) == (target or Status.DISPATCHED)


@pytest.mark.parametrize(("action", "source"), ILLEGAL)
def test_every_illegal_transition_is_refused_naming_both_states(action, source):
    with pytest.raises(IllegalTransition) as refused:
        next_status(source, action, record="PG-20261123-0001")
    error = refused.value
    assert error.current_state == source.value
    assert error.params["current"] == STATUS_LABELS[source]
    assert "PG-20261123-0001" in error.message and STATUS_LABELS[source] in error.message
    if action is Action.RESUME:
        assert ACTION_LABELS[Action.RESUME] in error.message
    else:
        assert error.requested_state
        assert STATUS_LABELS[Status(error.requested_state)] in error.message


def test_the_straight_path_and_its_side_roads():
    path = [
        Action.DISPATCH,
        Action.ARRIVE,
        Action.COMPLETE,
        Action.RETURN_SLIP,
        Action.CALLBACK,
        Action.CLOSE,
    ]
    state = Status.CREATED
    for action in path:
        state = next_status(state, action)
    assert state is Status.CLOSED
    assert next_status(Status.ON_SITE, Action.HAND_BACK) is Status.CREATED
    assert next_status(Status.ON_SITE, Action.TRANSFER) is Status.DISPATCHED
    assert next_status(Status.ON_HOLD, Action.RESUME, held_from="on_site") is Status.ON_SITE
    assert next_status(Status.CLOSED, Action.REOPEN) is Status.CREATED
    # nothing leaves a cancelled or voided order, and a closed one only reopens
    for ended in (Status.CANCELLED, Status.VOIDED):
        assert not available_actions(ended, slip_returned=False)
    assert available_actions(Status.CLOSED, slip_returned=True) == {Action.REOPEN}


def test_the_slip_and_the_callback_may_come_in_either_order():
    assert next_status(Status.COMPLETED, Action.CALLBACK) is Status.CALLBACK_DONE
    assert next_status(Status.CALLBACK_DONE, Action.RETURN_SLIP) is Status.CALLBACK_DONE
    # ...but it closes only with both
    waiting = available_actions(Status.CALLBACK_DONE, slip_returned=False)
    assert Action.CLOSE not in waiting and Action.RETURN_SLIP in waiting
    both = available_actions(Status.CALLBACK_DONE, slip_returned=True)
    assert Action.CLOSE in both and Action.RETURN_SLIP not in both


def test_supervisor_steps():
    assert ACTION_PERMISSION[Action.VOID] is Permission.VOID
    assert ACTION_PERMISSION[Action.CANCEL] is Permission.CANCEL
    assert ACTION_PERMISSION[Action.REOPEN] is Permission.APPROVE
    assert ACTION_PERMISSION[Action.DISPATCH] is Permission.LOG_WORK


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
