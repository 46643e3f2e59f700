"""The orders opened in a date range as a spreadsheet with Chinese column names
(supervisor; audited). Each column is its header and how an order gives its cell."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import (
    CENT,
    Location,
    Satisfaction,
    Status,
    Urgency,
    WorkOrder,
    WorkOrderCategory,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit.export import Column, export_audited, table_of
from desk_app.services.kit.keyset import after, ordered
from desk_app.services.kit.names import department_names
from desk_app.services.register.labels import room_labels
from desk_app.services.work_orders.queries import SORT_KEYS, filtered
from desk_app.services.work_orders.views import Sort, WorkOrderFilter
from desk_app.services.work_orders.words import (
    FREE_WORD,
    LOCATION_WORDS,
    PAID_WORD,
    SATISFACTION_WORDS,
    STATUS_WORDS,
    URGENCY_WORDS,
    YES_WORD,
)

PAGE = 500


@dataclass(frozen=True)
class Exported:
    """One order as the sheet writes it: the stored row and the names it points at."""

    order: WorkOrder
    where: str
    category: str
    department: str


def columns(ctx: ServiceContext) -> list[Column[Exported]]:
    def when(moment: datetime | None) -> str:
        return ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    def satisfaction(code: str) -> str:
        return SATISFACTION_WORDS[Satisfaction(code)] if code else ""

    return [
        Column("编号", lambda e: e.order.serial),
        Column("报修时间", lambda e: when(e.order.created_at)),
        Column("房号/地点", lambda e: e.where),
        Column("位置", lambda e: LOCATION_WORDS[Location(e.order.location)]),
        Column("联系人", lambda e: e.order.contact_name),
        Column("电话", lambda e: e.order.contact_phone),
        Column("类别", lambda e: e.category),
        Column("报修内容", lambda e: e.order.description),
        Column("紧急程度", lambda e: URGENCY_WORDS[Urgency(e.order.urgency)]),
        Column("预约时间", lambda e: when(e.order.appointment_at)),
        Column("有偿/无偿", lambda e: PAID_WORD if e.order.paid else FREE_WORD),
        # a number, so that the sheet sums it
        Column("金额", lambda e: e.order.total.quantize(CENT) if e.order.paid else ""),
        Column("派工部门", lambda e: e.department),
        Column("维修人员", lambda e: e.order.technician),
        Column("状态", lambda e: STATUS_WORDS[Status(e.order.status)]),
        Column("派工时间", lambda e: when(e.order.dispatched_at)),
        Column("到场时间", lambda e: when(e.order.onsite_at)),
        Column("完工时间", lambda e: when(e.order.completed_at)),
        Column("超时完成", lambda e: YES_WORD if e.order.completed_late else ""),
        Column("完工情况", lambda e: e.order.work_done),
        Column("临时措施及说明", lambda e: e.order.stop_gap),
        Column("返单时间", lambda e: when(e.order.slip_returned_at)),
        Column("回访时间", lambda e: when(e.order.callback_done_at)),
        Column("满意度", lambda e: satisfaction(e.order.satisfaction)),
        Column("关闭时间", lambda e: when(e.order.closed_at)),
        Column("重开次数", lambda e: e.order.reopen_count or ""),
        Column("撤销/作废原因", lambda e: e.order.end_reason),
    ]


def export(
    ctx: ServiceContext, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path
) -> int:
    """Write the file, newest order first; returns the number of orders in it."""
    require(actor, Permission.EXPORT)
    flt = WorkOrderFilter(date_from=date_from, date_to=date_to)
    keys = SORT_KEYS[Sort.CREATED]

    def records() -> Iterator[Exported]:
        last: tuple | None = None
        while True:
            with ctx.db.read() as session:
                query = ordered(filtered(session, ctx, flt), keys)
                if last is not None:
                    query = after(query, keys, last)
                orders = list(session.scalars(query.limit(PAGE)))
                page = list(_exported(session, orders))
            yield from page
            if len(orders) < PAGE:
                return
            last = (orders[-1].created_at, orders[-1].id)

    header, rows = table_of(columns(ctx), records())
    return export_audited(
        ctx, actor, "work_orders", f"{date_from}..{date_to}", path, fmt, header, rows
    )


def _exported(session: Session, orders: list[WorkOrder]) -> Iterator[Exported]:
    rooms = room_labels(session, {o.room_id for o in orders if o.room_id is not None})
    departments = department_names(session)
    categories = dict(
        session.execute(select(WorkOrderCategory.code, WorkOrderCategory.label)).all()
    )
    for o in orders:
        room = rooms.get(o.room_id, "") if o.room_id else ""
        where = f"{room} {o.place}" if room and o.place else room or o.place
        yield Exported(
            o,
            where,
            categories.get(o.category_code, o.category_code),
            departments.get(o.department_id, ""),
        )
