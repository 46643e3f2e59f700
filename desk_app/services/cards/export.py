"""The card requests taken in a date range as a spreadsheet with Chinese column
names (export permission; audited; every text cell stays text)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desk_app.domain.card_requests import CardRequest, json_list
from desk_app.domain.personal import mask_id_number
from desk_app.domain.roles import Permission
from desk_app.printing.card_words import (
    CONSENT_WORDS,
    KIND_WORDS,
    RELATION_WORDS,
    STATUS_WORDS,
)
from desk_app.services.cards import queries
from desk_app.services.cards.views import CardRequestFilter
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit.export import Column, export_audited, table_of
from desk_app.services.kit.keyset import after, ordered
from desk_app.services.register.labels import room_labels

PAGE = 500


def columns(ctx: ServiceContext, rooms: dict[int, str]) -> list[Column[CardRequest]]:
    def when(moment: datetime | None) -> str:
        return ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

    return [
        Column("编号", lambda r: r.serial),
        Column("申请时间", lambda r: when(r.created_at)),
        Column("类别", lambda r: KIND_WORDS[r.kind]),
        Column("状态", lambda r: STATUS_WORDS[r.status]),
        Column("房号", lambda r: rooms.get(r.room_id, "")),
        Column("申请人", lambda r: r.applicant),
        Column("与业主关系", lambda r: RELATION_WORDS[r.relation]),
        Column("电话", lambda r: r.phone),
        # An export leaves the desk: the ID number goes masked whoever exports.
        Column("身份证号", lambda r: mask_id_number(r.id_number)),
        Column("数量", lambda r: r.card_count),
        Column("业主同意方式", lambda r: CONSENT_WORDS.get(r.consent, "")),
        Column("原卡号", lambda r: "、".join(json_list(r.old_cards))),
        Column("新卡号", lambda r: "、".join(json_list(r.new_cards))),
        Column("应收金额", lambda r: queries.amount_due(r)),
        Column("免收原因", lambda r: r.waive_reason),
        Column("审批时间", lambda r: when(r.decided_at)),
        Column("审批意见", lambda r: r.decision_note),
        Column("发卡时间", lambda r: when(r.issued_at)),
        Column("领卡人", lambda r: r.signed_by),
        Column("申请原因", lambda r: r.reason),
    ]


def export(
    ctx: ServiceContext, actor: Actor, date_from: date, date_to: date, fmt: str, path: Path
) -> int:
    """Write the file, newest request first; returns the number of requests in it."""
    require(actor, Permission.EXPORT)
    flt = CardRequestFilter(date_from=date_from, date_to=date_to)
    rooms: dict[int, str] = {}

    def records() -> Iterator[CardRequest]:
        last: tuple | None = None
        while True:
            with ctx.db.read() as session:
                query = ordered(queries.filtered(ctx, flt), queries.SORT_KEYS)
                if last is not None:
                    query = after(query, queries.SORT_KEYS, last)
                page = list(session.scalars(query.limit(PAGE)))
                _rooms(session, page, rooms)
                session.expunge_all()
            yield from page
            if len(page) < PAGE:
                return
            last = (page[-1].created_at, page[-1].id)

    header, rows = table_of(columns(ctx, rooms), records())
    return export_audited(
        ctx, actor, "card_requests", f"{date_from}..{date_to}", path, fmt, header, rows
    )


def _rooms(session: Session, page: list[CardRequest], rooms: dict[int, str]) -> None:
    rooms.update(room_labels(session, {r.room_id for r in page} - set(rooms)))
