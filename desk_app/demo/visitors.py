"""Visits for the demo database: guests, couriers, contractors and decoration workers
over the demo's days, signed in and out through the services at believable times;
today's latest still on site, a few people and a car on the block list, some turned
away and one let in with the clerk's reason.

The services take every time from their context's clock, so the demo gives its
visitor services a clock of their own and sets it to the moment of each step.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from contextlib import suppress
from datetime import date, datetime, time, timedelta

from desk_app.demo.activity import Home
from desk_app.domain.errors import DeskError
from desk_app.domain.visitors import VisitorBlocked
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.visitors import BlockDraft, VisitDraft, Visitors

KIND_WEIGHTS = {
    "guest": 45,
    "courier": 25,
    "contractor": 10,
    "decoration": 10,
    "applicant": 3,
    "official": 2,
    "other": 5,
}
STAY_MINUTES = {
    "guest": (30, 240),
    "courier": (5, 20),
    "contractor": (40, 300),
    "decoration": (180, 480),
    "applicant": (30, 90),
    "official": (30, 120),
    "other": (10, 90),
}
PURPOSES = {
    "guest": ("探望父母", "朋友聚会", "送东西", "亲戚来访"),
    "courier": ("送快递", "送外卖", "送大件家具"),
    "contractor": ("安装宽带", "维修空调", "燃气表检查", "安装净水器"),
    "decoration": ("厨房贴砖", "水电改造", "墙面刷漆", "安装橱柜"),
    "applicant": ("应聘保安", "应聘保洁"),
    "official": ("社区人口普查", "消防检查"),
    "other": ("看房", "找人"),
}
VISITOR_NAMES = ("王小明", "李建华", "赵磊", "陈芳", "刘强", "周杰", "吴敏", "孙丽", "马超", "何静")
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
# Blocked at the desk: a pushy salesman, a worker who damaged a lift, a car that
# blocks the fire lane; they come back and are turned away (or, once, let in).
BLOCKED = (
    BlockDraft(name="钱多多", phone="13700001111", reason="多次上门推销，住户投诉"),
    BlockDraft(plate="浙A8K8K8", reason="多次占用消防通道停车"),
)
TURNED_AWAY = (
    VisitDraft("钱多多", kind="other", phone="137 0000 1111", place="5栋大堂", purpose="推销"),
    VisitDraft("张某", kind="contractor", plate="浙A8K8K8", place="2栋", purpose="送货"),
)
LET_IN = (
    VisitDraft("张某", kind="contractor", plate="浙A8K8K8", place="2栋", purpose="搬家"),
    "业主到前台当面确认，车辆停访客车位",
)


class _Clock:
    def __init__(self, moment: datetime):
        self.current = moment

    def __call__(self) -> datetime:
        return self.current


def generate_visits(
    services,
    rng: random.Random,
    *,
    clerks: Sequence[Actor],
    supervisor: Actor,
    homes: Sequence[Home],
    days: int,
    end: date,
    after: datetime | None = None,
) -> int:
    """``days`` days of visits up to ``end`` (only after ``after``, when given), the
    block list and its hits on the first build; returns the visits signed in."""
    now = services.ctx.now()
    clock = _Clock(now)
    ctx = ServiceContext(services.db, clock, services.ctx.zone)
    visitors = Visitors(ctx)
    if after is None:
        clock.current = now - timedelta(days=days)
        for draft in BLOCKED:
            visitors.blocks.add(supervisor, draft)
    made = 0
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    for offset in range(days - 1, -1, -1):
        day = end - timedelta(days=offset)
        for _ in range(rng.randint(4, 10)):
            arrive = datetime.combine(
                day, time(rng.randrange(8, 20), rng.randrange(60)), tzinfo=ctx.zone
            )
            if arrive > now or (after is not None and arrive <= after):
                continue
            kind = rng.choices(kinds, weights)[0]
            home = rng.choice(homes) if homes else None
            draft = _draft(rng, kind, home)
            clerk = rng.choice(clerks)
            clock.current = arrive
            try:
                visit = visitors.visits.sign_in(clerk, draft).visit
            except DeskError:
                continue  # a random draft the rules refuse: not the demo's point
            made += 1
            low, high = STAY_MINUTES[kind]
            leave = arrive + timedelta(minutes=rng.randint(low, high))
            if leave <= now:
                clock.current = leave
                visitors.visits.sign_out(clerk, visit.id)
    if after is None and days > 0:
        made += _block_hits(visitors, clock, clerks[0], now)
    return made


def _draft(rng: random.Random, kind: str, home: Home | None) -> VisitDraft:
    plate = ""
    if kind in ("contractor", "decoration", "official") or rng.random() < 0.15:
        plate = "浙A" + "".join(rng.choices(PLATE_CHARS, k=5))
    return VisitDraft(
        visitor_name=rng.choice(VISITOR_NAMES),
        kind=kind,
        phone="13" + "".join(rng.choices("0123456789", k=9)) if kind != "courier" else "",
        room_id=home.room_id if home else None,
        place="" if home else "1栋大堂",
        host_name=home.resident if home else "",
        purpose=rng.choice(PURPOSES[kind]),
        companions=rng.choice((0, 0, 0, 1, 2)) if kind == "guest" else 0,
        plate=plate,
        permit_no=f"ZX-{rng.randint(2026001, 2026099)}" if kind == "decoration" else "",
    )


def _block_hits(visitors: Visitors, clock: _Clock, clerk: Actor, now: datetime) -> int:
    """Two people turned away at the desk this morning, one let in with a reason."""
    clock.current = now - timedelta(hours=3)
    for draft in TURNED_AWAY:
        with suppress(VisitorBlocked):  # refused: the refusal is in the audit trail
            visitors.visits.sign_in(clerk, draft)
    clock.current = now - timedelta(hours=1)
    draft, reason = LET_IN
    visitors.visits.sign_in(clerk, draft, block_reason=reason)
    clock.current = now
    return 1
