"""The complaints received in a date range as a spreadsheet with Chinese column names
(export permission; audited). Each column is its header and how a complaint gives it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desk_app.domain.complaints import Complaint
from desk_app.domain.roles import Permission
from desk_app.services.complaints import words
from desk_app.services.complaints.queries import SORT_KEYS, filtered
from desk_app.services.complaints.views import ComplaintFilter, Sort
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit.export import Column, export_audited, table_of
from desk_app.services.kit.keyset import after, ordered
from desk_app.services.kit.names import department_names
from desk_app.services.register.labels import room_labels

PAGE = 500


@dataclass(frozen=True)
class Exported:
    complaint: Complaint
    where: str
    department: str


def columns(ctx: ServiceContext) -> list[Column[Exported]]:
    def when(moment: datetime | None) -> str:
        return ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    def yes(flag: bool) -> str:
        return "是" if flag else ""

    return [
        Column("编号", lambda e: e.complaint.serial),
        Column("投诉时间", lambda e: when(e.complaint.received_at)),
        Column("方式", lambda e: words.CHANNEL[e.complaint.channel]),
        Column("投诉人", lambda e: e.complaint.complainant),
        Column("房号/地点", lambda e: e.where),
        Column("电话", lambda e: e.complaint.phone),
        Column("投诉内容", lambda e: e.complaint.content),
        Column("书面投诉", lambda e: yes(e.complaint.written)),
        Column("性质", lambda e: words.NATURE[e.complaint.nature]),
        Column("类别", lambda e: words.CATEGORY[e.complaint.category]),
        Column("级别", lambda e: words.LEVEL[e.complaint.level]),
        Column("上报至", lambda e: words.TIER[e.complaint.tier]),
        Column("责任部门", lambda e: e.department),
        Column("状态", lambda e: words.STATUS[e.complaint.status]),
        Column("回复期限", lambda e: when(e.complaint.reply_due_at)),
        Column("首次回复", lambda e: when(e.complaint.replied_at)),
        Column("处理期限", lambda e: when(e.complaint.resolve_due_at)),
        Column("原因", lambda e: e.complaint.cause),
        Column("责任方", lambda e: e.complaint.responsible),
        Column("处理方案", lambda e: e.complaint.resolution),
        Column("处理完成", lambda e: when(e.complaint.resolved_at)),
        Column("超期处理", lambda e: yes(e.complaint.resolved_late)),
        Column("满意度", lambda e: words.SATISFACTION.get(e.complaint.satisfaction, "")),
        Column("纠正预防措施", lambda e: e.complaint.summary_prevention),
        Column("结案时间", lambda e: when(e.complaint.closed_at)),
        Column("关闭/作废说明", lambda e: e.complaint.end_reason),
    ]


def export(
    ctx: ServiceContext, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path
) -> int:
    require(actor, Permission.EXPORT)
    flt = ComplaintFilter(date_from=date_from, date_to=date_to)
    keys = SORT_KEYS[Sort.CREATED]

    def records() -> Iterator[Exported]:
        last: tuple | None = None
        while True:
            with ctx.db.read() as session:
                query = ordered(filtered(ctx, flt), keys)
                if last is not None:
                    query = after(query, keys, last)
                found = list(session.scalars(query.limit(PAGE)))
                page = list(_exported(session, found))
            yield from page
            if len(found) < PAGE:
                return
            last = (found[-1].created_at, found[-1].id)

    header, rows = table_of(columns(ctx), records())
    return export_audited(
        ctx, actor, "complaints", f"{date_from}..{date_to}", path, fmt, header, rows
    )


def _exported(session: Session, found: list[Complaint]) -> Iterator[Exported]:
    rooms = room_labels(session, {c.room_id for c in found if c.room_id is not None})
    departments = department_names(session)
    for c in found:
        room = rooms.get(c.room_id, "") if c.room_id else ""
        where = f"{room} {c.place}" if room and c.place else room or c.place
        department = departments.get(c.department_id, "") if c.department_id else ""
        yield Exported(c, where, department)
