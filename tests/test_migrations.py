"""Schema: migrated on open, identical to the models, old ones upgraded after a backup,
newer ones refused; SQLite tuned for safety."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from desk_app.db import Database
from desk_app.db.migrate import (
    HEAD_REVISION,
    current_revision,
    head_revision,
    is_model_object,
    upgrade_to,
)
from desk_app.domain import models  # noqa: F401 - every table on Base.metadata
from desk_app.domain.base import Base
from desk_app.domain.errors import SchemaTooNew
from desk_app.services.app import open_services
from tests.conftest import PASSWORD

FOUNDATION = {"audit_events", "departments", "serial_counters", "settings", "users"}


def test_a_new_database_is_migrated_to_head(db_url):
    services = open_services(db_url)
    try:
        report = services.migration
        assert (report.from_revision, report.to_revision, report.backup) == (
            None,
            head_revision(),
            None,
        )
        assert current_revision(services.db) == head_revision()
        tables = set(inspect(services.db.engine).get_table_names())
        assert tables >= FOUNDATION | set(Base.metadata.tables)
    finally:
        services.close()

    # Opening it again changes nothing and makes no backup.
    again = open_services(db_url)
    try:
        assert again.migration.from_revision == again.migration.to_revision == head_revision()
        assert again.migration.backup is None
    finally:
        again.close()


def test_migrations_produce_exactly_the_model_schema(services):
    with services.db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": is_model_object}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_an_older_database_is_backed_up_and_upgraded(db_url, tmp_path):
    # GIVEN a database written by the version with schema 0001
    old = Database(db_url)
    upgrade_to(old, "0001")
    old.dispose()
    before = set(tmp_path.iterdir())

    # WHEN the new program opens it
    services = open_services(db_url)
    try:
        # THEN it is at head, with its data, and usable
        report = services.migration
        assert (report.from_revision, report.to_revision) == ("0001", head_revision())
        assert current_revision(services.db) == head_revision()
        assert services.accounts.needs_first_run()
        admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
        assert services.accounts.login("admin", PASSWORD).user_id == admin.user_id
        assert len(services.accounts.list_departments()) == 5
    finally:
        services.close()

    if services.db.is_sqlite:
        # AND a copy of the old file sits next to it, still at the old revision
        new_files = set(tmp_path.iterdir()) - before
        backups = [p for p in new_files if ".backup-0001-" in p.name]
        assert len(backups) == 1
        assert report.backup == backups[0]
        assert backups[0].parent == Path(services.db.sqlite_path).parent
        with closing(sqlite3.connect(backups[0])) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
            tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
            assert "serial_counters" not in tables and "users" in tables
            assert copy.execute("SELECT COUNT(*) FROM departments").fetchone() == (5,)
    else:
        assert report.backup is None


def test_an_upgrade_from_0001_keeps_the_data(db_url):
    # GIVEN a 0001 database with a user and a setting written by that version
    db = Database(db_url)
    upgrade_to(db, "0001")
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (username, display_name, password_hash, role, active,"
                " failed_logins, created_at) VALUES ('old', '老用户', 'x', 'clerk', :t, 0,"
                " '2026-01-01 00:00:00')"
            ),
            {"t": True},
        )
        connection.execute(
            text("INSERT INTO settings (key, value) VALUES ('center.name', :v)"),
            {"v": '"老中心"'},
        )
    db.dispose()

    services = open_services(db_url)
    try:
        assert services.settings.get("center.name") == "老中心"
        assert not services.accounts.needs_first_run()
        with services.db.read() as session:
            assert session.scalar(text("SELECT display_name FROM users")) == "老用户"
    finally:
        services.close()


def test_a_database_from_a_newer_program_is_refused(db_url):
    services = open_services(db_url)
    with services.db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    services.close()

    with pytest.raises(SchemaTooNew) as error:
        open_services(db_url)

    assert error.value.params == {"found": "ffff9999", "known": head_revision()}
    assert "ffff9999" in error.value.message
    # Untouched: still marked as the newer schema.
    db = Database(db_url)
    try:
        assert current_revision(db) == "ffff9999"
    finally:
        db.dispose()


def test_sqlite_connections_are_tuned_for_safety(sqlite_url):
    services = open_services(sqlite_url)
    try:
        with services.db.engine.connect() as connection:

            def pragma(name):
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") > 0
    finally:
        services.close()


def test_sqlite_writers_take_the_write_lock_up_front(sqlite_url):
    # A write transaction holds the lock from its start, so a second desk waits at
    # BEGIN instead of failing half-way with "database is locked".
    services = open_services(sqlite_url)
    path = services.db.sqlite_path
    try:
        other = closing(sqlite3.connect(path, timeout=0, isolation_level=None))
        with other as desk, services.db.write() as session:
            session.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                desk.execute("BEGIN IMMEDIATE")
            # Reading meanwhile is never blocked (WAL).
            assert desk.execute("SELECT COUNT(*) FROM departments").fetchone() == (5,)
        # After the commit the lock is free again.
        with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as desk:
            desk.execute("BEGIN IMMEDIATE")
            desk.execute("ROLLBACK")
    finally:
        services.close()


def test_foreign_keys_are_enforced(services):
    with pytest.raises(IntegrityError), services.db.write() as session:
        session.execute(
            text(
                "INSERT INTO users (username, display_name, password_hash, role, department_id,"
                " active, failed_logins, created_at)"
                " VALUES ('x', 'x', 'x', 'clerk', 999, :t, 0, '2026-01-01 00:00:00')"
            ),
            {"t": True},
        )


def test_the_head_revision_the_program_knows_is_alembic_s_head():
    assert head_revision() == HEAD_REVISION


def test_opening_a_current_database_does_not_import_alembic(sqlite_url):
    # GIVEN a database at the current schema
    open_services(sqlite_url).close()
    # WHEN a fresh process opens it THEN it learns the schema version without Alembic
    # (whose import alone is a fifth of a second of every start)
    script = (
        "import sys\n"
        "from desk_app.services.app import open_services\n"
        f"services = open_services({sqlite_url!r})\n"
        "print(services.migration.to_revision, 'alembic' in sys.modules)\n"
        "services.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [HEAD_REVISION, "False"]
