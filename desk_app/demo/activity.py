"""Realistic front-desk activity for the demo database, made through the services."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desk_app.demo.register import MOBILE_PREFIXES
from desk_app.domain.contacts import Category, FollowUp
from desk_app.services.contacts import ContactDraft
from desk_app.services.context import Actor


@dataclass(frozen=True)
class Home:
    room_id: int
    label: str
    resident: str
    phone: str


TEXTS: dict[Category, tuple[str, ...]] = {
    Category.REPAIR: (
        "卫生间漏水，楼下天花板有水渍，请尽快派人查看",
        "厨房下水道堵塞，水排不下去",
        "入户门锁坏了，钥匙插进去转不动",
        "客厅灯不亮，换了灯泡也不行，怀疑线路问题",
        "暖气片不热，整个屋子都很冷",
        "窗户关不严，刮风时漏风有响声",
        "阳台地漏返水，有异味",
        "马桶水箱一直流水，关不住",
        "楼道声控灯坏了，晚上回家看不见",
        "单元门禁刷卡没反应",
        "电梯按钮失灵，按了不亮",
        "热水器打不着火，请工程部看看是不是燃气问题",
    ),
    Category.CONSULTATION: (
        "咨询物业费缴纳方式，能否微信支付",
        "咨询装修需要办理哪些手续",
        "咨询地下车库停车月卡怎么办理",
        "询问明天停水通知的具体时间",
        "咨询快递柜取件码丢失怎么办",
        "咨询门禁卡补办需要带什么证件",
        "询问小区垃圾分类投放时间",
        "咨询出租房屋需要到物业登记吗",
    ),
    Category.COMPLAINT: (
        "楼上装修噪音扰民，中午休息时间还在施工",
        "邻居家的狗夜里一直叫，影响休息",
        "楼道垃圾两天没人清理，有异味",
        "地下车库自己的车位被别人占了",
        "门岗保安态度不好，说话很冲",
        "小区里有人乱停车，堵住了消防通道",
        "维修师傅约好上午来，一直没到",
    ),
    Category.SUGGESTION: (
        "建议在小区增加儿童游乐设施",
        "建议延长垃圾房的开放时间",
        "建议在单元门口加装遮雨棚",
        "建议增加夜间巡逻次数",
    ),
    Category.PRAISE: (
        "表扬维修李师傅服务热情，修得又快又好",
        "感谢保安帮忙把重物搬上楼",
        "保洁阿姨工作认真，楼道很干净，特此表扬",
    ),
    Category.OTHER: (
        "在小区花园捡到一串钥匙，交到前台",
        "寄存一个快递，下午家人来取",
        "反映小区路灯开得太早，浪费电",
    ),
}

SINCE = ("今天早上", "昨天晚上", "这两天", "一周前开始", "刚才", "上周末")
CATEGORY_WEIGHTS = {
    Category.REPAIR: 38,
    Category.CONSULTATION: 30,
    Category.COMPLAINT: 14,
    Category.SUGGESTION: 6,
    Category.PRAISE: 5,
    Category.OTHER: 7,
}
CHANNEL_WEIGHTS = {"call_in": 55, "visit": 20, "online": 12, "call_out": 8, "letter": 5}
FORWARD = {Category.REPAIR: "工程部", Category.COMPLAINT: "客服助理"}


def _moment(rng: random.Random, day: date, zone) -> datetime:
    # Busy mornings and early evenings, quiet at lunch, nothing at night.
    hour = rng.choices(range(8, 21), weights=[9, 10, 9, 6, 4, 7, 8, 7, 6, 8, 7, 4, 2])[0]
    return datetime.combine(day, time(hour, rng.randrange(60)), tzinfo=zone)


def demo_homes(services, rng: random.Random, count: int = 400) -> list[Home]:
    """Some occupied homes of the register with their first current resident."""
    from sqlalchemy import select

    from desk_app.domain.register import Resident, Room

    with services.db.read() as session:
        rows = session.execute(
            select(Room.id, Room.label, Resident.name, Resident.phones)
            .join(Resident, Resident.room_id == Room.id)
            .where(Resident.move_out.is_(None), Resident.voided.is_(False))
            .order_by(Room.id, Resident.id)
        ).all()
    first: dict[int, Home] = {}
    for room_id, label, name, phones in rows:
        if room_id not in first and phones:
            first[room_id] = Home(room_id, label, name, phones.split(",")[0])
    homes = list(first.values())
    return rng.sample(homes, min(count, len(homes)))


def _mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choices("0123456789", k=8))


def generate_contacts(
    services,
    rng: random.Random,
    *,
    clerks: Sequence[Actor],
    supervisor: Actor,
    homes: Sequence[Home],
    days: int,
    end: date,
    departments: dict[str, int],
    after: datetime | None = None,
) -> int:
    """Log ``days`` days of calls and visits up to ``end`` and sign all but the last
    day; returns the number of entries."""
    zone = services.ctx.zone
    contacts = services.contacts
    total = 0
    categories, category_weights = zip(*CATEGORY_WEIGHTS.items(), strict=True)
    channels, channel_weights = zip(*CHANNEL_WEIGHTS.items(), strict=True)
    for offset in range(days - 1, -1, -1):
        day = end - timedelta(days=offset)
        moments = sorted(_moment(rng, day, zone) for _ in range(rng.randint(40, 120)))
        now = services.ctx.now()
        for moment in moments:
            if moment > now:
                break
            if after is not None and moment <= after:
                continue  # appending: the day's earlier hours are logged already
            category = rng.choices(categories, category_weights)[0]
            channel = rng.choices(channels, channel_weights)[0]
            home = rng.choice(homes) if rng.random() < 0.9 else None
            age = now - moment
            status = FollowUp.DONE
            if age < timedelta(hours=20):
                status = rng.choice([FollowUp.OPEN, FollowUp.FOLLOWING, FollowUp.DONE])
            elif rng.random() < 0.01:
                status = FollowUp.FOLLOWING  # a few stay open: the overdue ones
            forward = FORWARD.get(category)
            draft = ContactDraft(
                content=rng.choice(TEXTS[category]),
                category=category,
                channel=channel,
                occurred_at=moment,
                caller_name=home.resident if home else rng.choice(("访客", "住户", "业主")),
                room_id=home.room_id if home else None,
                place=home.label if home else rng.choice(("小区北门", "3号楼大堂", "地下车库")),
                phone=home.phone if home else _mobile(rng),
                since=rng.choice(SINCE),
                forwarded_department_id=departments.get(forward) if forward else None,
                follow_up_status=status,
                follow_up_result="已处理完毕" if status == FollowUp.DONE else "",
                call_outcome="reached" if channel == "call_out" else None,
            )
            row = contacts.log(rng.choice(clerks), draft)
            total += 1
            if rng.random() < 0.01:
                contacts.void(supervisor, row.id, "重复登记")
            elif offset > 0 and rng.random() < 0.5:
                contacts.review(supervisor, row.id, "")
        if offset > 0:
            contacts.sign_day(supervisor, day)
    return total
