"""The workbench lists of the contact log and the work orders."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import Status
from desk_app.services.contacts import ContactFilter
from desk_app.services.context import Actor
from desk_app.services.home.service import LIST_LIMIT, HomeItem, HomeList, by_deadline
from desk_app.services.work_orders.views import Sort, WorkOrderFilter, WorkOrderRow

if TYPE_CHECKING:
    from desk_app.services.app import Services

# Ranks: past a deadline, then due soon, then waiting for somebody, then the rest.
RANK_LATE, RANK_SOON, RANK_WAITING, RANK_LATER = 10, 20, 30, 40


def _summary(room: str, text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"{room}　{text}" if room else text


def contact_lists(services: Services, actor: Actor) -> Iterable[HomeList]:
    if not actor.can(Permission.VIEW_RECORDS):
        return []
    contacts = services.contacts
    flt = ContactFilter(overdue_only=True, include_voided=False)
    total = contacts.count(actor, flt)
    if not total:
        return []
    rows = contacts.search(actor, flt, limit=LIST_LIMIT)
    items = tuple(
        HomeItem(
            "contacts",
            row.id,
            row.serial,
            _summary(row.room_label or row.caller_name, row.content),
            row.occurred_at,
            late=True,
        )
        for row in reversed(rows)  # the longest waiting first
    )
    title = QT_TRANSLATE_NOOP("Home", "Follow-ups overdue")
    return [HomeList("contacts.followups_overdue", title, items, total, RANK_LATE, late=True)]


def _order_item(row: WorkOrderRow, *, due=None, late: bool = False) -> HomeItem:
    return HomeItem(
        "work_orders",
        row.id,
        row.serial,
        _summary(row.room_label or row.place, row.description),
        due if due is not None else row.deadline,
        late,
    )


def work_order_lists(services: Services, actor: Actor) -> Iterable[HomeList]:
    if not actor.can(Permission.VIEW_RECORDS):
        return []
    queries = services.work_orders.queries
    now = services.ctx.now()
    found: list[HomeList] = []

    def add(key: str, title: str, flt: WorkOrderFilter, rank: int, *, late=False, keep=None):
        rows = queries.page(actor, flt, None, LIST_LIMIT)
        if keep is not None:
            rows = [row for row in rows if keep(row)]
            total = len(rows)
        else:
            total = queries.count(actor, flt) if len(rows) >= LIST_LIMIT else len(rows)
        due = (lambda row: row.callback_next_at) if key.endswith("callbacks_due") else None
        items = [_order_item(row, due=due(row) if due else None, late=late) for row in rows]
        if total:
            found.append(HomeList(key, title, by_deadline(items), total, rank, late))

    add(
        "work_orders.overdue",
        QT_TRANSLATE_NOOP("Home", "Work orders past their deadline"),
        WorkOrderFilter(overdue_only=True, sort=Sort.DEADLINE),
        RANK_LATE,
        late=True,
    )
    add(
        "work_orders.due_soon",
        QT_TRANSLATE_NOOP("Home", "Work orders due soon"),
        WorkOrderFilter(due_soon_only=True, sort=Sort.DEADLINE),
        RANK_SOON,
    )
    add(
        "work_orders.awaiting_dispatch",
        QT_TRANSLATE_NOOP("Home", "Work orders awaiting dispatch"),
        WorkOrderFilter(statuses=Status.CREATED.value, sort=Sort.DEADLINE),
        RANK_WAITING,
    )
    add(
        "work_orders.callbacks_due",
        QT_TRANSLATE_NOOP("Home", "Callbacks due"),
        WorkOrderFilter(callback_due=True, sort=Sort.CALLBACK),
        RANK_WAITING,
        # Only those whose (next) call is due now; an unreachable one waits for the
        # supervisor's list below.
        keep=lambda row: (
            row.callback_next_at is not None
            and row.callback_next_at <= now
            and not row.callback_unreachable
        ),
    )
    add(
        "work_orders.slips_out",
        QT_TRANSLATE_NOOP("Home", "Slips not yet returned"),
        WorkOrderFilter(slip_outstanding=True, sort=Sort.COMPLETED),
        RANK_LATER,
    )
    if actor.can(Permission.SIGN_DAY):
        add(
            "work_orders.unreachable",
            QT_TRANSLATE_NOOP("Home", "Callbacks nobody could be reached for (to settle)"),
            WorkOrderFilter(unreachable_only=True, sort=Sort.CALLBACK),
            RANK_WAITING,
        )
    return found
