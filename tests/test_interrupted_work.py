"""Work cut short leaves a state the app can explain: a demo killed half-way, options
refused before any file is made, a pre-migration backup killed while it is written."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.db import Database
from desk_app.db.migrate import INCOMPLETE_SUFFIX, head_revision, upgrade_to
from desk_app.demo import build as demo
from desk_app.domain.contacts import ContactEntry
from desk_app.domain.register import Room
from desk_app.services.app import open_services

PROJECT = Path(__file__).resolve().parent.parent
SMALL = ("--rooms", "40", "--days", "2")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# What the window does first: open the database, migrating an older one after a backup.
OPEN_SERVICES = (
    "import sys; from desk_app.services.app import open_services; "
    "open_services(sys.argv[1]).close()"
)


def _start(*argv: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desk_app", *argv],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _users(url: str) -> int:
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as connection:
        return connection.execute("SELECT COUNT(*) FROM users").fetchone()[0]


def test_a_demo_killed_half_way_leaves_a_database_the_commands_explain(capsys, sqlite_url):
    # GIVEN a full-size demo being built, killed once it is well under way (the import
    # and migration take about a second of processor time, the build some fifteen)
    building = _start("demo", "--db", sqlite_url)
    deadline = time.monotonic() + 60
    while _cpu_seconds(building.pid) < 3.0:
        assert building.poll() is None, building.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    building.send_signal(signal.SIGKILL)
    building.wait(timeout=30)
    assert building.returncode == -signal.SIGKILL

    # THEN the database is whole and holds nothing of the demo
    code, out, err = run(capsys, "check", "--db", sqlite_url)
    assert code == 0, out + err
    assert _users(sqlite_url) == 0
    # and adding to it says why it cannot and what to do, without a traceback
    code, out, err = run(capsys, "demo", "--db", sqlite_url, "--append")
    assert code == 2
    assert "没有可追加的演示数据" in err and "desk-app demo --db" in err
    assert "Traceback" not in err
    # WHEN the demo is made again
    code, out, err = run(capsys, "demo", *SMALL, "--db", sqlite_url)
    # THEN it is made
    assert code == 0, err
    assert "演示数据库已就绪" in out


def _rows(services, model) -> int:
    """Rows in a table, whoever could read them (no user exists before the demo)."""
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_demo_interrupted_at_its_last_step_writes_nothing(db_url, monkeypatch):
    services = open_services(db_url)
    try:
        # GIVEN the clerk presses Ctrl+C while the work orders are being made: users,
        # register and contact log are written by then
        def interrupted(*args, **kwargs):
            assert _rows(services, ContactEntry) > 0
            raise KeyboardInterrupt

        monkeypatch.setattr(demo, "generate_work_orders", interrupted)
        with pytest.raises(KeyboardInterrupt):
            demo.build_demo(services, rooms=40, days=2)
        # THEN none of it is there
        assert services.accounts.needs_first_run()
        assert _rows(services, Room) == 0
        assert _rows(services, ContactEntry) == 0
        # and the demo can be made in the same database
        monkeypatch.undo()
        report = demo.build_demo(services, rooms=40, days=2)
        assert report.rooms == 40 and report.contacts > 0
    finally:
        services.close()


def test_a_refused_demo_password_leaves_no_database_file(capsys, tmp_path):
    target = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "demo", *SMALL, "--db", f"sqlite:///{target}", "--password", "abc")
    assert code == 2
    assert "密码至少需要 6 个字符" in err
    assert not target.exists()
    code, out, err = run(capsys, "demo", "--rooms", "0", "--db", f"sqlite:///{target}")
    assert code == 2 and "至少要有一个房间" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_appending_to_a_missing_demo_file_makes_none(capsys, tmp_path):
    target = tmp_path / "typo.sqlite3"
    code, out, err = run(capsys, "demo", "--append", "--db", f"sqlite:///{target}")
    assert code == 2
    assert f"{target} 处没有数据库" in err
    assert not target.exists()


def test_appending_to_a_desk_database_without_demo_data_is_refused(capsys, db_url):
    services = open_services(db_url)
    try:
        services.accounts.create_first_admin("admin", "管理员", "secret-pass")
    finally:
        services.close()
    code, out, err = run(capsys, "demo", "--append", "--db", db_url)
    assert code == 2 and "没有可追加的演示数据" in err


def test_a_backup_killed_while_written_does_not_look_like_a_backup(capsys, tmp_path):
    # GIVEN a database of an older version, big enough that its backup takes a while
    database = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{database.as_posix()}"
    old = Database(url)
    upgrade_to(old, "0004")
    old.dispose()
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE ballast (data BLOB)")
        connection.executemany(
            "INSERT INTO ballast VALUES (randomblob(1000000))", [()] * 160
        )  # 160 MB
        connection.commit()

    # WHEN the new program opens it (as the window does on start) and is killed while
    # the backup is being written
    opening = subprocess.Popen(
        [sys.executable, "-c", OPEN_SERVICES, url],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not any(p.name.startswith("desk.backup-") for p in tmp_path.iterdir()):
        assert opening.poll() is None, opening.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.001)
    opening.send_signal(signal.SIGKILL)
    opening.wait(timeout=30)

    # THEN the unfinished copy says so in its name, and nothing looks like a backup
    names = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("desk.backup-"))
    assert [n for n in names if n.endswith(".sqlite3")] == []
    assert any(n.endswith(f".sqlite3{INCOMPLETE_SUFFIX}") for n in names), names
    # and the database itself is untouched, still at its old version
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    # WHEN it is opened again
    reopened = subprocess.run(
        [sys.executable, "-c", OPEN_SERVICES, url], cwd=PROJECT, capture_output=True, text=True
    )
    # THEN it is backed up whole and upgraded
    assert reopened.returncode == 0, reopened.stderr
    code, out, err = run(capsys, "check", "--db", url)
    assert code == 0, out + err
    assert head_revision() in out
    backups = [p for p in tmp_path.iterdir() if p.name.endswith(".sqlite3") and "backup" in p.name]
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
        assert copy.execute("SELECT COUNT(*) FROM ballast").fetchone() == (160,)
