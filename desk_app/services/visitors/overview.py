"""Visitors at a glance: the workbench's lists, the daily summary's section and the
global search's group (registered in ``desk_app.services.app``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import AuditEvent
from desk_app.domain.plates import normalize_plate
from desk_app.domain.roles import Permission
from desk_app.domain.visitors import BLOCK_ENTITY, Status, Visit, VisitorKind, closing_time
from desk_app.services.context import Actor
from desk_app.services.daily.views import TABLE_ROWS, DailyContext, DailySection, DailyTable, Figure
from desk_app.services.home.providers import RANK_LATE, RANK_LATER
from desk_app.services.home.service import LIST_LIMIT, HomeItem, HomeList
from desk_app.services.register.labels import room_labels
from desk_app.services.search.providers import COUNT_CAP, as_serial, capped_count
from desk_app.services.search.service import GROUP_LIMIT, SearchGroup, SearchHit
from desk_app.services.visitors import queries
from desk_app.services.visitors.views import VisitFilter, VisitRow

if TYPE_CHECKING:
    from desk_app.services.app import Services

PAGE = "visitors"
SERIAL_PREFIX = "FK-"
PHONE_TAIL = 4  # digits enough to look a phone up by its end
TURNED_AWAY = "turned_away"  # the audit action of a refusal at the block list

WORDS = {
    "visitors": "访客",
    "visitors.total": "来访登记（不含作废）",
    "visitors.voided": "作废",
    "visitors.by_kind": "按类别",
    "visitors.turned_away": "黑名单拒绝进入（人）",
    "visitors.let_in_over_block": "黑名单放行",
    "visitors.at_closing": "闭园时仍在园",
    "visitors.at_closing_table": "闭园时仍在园的访客",
    "visitors.on_site_table": "尚在园访客（未到闭园时间）",
    "serial": "编号",
    "visitor": "访客",
    "host_room": "到访房号",
    "arrived": "到达时间",
}


def _visit_summary(row: VisitRow) -> str:
    return "　".join(filter(None, (row.visitor_name, row.where, row.kind_label)))


# -- the workbench ----------------------------------------------------------------------------


def visitor_lists(services: Services, actor: Actor) -> Iterable[HomeList]:
    """Visitors still on site past the closing time (in red), and everyone on site now."""
    if not actor.can(Permission.LOG_WORK):
        return []
    visits = services.visitors.visits
    found: list[HomeList] = []
    late = visits.still_on_site_after_closing(actor)
    if late:
        shut = closing_time(str(services.settings.get("visitors.closing_time")))
        zone = services.ctx.zone

        def closed_at(row: VisitRow) -> datetime:
            day = services.ctx.local(row.arrived_at).date()
            return datetime.combine(day, shut, tzinfo=zone)

        items = tuple(
            HomeItem(PAGE, row.id, row.serial, _visit_summary(row), closed_at(row), late=True)
            for row in sorted(late, key=lambda row: (row.arrived_at, row.id))[:LIST_LIMIT]
        )
        title = QT_TRANSLATE_NOOP("Home", "Visitors still on site after closing time")
        found.append(
            HomeList("visitors.after_closing", title, items, len(late), RANK_LATE, late=True)
        )
    on_site = VisitFilter(on_site_only=True)
    total = visits.count(actor, on_site)
    if total:
        rows = visits.search(actor, on_site, limit=LIST_LIMIT)
        items = tuple(
            HomeItem(PAGE, row.id, row.serial, _visit_summary(row), row.arrived_at)
            for row in sorted(rows, key=lambda row: (row.arrived_at, row.id))
        )
        title = QT_TRANSLATE_NOOP("Home", "Visitors on site now")
        found.append(HomeList("visitors.on_site", title, items, total, RANK_LATER))
    return found


# -- the daily summary ------------------------------------------------------------------------


def visitor_sections(d: DailyContext) -> Iterable[DailySection]:
    """The day's visits by kind; people the block list turned away and those let in
    over it; who was still on site at the day's closing time (listed). Before the
    closing time has come, the list is of those on site as the summary is printed."""
    session = d.session
    of_day = Visit.day == d.day
    kept = (of_day, Visit.status != Status.VOIDED.value)
    total = session.scalar(select(func.count(Visit.id)).where(*kept)) or 0
    voided = session.scalar(
        select(func.count(Visit.id)).where(of_day, Visit.status == Status.VOIDED.value)
    )
    by_kind = session.execute(
        select(Visit.kind_code, func.count(Visit.id)).where(*kept).group_by(Visit.kind_code)
    ).all()
    kinds = {
        code: (label, order)
        for code, label, order in session.execute(
            select(VisitorKind.code, VisitorKind.label, VisitorKind.sort_order)
        )
    }
    kind_figures = tuple(
        Figure(f"visitors.kind.{code}", kinds.get(code, (code, 0))[0], count)
        for code, count in sorted(by_kind, key=lambda row: (kinds.get(row[0], ("", 99))[1], row[0]))
    )
    # A refusal writes one event per block-list entry it matched: count the people.
    refusals = session.execute(
        select(AuditEvent.new_values).where(
            AuditEvent.action == TURNED_AWAY,
            AuditEvent.entity_type == BLOCK_ENTITY,
            AuditEvent.at >= d.start,
            AuditEvent.at < d.end,
        )
    ).scalars()
    turned_away = len({(values or {}).get("visitor", "") for values in refusals})
    let_in = session.scalar(select(func.count(Visit.id)).where(*kept, Visit.block_id.is_not(None)))

    closing = datetime.combine(d.day, queries.closing(session), tzinfo=d.ctx.zone)
    closed = closing <= d.now
    moment = closing if closed else d.now
    present = (
        Visit.status != Status.VOIDED.value,
        Visit.arrived_at < moment,
        or_(Visit.departed_at.is_(None), Visit.departed_at > moment),
    )
    present_total = session.scalar(select(func.count(Visit.id)).where(*present)) or 0
    present_rows = list(
        session.scalars(
            select(Visit).where(*present).order_by(Visit.arrived_at, Visit.id).limit(TABLE_ROWS)
        )
    )
    labels = room_labels(session, {v.room_id for v in present_rows if v.room_id})
    table = DailyTable(
        WORDS["visitors.at_closing_table" if closed else "visitors.on_site_table"],
        (WORDS["serial"], WORDS["visitor"], WORDS["host_room"], WORDS["arrived"]),
        (40, 40, 60, 40),
        tuple(
            (
                v.serial,
                v.visitor_name,
                (labels.get(v.room_id, "") if v.room_id else "") or v.place,
                d.ctx.local(v.arrived_at).strftime("%m-%d %H:%M"),
            )
            for v in present_rows
        ),
        present_total,
    )
    figures: tuple[Figure, ...] = (
        Figure("visitors.total", WORDS["visitors.total"], total),
        Figure("visitors.voided", WORDS["visitors.voided"], voided or 0),
        Figure("visitors.turned_away", WORDS["visitors.turned_away"], turned_away),
        Figure("visitors.let_in_over_block", WORDS["visitors.let_in_over_block"], let_in or 0),
    )
    if closed:
        figures += (Figure("visitors.at_closing", WORDS["visitors.at_closing"], present_total),)
    yield DailySection(
        "visitors",
        WORDS["visitors"],
        figures,
        groups=((WORDS["visitors.by_kind"], kind_figures),) if kind_figures else (),
        tables=(table,),
        rank=50,
    )


# -- the global search ------------------------------------------------------------------------


def visit_search(services: Services, actor: Actor, query: str) -> SearchGroup | None:
    """An FK- serial names its visit; a visitor's name, the end of their phone or
    (part of) a plate find their visits, newest first."""
    title = QT_TRANSLATE_NOOP("Home", "Visitors")
    visits = services.visitors.visits
    serial = as_serial(query)
    if serial is not None:
        if not serial.startswith(SERIAL_PREFIX):
            return None
        with services.db.read() as session:
            found = session.scalar(select(Visit.id).where(Visit.serial == serial))
        if found is None:
            return None
        row = visits.get(actor, found)
        hit = SearchHit(PAGE, row.id, row.serial, _visit_summary(row), exact=True)
        return SearchGroup("visitors", title, (hit,), 1, rank=40)
    words = [Visit.visitor_name.contains(query, autoescape=True)]
    digits = query.replace(" ", "").replace("-", "")
    if digits.isdigit() and len(digits) >= PHONE_TAIL:
        words.append(Visit.phone.endswith(digits, autoescape=True))
    folded = query.upper().replace(" ", "")
    try:
        words.append(Visit.plate == normalize_plate(query))
    except ValidationError:  # part of a plate (or no plate at all): by what was typed
        if len(folded) >= 3 and folded.isalnum():
            words.append(Visit.plate.contains(folded, autoescape=True))
    matching = select(Visit).where(or_(*words))
    with services.db.read() as session:
        found_visits = list(session.scalars(matching.order_by(Visit.id.desc()).limit(GROUP_LIMIT)))
        rows = queries.rows_of(
            session, services.ctx, found_visits, full_id=actor.can(Permission.SEE_FULL_ID)
        )
    if not rows:
        return None
    total = len(rows)
    if total >= GROUP_LIMIT:
        total = capped_count(services, matching.with_only_columns(Visit.id))
    hits = tuple(
        SearchHit(
            PAGE,
            row.id,
            row.serial,
            f"{_visit_summary(row)}　{services.ctx.local(row.arrived_at).strftime('%m-%d %H:%M')}",
        )
        for row in rows
    )
    return SearchGroup("visitors", title, hits, total, rank=40, more=total > COUNT_CAP)
