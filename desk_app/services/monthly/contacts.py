"""The contact log's section: calls and visits by channel and by category.

Counted: the entries of the month's days (the local day of the serial), voided
entries left out."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.contacts import CATEGORY_LABELS, Category, ContactChannel, ContactEntry
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.monthly import (
    CONTEXT,
    TOTAL,
    FigureRow,
    FigureTable,
    Label,
    Section,
    count_of,
)
from desk_app.printing.words import CATEGORY_WORDS
from desk_app.services.context import ServiceContext
from desk_app.services.monthly.sections import Period

KEY = "contacts"


def _counts(session: Session, column, period: Period) -> dict[str, int]:
    rows = session.execute(
        select(column, func.count(ContactEntry.id))
        .where(
            ContactEntry.day >= period.first,
            ContactEntry.day < period.end,
            ContactEntry.voided.is_(False),
        )
        .group_by(column)
    )
    return {code: count for code, count in rows}


def _total(rows: list[FigureRow]) -> FigureRow:
    return FigureRow(
        TOTAL,
        sum(count_of(row.current) for row in rows),
        sum(count_of(row.previous) for row in rows),
    )


def contacts_section(
    session: Session, ctx: ServiceContext, period: Period, before: Period
) -> Section:
    by_channel = [_counts(session, ContactEntry.channel_code, p) for p in (period, before)]
    channels = session.execute(
        select(ContactChannel.code, ContactChannel.label, ContactChannel.active).order_by(
            ContactChannel.sort_order, ContactChannel.code
        )
    ).all()
    channel_rows = [
        FigureRow(Label(label, label), by_channel[0].get(code, 0), by_channel[1].get(code, 0))
        for code, label, active in channels
        if active or by_channel[0].get(code) or by_channel[1].get(code)
    ]
    by_category = [_counts(session, ContactEntry.category, p) for p in (period, before)]
    category_rows = [
        FigureRow(
            Label(Tr("Contacts", CATEGORY_LABELS[category]), CATEGORY_WORDS[category.value]),
            by_category[0].get(category.value, 0),
            by_category[1].get(category.value, 0),
        )
        for category in Category
    ]
    return Section(
        KEY,
        Label(Tr(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Calls and visits")), "来电来访"),
        (
            FigureTable(
                Label(Tr(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "By channel")), "按方式"),
                tuple(channel_rows),
                chart=True,
                total=_total(channel_rows),
            ),
            FigureTable(
                Label(Tr(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "By category")), "按类别"),
                tuple(category_rows),
                chart=True,
                total=_total(category_rows),
                note=Label(
                    Tr(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Monthly", "Entries of the month's days; voided entries not counted."
                        ),
                    ),
                    "统计本月各日登记的条目，作废条目不计。",
                ),
            ),
        ),
    )
