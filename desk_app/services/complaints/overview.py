"""Complaints at a glance: the workbench's lists, the daily summary's section and the
global search's group (the providers ``desk_app.services.app`` registers)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from desk_app.domain.complaints import (
    END_STATUSES,
    Action,
    Category,
    Complaint,
    ComplaintStep,
    Level,
    Status,
    signs_of,
)
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.services.complaints import words
from desk_app.services.complaints.queries import rows_of
from desk_app.services.complaints.views import ComplaintFilter, ComplaintRow, Sort
from desk_app.services.context import Actor
from desk_app.services.daily.providers import late_text
from desk_app.services.daily.views import (
    TABLE_ROWS,
    DailyContext,
    DailySection,
    DailyTable,
    Figure,
)
from desk_app.services.home.service import LIST_LIMIT, HomeItem, HomeList, by_deadline
from desk_app.services.register.labels import room_labels
from desk_app.services.register.room_lookup import rooms_at
from desk_app.services.search.service import GROUP_LIMIT, SearchGroup, SearchHit

if TYPE_CHECKING:
    from desk_app.services.app import Services

PAGE = "complaints"  # the main-window page that shows a complaint
# A deadline this near is shown before it passes.
DUE_SOON = timedelta(days=1)
# Ranks of the workbench (lower first): a major complaint nobody acknowledged tops it.
RANK_MAJOR, RANK_LATE, RANK_SOON, RANK_WAITING = 5, 10, 20, 30
_OPEN = [s.value for s in Status if s not in END_STATUSES]
_DIGITS = re.compile(r"[\d\-+ ]{3,}")


def _short(text: str, limit: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(row: ComplaintRow) -> str:
    return row.where or row.complainant


def _item(row: ComplaintRow) -> HomeItem:
    """The complaint with its next deadline (red once passed)."""
    where = _where(row)
    summary = f"{where}　{_short(row.content)}" if where else _short(row.content)
    return HomeItem(PAGE, row.id, row.serial, summary, row.due_at, row.overdue)


# -- the workbench ----------------------------------------------------------------------


def home_lists(services: Services, actor: Actor) -> Iterable[HomeList]:
    if not actor.can(Permission.VIEW_RECORDS):
        return []
    queries = services.complaints.queries
    found: list[HomeList] = []

    def add(key: str, title: str, flt: ComplaintFilter, rank: int, *, late: bool = False):
        rows = queries.page(actor, flt, None, LIST_LIMIT)
        if not rows:
            return
        total = queries.count(actor, flt) if len(rows) >= LIST_LIMIT else len(rows)
        items = [_item(r) for r in rows]
        found.append(HomeList(key, title, by_deadline(items), total, rank, late))

    # Everyone sees them, in red at the top, until the manager acknowledges them.
    add(
        "complaints.major_unacknowledged",
        QT_TRANSLATE_NOOP("Home", "Major complaints not yet acknowledged"),
        ComplaintFilter(unacknowledged_only=True, sort=Sort.CREATED),
        RANK_MAJOR,
        late=True,
    )
    add(
        "complaints.overdue",
        QT_TRANSLATE_NOOP("Home", "Complaints past their deadline"),
        ComplaintFilter(overdue_only=True, sort=Sort.DEADLINE),
        RANK_LATE,
        late=True,
    )
    add(
        "complaints.due_soon",
        QT_TRANSLATE_NOOP("Home", "Complaints due within a day"),
        ComplaintFilter(due_within=DUE_SOON, sort=Sort.DEADLINE),
        RANK_SOON,
    )
    proposed = Status.PROPOSED.value
    if actor.can(Permission.APPROVE) and not actor.can(Permission.CLOSE_MAJOR):
        add(
            "complaints.to_approve",
            QT_TRANSLATE_NOOP("Home", "Complaint resolutions waiting for your approval"),
            ComplaintFilter(status=proposed, level=Level.GENERAL.value, sort=Sort.DEADLINE),
            RANK_WAITING,
        )
    if actor.can(Permission.CLOSE_MAJOR):
        add(
            "complaints.major_to_approve",
            QT_TRANSLATE_NOOP("Home", "Major complaint resolutions waiting for your approval"),
            ComplaintFilter(status=proposed, level=Level.MAJOR.value, sort=Sort.DEADLINE),
            RANK_WAITING,
        )
    # Carried out and confirmed: the complainant is to be called back now.
    add(
        "complaints.callbacks_due",
        QT_TRANSLATE_NOOP("Home", "Complaint callbacks due"),
        ComplaintFilter(status=Status.CARRIED_OUT.value, sort=Sort.CREATED),
        RANK_WAITING,
    )
    return found


# -- the daily summary ------------------------------------------------------------------

W = words.DAILY


def daily_sections(d: DailyContext) -> Iterable[DailySection]:
    session = d.session
    kept = (Complaint.day == d.day, Complaint.status != Status.VOIDED.value)

    def grouped(column) -> dict[str, int]:
        return dict(
            session.execute(
                select(column, func.count(Complaint.id)).where(*kept).group_by(column)
            ).all()
        )

    def steps(action: Action) -> int:
        return (
            session.scalar(
                select(func.count(ComplaintStep.id)).where(
                    ComplaintStep.action == action.value,
                    ComplaintStep.at >= d.start,
                    ComplaintStep.at < d.end,
                )
            )
            or 0
        )

    by_category, by_level = grouped(Complaint.category), grouped(Complaint.level)
    opened = sum(by_category.values())
    overdue_where = (Complaint.status.in_(_OPEN), Complaint.due_at < d.now)
    overdue = list(
        session.scalars(
            select(Complaint)
            .where(*overdue_where)
            .order_by(Complaint.due_at, Complaint.id)
            .limit(TABLE_ROWS)
        )
    )
    overdue_total = session.scalar(select(func.count(Complaint.id)).where(*overdue_where)) or 0
    major_where = (*kept, Complaint.level == Level.MAJOR.value)
    majors = list(
        session.scalars(
            select(Complaint).where(*major_where).order_by(Complaint.received_at).limit(TABLE_ROWS)
        )
    )
    still_open = session.scalar(
        select(func.count(Complaint.id)).where(Complaint.status.in_(_OPEN), Complaint.day <= d.day)
    )
    labels = room_labels(session, {c.room_id for c in overdue + majors if c.room_id})

    def where(c: Complaint) -> str:
        return (labels.get(c.room_id, "") if c.room_id else "") or c.place or c.complainant

    def local(moment: datetime | None) -> str:
        return d.ctx.local(moment).strftime("%m-%d %H:%M") if moment else ""

    def late(c: Complaint) -> str:
        due = c.due_at or d.now  # listed: past its deadline, so it has one
        due = due if due.tzinfo else due.replace(tzinfo=UTC)  # SQLite hands back naive UTC
        return late_text((d.now - due).total_seconds())

    tables = (
        DailyTable(
            W["overdue_table"],
            (W["serial"], W["room"], W["category"], W["deadline"], W["late"]),
            (40, 44, 30, 30, 36),
            tuple(
                (c.serial, where(c), words.CATEGORY[c.category], local(c.due_at), late(c))
                for c in overdue
            ),
            overdue_total,
        ),
        DailyTable(
            W["major_table"],
            (W["serial"], W["room"], W["signs"], W["status"]),
            (40, 44, 66, 30),
            tuple(
                (
                    c.serial,
                    where(c),
                    "、".join(words.SIGNS[s.value] for s in signs_of(c.major_signs)),
                    words.STATUS[c.status],
                )
                for c in majors
            ),
            len(majors)
            if len(majors) < TABLE_ROWS
            else session.scalar(select(func.count(Complaint.id)).where(*major_where)) or 0,
        ),
    )
    yield DailySection(
        "complaints",
        W["complaints"],
        (
            Figure("complaints.opened", W["opened"], opened),
            Figure("complaints.closed", W["closed"], steps(Action.CLOSE)),
            Figure("complaints.dismissed", W["dismissed"], steps(Action.DISMISS)),
            Figure("complaints.overdue", W["overdue"], overdue_total),
            Figure("complaints.open", W["open"], int(still_open or 0)),
        ),
        groups=(
            (
                W["by_level"],
                tuple(
                    Figure(f"complaints.level.{level.value}", words.LEVEL[level.value], count)
                    for level in Level
                    if (count := by_level.get(level.value, 0))
                ),
            ),
            (
                W["by_category"],
                tuple(
                    Figure(f"complaints.category.{cat.value}", words.CATEGORY[cat.value], count)
                    for cat in Category
                    if (count := by_category.get(cat.value, 0))
                ),
            ),
        ),
        tables=tables,
        rank=30,
    )


# -- the global search ------------------------------------------------------------------

SERIAL = re.compile(r"TS-\d{8}-\d{4}")
# After the work orders and the contact log, before the rooms.
SEARCH_RANK = 25


def search(services: Services, actor: Actor, query: str) -> SearchGroup | None:
    """A TS- serial is the complaint itself; other text finds complaints by their
    content, complainant, place, phone, or the room it names. (The search service has
    checked that the actor may see records.)"""
    title = QT_TRANSLATE_NOOP("Home", "Complaints")
    folded = query.strip().upper()
    if re.fullmatch(r"[A-Z]{2}-\d{8}-\d{4}", folded):
        if not SERIAL.fullmatch(folded):
            return None  # another kind's serial
        with services.db.read() as session:
            found = list(session.scalars(select(Complaint).where(Complaint.serial == folded)))
            rows = rows_of(session, services.ctx, found)
        if not rows:
            return None
        return SearchGroup("complaints", title, (_hit(rows[0], exact=True),), 1, rank=SEARCH_RANK)
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    matches = [
        Complaint.content.like(pattern, escape="\\"),
        Complaint.complainant.like(pattern, escape="\\"),
        Complaint.place.like(pattern, escape="\\"),
    ]
    if _DIGITS.fullmatch(query):
        matches.append(Complaint.phone.like(pattern, escape="\\"))
    with services.db.read() as session:
        rooms = rooms_at(session, query, limit=GROUP_LIMIT)
        if rooms:
            matches.append(Complaint.room_id.in_(rooms))
        where = or_(*matches)
        total = session.scalar(select(func.count(Complaint.id)).where(where)) or 0
        if not total:
            return None
        found = list(
            session.scalars(
                select(Complaint)
                .where(where)
                .order_by(Complaint.created_at.desc(), Complaint.id.desc())
                .limit(GROUP_LIMIT)
            )
        )
        rows = rows_of(session, services.ctx, found)
    return SearchGroup("complaints", title, tuple(_hit(r) for r in rows), total, rank=SEARCH_RANK)


def _hit(row: ComplaintRow, *, exact: bool = False) -> SearchHit:
    where = _where(row)
    summary = _short(f"{where}　{row.content}" if where else row.content, 50)
    return SearchHit(PAGE, row.id, row.serial, summary, exact)
