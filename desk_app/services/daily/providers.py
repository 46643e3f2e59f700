"""The daily summary's sections of the contact log and the work orders."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, select

from desk_app.domain.contacts import SETTLED_FOLLOW_UPS, ContactChannel, ContactEntry
from desk_app.domain.work_order_clock import WORK_PHASES
from desk_app.domain.work_orders import (
    CALLBACK_STATUSES,
    END_STATUSES,
    Action,
    WorkOrder,
    WorkOrderStep,
)
from desk_app.printing.words import CATEGORY_WORDS, DAILY_WORDS
from desk_app.services.daily.views import (
    TABLE_ROWS,
    DailyContext,
    DailySection,
    DailyTable,
    Figure,
)
from desk_app.services.kit.names import department_names
from desk_app.services.register.labels import room_labels
from desk_app.services.work_orders.queries import slip_outstanding

W = DAILY_WORDS


def _figure(key: str, value: int | None) -> Figure:
    return Figure(key, W[key], int(value or 0))


def _short(text: str, limit: int = 36) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def late_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes >= 24 * 60:
        return f"{minutes // 1440}天{minutes % 1440 // 60}小时"
    if minutes >= 60:
        return f"{minutes // 60}小时{minutes % 60}分"
    return f"{minutes}分"


def contact_sections(d: DailyContext) -> Iterable[DailySection]:
    session = d.session
    of_day = (ContactEntry.day == d.day,)
    kept = (*of_day, ContactEntry.voided.is_(False))
    total = session.scalar(select(func.count(ContactEntry.id)).where(*kept))
    voided = session.scalar(
        select(func.count(ContactEntry.id)).where(*of_day, ContactEntry.voided.is_(True))
    )
    channels = dict(session.execute(select(ContactChannel.code, ContactChannel.label)).all())
    order = {
        code: n
        for n, code in enumerate(
            session.scalars(select(ContactChannel.code).order_by(ContactChannel.sort_order))
        )
    }
    by_channel = session.execute(
        select(ContactEntry.channel_code, func.count(ContactEntry.id))
        .where(*kept)
        .group_by(ContactEntry.channel_code)
    ).all()
    by_category = dict(
        session.execute(
            select(ContactEntry.category, func.count(ContactEntry.id))
            .where(*kept)
            .group_by(ContactEntry.category)
        ).all()
    )
    open_up = (
        ContactEntry.voided.is_(False),
        ContactEntry.follow_up_status.not_in([f.value for f in SETTLED_FOLLOW_UPS]),
    )
    still_open = session.scalar(
        select(func.count(ContactEntry.id)).where(*open_up, ContactEntry.day <= d.day)
    )
    open_today = list(
        session.scalars(
            select(ContactEntry)
            .where(*open_up, *of_day)
            .order_by(ContactEntry.occurred_at)
            .limit(TABLE_ROWS)
        )
    )
    open_today_total = session.scalar(select(func.count(ContactEntry.id)).where(*open_up, *of_day))
    labels = room_labels(session, {e.room_id for e in open_today if e.room_id})
    table = DailyTable(
        W["contacts.open_table"],
        (W["serial"], W["room"], W["content"]),
        (34, 36, 110),
        tuple(
            (
                e.serial,
                (labels.get(e.room_id, "") if e.room_id else "") or e.place or e.caller_name,
                _short(e.content, 60),
            )
            for e in open_today
        ),
        open_today_total or 0,
    )
    channel_figures = tuple(
        Figure(f"contacts.channel.{code}", channels.get(code, code), count)
        for code, count in sorted(by_channel, key=lambda row: order.get(row[0], 99))
    )
    category_figures = tuple(
        Figure(f"contacts.category.{code}", word, by_category.get(code, 0))
        for code, word in CATEGORY_WORDS.items()
    )
    yield DailySection(
        "contacts",
        W["contacts"],
        (
            _figure("contacts.total", total),
            _figure("contacts.voided", voided),
            _figure("contacts.open", still_open),
        ),
        (
            (W["contacts.by_channel"], channel_figures),
            (W["contacts.by_category"], category_figures),
        ),
        (table,),
        rank=10,
    )


def work_order_sections(d: DailyContext) -> Iterable[DailySection]:
    session = d.session

    def steps(action: Action) -> int:
        return (
            session.scalar(
                select(func.count(WorkOrderStep.id)).where(
                    WorkOrderStep.action == action.value,
                    WorkOrderStep.at >= d.start,
                    WorkOrderStep.at < d.end,
                )
            )
            or 0
        )

    opened = session.scalar(select(func.count(WorkOrder.id)).where(WorkOrder.day == d.day))
    overdue_where = (
        WorkOrder.due_phase.in_([p.value for p in WORK_PHASES]),
        WorkOrder.due_at < d.now,
    )
    overdue = list(
        session.scalars(
            select(WorkOrder).where(*overdue_where).order_by(WorkOrder.due_at).limit(TABLE_ROWS)
        )
    )
    overdue_total = session.scalar(select(func.count(WorkOrder.id)).where(*overdue_where))
    slips = list(
        session.scalars(
            select(WorkOrder)
            .where(*slip_outstanding())
            .order_by(WorkOrder.completed_at)
            .limit(TABLE_ROWS)
        )
    )
    slips_total = session.scalar(select(func.count(WorkOrder.id)).where(*slip_outstanding()))
    tomorrow_start, tomorrow_end = d.end, d.ctx.day_bounds(d.day + timedelta(days=1))[1]
    callbacks_where = (
        WorkOrder.status.in_([s.value for s in CALLBACK_STATUSES]),
        WorkOrder.callback_next_at >= tomorrow_start,
        WorkOrder.callback_next_at < tomorrow_end,
    )
    callbacks = list(
        session.scalars(
            select(WorkOrder)
            .where(*callbacks_where)
            .order_by(WorkOrder.callback_next_at)
            .limit(TABLE_ROWS)
        )
    )
    callbacks_total = session.scalar(select(func.count(WorkOrder.id)).where(*callbacks_where))
    still_open = session.scalar(
        select(func.count(WorkOrder.id)).where(
            WorkOrder.status.not_in([s.value for s in END_STATUSES]), WorkOrder.day <= d.day
        )
    )
    shown = overdue + slips + callbacks
    labels = room_labels(session, {o.room_id for o in shown if o.room_id})
    departments = department_names(session)

    def where(order: WorkOrder) -> str:
        return labels.get(order.room_id, "") if order.room_id else order.place

    def local(moment: datetime | None) -> str:
        return d.ctx.local(moment).strftime("%m-%d %H:%M") if moment else ""

    tables = (
        DailyTable(
            W["work_orders.overdue_table"],
            (W["serial"], W["room"], W["department"], W["content"], W["late"]),
            (34, 32, 24, 64, 26),
            tuple(
                (
                    o.serial,
                    where(o),
                    (departments.get(o.department_id, "") if o.department_id else ""),
                    _short(o.description, 30),
                    late_text((d.now - o.due_at).total_seconds() if o.due_at else 0),
                )
                for o in overdue
            ),
            overdue_total or 0,
        ),
        DailyTable(
            W["work_orders.slips_table"],
            (W["serial"], W["room"], W["department"], W["completed_at"]),
            (34, 50, 40, 56),
            tuple(
                (
                    o.serial,
                    where(o),
                    (departments.get(o.department_id, "") if o.department_id else ""),
                    local(o.completed_at),
                )
                for o in slips
            ),
            slips_total or 0,
        ),
        DailyTable(
            W["work_orders.callbacks_table"],
            (W["serial"], W["room"], W["content"], W["due"]),
            (34, 40, 76, 30),
            tuple(
                (o.serial, where(o), _short(o.description, 36), local(o.callback_next_at))
                for o in callbacks
            ),
            callbacks_total or 0,
        ),
    )
    yield DailySection(
        "work_orders",
        W["work_orders"],
        (
            _figure("work_orders.opened", opened),
            _figure("work_orders.completed", steps(Action.COMPLETE)),
            _figure("work_orders.handed_back", steps(Action.HAND_BACK)),
            _figure("work_orders.slips_returned", steps(Action.RETURN_SLIP)),
            _figure("work_orders.called_back", steps(Action.CALLBACK)),
            _figure("work_orders.overdue", overdue_total),
            _figure("work_orders.slips_out", slips_total),
            _figure("work_orders.callbacks_tomorrow", callbacks_total),
            _figure("work_orders.open", still_open),
        ),
        tables=tables,
        rank=20,
    )
