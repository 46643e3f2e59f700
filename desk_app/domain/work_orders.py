"""Work orders (派工单): the life cycle as a transition table, routing, the tables. The
SLA clock (deadlines, how late an order is) is in ``work_order_clock``.

Everything here is pure: the rules take plain values (or any object with the
order's attributes) and a clock reading, so they are tested without a database.
The services apply them inside one transaction per user action.

Life: created → dispatched → on site → completed → slip returned → called back →
closed. Besides the straight path a department may hand an order back to the desk
(退单) or the desk transfer it to another department (转单); an order may wait
(on hold), which stops its clock; it may be cancelled or voided at any point
before it is closed; a supervisor may reopen a called-back or closed order.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Protocol

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.domain.base import Base, UTCDateTime, utcnow
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import Guard, Lifecycle
from desk_app.domain.roles import (
    ACTION_CANCEL_DISPATCHED,
    ACTION_CANCEL_OTHERS,
    ACTION_REOPEN_ORDER,
    Permission,
)

SERIAL_KIND = "PG"
ENTITY = "work_order"
CONTEXT = "WorkOrders"  # the translation context of every label below


# -- what an order is ------------------------------------------------------------------


class Urgency(enum.StrEnum):
    EMERGENCY = "emergency"  # 急修
    NORMAL = "normal"  # 一般
    MAJOR = "major"  # 重大


URGENCY_LABELS = {
    Urgency.EMERGENCY: QT_TRANSLATE_NOOP("WorkOrders", "Emergency"),
    Urgency.NORMAL: QT_TRANSLATE_NOOP("WorkOrders", "Normal"),
    Urgency.MAJOR: QT_TRANSLATE_NOOP("WorkOrders", "Major"),
}


class Location(enum.StrEnum):
    IN_HOME = "in_home"  # 户内
    PUBLIC_AREA = "public_area"  # 公共区域


LOCATION_LABELS = {
    Location.IN_HOME: QT_TRANSLATE_NOOP("WorkOrders", "Inside the home"),
    Location.PUBLIC_AREA: QT_TRANSLATE_NOOP("WorkOrders", "Public area"),
}


class Status(enum.StrEnum):
    CREATED = "created"  # 待派工 (also after a hand-back or a reopening)
    DISPATCHED = "dispatched"
    ON_SITE = "on_site"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    SLIP_RETURNED = "slip_returned"
    CALLBACK_DONE = "callback_done"
    CLOSED = "closed"
    CANCELLED = "cancelled"  # no longer wanted
    VOIDED = "voided"  # entered in error


STATUS_LABELS = {
    Status.CREATED: QT_TRANSLATE_NOOP("WorkOrders", "Awaiting dispatch"),
    Status.DISPATCHED: QT_TRANSLATE_NOOP("WorkOrders", "Dispatched"),
    Status.ON_SITE: QT_TRANSLATE_NOOP("WorkOrders", "On site"),
    Status.ON_HOLD: QT_TRANSLATE_NOOP("WorkOrders", "On hold"),
    Status.COMPLETED: QT_TRANSLATE_NOOP("WorkOrders", "Completed"),
    Status.SLIP_RETURNED: QT_TRANSLATE_NOOP("WorkOrders", "Slip returned"),
    Status.CALLBACK_DONE: QT_TRANSLATE_NOOP("WorkOrders", "Called back"),
    Status.CLOSED: QT_TRANSLATE_NOOP("WorkOrders", "Closed"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("WorkOrders", "Cancelled"),
    Status.VOIDED: QT_TRANSLATE_NOOP("WorkOrders", "Voided"),
}

# The job is being worked on: its work deadline runs (unless on hold).
WORK_STATUSES = frozenset({Status.CREATED, Status.DISPATCHED, Status.ON_SITE, Status.ON_HOLD})
# Done, waiting for the callback (回访).
CALLBACK_STATUSES = frozenset({Status.COMPLETED, Status.SLIP_RETURNED})
END_STATUSES = frozenset({Status.CLOSED, Status.CANCELLED, Status.VOIDED})
OPEN_STATUSES = frozenset(Status) - END_STATUSES


class Action(enum.StrEnum):
    DISPATCH = "dispatch"
    ARRIVE = "arrive"
    COMPLETE = "complete"
    RETURN_SLIP = "return_slip"
    CALLBACK = "callback"
    CLOSE = "close"
    HOLD = "hold"
    RESUME = "resume"
    HAND_BACK = "hand_back"  # 退单: the department gives it back to the desk
    TRANSFER = "transfer"  # 转单: the desk sends it to another department
    CANCEL = "cancel"
    VOID = "void"
    REOPEN = "reopen"


ACTION_LABELS = {
    Action.DISPATCH: QT_TRANSLATE_NOOP("WorkOrders", "Dispatch"),
    Action.ARRIVE: QT_TRANSLATE_NOOP("WorkOrders", "Arrived on site"),
    Action.COMPLETE: QT_TRANSLATE_NOOP("WorkOrders", "Complete"),
    Action.RETURN_SLIP: QT_TRANSLATE_NOOP("WorkOrders", "Slip returned"),
    Action.CALLBACK: QT_TRANSLATE_NOOP("WorkOrders", "Record the callback"),
    Action.CLOSE: QT_TRANSLATE_NOOP("WorkOrders", "Close"),
    Action.HOLD: QT_TRANSLATE_NOOP("WorkOrders", "Put on hold"),
    Action.RESUME: QT_TRANSLATE_NOOP("WorkOrders", "Resume"),
    Action.HAND_BACK: QT_TRANSLATE_NOOP("WorkOrders", "Handed back to the desk"),
    Action.TRANSFER: QT_TRANSLATE_NOOP("WorkOrders", "Transfer to another department"),
    Action.CANCEL: QT_TRANSLATE_NOOP("WorkOrders", "Cancel"),
    Action.VOID: QT_TRANSLATE_NOOP("WorkOrders", "Void"),
    Action.REOPEN: QT_TRANSLATE_NOOP("WorkOrders", "Reopen"),
}

_BEFORE_CLOSED = tuple(OPEN_STATUSES)

# The transition table: for each action, the states it may start from and where it
# leads. ``None`` as a target means "the state the order was put on hold from".
TRANSITIONS: dict[Action, dict[Status, Status | None]] = {
    Action.DISPATCH: {Status.CREATED: Status.DISPATCHED},
    Action.ARRIVE: {Status.DISPATCHED: Status.ON_SITE},
    Action.COMPLETE: {Status.ON_SITE: Status.COMPLETED},
    # The slip may come back before or after the callback; the order closes only
    # when both have happened (see GUARDS).
    Action.RETURN_SLIP: {
        Status.COMPLETED: Status.SLIP_RETURNED,
        Status.CALLBACK_DONE: Status.CALLBACK_DONE,
    },
    Action.CALLBACK: {
        Status.COMPLETED: Status.CALLBACK_DONE,
        Status.SLIP_RETURNED: Status.CALLBACK_DONE,
    },
    Action.CLOSE: {Status.CALLBACK_DONE: Status.CLOSED},
    Action.HOLD: {
        Status.CREATED: Status.ON_HOLD,
        Status.DISPATCHED: Status.ON_HOLD,
        Status.ON_SITE: Status.ON_HOLD,
    },
    Action.RESUME: {Status.ON_HOLD: None},
    Action.HAND_BACK: {Status.DISPATCHED: Status.CREATED, Status.ON_SITE: Status.CREATED},
    Action.TRANSFER: {Status.DISPATCHED: Status.DISPATCHED, Status.ON_SITE: Status.DISPATCHED},
    Action.CANCEL: dict.fromkeys(_BEFORE_CLOSED, Status.CANCELLED),
    Action.VOID: dict.fromkeys(_BEFORE_CLOSED, Status.VOIDED),
    Action.REOPEN: {Status.CALLBACK_DONE: Status.CREATED, Status.CLOSED: Status.CREATED},
}

# What the state alone does not say: the paper slip comes back once, and the order
# closes only once it is back.
GUARDS = {
    Action.RETURN_SLIP: Guard(
        lambda order: order.slip_returned_at is None,
        QT_TRANSLATE_NOOP("Errors", "The slip of {record} is already back."),
    ),
    Action.CLOSE: Guard(
        lambda order: order.slip_returned_at is not None,
        QT_TRANSLATE_NOOP(
            "Errors", "The slip of {record} has not come back yet: mark it returned first."
        ),
    ),
}

# Who may take each step (docs/domain.md, "The desk and its people"): the desk does
# the daily work, a supervisor cancels, voids and reopens. ``step_refusal`` adds the
# rules that depend on the order (a major order's closing, a clerk withdrawing their own).
ACTION_PERMISSION: dict[Action, Permission] = {
    **dict.fromkeys(Action, Permission.LOG_WORK),
    Action.CANCEL: Permission.CANCEL,
    Action.VOID: Permission.VOID,
    Action.REOPEN: Permission.APPROVE,
}

# The step the main button offers in each state (the first one possible), and the
# other steps in the order the "more steps" menu lists them.
NEXT_STEPS: dict[Status, tuple[Action, ...]] = {
    Status.CREATED: (Action.DISPATCH,),
    Status.DISPATCHED: (Action.ARRIVE,),
    Status.ON_SITE: (Action.COMPLETE,),
    Status.ON_HOLD: (Action.RESUME,),
    Status.COMPLETED: (Action.RETURN_SLIP,),
    Status.SLIP_RETURNED: (Action.CALLBACK,),
    Status.CALLBACK_DONE: (Action.RETURN_SLIP, Action.CLOSE),  # called back before the paper
    Status.CLOSED: (Action.REOPEN,),
}
MENU_STEPS = (
    Action.HOLD,
    Action.RESUME,
    Action.HAND_BACK,
    Action.TRANSFER,
    Action.CANCEL,
    Action.VOID,
    Action.REOPEN,
    Action.CLOSE,
)


class StepFacts(Protocol):
    """What the role rules need of an order (the ORM row or a view of it)."""

    status: str
    urgency: str
    created_by_id: int
    handback_count: int
    reopen_count: int


def step_refusal(
    action: Action | str, order: StepFacts, actor_id: int, can: Callable[[Permission], bool]
) -> tuple[Permission, str | None] | None:
    """None if the actor (``can``: their permission test) may take ``action`` on
    ``order`` as far as roles go (the transition table decides the state); else the
    permission missing and the words naming the step, for PermissionDenied."""
    action = Action(action)
    words = None
    needed = ACTION_PERMISSION[action]
    if action is Action.CLOSE and Urgency(order.urgency) is Urgency.MAJOR:
        needed = Permission.CLOSE_MAJOR_ORDER
    elif action is Action.REOPEN:
        words = ACTION_REOPEN_ORDER
    elif action is Action.CANCEL and not can(Permission.CANCEL):
        own = order.created_by_id == actor_id
        never_sent = (
            Status(order.status) is Status.CREATED
            and not order.handback_count
            and not order.reopen_count
        )
        if own and never_sent and can(Permission.EDIT_OWN):
            return None  # the clerk withdraws what nobody has acted on yet
        if can(Permission.LOG_WORK):
            words = ACTION_CANCEL_DISPATCHED if own else ACTION_CANCEL_OTHERS
    return None if can(needed) else (needed, words)


LIFECYCLE: Lifecycle[Status, Action] = Lifecycle(
    kind=ENTITY,
    context=CONTEXT,
    record_word=QT_TRANSLATE_NOOP("WorkOrders", "The work order"),
    states=Status,
    actions=Action,
    transitions=TRANSITIONS,
    permissions=ACTION_PERMISSION,
    state_labels=STATUS_LABELS,
    action_labels=ACTION_LABELS,
    next_steps=NEXT_STEPS,
    menu=MENU_STEPS,
    guards=GUARDS,
    role_rule=step_refusal,
    nominal_targets={Action.RETURN_SLIP: Status.SLIP_RETURNED},
)

# The steps that record the time the technician reports (default: when saved).
TIMED_STEPS = frozenset({Action.DISPATCH, Action.ARRIVE, Action.COMPLETE})
# What the hold form offers as the day the work is expected to go on.
HOLD_DEFAULT_DAYS = 1


def default_hold_until(today: date) -> date:
    return today + timedelta(days=HOLD_DEFAULT_DAYS)


class HoldReason(enum.StrEnum):
    PARTS = "parts"  # 等配件
    RESIDENT_AWAY = "resident_away"  # 业主不在家
    OTHER = "other"


HOLD_REASON_LABELS = {
    HoldReason.PARTS: QT_TRANSLATE_NOOP("WorkOrders", "Parts awaited"),
    HoldReason.RESIDENT_AWAY: QT_TRANSLATE_NOOP("WorkOrders", "Resident not at home"),
    HoldReason.OTHER: QT_TRANSLATE_NOOP("WorkOrders", "Other reason"),
}


class CallOutcome(enum.StrEnum):
    """One call of the callback (回访)."""

    REACHED = "reached"  # the result was recorded
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    CALL_LATER = "call_later"  # reached, asked to be called at another time
    UNREACHABLE = "unreachable"  # a supervisor settled an order nobody could reach


CALL_OUTCOME_LABELS = {
    CallOutcome.REACHED: QT_TRANSLATE_NOOP("WorkOrders", "Reached"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("WorkOrders", "No answer"),
    CallOutcome.BUSY: QT_TRANSLATE_NOOP("WorkOrders", "Busy"),
    CallOutcome.CALL_LATER: QT_TRANSLATE_NOOP("WorkOrders", "Asked to call later"),
    CallOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("WorkOrders", "Unreachable"),
}

# The unanswered calls logged as attempts; only the first two count as failed tries.
ATTEMPT_OUTCOMES = frozenset({CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.CALL_LATER})
FAILED_OUTCOMES = frozenset({CallOutcome.NO_ANSWER, CallOutcome.BUSY})
RESULT_OUTCOMES = frozenset({CallOutcome.REACHED, CallOutcome.UNREACHABLE})
# After a failed try the order comes up again on the callback list this much later.
CALLBACK_RETRY = timedelta(hours=1)


class Satisfaction(enum.StrEnum):
    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    FAIR = "fair"
    DISSATISFIED = "dissatisfied"


SATISFACTION_LABELS = {
    Satisfaction.VERY_SATISFIED: QT_TRANSLATE_NOOP("WorkOrders", "Very satisfied"),
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("WorkOrders", "Satisfied"),
    Satisfaction.FAIR: QT_TRANSLATE_NOOP("WorkOrders", "Fair"),
    Satisfaction.DISSATISFIED: QT_TRANSLATE_NOOP("WorkOrders", "Dissatisfied"),
}


# -- categories and routing ---------------------------------------------------------------

# The categories a new database starts with (code, label); the administrator may
# relabel, add, disable, and give a category its own completion limit.
SEED_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("water", "给排水"),
    ("electrical", "电气照明"),
    ("doors_windows", "门窗"),
    ("civil", "土建"),
    ("lift", "电梯"),
    ("gas", "燃气"),
    ("public_facilities", "公共设施"),
    ("cleaning", "保洁"),
    ("greenery", "绿化"),
    ("security", "安防"),
    ("other", "其他"),
)
DEFAULT_CATEGORY = "other"

SERVICE_ASSISTANT, ENGINEERING, SECURITY, ENVIRONMENT, FINANCE = (
    "客服助理",
    "工程部",
    "安全部",
    "环境部",
    "财务部",
)

# docs/domain.md, "Work orders", Routing: (inside a home, free; in a public area).
# Paid repairs inside a home always go to engineering.
ROUTES: dict[str, tuple[str, str]] = {
    "water": (SERVICE_ASSISTANT, ENGINEERING),
    "electrical": (SERVICE_ASSISTANT, ENGINEERING),
    "doors_windows": (SERVICE_ASSISTANT, ENGINEERING),
    "civil": (SERVICE_ASSISTANT, ENGINEERING),
    "lift": (ENGINEERING, ENGINEERING),
    "gas": (ENGINEERING, ENGINEERING),
    "public_facilities": (ENGINEERING, ENGINEERING),
    "cleaning": (ENVIRONMENT, ENVIRONMENT),
    "greenery": (ENVIRONMENT, ENVIRONMENT),
    "security": (SECURITY, SECURITY),
    "other": (SERVICE_ASSISTANT, SERVICE_ASSISTANT),
}
_UNKNOWN_ROUTE = (SERVICE_ASSISTANT, ENGINEERING)


def route(category: str, location: Location | str, paid: bool) -> str:
    """The name of the department a new order is suggested for.

    Inside-home daily repairs, building quality and neighbour issues → service
    assistant; access, order, fire safety → security; cleaning, greenery, pests →
    environment; public water, power, lighting and paid in-home repairs →
    engineering. A category the administrator added routes like a repair."""
    home, public = ROUTES.get(category, _UNKNOWN_ROUTE)
    if Location(location) is Location.PUBLIC_AREA:
        return public
    if paid and home == SERVICE_ASSISTANT:
        return ENGINEERING
    return home


# Words in what the caller said that suggest a category or an emergency; only a
# suggestion for the form made from a contact entry.
_CATEGORY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gas", ("燃气", "煤气", "天然气", "热水器打不着")),
    ("lift", ("电梯",)),
    ("water", ("漏水", "渗水", "水管", "下水", "堵塞", "地漏", "马桶", "水箱", "返水", "停水")),
    ("electrical", ("灯", "电路", "跳闸", "停电", "插座", "线路", "暖气")),
    ("doors_windows", ("门锁", "锁", "窗", "门禁", "入户门")),
    ("civil", ("墙", "裂缝", "天花板", "瓷砖", "屋面", "防水")),
    ("cleaning", ("垃圾", "保洁", "清理", "异味")),
    ("greenery", ("绿化", "树", "草坪", "花园")),
    ("security", ("保安", "消防", "监控", "巡逻", "停车")),
)
_EMERGENCY_WORDS = ("爆管", "跑水", "燃气", "煤气", "困人", "漏电", "停电", "着火", "冒烟")


def guess_category(text: str) -> str:
    for code, words in _CATEGORY_WORDS:
        if any(word in text for word in words):
            return code
    return DEFAULT_CATEGORY


def guess_urgency(text: str) -> Urgency:
    return Urgency.EMERGENCY if any(word in text for word in _EMERGENCY_WORDS) else Urgency.NORMAL


# -- money -------------------------------------------------------------------------------------

CENT = Decimal("0.01")


def line_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    return (quantity * unit_price).quantize(CENT)


# -- tables ------------------------------------------------------------------------------------


class WorkOrderCategory(Base):
    __tablename__ = "work_order_categories"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Normal and major orders of this category are due within this many hours
    # instead of sla.normal_complete_hours (None: the general limit).
    complete_hours: Mapped[int | None] = mapped_column(Integer)


class WorkOrder(Base):
    __tablename__ = "work_orders"
    __table_args__ = (
        Index("ix_work_orders_status_due", "status", "due_at"),
        Index("ix_work_orders_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(20), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # local date of the serial
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # where and who
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    location: Mapped[str] = mapped_column(String(12))
    place: Mapped[str] = mapped_column(String(80), default="")
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    # what
    category_code: Mapped[str] = mapped_column(ForeignKey("work_order_categories.code"))
    description: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(12))
    appointment_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # money: the current quote is the lines of revision ``quote_revision``
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    labour_fee: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    quote_revision: Mapped[int] = mapped_column(Integer, default=0)
    resident_agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    agreement_note: Mapped[str] = mapped_column(String(200), default="")
    # who does it
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    technician: Mapped[str] = mapped_column(String(40), default="")
    # where it stands
    status: Mapped[str] = mapped_column(String(16))
    held_from: Mapped[str] = mapped_column(String(16), default="")
    hold_reason: Mapped[str] = mapped_column(String(20), default="")
    hold_note: Mapped[str] = mapped_column(Text, default="")
    hold_until: Mapped[date | None] = mapped_column(Date)
    hold_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    held_seconds: Mapped[int] = mapped_column(Integer, default=0)  # closed holds, this cycle
    # the clock: started at creation (or reopening); deadlines before holds
    clock_start_at: Mapped[datetime] = mapped_column(UTCDateTime())
    onsite_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    complete_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # derived from the above by the services: the running deadline, for SQL
    due_phase: Mapped[str] = mapped_column(String(10), default="")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    manager_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # the steps of the current cycle (every step of every cycle is in work_order_steps)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dispatched_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    onsite_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    onsite_late: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_late: Mapped[bool] = mapped_column(Boolean, default=False)
    work_done: Mapped[str] = mapped_column(Text, default="")
    stop_gap: Mapped[str] = mapped_column(Text, default="")  # emergency done late: why, and what
    slip_returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    callback_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    callback_next_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    callback_attempts: Mapped[int] = mapped_column(Integer, default=0)  # failed tries
    callback_unreachable: Mapped[bool] = mapped_column(Boolean, default=False)
    callback_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    satisfaction: Mapped[str] = mapped_column(String(20), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # cancelled or voided
    end_reason: Mapped[str] = mapped_column(Text, default="")
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    handback_count: Mapped[int] = mapped_column(Integer, default=0)
    transfer_count: Mapped[int] = mapped_column(Integer, default=0)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")  # see domain.text_search


class WorkOrderQuoteLine(Base):
    """One material of a paid order's quote. A changed quote adds a new revision;
    the old lines stay."""

    __tablename__ = "work_order_quote_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    unit: Mapped[str] = mapped_column(String(10), default="")
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class WorkOrderStep(Base):
    """The status history: every step with its time, actor and reason."""

    __tablename__ = "work_order_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))  # an Action, or "create"
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    hold_reason: Mapped[str] = mapped_column(String(20), default="")  # of a hold step
    hold_until: Mapped[date | None] = mapped_column(Date)


class WorkOrderCallback(Base):
    """One callback call: an unanswered try or the result. A result is locked once
    saved; a supervisor's amendment is marked here and audited."""

    __tablename__ = "work_order_callbacks"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    cycle: Mapped[int] = mapped_column(Integer, default=0)  # the order's reopen_count then
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    call_later_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    satisfaction: Mapped[str] = mapped_column(String(20), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    amended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    amended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WorkOrderPrint(Base):
    """Every print of a slip: the first, and each reprint (补打)."""

    __tablename__ = "work_order_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    copy_no: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    printed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    paper: Mapped[str] = mapped_column(String(12))


class Notification(Base):
    """Something a role must be told, e.g. a major work order for the managers.

    One row per recipient who was active at the time; a row with no recipient
    addresses everyone of ``recipient_role`` (there was nobody of it yet). Other
    record kinds (major complaints) are expected to use it too."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(30))
    entity_type: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    recipient_role: Mapped[str] = mapped_column(String(20))
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    read_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


NOTICE_MAJOR_WORK_ORDER = "major_work_order"

PAPER_LABELS = {
    "a4": QT_TRANSLATE_NOOP("WorkOrders", "A4, three parts on one sheet"),
    "continuous": QT_TRANSLATE_NOOP("WorkOrders", "241 mm continuous form"),
}

NOTICE_LABELS = {
    NOTICE_MAJOR_WORK_ORDER: QT_TRANSLATE_NOOP("WorkOrders", "Major work order"),
}
