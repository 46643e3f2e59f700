"""The workbench lists of the contact log and the work orders."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desk_app.domain.contacts import ContactEntry
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import Notification, Status
from desk_app.services.contacts import ContactFilter
from desk_app.services.context import Actor
from desk_app.services.home.service import LIST_LIMIT, HomeItem, HomeList, by_deadline
from desk_app.services.kit import links
from desk_app.services.kit.links import RecordRef
from desk_app.services.register.labels import room_labels
from desk_app.services.work_orders.views import Sort, WorkOrderFilter, WorkOrderRow

if TYPE_CHECKING:
    from desk_app.services.app import Services

# Ranks: past a deadline, then due soon, then waiting for somebody, then the rest.
RANK_LATE, RANK_SOON, RANK_WAITING, RANK_LATER = 10, 20, 30, 40
REVIEW_DAYS = 7
# The page that shows a notified record, by its entity type.
PAGES = {"work_order": "work_orders", "contact": "contacts", "complaint": "complaints"}


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


def notice_lists(services: Services, actor: Actor) -> Iterable[HomeList]:
    """The notices addressed to the actor and not yet read: the manager's escalations
    (a major work order) and whatever else a kind notifies a role of."""
    if not actor.can(Permission.VIEW_RECORDS):
        return []
    from desk_app.services.work_orders.queries import notices_query

    query = notices_query(actor).where(Notification.read_at.is_(None))
    with services.db.read() as session:
        notices = list(session.scalars(query.order_by(Notification.created_at).limit(LIST_LIMIT)))
        total = session.scalar(query.with_only_columns(func.count(Notification.id))) or 0
        serials = links.serials(session, [RecordRef(n.entity_type, n.entity_id) for n in notices])
    items = tuple(
        HomeItem(
            PAGES.get(n.entity_type, n.entity_type),
            n.entity_id,
            serials.get(RecordRef(n.entity_type, n.entity_id), ""),
            _summary("", n.text),
            n.created_at,
        )
        for n in notices
    )
    title = QT_TRANSLATE_NOOP("Home", "Notices for you (unread)")
    return [HomeList("notices.unread", title, items, total, RANK_SOON)] if total else []


def review_lists(services: Services, actor: Actor) -> Iterable[HomeList]:
    """The supervisor's daily check: entries of the last days not yet reviewed."""
    if not actor.can(Permission.REVIEW):
        return []
    since = services.ctx.today() - timedelta(days=REVIEW_DAYS)
    where = (
        ContactEntry.reviewed_at.is_(None),
        ContactEntry.voided.is_(False),
        ContactEntry.day >= since,
    )
    with services.db.read() as session:
        entries = list(
            session.scalars(
                select(ContactEntry)
                .where(*where)
                .order_by(ContactEntry.occurred_at)
                .limit(LIST_LIMIT)
            )
        )
        total = session.scalar(select(func.count(ContactEntry.id)).where(*where)) or 0
        labels = room_labels(session, {e.room_id for e in entries if e.room_id})
    items = tuple(
        HomeItem(
            "contacts",
            e.id,
            e.serial,
            _summary(
                (labels.get(e.room_id, "") if e.room_id else "") or e.place or e.caller_name,
                e.content,
            ),
            e.occurred_at,
        )
        for e in entries
    )
    title = QT_TRANSLATE_NOOP("Home", "Entries waiting for your review (last 7 days)")
    return [HomeList("contacts.to_review", title, items, total, RANK_LATER)] if total else []
