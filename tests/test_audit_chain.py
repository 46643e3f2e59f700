"""The audit trail is tamper-evident and append-only, on SQLite and PostgreSQL: every
row is hash-chained to the one before it, `desk-app check` names the first row where
the chain breaks, and neither the program nor raw SQL may update or delete a row."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import (
    JSON,
    Integer,
    String,
    column,
    delete,
    func,
    insert,
    select,
    table,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError

from desk_app.cli import main
from desk_app.db import Database
from desk_app.db.migrate import upgrade_to
from desk_app.domain.base import UTCDateTime
from desk_app.domain.models import AuditEvent
from desk_app.services.app import open_services
from desk_app.services.contacts import ContactDraft
from desk_app.services.integrity import run_checks
from desk_app.services.kit.audit import AppendOnlyViolation
from desk_app.services.kit.audit_chain import (
    GENESIS,
    canonical_json,
    hash_of,
    row_hash,
    row_hasher,
    verify_chain,
)
from tests.conftest import PASSWORD

EVENTS = AuditEvent.__table__
# audit_events as schema 0005 had it: no hash columns yet.
LEGACY_EVENTS = table(
    "audit_events",
    column("at", UTCDateTime()),
    column("actor_id", Integer()),
    *(column(name, String()) for name in ("actor_name", "action", "entity_type", "entity_id")),
    column("old_values", JSON()),
    column("new_values", JSON()),
    column("reason", String()),
)


def some_history(services, clerk) -> list[int]:
    """A few ordinary changes; returns the ids of the audit rows, oldest first."""
    for text_ in ("咨询停水时间", "门禁卡丢失", "楼道灯不亮"):
        services.contacts.log(clerk, ContactDraft(content=text_))
    with services.db.read() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def chain_line(services) -> str:
    (line,) = [r for r in run_checks(services.ctx) if r.name == "audit chain"]
    return ("ok " if line.ok else "FAIL ") + line.detail


def drop_append_only_triggers(connection) -> None:
    """Tampering has to remove the guard first; that it can be dropped shows it is there."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
    else:
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_change ON audit_events")


def test_every_audit_row_is_chained_to_the_one_before(db_url, services, admin, clerk, capsys):
    ids = some_history(services, clerk)

    with services.db.read() as session:
        rows = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    assert len(rows) == len(ids) >= 5  # first admin, the clerk's account and login, 3 entries
    assert rows[0].prev_hash == GENESIS
    for before, row in zip(rows, rows[1:], strict=False):
        assert row.prev_hash == before.row_hash
    assert all(row.row_hash == hash_of(row) for row in rows)
    report = verify_chain(services.ctx)
    assert (report.ok, report.rows, report.head) == (True, len(rows), rows[-1].row_hash)

    assert main(["check", "--db", db_url]) == 0
    assert f"[ok] audit chain: {len(rows)} rows chained" in capsys.readouterr().out


def test_several_events_of_one_transaction_follow_each_other(services, admin, clerk):
    rows = [services.work_orders.orders.create(clerk, _lobby(n)) for n in range(3)]
    before = verify_chain(services.ctx).rows
    services.work_orders.slips.print(clerk, [r.id for r in rows])  # one event per slip

    report = verify_chain(services.ctx)
    assert report.ok and report.rows == before + 3


def _lobby(n: int):
    from desk_app.domain.work_orders import Location
    from desk_app.services.work_orders.views import WorkOrderDraft

    return WorkOrderDraft(
        description=f"{n}号楼大堂吸顶灯不亮",
        category="electrical",
        location=Location.PUBLIC_AREA,
        place=f"{n}号楼大堂",
    )


def _forge_content(connection, ids):
    target = ids[2]
    connection.execute(
        update(EVENTS).where(EVENTS.c.id == target).values(old_values={"role": "admin"})
    )
    return target


def _remove_row(connection, ids):
    connection.execute(delete(EVENTS).where(EVENTS.c.id == ids[2]))
    return ids[3]  # the row after the gap no longer follows on


def _overwrite_hash(connection, ids):
    connection.execute(update(EVENTS).where(EVENTS.c.id == ids[2]).values(row_hash="f" * 64))
    return ids[2]


def _rewrite_and_reseal(connection, ids):
    # A careful forger fixes the row's own hash too; the next row still points elsewhere.
    row = connection.execute(select(EVENTS).where(EVENTS.c.id == ids[2])).mappings().one()
    forged = {**row, "reason": "已核实", "actor_name": "admin"}
    connection.execute(
        update(EVENTS)
        .where(EVENTS.c.id == ids[2])
        .values(reason="已核实", actor_name="admin", row_hash=hash_of(forged))
    )
    return ids[3]


def _remove_first_rows(connection, ids):
    connection.execute(delete(EVENTS).where(EVENTS.c.id <= ids[1]))
    return ids[2]


@pytest.mark.parametrize(
    "tamper",
    [_forge_content, _remove_row, _overwrite_hash, _rewrite_and_reseal, _remove_first_rows],
)
def test_check_names_the_first_broken_row(db_url, services, admin, clerk, tamper, capsys):
    ids = some_history(services, clerk)
    assert chain_line(services).startswith("ok ")

    with services.db.engine.begin() as connection:
        drop_append_only_triggers(connection)
        broken = tamper(connection, ids)

    report = verify_chain(services.ctx)
    assert not report.ok and report.broken_id == broken
    assert chain_line(services).startswith(f"FAIL broken at row {broken}:")
    assert main(["check", "--db", db_url]) == 1
    assert f"[FAIL] audit chain: broken at row {broken}:" in capsys.readouterr().out


def test_audit_rows_are_never_updated_or_deleted(services, admin, clerk):
    ids = some_history(services, clerk)
    with services.db.read() as session:
        original = session.get(AuditEvent, ids[1])

    # Not through the program's own sessions ...
    with pytest.raises(AppendOnlyViolation, match="append-only"), services.db.write() as session:
        session.get(AuditEvent, ids[1]).reason = "改过"
    with pytest.raises(AppendOnlyViolation, match="append-only"), services.db.write() as session:
        session.delete(session.get(AuditEvent, ids[1]))
    # ... nor by SQL from anyone else.
    refused = [
        update(EVENTS).where(EVENTS.c.id == ids[1]).values(reason="改过"),
        delete(EVENTS).where(EVENTS.c.id == ids[1]),
        delete(EVENTS),
    ]
    if not services.db.is_sqlite:
        refused.append(text("TRUNCATE audit_events"))
    for statement in refused:
        with pytest.raises(DBAPIError, match="append-only"), services.db.engine.begin() as db:
            db.execute(statement)

    with services.db.read() as session:
        kept = session.get(AuditEvent, ids[1])
        assert (kept.reason, kept.row_hash) == (original.reason, original.row_hash)
        assert session.scalar(select(func.count(AuditEvent.id))) == len(ids)
    assert verify_chain(services.ctx).ok


def _desk(url: str, order_id: int, rounds: int, barrier, errors) -> None:
    """One front desk in its own process, printing its own work order."""
    own = open_services(url)
    try:
        actor = own.accounts.login("clerk", PASSWORD)
        barrier.wait(timeout=120)
        for _ in range(rounds):
            own.work_orders.slips.calibration(actor)
            own.work_orders.slips.print(actor, [order_id], reason="再打一份")
    except Exception as error:  # noqa: BLE001 - handed to the test, which fails on it
        errors.put(repr(error))
    finally:
        own.close()


def test_desks_writing_at_once_keep_one_linear_chain(db_url, services, admin, clerk):
    # Each desk prints its own work order and the calibration page: no row is shared
    # between the desks, so only the chain itself orders their audit rows.
    desks, rounds = 4, 10
    orders = [services.work_orders.orders.create(clerk, _lobby(n)).id for n in range(desks)]
    before = verify_chain(services.ctx).rows
    spawn = multiprocessing.get_context("spawn")
    barrier, errors = spawn.Barrier(desks), spawn.Queue()
    processes = [
        spawn.Process(target=_desk, args=(db_url, order_id, rounds, barrier, errors))
        for order_id in orders
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)

    assert [p.exitcode for p in processes] == [0] * desks
    problems = []
    while not errors.empty():
        problems.append(errors.get())
    assert problems == []
    report = verify_chain(services.ctx)
    assert report.ok, report.detail
    assert report.rows == before + desks * (1 + 2 * rounds)  # a login, then two per round
    assert [services.work_orders.queries.get(clerk, o).print_count for o in orders] == [
        rounds
    ] * desks


def test_an_older_trail_is_chained_by_the_upgrade(db_url):
    # GIVEN a database of schema 0005 whose trail was written before rows had hashes
    old = Database(db_url)
    upgrade_to(old, "0005")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        {
            "at": start + timedelta(seconds=n, microseconds=n),
            "actor_id": None,
            "actor_name": "system",
            "action": "update",
            "entity_type": "room",
            "entity_id": str(n),
            "old_values": {"名称": "旧", "面积": 89.5, "层": [n, "甲"]} if n % 2 else None,
            "new_values": {"名称": "新\u3000号"},
            "reason": "" if n % 3 else "业主要求",
        }
        for n in range(2500)  # more than one batch of the migration
    ]
    with old.engine.begin() as connection:
        connection.execute(insert(LEGACY_EVENTS), rows)
    old.dispose()

    # WHEN the program opens it
    services = open_services(db_url)
    try:
        # THEN every row is chained in id order, and new rows follow on
        report = verify_chain(services.ctx)
        assert report.ok and report.rows == 2500
        admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
        services.accounts.login("admin", PASSWORD)
        assert admin.user_id
        report = verify_chain(services.ctx)
        assert report.ok and report.rows == 2502
        with services.db.read() as session:
            first = session.scalar(select(AuditEvent).order_by(AuditEvent.id).limit(1))
            assert first.prev_hash == GENESIS and first.old_values is None
        # AND the upgraded trail is append-only as well
        with pytest.raises(DBAPIError, match="append-only"), services.db.engine.begin() as db:
            db.execute(delete(EVENTS))
    finally:
        services.close()


@pytest.mark.parametrize(
    "values",
    [
        ("17", None, {"name": "李娜", "phones": "13987654321"}),
        ("3", {"area": None, "b": [1, 2]}, {"area": "89.50", "b": [3]}),
        ("9", {"text": "\ud800 =cmd|' /C calc'!A0 \u202e"}, None),
    ],
)
def test_the_bulk_hasher_hashes_what_the_row_hash_does(values):
    # GIVEN the shared parts of an import's events and one event's own
    shared = dict(
        at=datetime(2026, 11, 23, 1, 30, 0, 123456, tzinfo=UTC),
        actor_id=4,
        actor_name="主管",
        action="create",
        entity_type="resident",
        reason="import",
    )
    entity_id, old, new = values
    # THEN the import's hasher gives the hash the check recomputes from the stored row
    expected = row_hash(
        **shared,
        entity_id=entity_id,
        old_values=old,
        new_values=new,
        prev_hash=GENESIS,
    )
    hasher = row_hasher(**shared)
    assert hasher(entity_id, canonical_json(old), canonical_json(new), GENESIS) == expected
