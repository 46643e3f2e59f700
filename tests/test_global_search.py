"""The global search finds a record by its serial (exactly: a scan jumps to it), a room,
a phone, a name and a two-character Chinese phrase, grouped by kind."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.demo.build import build_demo
from desk_app.domain.contacts import ContactEntry
from desk_app.domain.errors import PermissionDenied
from desk_app.domain.register import Resident
from desk_app.domain.work_orders import WorkOrder
from tests.conftest import PASSWORD


@pytest.fixture
def demo(services):
    build_demo(services, seed=9, password=PASSWORD, rooms=60, days=3)
    return services


@pytest.fixture
def clerk(demo):
    return demo.accounts.login("clerk", PASSWORD)


def _hits(groups, key):
    return [hit for group in groups if group.key == key for hit in group.hits]


def test_a_serial_finds_exactly_its_record(demo, clerk):
    with demo.db.read() as session:
        order = session.scalars(select(WorkOrder).order_by(WorkOrder.id.desc())).first()
        entry = session.scalars(select(ContactEntry).order_by(ContactEntry.id)).first()
    for serial, page, record_id in (
        (order.serial, "work_orders", order.id),
        (entry.serial.lower(), "contacts", entry.id),  # typed, not scanned
        (f"  {order.serial}\t", "work_orders", order.id),  # a scanner's stray whitespace
    ):
        groups = demo.search.search(clerk, serial)
        exact = demo.search.exact_hit(groups)
        assert exact is not None and (exact.page, exact.record_id) == (page, record_id)
    assert demo.search.search(clerk, "PG-20000101-0001") == []


def test_a_two_character_phrase_finds_the_records_holding_it(demo, clerk):
    with demo.db.read() as session:
        entries = list(session.scalars(select(ContactEntry)))
        orders = list(session.scalars(select(WorkOrder)))
    phrase = "漏水"
    expected_entries = sum(1 for e in entries if phrase in e.content)
    expected_orders = sum(1 for o in orders if phrase in o.description)
    assert expected_entries and expected_orders
    groups = demo.search.search(clerk, phrase)
    totals = {group.key: group.total for group in groups}
    assert totals["contacts"] == expected_entries
    assert totals["work_orders"] == expected_orders
    assert all(phrase in hit.summary for hit in _hits(groups, "contacts"))
    assert demo.search.exact_hit(groups) is None
    # work orders come first, then the contact log
    assert [g.key for g in groups][:2] == ["work_orders", "contacts"]


def test_a_room_a_phone_and_a_name_find_the_room(demo, clerk):
    with demo.db.read() as session:
        resident = session.scalars(
            select(Resident)
            .where(Resident.phones != "", Resident.move_out.is_(None))
            .order_by(Resident.id)
        ).first()
    room_label = demo.residents.get_room(clerk, resident.room_id).label
    phone = resident.phones.split(",")[0]
    for query in (room_label, phone, resident.name):
        hits = _hits(demo.search.search(clerk, query), "residents")
        assert resident.room_id in [hit.record_id for hit in hits], query
        assert all(hit.page == "residents" for hit in hits)


def test_hostile_and_short_queries_find_nothing_and_fail_nothing(demo, clerk):
    for query in ("", "漏", "\x00\x00", "\ud800\ud800", "' OR 1=1 --", "%%", "长" * 10_000):
        assert isinstance(demo.search.search(clerk, query), list)
    assert demo.search.search(clerk, "漏") == []


def test_the_administrator_does_not_search_the_records(demo):
    admin = demo.accounts.login("admin", PASSWORD)
    with pytest.raises(PermissionDenied):
        demo.search.search(admin, "漏水")


def test_a_frequent_word_is_counted_only_up_to_the_cap(services, admin):
    from desk_app.domain.roles import Role
    from desk_app.services.contacts import ContactDraft
    from desk_app.services.search.providers import COUNT_CAP
    from tests.conftest import make_user

    clerk = make_user(services, admin, Role.CLERK)
    for n in range(COUNT_CAP + 5):
        services.contacts.log(clerk, ContactDraft(content=f"楼上漏水 {n}", caller_name="住户"))
    (group,) = services.search.search(clerk, "漏水")
    assert group.key == "contacts" and group.more
    assert group.total == COUNT_CAP + 1 and len(group.hits) == 8
    assert group.hits[0].serial.endswith(f"{COUNT_CAP + 5:04d}")  # the newest first
