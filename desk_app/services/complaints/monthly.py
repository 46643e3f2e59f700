"""The complaints' section of the monthly overview (月度概览), from the same figures as
the monthly complaint statistics (``statistics.monthly``): complaints by category, how
many were resolved by their deadline, and how the complainants found the outcome, each
beside the month before."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk_app.domain.complaints import (
    CATEGORY_LABELS,
    SATISFACTION_LABELS,
    Category,
    Satisfaction,
)
from desk_app.domain.complaints import CONTEXT as COMPLAINTS
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.monthly import (
    CONTEXT,
    TOTAL,
    FigureRow,
    FigureTable,
    Label,
    Rate,
    Section,
    TableKind,
)
from desk_app.services.complaints import words
from desk_app.services.complaints.statistics import MonthlyStatistics, monthly
from desk_app.services.context import ServiceContext
from desk_app.services.monthly.sections import Period

KEY = "complaints"


def _label(context: str, text: str, paper: str) -> Label:
    return Label(Tr(context, text), paper)


def complaints_section(
    session: Session, ctx: ServiceContext, period: Period, before: Period
) -> Section:
    now = ctx.now()
    this, last = monthly(session, now, period.month), monthly(session, now, before.month)

    def category_total(stats: MonthlyStatistics, category: Category) -> int:
        return sum(stats.by_category.get(category.value, {}).values())

    by_category = tuple(
        FigureRow(
            _label(COMPLAINTS, CATEGORY_LABELS[category], words.CATEGORY[category.value]),
            category_total(this, category),
            category_total(last, category),
        )
        for category in Category
    )
    major = FigureRow(
        _label(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Of them major"), "其中重大投诉"),
        this.major,
        last.major,
    )
    on_time = (
        FigureRow(
            _label(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Resolved by the deadline"), "按期解决"),
            Rate(this.resolved_on_time, this.resolved_on_time + this.resolved_late),
            Rate(last.resolved_on_time, last.resolved_on_time + last.resolved_late),
        ),
    )
    satisfaction = tuple(
        FigureRow(
            _label(COMPLAINTS, SATISFACTION_LABELS[rating], words.SATISFACTION[rating.value]),
            this.satisfaction.get(rating.value, 0),
            last.satisfaction.get(rating.value, 0),
        )
        for rating in Satisfaction
    )
    return Section(
        KEY,
        _label(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Complaints"), "投诉"),
        (
            FigureTable(
                _label(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Complaints by category"), "按类别"),
                by_category,
                chart=True,
                total=FigureRow(TOTAL, this.total, last.total),
                note=_label(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Monthly", "Counted as in the monthly complaint statistics."),
                    "口径与客户月投诉统计表一致。",
                ),
            ),
            FigureTable(
                _label(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Major complaints"), "重大投诉"),
                (major,),
            ),
            FigureTable(
                _label(CONTEXT, QT_TRANSLATE_NOOP("Monthly", "Complaints on time"), "按期解决率"),
                on_time,
                kind=TableKind.RATE,
            ),
            FigureTable(
                _label(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Monthly", "Complainants' satisfaction"),
                    "回访满意度",
                ),
                satisfaction,
                chart=True,
            ),
        ),
    )
