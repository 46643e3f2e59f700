"""The contact log on paper and in files: the day's 来电来访登记表 and the export."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from desk_app.services.contacts.views import ContactRow, DayStatus
from desk_app.services.context import ServiceContext
from desk_app.services.kit.export import Column

EXPORT_BATCH = 2000


def export_columns(ctx: ServiceContext) -> list[Column[ContactRow]]:
    """The export's columns, each its Chinese header with the cell of a row."""
    from desk_app.printing.contact_register import CATEGORY_WORDS, FOLLOW_UP_WORDS

    return [
        Column("编号", lambda r: r.serial),
        Column("时间", lambda r: ctx.local(r.occurred_at).strftime("%Y-%m-%d %H:%M")),
        Column("方式", lambda r: r.channel_label),
        Column("姓名", lambda r: r.caller_name),
        Column("房号/地点", lambda r: r.where),
        Column("电话", lambda r: r.phone),
        Column("类别", lambda r: CATEGORY_WORDS[r.category.value]),
        Column("内容", lambda r: r.content),
        Column("发生时间", lambda r: r.since),
        Column("接待人", lambda r: r.received_by),
        Column("流转人", lambda r: r.forwarded),
        Column("跟进状态", lambda r: FOLLOW_UP_WORDS[r.follow_up_status.value]),
        Column("跟进结果", lambda r: r.follow_up_result),
        Column("作废", lambda r: "作废：" + r.void_reason if r.voided else ""),
        Column("已审核", lambda r: "是" if r.reviewed else ""),
    ]


def all_rows(fetch: Callable[[int | None, int], list[ContactRow]]) -> Iterator[ContactRow]:
    """Every row ``fetch(after, limit)`` pages through, a batch at a time, by key."""
    after = None
    while batch := fetch(after, EXPORT_BATCH):
        yield from batch
        after = batch[-1].id


def register_line(row: ContactRow, ctx: ServiceContext):
    from desk_app.printing.contact_register import (
        CALL_OUTCOME_WORDS,
        CATEGORY_WORDS,
        FOLLOW_UP_WORDS,
        RegisterLine,
    )

    follow_up = FOLLOW_UP_WORDS[row.follow_up_status.value]
    if row.call_outcome:
        follow_up = f"{CALL_OUTCOME_WORDS[row.call_outcome]}；{follow_up}"
    if row.follow_up_result:
        follow_up += f"：{row.follow_up_result}"
    return RegisterLine(
        serial=row.serial,
        time=ctx.local(row.occurred_at).strftime("%H:%M"),
        channel=row.channel_label,
        name=row.caller_name,
        room=row.where,
        phone=row.phone,
        category=CATEGORY_WORDS[row.category.value],
        content=row.content + (f"（{row.since}起）" if row.since else ""),
        received_by=row.received_by,
        forwarded_to=row.forwarded,
        follow_up=follow_up,
        voided=row.voided,
        void_reason=row.void_reason,
        reviewed=row.reviewed,
    )


def register_pdf(
    ctx: ServiceContext,
    day: date,
    rows: list[ContactRow],
    status: DayStatus,
    letterhead,
    printed_by: str,
) -> bytes:
    from desk_app.printing.contact_register import RegisterDay, render_contact_register

    rows = sorted(rows, key=lambda row: row.serial)
    register = RegisterDay(
        letterhead=letterhead,
        day=day,
        lines=[register_line(row, ctx) for row in rows],
        signed_by=status.signed_by,
        signed_at=ctx.local(status.signed_at) if status.signed_at else None,
        printed_at=ctx.local(ctx.now()),
        printed_by=printed_by,
    )
    return render_contact_register(register)
