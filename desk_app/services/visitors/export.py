"""The visitor register in a spreadsheet: Chinese headers, every cell safe, audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from desk_app.domain.roles import Permission
from desk_app.domain.visitors import Status
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit.export import Column, export_audited, table_of
from desk_app.services.visitors.views import VisitFilter, VisitRow

BATCH = 2000
STATUS_WORDS = {Status.ON_SITE: "在场", Status.SIGNED_OUT: "已离开", Status.VOIDED: "作废"}


def columns(ctx: ServiceContext) -> list[Column[VisitRow]]:
    def moment(value) -> str:
        return ctx.local(value).strftime("%Y-%m-%d %H:%M") if value else ""

    return [
        Column("编号", lambda r: r.serial),
        Column("状态", lambda r: STATUS_WORDS[r.status]),
        Column("访客姓名", lambda r: r.visitor_name),
        Column("电话", lambda r: r.phone),
        Column("证件号码", lambda r: r.id_number),
        Column("类别", lambda r: r.kind_label),
        Column("前往房号", lambda r: r.where),
        Column("被访人", lambda r: r.host_name),
        Column("事由", lambda r: r.purpose),
        Column("同行人数", lambda r: r.companions),
        Column("车牌", lambda r: r.plate),
        Column("装修许可证", lambda r: r.permit_no),
        Column("到访时间", lambda r: moment(r.arrived_at)),
        Column("预计离开", lambda r: moment(r.expected_until)),
        Column("离开时间", lambda r: moment(r.departed_at)),
        Column("登记人", lambda r: r.signed_in_by),
        Column("离场登记人", lambda r: r.signed_out_by),
        Column("黑名单放行理由", lambda r: r.block_reason),
        Column("作废理由", lambda r: r.void_reason),
    ]


def export(
    ctx: ServiceContext, visits, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path
) -> int:
    require(actor, Permission.EXPORT)
    flt = VisitFilter(date_from=date_from, date_to=date_to)

    def rows() -> Iterator[VisitRow]:
        after = None
        while batch := visits.search(actor, flt, after=after, limit=BATCH):
            yield from batch
            after = batch[-1].id

    header, table = table_of(columns(ctx), rows())
    return export_audited(
        ctx, actor, "visitors", f"{date_from}..{date_to}", path, fmt, header, table
    )
