"""The monthly complaint statistics (客户月投诉统计表) and the quarterly analysis
(用户投诉分析报告), as plain values for the papers and the 报表 screen.

A month's complaints are those taken (the serial's day) in it, voided ones left out.
The figures come from one query of the month's rows (a few thousand at most) and
twelve counts for the chart, each over the day index.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.complaints import (
    END_STATUSES,
    SATISFIED,
    Category,
    Channel,
    Complaint,
    Level,
    Nature,
    Satisfaction,
    Status,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.monthly import Month
from desk_app.domain.register import Building, Room, Unit
from desk_app.domain.roles import Permission
from desk_app.services.context import Actor, ServiceContext, require

TOP_ROOMS = 5
CHART_MONTHS = 12


@dataclass(frozen=True)
class Quarter:
    year: int
    quarter: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        found = re.fullmatch(r"\s*(\d{4})-?[Qq]([1-4])\s*", text or "")
        if not found:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give the quarter as YYYY-Qn, e.g. 2026-Q4."),
                field="quarter",
            )
        return cls(int(found.group(1)), int(found.group(2)))

    @property
    def months(self) -> list[Month]:
        return [Month(self.year, 3 * (self.quarter - 1) + n) for n in (1, 2, 3)]

    def __str__(self) -> str:
        return f"{self.year}-Q{self.quarter}"


@dataclass(frozen=True)
class MonthlyStatistics:
    month: Month
    total: int
    major: int
    # {category: {nature: count}}, and {category: major count}
    by_category: dict[str, dict[str, int]]
    major_by_category: dict[str, int]
    by_building: list[tuple[str, int]]  # most first; "" for complaints without a room
    by_channel: dict[str, int]
    resolved_on_time: int
    resolved_late: int
    unresolved: int
    unresolved_overdue: int
    dismissed: int
    average_resolve_hours: float | None
    satisfaction: dict[str, int]
    satisfied_rate: float | None  # satisfied or better among those called back
    top_rooms: list[tuple[str, int]]  # rooms with two or more complaints, most first
    repeats: int  # complaints the repeat rule linked to an earlier one
    chart: list[tuple[str, int]]  # ("2026-01", count) for the last 12 months, oldest first


@dataclass(frozen=True)
class SummaryLine:
    serial: str
    day: date
    where: str
    content: str
    cause: str
    lesson: str
    prevention: str


@dataclass(frozen=True)
class QuarterlyAnalysis:
    quarter: Quarter
    total: int
    closed: int
    by_category: dict[str, int]
    per_month: list[tuple[str, int]]
    # the summaries' corrective and preventive actions, grouped by category in the
    # order of Category; every summarised complaint of the quarter appears once
    summaries: dict[str, list[SummaryLine]]


class Statistics:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def monthly(self, actor: Actor, month: Month) -> MonthlyStatistics:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return monthly(session, self.ctx.now(), month)

    def quarterly(self, actor: Actor, quarter: Quarter) -> QuarterlyAnalysis:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return quarterly(session, quarter)


def _counted():
    return Complaint.status != Status.VOIDED.value


def monthly(session: Session, now: datetime, month: Month) -> MonthlyStatistics:
    start, end = month.first_day, month.next().first_day
    rows = session.execute(
        select(
            Complaint.nature,
            Complaint.category,
            Complaint.level,
            Complaint.channel,
            Complaint.status,
            Complaint.received_at,
            Complaint.resolved_at,
            Complaint.resolved_late,
            Complaint.due_at,
            Complaint.satisfaction,
            Complaint.repeat_of_id,
            Complaint.room_id,
            Building.code,
        )
        .outerjoin(Room, Room.id == Complaint.room_id)
        .outerjoin(Unit, Unit.id == Room.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .where(Complaint.day >= start, Complaint.day < end, _counted())
    ).all()
    by_category = {c.value: dict.fromkeys((n.value for n in Nature), 0) for c in Category}
    major_by_category = dict.fromkeys((c.value for c in Category), 0)
    by_channel = dict.fromkeys((c.value for c in Channel), 0)
    satisfaction = dict.fromkeys((s.value for s in Satisfaction), 0)
    buildings: Counter[str] = Counter()
    rooms: Counter[int] = Counter()
    on_time = late = unresolved = overdue = dismissed = repeats = major = 0
    hours: list[float] = []
    for row in rows:
        by_category[row.category][row.nature] += 1
        by_channel[row.channel] += 1
        if row.level == Level.MAJOR:
            major += 1
            major_by_category[row.category] += 1
        buildings[f"{row.code}栋" if row.code else ""] += 1
        if row.room_id is not None:
            rooms[row.room_id] += 1
        if row.repeat_of_id is not None:
            repeats += 1
        if row.satisfaction:
            satisfaction[row.satisfaction] += 1
        if row.status == Status.DISMISSED:
            dismissed += 1
        elif row.resolved_at is not None:
            late += bool(row.resolved_late)
            on_time += not row.resolved_late
            hours.append((row.resolved_at - row.received_at).total_seconds() / 3600)
        elif Status(row.status) not in END_STATUSES:
            unresolved += 1
            overdue += row.due_at is not None and row.due_at < now
    called_back = sum(satisfaction.values())
    happy = sum(satisfaction[s.value] for s in SATISFIED)
    top = [(room, n) for room, n in rooms.most_common() if n >= 2][:TOP_ROOMS]
    labels = dict(
        session.execute(select(Room.id, Room.label).where(Room.id.in_([r for r, _ in top]))).all()
    )
    return MonthlyStatistics(
        month=month,
        total=len(rows),
        major=major,
        by_category=by_category,
        major_by_category=major_by_category,
        by_building=sorted(buildings.items(), key=lambda item: (-item[1], _natural(item[0]))),
        by_channel=by_channel,
        resolved_on_time=on_time,
        resolved_late=late,
        unresolved=unresolved,
        unresolved_overdue=overdue,
        dismissed=dismissed,
        average_resolve_hours=sum(hours) / len(hours) if hours else None,
        satisfaction=satisfaction,
        satisfied_rate=happy / called_back if called_back else None,
        top_rooms=[(labels.get(room, str(room)), n) for room, n in top],
        repeats=repeats,
        chart=chart(session, month),
    )


def chart(session: Session, month: Month, months: int = CHART_MONTHS) -> list[tuple[str, int]]:
    """The number of complaints of each of the ``months`` months up to ``month``."""
    wanted = [month]
    while len(wanted) < months:
        wanted.insert(0, wanted[0].previous())
    out = []
    for m in wanted:
        count = session.scalar(
            select(func.count(Complaint.id)).where(
                Complaint.day >= m.first_day, Complaint.day < m.next().first_day, _counted()
            )
        )
        out.append((str(m), count or 0))
    return out


def quarterly(session: Session, quarter: Quarter) -> QuarterlyAnalysis:
    months = quarter.months
    start, end = months[0].first_day, months[-1].next().first_day
    found = list(
        session.scalars(
            select(Complaint)
            .where(Complaint.day >= start, Complaint.day < end, _counted())
            .order_by(Complaint.day, Complaint.id)
        )
    )
    labels = dict(
        session.execute(
            select(Room.id, Room.label).where(
                Room.id.in_({c.room_id for c in found if c.room_id is not None})
            )
        ).all()
    )
    summaries: dict[str, list[SummaryLine]] = {c.value: [] for c in Category}
    by_category = dict.fromkeys((c.value for c in Category), 0)
    for c in found:
        by_category[c.category] += 1
        if c.summary_prevention:
            room = labels.get(c.room_id, "") if c.room_id else ""
            summaries[c.category].append(
                SummaryLine(
                    serial=c.serial,
                    day=c.day,
                    where=f"{room} {c.place}".strip() if room else c.place,
                    content=c.content,
                    cause=c.summary_cause,
                    lesson=c.summary_lesson,
                    prevention=c.summary_prevention,
                )
            )
    per_month = [
        (str(m), sum(1 for c in found if m.first_day <= c.day < m.next().first_day)) for m in months
    ]
    return QuarterlyAnalysis(
        quarter=quarter,
        total=len(found),
        closed=sum(1 for c in found if c.status == Status.CLOSED),
        by_category=by_category,
        per_month=per_month,
        summaries={k: v for k, v in summaries.items() if v},
    )


def _natural(label: str) -> tuple:
    digits = re.match(r"\d+", label)
    return (0, int(digits.group()), label) if digits else (1, 0, label)
