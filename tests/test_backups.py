"""Backups and restore: through the services and the command line, on real files.

A backup must restore to the very database it copied, a damaged or tampered file must
never replace a good one, and a backup taken while another desk writes must be whole.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.demo.build import build_demo
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.services.app import open_services
from desk_app.services.backups.naming import BackupFile, backups_in, to_remove
from desk_app.services.contacts import ContactDraft
from tests.conftest import PASSWORD, ZONE, FakeClock

PROJECT = Path(__file__).resolve().parent.parent


def fingerprint(path: Path) -> tuple[dict[str, int], str]:
    """Row counts of every table and one SHA-256 over every row of every table, read
    with plain sqlite3 (not through the program), tables and rows in a fixed order."""
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            counts[table] = len(rows)
            digest.update(table.encode())
            for row in sorted(repr(row) for row in rows):
                digest.update(row.encode("utf-8", "surrogatepass"))
    return counts, digest.hexdigest()


@pytest.fixture
def demo(tmp_path, clock):
    """A small demo database (users, rooms, two days of calls and work orders)."""
    url = f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    services = open_services(url, clock=clock, zone=ZONE)
    build_demo(services, seed=3, password=PASSWORD, rooms=40, days=2)
    yield services
    services.close()


def _admin(services):
    return services.accounts.login("admin", PASSWORD)


def _clerk(services):
    return services.accounts.login("clerk", PASSWORD)


def test_a_backup_restores_to_an_identical_database(demo, tmp_path):
    live = Path(demo.db.sqlite_path)
    before = fingerprint(live)
    assert before[0]["contact_entries"] > 0 and before[0]["work_orders"] > 0
    report = demo.backups.backup()
    assert report.file.path.parent == tmp_path / "backups"
    assert fingerprint(report.file.path) == before
    # the desk goes on working after the backup
    demo.contacts.log(_clerk(demo), ContactDraft(content="备份之后的来电", caller_name="住户"))
    assert fingerprint(live)[0]["contact_entries"] == before[0]["contact_entries"] + 1

    restored = demo.backups.restore(_admin(demo), report.file.path)

    counts, checksum = fingerprint(live)
    # the restore adds exactly one audit event (itself); everything else is the backup's
    assert counts == before[0] | {"audit_events": before[0]["audit_events"] + 1}
    without_restore_event = tmp_path / "compare.sqlite3"
    with (
        closing(sqlite3.connect(live)) as src,
        closing(sqlite3.connect(without_restore_event)) as dst,
    ):
        src.backup(dst)
        dst.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
        dst.execute("DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)")
        dst.commit()
    assert fingerprint(without_restore_event) == before
    # the database it replaced is kept, with the entry logged after the backup
    assert restored.kept_copy is not None
    assert fingerprint(restored.kept_copy)[0]["contact_entries"] == counts["contact_entries"] + 1
    # and the restore is in the trail, by the administrator's name
    with closing(sqlite3.connect(live)) as connection:
        action, actor, entity = connection.execute(
            "SELECT action, actor_name, entity_type FROM audit_events ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert (action, actor, entity) == ("restore", "admin", "database")
    assert run_check(live) == 0


def run_check(path: Path) -> int:
    return main(["check", "--db", f"sqlite:///{path.as_posix()}"])


def test_a_damaged_backup_is_refused_and_nothing_changes(demo, tmp_path):
    live = Path(demo.db.sqlite_path)
    backup = demo.backups.backup().file.path
    admin = _admin(demo)  # a login writes too: before the database's fingerprint
    before = fingerprint(live)
    size = backup.stat().st_size
    with open(backup, "r+b") as handle:  # a backup file: no database of this process
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)

    with pytest.raises(ValidationError) as refused:
        demo.backups.restore(admin, backup)

    assert "damaged or not a database" in refused.value.message
    assert fingerprint(live) == before
    assert [p.name for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name] == []


def test_a_backup_whose_audit_trail_was_altered_is_refused(demo):
    live = Path(demo.db.sqlite_path)
    backup = demo.backups.backup().file.path
    admin = _admin(demo)  # a login writes too: before the database's fingerprint
    before = fingerprint(live)
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        connection.execute("UPDATE audit_events SET reason = 'rewritten' WHERE id = 5")
        connection.commit()

    with pytest.raises(ValidationError) as refused:
        demo.backups.restore(admin, backup)

    assert "audit trail was altered (broken at row 5" in refused.value.message
    assert fingerprint(live) == before


def test_only_an_administrator_restores(demo):
    backup = demo.backups.backup().file.path
    with pytest.raises(PermissionDenied):
        demo.backups.restore(_clerk(demo), backup)


def test_the_daily_backup_runs_once_a_day(demo, clock):
    first = demo.backups.daily()
    assert first is not None
    clock.advance(hours=3)
    assert demo.backups.daily() is None
    assert not demo.backups.is_stale()
    clock.advance(days=1)
    second = demo.backups.daily()
    assert second is not None and second.file.path != first.file.path
    assert [b.path for b in demo.backups.backups()] == [first.file.path, second.file.path]
    clock.advance(days=2, seconds=1)
    assert demo.backups.is_stale()  # more than two days since the last one


def test_retention_keeps_the_last_days_and_the_first_of_each_month():
    def at(month: int, day: int, hour: int = 9) -> BackupFile:
        taken = datetime(2026, month, day, hour)
        return BackupFile(Path(f"d-{taken:%Y%m%d-%H%M%S}.sqlite3"), taken, 1)

    backups = [at(9, day) for day in range(1, 31)] + [at(10, day) for day in range(1, 32)]
    backups += [at(11, day) for day in range(1, 11)] + [at(11, 10, 17)]  # two on 11-10
    removed = {b.taken_at for b in to_remove(backups, keep_days=30)}
    kept = {b.taken_at for b in backups} - removed
    # the newest of each of the last 30 days: 10-12 .. 11-10 (17:00 only on 11-10)
    expected = {datetime(2026, 10, day, 9) for day in range(12, 32)}
    expected |= {datetime(2026, 11, day, 9) for day in range(1, 10)} | {datetime(2026, 11, 10, 17)}
    expected |= {datetime(2026, 9, 1, 9), datetime(2026, 10, 1, 9)}  # firsts of the months
    assert kept == expected


def test_pruning_removes_the_old_backups_in_the_folder(demo, clock):
    demo.settings.update(_admin(demo), {"backup.keep_days": 2})
    made = []
    for _ in range(4):
        made.append(demo.backups.backup().file.path)
        clock.advance(days=1)
    left = [b.path for b in demo.backups.backups()]
    # 2026-11-23 is the first of the month's backups; the last two days are kept
    assert left == [made[0], made[2], made[3]]


def test_a_second_folder_gets_a_copy_and_an_unwritable_one_is_reported(demo, tmp_path):
    stick = tmp_path / "stick"
    demo.settings.update(_admin(demo), {"backup.second_folder": str(stick)})
    report = demo.backups.backup()
    assert report.second_copy == stick / report.file.path.name
    assert fingerprint(report.second_copy) == fingerprint(report.file.path)

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the stick should be")
    demo.settings.update(_admin(demo), {"backup.second_folder": str(blocker)})
    report = demo.backups.backup()
    assert report.file.path.is_file()
    assert report.second_copy is None
    assert str(blocker) in report.second_problem.message


def test_a_backup_taken_while_another_desk_writes_is_whole(demo, tmp_path):
    live = Path(demo.db.sqlite_path)
    # make the database big enough that the copy takes many steps
    with closing(sqlite3.connect(live)) as connection:
        connection.execute("CREATE TABLE ballast (b BLOB)")
        connection.executemany("INSERT INTO ballast VALUES (randomblob(100000))", [()] * 400)
        connection.commit()
    env = dict(os.environ, DESK_PASSWORD=PASSWORD)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.desk_worker",
            "desk",
            "--db",
            f"sqlite:///{live}",
            "--user",
            "clerk",
            "--entries",
            "400",
            "--pause",
            "0.002",
        ],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().startswith("ack ")  # the other desk is writing
    backups = []
    while writer.poll() is None and len(backups) < 3:
        backups.append(demo.backups.backup(tmp_path / f"during-{len(backups)}.sqlite3"))
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert backups
    for report in backups:
        assert run_check(report.file.path) == 0  # whole, and the audit trail chains
        with closing(sqlite3.connect(report.file.path)) as connection:
            entries = connection.execute("SELECT COUNT(*) FROM contact_entries").fetchone()[0]
            logged = connection.execute(
                "SELECT COUNT(*) FROM audit_events WHERE entity_type = 'contact' "
                "AND action = 'create'"
            ).fetchone()[0]
        assert entries == logged  # no entry without its audit event, nor the reverse


def test_backup_and_restore_on_the_command_line(demo, tmp_path, monkeypatch, capsys):
    live = Path(demo.db.sqlite_path)
    url = f"sqlite:///{live.as_posix()}"
    before = fingerprint(live)
    out = tmp_path / "manual.sqlite3"
    assert main(["backup", "--db", url, "--out", str(out)]) == 0
    assert fingerprint(out) == before
    # restoring over a database needs one of its administrators
    assert main(["restore", str(out), "--db", url]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    assert main(["restore", str(out), "--db", url, "--user", "clerk"]) == 2
    assert main(["restore", str(out), "--db", url, "--user", "admin"]) == 0
    # the database file itself is never taken for a backup
    assert main(["restore", str(live), "--db", url, "--user", "admin"]) == 2
    # with no database there, the backup becomes it (no one to ask)
    fresh = tmp_path / "new" / "desk.sqlite3"
    fresh.parent.mkdir()
    monkeypatch.delenv("DESK_PASSWORD")
    assert main(["restore", str(out), "--db", f"sqlite:///{fresh.as_posix()}"]) == 0
    counts, _ = fingerprint(fresh)
    assert counts["contact_entries"] == before[0]["contact_entries"]


def test_backups_in_ignores_unfinished_and_foreign_files(tmp_path):
    (tmp_path / "desk-20261123-093000.sqlite3").write_bytes(b"x")
    (tmp_path / "desk-20261124-093000.sqlite3.incomplete").write_bytes(b"x")
    (tmp_path / "other-20261124-093000.sqlite3").write_bytes(b"x")
    (tmp_path / "desk-before-restore-20261124-093000.sqlite3").write_bytes(b"x")
    found = backups_in(tmp_path, "desk", ".sqlite3")
    assert [b.path.name for b in found] == ["desk-20261123-093000.sqlite3"]


def test_restore_refuses_a_file_that_is_not_a_database(demo, tmp_path):
    live = Path(demo.db.sqlite_path)
    admin = _admin(demo)
    before = fingerprint(live)
    text = tmp_path / "notes.sqlite3"
    text.write_text("这不是数据库")
    with pytest.raises(ValidationError):
        demo.backups.restore(admin, text)
    assert fingerprint(live) == before


def test_clock_is_the_service_centers(demo):
    # the name of a backup carries the center's local time (Beijing), not UTC
    report = demo.backups.backup()
    assert report.file.taken_at == datetime(2026, 11, 23, 9, 30)
    assert FakeClock().current.hour == 1


def test_a_backup_goes_to_the_folder_of_the_settings_on_either_database(services, tmp_path):
    """SQLite by its backup API, PostgreSQL by pg_dump (custom format)."""
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    services.settings.update(admin, {"backup.folder": str(tmp_path / "chosen")})
    report = services.backups.backup()
    assert report.file.path.parent == tmp_path / "chosen"
    assert services.backups.last().path == report.file.path
    if services.db.is_sqlite:
        assert report.file.path.suffix == ".sqlite3"
        assert run_check(report.file.path) == 0
        return
    assert report.file.path.suffix == ".dump" and report.file.size > 0
    listing = subprocess.run(
        ["pg_restore", "--list", str(report.file.path)], capture_output=True, text=True
    )
    assert listing.returncode == 0 and "audit_events" in listing.stdout
    with pytest.raises(ValidationError):  # a server's database is restored with pg_restore
        services.backups.restore(admin, report.file.path)
