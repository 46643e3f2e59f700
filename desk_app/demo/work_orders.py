"""Work orders for the demo database: a share of the repair calls become orders,
each lived through the services step by step at believable times.

The services take every time from their context's clock, so the demo gives its
work-order service a clock of its own and sets it to the moment of each step.
Most orders follow a natural course (an old one is long closed, a fresh one still
waits for its technician); a few are steered to a given state so that even a small
demo shows every state of the life cycle, and never beyond the present moment.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from decimal import Decimal

from desk_app.domain.work_order_clock import Level
from desk_app.domain.work_orders import CallOutcome, HoldReason, Location, Satisfaction, Urgency
from desk_app.services.contacts import ContactFilter, ContactRow, ContactService
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.work_orders import WorkOrders
from desk_app.services.work_orders.views import QuoteLineDraft

SHARE = 0.3  # of the repair calls that become work orders
MINUTE, HOUR, DAY = timedelta(minutes=1), timedelta(hours=1), timedelta(days=1)

MATERIALS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "water": (("角阀", "个", "15.00"), ("进水软管", "根", "12.00"), ("生料带", "卷", "2.00")),
    "electrical": (("LED灯泡", "个", "18.00"), ("开关面板", "个", "25.00"), ("电线", "米", "3.50")),
    "doors_windows": (
        ("门锁锁芯", "个", "85.00"),
        ("合页", "个", "12.00"),
        ("密封条", "米", "6.00"),
    ),
    "civil": (("瓷砖胶", "袋", "30.00"), ("防水涂料", "桶", "120.00")),
    "gas": (("燃气软管", "根", "35.00"),),
}
WORK_DONE = (
    "已修复，试用正常",
    "更换配件后恢复正常",
    "已疏通",
    "已调试，住户确认",
    "临时处理，待配件",
)
STOP_GAP = "已先行关闭总阀并做临时防护，配件到货后修复，已向住户说明"
CALLBACK_RESULTS = ("维修及时，已正常使用", "师傅态度好", "问题已解决", "")
SATISFACTION_WEIGHTS = {
    Satisfaction.VERY_SATISFIED: 45,
    Satisfaction.SATISFIED: 40,
    Satisfaction.FAIR: 10,
    Satisfaction.DISSATISFIED: 5,
}
# States steered to at least once, with the last step each needs; the early states
# go to the newest orders, so that they are not absurdly old.
FORCED = (
    ("created", ""),
    ("dispatched", "dispatch"),
    ("on_site", "arrive"),
    ("overdue", "dispatch"),
    ("on_hold", "hold"),
    ("handed_back", "hand_back"),
    ("completed", "complete"),
    ("slip_returned", "slip"),
    ("unreachable", "attempt3"),
    ("callback_done", "callback"),
    ("reopened", "reopen"),
    ("cancelled", "cancel"),
    ("voided", "void"),
    ("closed", "close"),
)


class _Clock:
    def __init__(self, moment: datetime):
        self.current = moment

    def __call__(self) -> datetime:
        return self.current


@dataclass
class _Plan:
    """How one order's life goes."""

    urgency: Urgency = Urgency.NORMAL
    paid: bool = False
    appointment: bool = False
    cancel: bool = False
    void: bool = False
    hand_back: bool = False
    redispatch: bool = True
    transfer: bool = False
    hold: bool = False
    resume: bool = True
    slow: bool = False
    stuck: bool = False
    slip: bool = True
    slip_first: bool = True
    missed_calls: int = 0
    settle: bool = True
    satisfaction: Satisfaction = Satisfaction.SATISFIED
    reopen: bool = True


Step = tuple[timedelta, str, Callable[[], object]]


def generate_work_orders(
    services,
    rng: random.Random,
    *,
    clerks: Sequence[Actor],
    supervisor: Actor,
    after: datetime | None = None,
) -> int:
    """Turn a share of the repair entries (all, or those after ``after``) into work
    orders; returns how many were made."""
    now = services.ctx.now()
    clock = _Clock(now)
    ctx = ServiceContext(services.db, clock, services.ctx.zone)
    orders = WorkOrders(ctx, ContactService(ctx))
    since = ctx.local(after).date() if after is not None else None
    flt = ContactFilter(date_from=since, category="repair", include_voided=False)
    entries = services.contacts.search(supervisor, flt, limit=1_000_000)
    chosen = sorted(
        (
            e
            for e in entries
            if (after is None or e.occurred_at > after)
            and not e.voided
            and e.occurred_at + 10 * MINUTE < now
        ),
        key=lambda e: (e.occurred_at, e.id),
    )
    picked = [rng.random() < SHARE for _ in chosen]
    # A small demo still gets enough orders to show every state.
    missing = len(FORCED) + 4 - sum(picked)
    for index in range(len(picked)):
        if missing <= 0:
            break
        if not picked[index]:
            picked[index], missing = True, missing - 1
    chosen = [e for e, take in zip(chosen, picked, strict=True) if take]
    departments = [d.id for d in services.accounts.list_departments()]
    forced = _assign_fates(rng, chosen, now)
    made = 0
    for entry in chosen:
        created = entry.occurred_at + rng.randint(1, 8) * MINUTE
        if created >= now:
            continue
        clock.current = created
        clerk = rng.choice(clerks)
        fate = forced.get(entry.id)
        plan = _plan(rng, fate)
        draft = orders.orders.draft_from_contact(clerk, entry.id)
        draft = _shape(rng, plan, draft, created, ctx)
        row = orders.orders.create(clerk, draft)
        made += 1
        steps = _steps(rng, plan, orders, row, clerk, supervisor, departments)
        last = _last_needed(steps, fate)
        if last is not None:
            steps = steps[: last + 1]
            span = steps[-1][0] if steps else timedelta(0)
            room = (now - created) * 0.9
            if span > room:  # squeeze the steps into the time there was
                steps = [(offset * (room / span), tag, act) for offset, tag, act in steps]
        for offset, _tag, act in steps:
            moment = created + offset
            if moment > now:
                break
            clock.current = moment
            act()
    _print_some(services, rng, clerks)
    return made


def _assign_fates(rng: random.Random, chosen: list[ContactRow], now: datetime) -> dict[int, str]:
    """Steer one order to each state of FORCED, the newest first; only orders at least
    three hours old, so that their steps have some time between them."""
    aged = [e for e in reversed(chosen) if now - e.occurred_at > 3 * HOUR]
    fates: dict[int, str] = {}
    for (fate, _step), entry in zip(FORCED, aged, strict=False):
        fates[entry.id] = fate
    return fates


def _last_needed(steps: list[Step], fate: str | None) -> int | None:
    if fate is None:
        return None
    step = dict(FORCED)[fate]
    if not step:
        return -1
    for index, (_offset, tag, _act) in enumerate(steps):
        if tag == step:
            return index
    return len(steps) - 1


def _plan(rng: random.Random, fate: str | None) -> _Plan:
    r = rng.random
    plan = _Plan(
        urgency=rng.choices(list(Urgency), weights=[10, 87, 3])[0],
        paid=r() < 0.2,
        appointment=r() < 0.3,
        cancel=r() < 0.015,
        void=r() < 0.01,
        hand_back=r() < 0.04,
        transfer=r() < 0.03,
        hold=r() < 0.05,
        slow=r() < 0.04,
        stuck=False,  # only the steered "overdue" order never sees its technician
        slip=r() > 0.04,
        slip_first=r() < 0.7,
        missed_calls=rng.choices([0, 1, 3], weights=[85, 12, 3])[0],
        settle=r() < 0.5,
        satisfaction=rng.choices(
            list(SATISFACTION_WEIGHTS), weights=list(SATISFACTION_WEIGHTS.values())
        )[0],
        reopen=r() < 0.7,
    )
    quiet = {
        "cancel": False,
        "void": False,
        "hand_back": False,
        "transfer": False,
        "hold": False,
        "stuck": False,
        "slow": False,
        "missed_calls": 0,
    }
    if fate is None:
        return plan
    plan = replace(plan, **quiet)
    if fate == "on_hold":
        return replace(plan, hold=True, resume=False)
    if fate == "slip_returned":
        return replace(plan, slip=True, slip_first=True)
    if fate == "callback_done":
        return replace(plan, slip=False, satisfaction=Satisfaction.SATISFIED)
    if fate == "closed":
        return replace(plan, slip=True, satisfaction=Satisfaction.VERY_SATISFIED)
    if fate in ("cancelled", "voided"):
        return replace(plan, cancel=fate == "cancelled", void=fate == "voided")
    if fate == "unreachable":
        return replace(plan, missed_calls=3, settle=False)
    if fate == "reopened":
        return replace(plan, satisfaction=Satisfaction.DISSATISFIED, reopen=True)
    if fate == "handed_back":
        return replace(plan, hand_back=True, redispatch=False)
    if fate == "overdue":
        return replace(plan, urgency=Urgency.EMERGENCY, stuck=True, paid=False)
    return plan


def _shape(rng: random.Random, plan: _Plan, draft, created: datetime, ctx: ServiceContext):
    """The form as the clerk fills it in from the call."""
    urgency = plan.urgency
    if draft.urgency == Urgency.EMERGENCY and urgency == Urgency.NORMAL:
        urgency = plan.urgency = Urgency.EMERGENCY  # the call said so
    changes: dict = {"urgency": urgency, "department_id": None}
    materials = MATERIALS.get(draft.category)
    if plan.paid and materials and draft.location == Location.IN_HOME:
        picked = rng.sample(materials, rng.randint(1, len(materials)))
        changes.update(
            paid=True,
            quote_lines=tuple(
                QuoteLineDraft(name, rng.choice(("1", "1", "2", "3")), unit, price)
                for name, unit, price in picked
            ),
            labour_fee=Decimal(rng.choice((30, 50, 80))),
        )
    else:
        plan.paid = False
    if plan.appointment and urgency != Urgency.EMERGENCY:
        day = ctx.local(created).date() + timedelta(days=rng.randint(0, 2))
        moment = datetime.combine(day, time(rng.randint(9, 17)), tzinfo=ctx.zone)
        if moment > created + 2 * HOUR:
            changes["appointment_at"] = moment
    if not changes.get("appointment_at"):
        plan.appointment = False
    return replace(draft, **changes)


def _steps(
    rng: random.Random,
    plan: _Plan,
    orders: WorkOrders,
    row,
    clerk: Actor,
    supervisor: Actor,
    departments: list[int],
) -> list[Step]:
    """The order's steps with their delays after creation."""
    order_id = row.id
    steps: list[Step] = []
    t = timedelta(0)

    def at(delay: timedelta, tag: str, act: Callable[[], object]) -> None:
        nonlocal t
        t += delay
        steps.append((t, tag, act))

    def minutes(low: int, high: int) -> timedelta:
        return rng.randint(low, high) * MINUTE

    emergency = plan.urgency == Urgency.EMERGENCY
    closer = supervisor if row.urgency == Urgency.MAJOR else clerk  # a major one: supervisor
    other = [d for d in departments if d != row.department_id] or departments
    if plan.paid:
        at(
            minutes(2, 15),
            "agree",
            lambda: orders.orders.record_agreement(clerk, order_id, "业主电话确认报价"),
        )
    at(
        minutes(1, 4) if emergency else minutes(5, 40),
        "dispatch",
        lambda: orders.steps.dispatch(clerk, order_id),
    )
    if plan.cancel:
        at(
            minutes(20, 120),
            "cancel",
            lambda: orders.steps.cancel(supervisor, order_id, "业主已自行修好，撤销"),
        )
        return steps
    if plan.void:
        at(minutes(5, 60), "void", lambda: orders.steps.void(supervisor, order_id, "重复登记"))
        return steps
    if plan.hand_back:
        at(
            minutes(30, 90),
            "hand_back",
            lambda: orders.steps.hand_back(clerk, order_id, "不属本部门维修范围"),
        )
        if not plan.redispatch:
            return steps
        target = rng.choice(other)
        at(minutes(5, 30), "redispatch", lambda: orders.steps.dispatch(clerk, order_id, target))
    elif plan.transfer:
        target = rng.choice(other)
        at(
            minutes(20, 60),
            "transfer",
            lambda: orders.steps.transfer(clerk, order_id, target, "需其他部门配合处理"),
        )
    if plan.stuck:
        return steps
    if emergency:
        arrive = minutes(8, 25)
    elif plan.appointment and row.appointment_at is not None:
        # the appointment is the time promised to the resident for the job to be done
        arrive = max(row.appointment_at - row.created_at - t - minutes(120, 240), minutes(20, 60))
    else:
        arrive = minutes(60, 360)
    at(arrive, "arrive", lambda: orders.steps.arrive(clerk, order_id))
    if plan.hold:
        reason = rng.choice((HoldReason.PARTS, HoldReason.RESIDENT_AWAY))
        moment = row.created_at + t + 30 * MINUTE

        def hold() -> None:
            until = (moment + 2 * DAY).date()
            orders.steps.hold(
                clerk, order_id, reason, until, "等待配件到货" if reason == "parts" else ""
            )

        at(30 * MINUTE, "hold", hold)
        if not plan.resume:
            return steps
        at(
            minutes(18 * 60, 40 * 60),
            "resume",
            lambda: orders.steps.resume(clerk, order_id, "配件已到"),
        )
    work = minutes(50 * 60, 70 * 60) if plan.slow else minutes(20, 100 if plan.appointment else 180)

    def complete() -> None:
        # The desk is asked for the stop-gap only when an emergency is late.
        late = emergency and orders.queries.get(clerk, order_id).level == Level.RED
        gap = STOP_GAP if late else ""
        orders.steps.complete(clerk, order_id, work_done=rng.choice(WORK_DONE), stop_gap=gap)

    at(work, "complete", complete)
    slip_delay = minutes(30, 20 * 60)
    callback_delay = minutes(2 * 60, 22 * 60)
    calls: list[tuple[timedelta, str, Callable[[], object]]] = []
    for n in range(plan.missed_calls):
        outcome = rng.choice((CallOutcome.NO_ANSWER, CallOutcome.BUSY))
        calls.append(
            (
                minutes(60, 180),
                f"attempt{n + 1}",
                lambda outcome=outcome: orders.callbacks.attempt(clerk, order_id, outcome),
            )
        )
    if plan.missed_calls >= 3:
        if plan.settle:
            calls.append(
                (
                    minutes(12 * 60, 20 * 60),
                    "callback",
                    lambda: orders.callbacks.settle_unreachable(
                        supervisor, order_id, "三次未接通，主管确认结案"
                    ),
                )
            )
    else:
        rating = plan.satisfaction
        calls.append(
            (
                callback_delay,
                "callback",
                lambda: orders.callbacks.record(
                    clerk,
                    order_id,
                    rating,
                    result="对维修不满意，要求返修"
                    if rating == Satisfaction.DISSATISFIED
                    else rng.choice(CALLBACK_RESULTS),
                ),
            )
        )
    slip = (slip_delay, "slip", lambda: orders.steps.return_slip(clerk, order_id))
    if plan.slip and plan.slip_first:
        at(*slip)
    for delay, tag, act in calls:
        at(delay, tag, act)
    if plan.slip and not plan.slip_first:
        at(*slip)
    if plan.missed_calls >= 3 and not plan.settle:
        return steps
    if plan.satisfaction == Satisfaction.DISSATISFIED and plan.missed_calls < 3:
        if plan.reopen:
            at(
                minutes(60, 600),
                "reopen",
                lambda: orders.steps.reopen(supervisor, order_id, "回访不满意，返修"),
            )
            _second_round(at, minutes, orders, order_id, clerk, closer)
        return steps
    if plan.slip:
        at(minutes(5, 120), "close", lambda: orders.steps.close(closer, order_id))
    return steps


def _second_round(
    at, minutes, orders: WorkOrders, order_id: int, clerk: Actor, closer: Actor
) -> None:
    """A reopened job is done again, called back and closed."""
    at(minutes(20, 120), "redispatch", lambda: orders.steps.dispatch(clerk, order_id))
    at(minutes(60, 240), "rearrive", lambda: orders.steps.arrive(clerk, order_id))
    at(
        minutes(30, 120),
        "recomplete",
        lambda: orders.steps.complete(clerk, order_id, work_done="返修完成，业主确认"),
    )
    at(minutes(30, 600), "reslip", lambda: orders.steps.return_slip(clerk, order_id))
    at(
        minutes(120, 1200),
        "recallback",
        lambda: orders.callbacks.record(
            clerk, order_id, Satisfaction.SATISFIED, result="返修后正常"
        ),
    )
    at(minutes(5, 120), "reclose", lambda: orders.steps.close(closer, order_id))


def _print_some(services, rng: random.Random, clerks: Sequence[Actor]) -> None:
    """A few slips printed today, one of them twice (补打)."""
    from desk_app.services.work_orders.views import WorkOrderFilter

    clerk = rng.choice(clerks)
    flt = WorkOrderFilter(statuses=("dispatched", "on_site"))
    # never printed yet: an appended day's slips are new (a reprint would need its reason)
    waiting = [
        row
        for row in services.work_orders.queries.page(clerk, flt, None, 50)
        if row.print_count == 0
    ][:5]
    if not waiting:
        return
    services.work_orders.slips.print(clerk, [row.id for row in waiting])
    services.work_orders.slips.print(clerk, [waiting[0].id], reason="卡纸，重新打印")
