"""Complaints for the demo database: a year of them, so that the monthly statistics and
the quarterly analysis have something to say — a realistic mix of categories and
natures, a few major ones, repeats within the four hours, some resolved late, some
open past their deadline, and complaints made from the complaint calls of the log.

Each complaint lives through the services step by step at believable times, with a
clock of its own (as the demo's work orders do); no step lies beyond the present.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from desk_app.demo.activity import demo_homes
from desk_app.domain.complaints import Level, Satisfaction
from desk_app.services.complaints import Complaints
from desk_app.services.complaints.views import ComplaintDraft
from desk_app.services.contacts import ContactFilter, ContactService
from desk_app.services.context import Actor, ServiceContext

HISTORY_DAYS = 365
HOUR, DAY = timedelta(hours=1), timedelta(days=1)

# (category, nature weights, what residents say, cause, responsible, resolution, prevention)
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str, str, str]] = {
    "facilities": (
        ("电梯经常停运，老人上下楼很不方便", "单元门禁坏了一个星期没人修", "地下车库灯坏了一半"),
        ("设备老化，维保巡检不到位",),
        "工程部",
        "更换故障部件，加强维保巡检",
        "每周检查电梯和门禁运行记录，故障24小时内处理",
    ),
    "attitude": (
        ("保安说话很冲，还骂人", "前台接电话不耐烦", "保洁员和业主吵架"),
        ("员工服务意识不足",),
        "安全部",
        "当事员工向业主道歉，扣减绩效",
        "开展服务礼仪培训，每月抽查服务录音",
    ),
    "quality": (
        ("楼道垃圾两天没人清", "绿化修剪后树枝堆在路边", "报修三次都没修好"),
        ("作业标准执行不到位",),
        "环境部",
        "当日清理完毕，安排专人复查",
        "完善作业检查表，主管每日巡查签字",
    ),
    "incident": (
        ("楼上突然漏水，家里天花板在滴水", "小区停水没有提前通知", "车库入口积水车辆无法进出"),
        ("突发故障，应急响应慢",),
        "工程部",
        "紧急抢修，协助业主处理损失",
        "完善应急预案，每季度演练一次",
    ),
    "fees": (
        ("物业费账单多收了一个月", "停车费涨价没有公示", "水电公摊费用看不懂"),
        ("收费说明不清晰",),
        "财务部",
        "核对账单，多收部分退还并解释收费依据",
        "收费标准公示栏每月更新，账单附说明",
    ),
    "neighbours": (
        ("楼上每天晚上十一点后还在装修", "邻居在楼道堆放杂物", "隔壁养狗半夜一直叫"),
        ("装修及邻里管理不到位",),
        "客服助理",
        "上门协调，约谈相关住户",
        "装修时段巡查，楼道每周清查一次",
    ),
    "other": (
        ("快递总是被放在门口丢了", "小区里有人乱发小广告", "希望增加儿童游乐设施"),
        ("管理制度未覆盖",),
        "客服助理",
        "与相关方沟通处理，向业主反馈",
        "纳入月度服务改进计划",
    ),
}
CATEGORY_WEIGHTS = {
    "facilities": 24,
    "attitude": 10,
    "quality": 22,
    "incident": 6,
    "fees": 14,
    "neighbours": 18,
    "other": 6,
}
NATURE_WEIGHTS = {"valid": 60, "help": 15, "question": 15, "venting": 10}
CHANNEL_WEIGHTS = {"call": 60, "visit": 25, "letter": 8, "other": 7}
MAJOR_TEXTS = (
    ("incident", "地下车库水浸，多辆车被泡", ("flooding",)),
    ("facilities", "电梯困人四十分钟，物业迟迟未到", ("lift_trapped",)),
    ("incident", "三栋突然停电，多户业主投诉", ("power_cut", "collective")),
    ("quality", "业主称要找媒体曝光小区管理问题", ("exposure",)),
)
SATISFACTION_WEIGHTS = {"very_satisfied": 30, "satisfied": 45, "fair": 17, "dissatisfied": 8}


class _Clock:
    def __init__(self, moment: datetime, zone=None):
        self.current = moment
        self.zone = zone

    def __call__(self) -> datetime:
        return self.current


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def generate_complaints(
    services,
    rng: random.Random,
    *,
    clerks: Sequence[Actor],
    supervisor: Actor,
    manager: Actor,
    end: date,
    days: int = HISTORY_DAYS,
    density: float = 1.0,
) -> int:
    """Complaints of ``days`` days up to ``end``, about 1.3 a day times ``density`` (a
    small estate complains less); returns how many were made."""
    now = services.ctx.now()
    clock = _Clock(now, services.ctx.zone)
    ctx = ServiceContext(services.db, clock, services.ctx.zone)
    complaints = Complaints(ctx, ContactService(ctx))
    homes = demo_homes(services, rng, 300)
    if not homes:
        return 0
    made = 0
    start = end - timedelta(days=days - 1)
    for offset in range(days):
        day = start + timedelta(days=offset)
        if rng.random() >= density:
            continue
        for _ in range(rng.choices((0, 1, 2, 3), weights=(35, 40, 18, 7))[0]):
            moment = datetime.combine(
                day, time(rng.randint(8, 19), rng.randrange(60)), tzinfo=ctx.zone
            )
            if moment >= now:
                continue
            home = rng.choice(homes)
            made += _one(complaints, clock, rng, clerks, supervisor, manager, home, moment, now)
            if rng.random() < 0.05:  # the same home calls again about the same thing
                again = moment + timedelta(minutes=rng.randint(40, 200))
                if again < now:
                    made += _one(
                        complaints, clock, rng, clerks, supervisor, manager, home, again, now,
                        repeat=True,
                    )  # fmt: skip
    made += _from_contacts(services, complaints, clock, rng, clerks, supervisor, manager, now)
    return made


def _from_contacts(services, complaints, clock, rng, clerks, supervisor, manager, now) -> int:
    """Half of the log's complaint calls become complaints, one step from the entry."""
    entries = services.contacts.search(
        supervisor, ContactFilter(category="complaint", include_voided=False), limit=100_000
    )
    made = 0
    for entry in sorted(entries, key=lambda e: (e.occurred_at, e.id)):
        if rng.random() < 0.5 and entry.follow_up_status != "handed":
            at = entry.occurred_at + timedelta(minutes=5)
            if at >= now:
                continue
            clock.current = at
            draft = complaints.intake.draft_from_contact(rng.choice(clerks), entry.id)
            if draft.room_id is None and not draft.place:
                continue
            made += _live(complaints, clock, rng, clerks, supervisor, manager, draft, at, now)
    return made


def _one(complaints, clock, rng, clerks, supervisor, manager, home, moment, now, repeat=False):
    category = _pick(rng, CATEGORY_WEIGHTS)
    texts = TOPICS[category][0]
    content, signs = rng.choice(texts), ()
    if not repeat and rng.random() < 0.025:
        category, content, signs = rng.choice(MAJOR_TEXTS)
    draft = ComplaintDraft(
        channel=_pick(rng, CHANNEL_WEIGHTS),
        complainant=home.resident,
        room_id=home.room_id,
        phone=home.phone,
        content=("又来投诉：" + content) if repeat else content,
        written=rng.random() < 0.06,
        solved_on_spot=rng.random() < 0.1,
        nature="valid" if signs else _pick(rng, NATURE_WEIGHTS),
        category=category,
        major=bool(signs),
        signs=signs,
        households=3 if "collective" in signs else 1,
    )
    if repeat:
        # The repeat rule needs the same category as the first call of the day.
        draft = _same_category_as_last(complaints, draft, home, moment)
    return _live(complaints, clock, rng, clerks, supervisor, manager, draft, moment, now)


def _same_category_as_last(complaints, draft, home, moment):
    from dataclasses import replace

    from sqlalchemy import select

    from desk_app.domain.complaints import Complaint

    with complaints.ctx.db.read() as session:
        category = session.scalar(
            select(Complaint.category)
            .where(Complaint.room_id == home.room_id)
            .order_by(Complaint.id.desc())
            .limit(1)
        )
    return replace(draft, category=category or draft.category, major=False, signs=())


def _live(complaints, clock, rng, clerks, supervisor, manager, draft, moment, now) -> int:
    """Take the complaint at ``moment`` and step it on while the steps lie in the past."""
    clerk = rng.choice(clerks)
    clock.current = moment
    c = complaints.intake.create(clerk, replace_received(draft, moment))
    steps = complaints.steps
    major = c.level is Level.MAJOR
    approver = manager if major else supervisor
    age = now - moment
    # Old complaints are nearly all closed; some are left where they stand (overdue).
    stuck = rng.random() < (0.005 if age > 30 * DAY else 0.12)
    late = rng.random() < 0.12
    topic = TOPICS[c.category.value]
    t = moment

    def at(delta: timedelta) -> bool:
        nonlocal t
        t = _office_hours(t + delta, clock)
        if t >= now:
            return False
        clock.current = t
        return True

    if (
        major
        and at(timedelta(minutes=rng.randint(10, 50)))
        and (age > 2 * DAY or rng.random() < 0.5)
    ):
        complaints.intake.acknowledge(manager, c.id)
    if not at(timedelta(minutes=rng.randint(20, 90))):
        return 1
    if c.nature.value == "venting" and rng.random() < 0.3:
        steps.dismiss(clerk, c.id, "经核实不属于物业管理范围，已向业主耐心解释")
        return 1
    steps.assess(clerk, c.id, nature=c.nature, category=c.category, assessment="情况属实")
    if not c.solved_on_spot and at(timedelta(hours=rng.randint(1, 20))):
        channel = "written" if c.written else rng.choice(("phone", "phone", "visit", "message"))
        steps.note(clerk, c.id, channel, "已告知业主正在调查处理")
    if stuck and rng.random() < 0.5:
        return 1
    if not at(timedelta(hours=rng.randint(4, 30))):
        return 1
    steps.investigate(clerk, c.id, cause=rng.choice(topic[1]), responsible=topic[2])
    if rng.random() < 0.15 and at(HOUR):
        steps.escalate(clerk, c.id, "业主对处理进度不满意，要求上级处理")
    if not at(timedelta(hours=rng.randint(1, 8))):
        return 1
    steps.propose(clerk, c.id, topic[3])
    if stuck or not at(timedelta(hours=rng.randint(1, 12))):
        return 1
    steps.approve(approver, c.id)
    spread = (rng.randint(9, 14) if late else rng.randint(1, 6)) * DAY
    if not at(spread):
        return 1
    steps.carry_out(clerk, c.id, done=topic[3] + "，已完成", confirmation="业主电话确认已解决")
    if not at(timedelta(hours=rng.randint(20, 30))):
        return 1
    level = _pick(rng, SATISFACTION_WEIGHTS)
    steps.callback(clerk, c.id, level, "" if level != Satisfaction.DISSATISFIED else "仍有意见")
    if not at(timedelta(hours=rng.randint(1, 6))):
        return 1
    steps.summarise(
        supervisor,
        c.id,
        cause=rng.choice(topic[1]),
        lesson="及时响应、跟进到底",
        prevention=topic[4],
    )
    if c.written and at(HOUR):
        steps.note(clerk, c.id, "written", "书面回复已送达业主")
    if not at(timedelta(hours=rng.randint(1, 20))):
        return 1
    steps.close(approver, c.id)
    return 1


def _office_hours(moment: datetime, clock: _Clock) -> datetime:
    """Steps are taken at the desk's hours: one that would fall at night moves on to
    the next morning."""
    local = moment.astimezone(clock.zone)
    if 8 <= local.hour < 20:
        return moment
    morning = local.replace(hour=8, minute=local.minute, second=0, microsecond=0)
    if local.hour >= 20:
        morning += DAY
    return morning


def replace_received(draft: ComplaintDraft, moment: datetime) -> ComplaintDraft:
    from dataclasses import replace

    return replace(draft, received_at=moment)
