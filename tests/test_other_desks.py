"""Two desks on one database: what one desk writes reaches the other desk's change
feed (so its screens reload), with the kind of record; a desk does not hear its own
writes a second time. On a SQLite file shared by two processes' worth of services and
on PostgreSQL."""

from __future__ import annotations

import threading
import time

import pytest

from desk_app.domain.contacts import Category
from desk_app.domain.errors import ValidationError
from desk_app.services.app import open_services
from desk_app.services.contacts import ContactDraft
from tests.conftest import PASSWORD, ZONE

CALL = ContactDraft(content="咨询物业费缴纳方式", category=Category.CONSULTATION)
POLL = 0.05


def _heard_within(heard: list[frozenset[str]], count: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if len(heard) >= count:
            return True
        time.sleep(0.02)
    return False


def test_a_desk_hears_what_another_desk_wrote_and_not_its_own_writes_twice(
    services, clerk, db_url, clock
):
    # GIVEN this desk watching, and a second desk on the same database
    other = open_services(db_url, clock=clock, zone=ZONE)
    try:
        other_clerk = other.accounts.login("clerk", PASSWORD)
        heard: list[frozenset[str]] = []
        services.db.changes.subscribe(heard.append)
        services.db.watch_other_desks(poll_seconds=POLL)
        # WHEN the other desk logs a call
        other.contacts.log(other_clerk, CALL)
        # THEN this desk hears that contacts changed (the kind, not "something")
        assert _heard_within(heard, 1), "the other desk's entry was never heard"
        assert heard == [frozenset({"contact"})]
        # WHEN this desk logs a call itself, it hears it once, at its own commit
        heard.clear()
        services.contacts.log(clerk, CALL)
        assert heard == [frozenset({"contact"})]
        time.sleep(POLL * 10)  # several rounds of the watcher
        assert heard == [frozenset({"contact"})]
        # and a refused write of the other desk is heard by nobody
        heard.clear()
        with pytest.raises(ValidationError):
            other.contacts.log(other_clerk, ContactDraft(content="", category="repair"))
        time.sleep(POLL * 10)
        assert heard == []
    finally:
        other.close()


def test_the_watcher_ends_with_the_database(services, clerk):
    services.db.watch_other_desks(poll_seconds=POLL)
    assert "other-desks" in {thread.name for thread in threading.enumerate()}
    services.close()
    assert "other-desks" not in {thread.name for thread in threading.enumerate()}
