"""Serial numbers: LF-YYYYMMDD-0001, per kind and day, gap-free even with several desks."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest

from desk_app.db import Database
from desk_app.services.kit.numbering import format_serial, last_number, next_serial

DAY = date(2026, 11, 23)
NEXT_DAY = date(2026, 11, 24)


class Rollback(Exception):
    pass


def draw(services, kind: str = "LF", day: date = DAY) -> str:
    """One writing transaction that takes one number."""
    with services.db.write() as session:
        return next_serial(session, kind, day)


def test_serial_format():
    assert format_serial("LF", DAY, 1) == "LF-20261123-0001"
    assert format_serial("WO", date(2027, 1, 5), 42) == "WO-20270105-0042"
    assert format_serial("LF", DAY, 12345) == "LF-20261123-12345"  # never truncated


def test_serials_increase_within_and_across_transactions(services):
    with services.db.write() as session:
        first = [next_serial(session, "LF", DAY) for _ in range(3)]
    assert first == ["LF-20261123-0001", "LF-20261123-0002", "LF-20261123-0003"]
    assert draw(services) == "LF-20261123-0004"
    with services.db.read() as session:
        assert last_number(session, "LF", DAY) == 4


def test_each_kind_counts_on_its_own(services):
    assert draw(services, "LF") == "LF-20261123-0001"
    assert draw(services, "WO") == "WO-20261123-0001"
    assert draw(services, "LF") == "LF-20261123-0002"
    assert draw(services, "TS") == "TS-20261123-0001"
    assert draw(services, "WO") == "WO-20261123-0002"


def test_numbers_restart_each_day(services):
    draw(services, "LF", DAY)
    draw(services, "LF", DAY)
    assert draw(services, "LF", NEXT_DAY) == "LF-20261124-0001"
    # The earlier day keeps its own count (a late entry for yesterday).
    assert draw(services, "LF", DAY) == "LF-20261123-0003"
    with services.db.read() as session:
        assert last_number(session, "LF", NEXT_DAY) == 1
        assert last_number(session, "LF", date(2026, 11, 25)) == 0


def test_a_rolled_back_transaction_gives_its_number_back(services):
    # GIVEN a number was taken and the day's very first one was rolled back
    with pytest.raises(Rollback), services.db.write() as session:
        assert next_serial(session, "LF", DAY) == "LF-20261123-0001"
        raise Rollback
    assert draw(services) == "LF-20261123-0001"

    # WHEN a later save fails after taking its number
    with pytest.raises(Rollback), services.db.write() as session:
        assert next_serial(session, "LF", DAY) == "LF-20261123-0002"
        assert next_serial(session, "LF", DAY) == "LF-20261123-0003"
        raise Rollback

    # THEN the next save gets the same number: no gap in the register
    assert draw(services) == "LF-20261123-0002"
    with services.db.read() as session:
        assert last_number(session, "LF", DAY) == 2


# -- several desks at once -----------------------------------------------------

PER_PROCESS = 100
PROCESSES = 3


def _desk(url: str, count: int, barrier, results) -> None:
    """One desk: its own process and connection, one transaction per serial."""
    db = Database(url)
    try:
        barrier.wait(timeout=120)  # all desks start together, on a day with no row yet
        numbers = []
        for _ in range(count):
            with db.write() as session:
                numbers.append(next_serial(session, "LF", DAY))
        results.put(numbers)
    except BaseException as error:  # report instead of hanging the parent
        results.put(repr(error))
        raise
    finally:
        db.dispose()


def test_several_processes_draw_gap_free_unique_serials(services, db_url):
    # GIVEN a migrated database (the services fixture) shared by several desks
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    results = context.Queue()
    desks = [
        context.Process(target=_desk, args=(db_url, PER_PROCESS, barrier, results))
        for _ in range(PROCESSES)
    ]

    # WHEN they all draw numbers at the same time
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=180) for _ in desks]
    for desk in desks:
        desk.join(timeout=60)

    # THEN every number 1..N was handed out exactly once, and each desk saw its own rise
    assert [o for o in outcomes if isinstance(o, str)] == []
    assert [desk.exitcode for desk in desks] == [0] * PROCESSES
    total = PROCESSES * PER_PROCESS
    drawn = [serial for numbers in outcomes for serial in numbers]
    assert sorted(drawn) == [format_serial("LF", DAY, n) for n in range(1, total + 1)]
    for numbers in outcomes:
        assert numbers == sorted(numbers)
    with services.db.read() as session:
        assert last_number(session, "LF", DAY) == total
