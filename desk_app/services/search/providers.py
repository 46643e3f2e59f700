"""What the global search finds in the contact log, the work orders and the register."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desk_app.domain.contacts import ContactEntry
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.work_orders import WorkOrder
from desk_app.services.contacts import ContactFilter
from desk_app.services.contacts import queries as contact_queries
from desk_app.services.context import Actor
from desk_app.services.search.service import GROUP_LIMIT, SearchGroup, SearchHit
from desk_app.services.work_orders import queries as order_queries
from desk_app.services.work_orders.views import WorkOrderFilter

if TYPE_CHECKING:
    from desk_app.services.app import Services

# LF-20261123-0001, PG-…: what the serials of the records look like (numbering kit).
SERIAL = re.compile(r"[A-Z]{2}-\d{8}-\d{4}")
# Counted up to here: a frequent word in a million entries would cost a full count
# (benchmarks/global_search.py), and "more than 200" tells the clerk to narrow it.
COUNT_CAP = 200


def capped_count(services: Services, query) -> int:
    """How many rows ``query`` selects, up to COUNT_CAP + 1 (meaning "more")."""
    ids = query.limit(COUNT_CAP + 1).subquery()
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(ids)) or 0


def _short(text: str, limit: int = 50) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def as_serial(query: str) -> str | None:
    folded = query.strip().upper()
    return folded if SERIAL.fullmatch(folded) else None


def contact_search(services: Services, actor: Actor, query: str) -> SearchGroup | None:
    contacts = services.contacts
    title = QT_TRANSLATE_NOOP("Home", "Calls and visits")
    serial = as_serial(query)
    if serial is not None:
        with services.db.read() as session:
            found = session.scalar(select(ContactEntry.id).where(ContactEntry.serial == serial))
        if found is None:
            return None
        entry = contacts.get(actor, found)
        hit = SearchHit("contacts", entry.id, entry.serial, _short(entry.content), exact=True)
        return SearchGroup("contacts", title, (hit,), 1, rank=20)
    flt = ContactFilter(text=query)
    rows = contacts.search(actor, flt, limit=GROUP_LIMIT)
    if not rows:
        return None
    total = len(rows)
    if total >= GROUP_LIMIT:
        with services.db.read() as session:
            matching = contact_queries.filtered(session, services.ctx, flt)
        total = capped_count(services, matching.with_only_columns(ContactEntry.id))
    hits = tuple(
        SearchHit(
            "contacts",
            row.id,
            row.serial,
            _short(f"{row.room_label or row.caller_name}　{row.content}"),
        )
        for row in rows
    )
    return SearchGroup("contacts", title, hits, total, rank=20, more=total > COUNT_CAP)


def work_order_search(services: Services, actor: Actor, query: str) -> SearchGroup | None:
    queries = services.work_orders.queries
    title = QT_TRANSLATE_NOOP("Home", "Work orders")
    serial = as_serial(query)
    if serial is not None:
        with services.db.read() as session:
            found = session.scalar(select(WorkOrder.id).where(WorkOrder.serial == serial))
        if found is None:
            return None
        order = queries.get(actor, found)
        hit = SearchHit("work_orders", order.id, order.serial, _short(order.description), True)
        return SearchGroup("work_orders", title, (hit,), 1, rank=10)
    flt = WorkOrderFilter(text=query)
    rows = queries.page(actor, flt, None, GROUP_LIMIT)
    if not rows:
        return None
    total = len(rows)
    if total >= GROUP_LIMIT:
        with services.db.read() as session:
            matching = order_queries.filtered(session, services.ctx, flt)
        total = capped_count(services, matching.with_only_columns(WorkOrder.id))
    hits = tuple(
        SearchHit(
            "work_orders",
            row.id,
            row.serial,
            _short(f"{row.room_label or row.place}　{row.description}"),
        )
        for row in rows
    )
    return SearchGroup("work_orders", title, hits, total, rank=10, more=total > COUNT_CAP)


def resident_search(services: Services, actor: Actor, query: str) -> SearchGroup | None:
    """Rooms by their number, residents by name, initials or phone (the room lookup)."""
    if as_serial(query) is not None:
        return None
    matches = services.rooms.lookup(actor, query, limit=GROUP_LIMIT)
    if not matches:
        return None
    hits = []
    for match in matches:
        person = match.person or match.contact
        who = ""
        if person is not None:
            who = "　".join(filter(None, (person.name, *person.phones[:1])))
        hits.append(SearchHit("residents", match.room_id, match.room_label, who))
    title = QT_TRANSLATE_NOOP("Home", "Residents and rooms")
    return SearchGroup("residents", title, tuple(hits), len(hits), rank=30)
