"""The work orders' section: volumes, the on-time rate by urgency and by department,
callback coverage and satisfaction.

What counts (each month on its own):

- *opened*: orders whose serial's local day lies in the month, voided ones (entered
  in error) left out; *completed*: orders whose current completion (``completed_at``)
  lies in the month, voided ones left out; *cancelled*: orders cancelled in the month.
- *on time*: of the orders completed in the month, those completed by their
  completion deadline and, for an emergency, also on site by its on-site deadline.
  The deadlines are the stored ones planned by ``domain.work_order_clock``
  (``plan_deadlines``: emergency 20 min on site / 8 h done, else the appointment or
  the category's or general limit), each moved on by the time the order spent on
  hold; the steps compare the moment against them when they are taken and keep the
  answer on the order (``completed_late``, ``onsite_late``), which is what is
  counted here — never the wall clock of the report. An order reopened since counts
  with its latest completion.
- *callback coverage*: every order completed in the month is due a callback; called
  back = its callback is done (``callback_done_at``) and it was not settled as
  unreachable; in time = done by its ``callback_due_at``.
- *satisfaction*: the satisfaction recorded at the callback of the orders completed
  in the month.
"""

from __future__ import annotations

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

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
    count_of,
    rate_of,
)
from desk_app.domain.work_orders import (
    SATISFACTION_LABELS,
    URGENCY_LABELS,
    Satisfaction,
    Status,
    Urgency,
    WorkOrder,
)
from desk_app.printing.words import SATISFACTION_WORDS, URGENCY_WORDS
from desk_app.services.context import ServiceContext
from desk_app.services.kit.names import department_names
from desk_app.services.monthly.sections import Period

KEY = "work_orders"
_SATISFACTION_PAPER = dict(zip(Satisfaction, SATISFACTION_WORDS, strict=True))


def _words(source: str, paper: str) -> Label:
    return Label(Tr(CONTEXT, source), paper)


def _completed(period: Period):
    return and_(
        WorkOrder.completed_at >= period.start_at,
        WorkOrder.completed_at < period.end_at,
        WorkOrder.status != Status.VOIDED.value,
    )


_ON_TIME = and_(WorkOrder.completed_late.is_(False), WorkOrder.onsite_late.is_(False))


def _volumes(session: Session, period: Period) -> tuple[int, int, int]:
    opened = session.scalar(
        select(func.count(WorkOrder.id)).where(
            WorkOrder.day >= period.first,
            WorkOrder.day < period.end,
            WorkOrder.status != Status.VOIDED.value,
        )
    )
    completed = session.scalar(select(func.count(WorkOrder.id)).where(_completed(period)))
    cancelled = session.scalar(
        select(func.count(WorkOrder.id)).where(
            WorkOrder.status == Status.CANCELLED.value,
            WorkOrder.ended_at >= period.start_at,
            WorkOrder.ended_at < period.end_at,
        )
    )
    return opened or 0, completed or 0, cancelled or 0


def _on_time_by(session: Session, column, period: Period) -> dict:
    rows = session.execute(
        select(column, func.count(WorkOrder.id), func.sum(case((_ON_TIME, 1), else_=0)))
        .where(_completed(period))
        .group_by(column)
    )
    return {key: Rate(int(on_time or 0), int(total)) for key, total, on_time in rows}


def _rate_total(rows: list[FigureRow]) -> FigureRow:
    def summed(values: list[Rate]) -> Rate:
        return Rate(sum(v.part for v in values), sum(v.whole for v in values))

    return FigureRow(
        TOTAL,
        summed([rate_of(r.current) for r in rows]),
        summed([rate_of(r.previous) for r in rows]),
    )


def _callbacks(session: Session, period: Period) -> tuple[Rate, Rate, Rate]:
    done = and_(WorkOrder.callback_done_at.is_not(None), WorkOrder.callback_unreachable.is_(False))
    due, called, in_time, unreachable = session.execute(
        select(
            func.count(WorkOrder.id),
            func.sum(case((done, 1), else_=0)),
            func.sum(
                case(
                    (and_(done, WorkOrder.callback_done_at <= WorkOrder.callback_due_at), 1),
                    else_=0,
                )
            ),
            func.sum(case((WorkOrder.callback_unreachable.is_(True), 1), else_=0)),
        ).where(_completed(period))
    ).one()
    due = int(due or 0)
    return (
        Rate(int(called or 0), due),
        Rate(int(in_time or 0), due),
        Rate(int(unreachable or 0), due),
    )


def _satisfaction(session: Session, period: Period) -> dict[str, int]:
    rows = session.execute(
        select(WorkOrder.satisfaction, func.count(WorkOrder.id))
        .where(_completed(period), WorkOrder.satisfaction != "")
        .group_by(WorkOrder.satisfaction)
    )
    return {code: count for code, count in rows}


def work_orders_section(
    session: Session, ctx: ServiceContext, period: Period, before: Period
) -> Section:
    now, then = _volumes(session, period), _volumes(session, before)
    volume_labels = (
        _words(QT_TRANSLATE_NOOP("Monthly", "Opened"), "新建"),
        _words(QT_TRANSLATE_NOOP("Monthly", "Completed"), "完成"),
        _words(QT_TRANSLATE_NOOP("Monthly", "Cancelled"), "取消"),
    )
    volumes = tuple(
        FigureRow(label, a, b) for label, a, b in zip(volume_labels, now, then, strict=True)
    )

    by_urgency = [_on_time_by(session, WorkOrder.urgency, p) for p in (period, before)]
    urgency_rows = [
        FigureRow(
            Label(Tr("WorkOrders", URGENCY_LABELS[urgency]), URGENCY_WORDS[urgency.value]),
            by_urgency[0].get(urgency.value, Rate(0, 0)),
            by_urgency[1].get(urgency.value, Rate(0, 0)),
        )
        for urgency in Urgency
    ]
    by_department = [_on_time_by(session, WorkOrder.department_id, p) for p in (period, before)]
    names = department_names(session)
    department_ids = sorted(
        set(by_department[0]) | set(by_department[1]),
        key=lambda key: (key is None, names.get(key, "")),
    )
    unassigned = _words(QT_TRANSLATE_NOOP("Monthly", "No department"), "未派部门")
    department_rows = [
        FigureRow(
            Label(names[key], names[key]) if key in names else unassigned,
            by_department[0].get(key, Rate(0, 0)),
            by_department[1].get(key, Rate(0, 0)),
        )
        for key in department_ids
    ]

    callbacks = list(zip(_callbacks(session, period), _callbacks(session, before), strict=True))
    callback_labels = (
        _words(QT_TRANSLATE_NOOP("Monthly", "Called back"), "已回访"),
        _words(QT_TRANSLATE_NOOP("Monthly", "Called back in time"), "按时回访"),
        _words(QT_TRANSLATE_NOOP("Monthly", "Unreachable"), "无法联系"),
    )
    callback_rows = tuple(
        FigureRow(label, a, b) for label, (a, b) in zip(callback_labels, callbacks, strict=True)
    )

    satisfied = [_satisfaction(session, p) for p in (period, before)]
    satisfaction_rows = [
        FigureRow(
            Label(Tr("WorkOrders", SATISFACTION_LABELS[level]), _SATISFACTION_PAPER[level]),
            satisfied[0].get(level.value, 0),
            satisfied[1].get(level.value, 0),
        )
        for level in Satisfaction
    ]
    return Section(
        KEY,
        _words(QT_TRANSLATE_NOOP("Monthly", "Work orders"), "派工单"),
        (
            FigureTable(_words(QT_TRANSLATE_NOOP("Monthly", "Volumes"), "工单量"), volumes),
            FigureTable(
                _words(QT_TRANSLATE_NOOP("Monthly", "On time by urgency"), "按紧急程度的及时率"),
                tuple(urgency_rows),
                TableKind.RATE,
                chart=True,
                total=_rate_total(urgency_rows),
                note=_words(
                    QT_TRANSLATE_NOOP(
                        "Monthly",
                        "Of the orders completed in the month: completed by the deadline "
                        "(time on hold added) and, for emergencies, on site in time.",
                    ),
                    "按本月完成的工单统计：在完成时限内完成（暂停时间顺延），急修单另须按时到场。",
                ),
            ),
            FigureTable(
                _words(QT_TRANSLATE_NOOP("Monthly", "On time by department"), "按部门的及时率"),
                tuple(department_rows),
                TableKind.RATE,
                chart=True,
                total=_rate_total(department_rows),
            ),
            FigureTable(
                _words(QT_TRANSLATE_NOOP("Monthly", "Callback coverage"), "回访覆盖率"),
                callback_rows,
                TableKind.RATE,
                note=_words(
                    QT_TRANSLATE_NOOP(
                        "Monthly", "Each order completed in the month is due a callback."
                    ),
                    "本月完成的每张工单均应回访。",
                ),
            ),
            FigureTable(
                _words(QT_TRANSLATE_NOOP("Monthly", "Satisfaction at the callback"), "回访满意度"),
                tuple(satisfaction_rows),
                chart=True,
                total=FigureRow(
                    TOTAL,
                    sum(count_of(r.current) for r in satisfaction_rows),
                    sum(count_of(r.previous) for r in satisfaction_rows),
                ),
            ),
        ),
    )
