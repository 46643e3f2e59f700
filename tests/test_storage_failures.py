"""Failures of the database below the services arrive typed, with short messages and a
log that names the failure and the statement but never a value of a record."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, text

from desk_app.db import Database
from desk_app.domain.errors import DatabaseFailure, DatabaseReadOnly
from desk_app.domain.register import Relation, Resident
from desk_app.logs import configure_logging, redact
from desk_app.services.app import open_services
from tests.conftest import BACKENDS, PASSWORD, PG_URL, reset_postgres
from tests.register_fixtures import one_home

ID_NUMBER = "110101199003077777"
NAME = "欧阳" * 30  # longer than the column: the server refuses the row


@pytest.fixture(params=[backend for backend in BACKENDS if backend == "postgresql"])
def pg_services(request, clock):
    """The database server of a service center with several desks."""
    reset_postgres(PG_URL)
    services = open_services(PG_URL, clock=clock)
    yield services
    services.close()


@pytest.fixture
def log_path(tmp_path):
    return configure_logging(tmp_path / "logs" / "desk_app.log")


@pytest.mark.pg
def test_a_value_the_server_refuses_is_logged_without_the_values(pg_services, log_path):
    services = pg_services
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    home = one_home(services, admin)

    # WHEN a row with a full ID number reaches the server, which refuses another column
    with pytest.raises(DatabaseFailure) as refused, services.db.write() as session:
        session.add(
            Resident(
                room_id=home.room_id, name=NAME, relation=Relation.OWNER.value, id_number=ID_NUMBER
            )
        )
        session.flush()

    # THEN the message is short and plain, and neither it, the chained driver error
    # nor the log quote the values of the row
    assert type(refused.value) is DatabaseFailure
    assert "nothing was changed" in refused.value.message
    assert ID_NUMBER not in str(refused.value.__cause__)  # the engine hides parameters
    logged = log_path.read_text(encoding="utf-8")
    assert "SQLSTATE 22001" in logged and "INSERT INTO residents" in logged
    assert "Traceback (most recent call last)" in logged
    assert ID_NUMBER not in logged and NAME[:2] not in logged


@pytest.mark.pg
def test_a_value_quoted_by_the_server_itself_stays_out_of_the_log(pg_services, log_path):
    # PostgreSQL repeats the offending value in its own message:
    # value "110101199003077777" is out of range for type integer
    with pytest.raises(DatabaseFailure), pg_services.db.read() as session:
        session.execute(text("SELECT CAST(:number AS integer)"), {"number": ID_NUMBER})

    logged = log_path.read_text(encoding="utf-8")
    assert "SQLSTATE 22003" in logged and "is out of range for type integer" in logged
    assert ID_NUMBER not in logged


@pytest.mark.pg
def test_a_read_only_server_refuses_a_change_with_a_clear_message(pg_services):
    # An administrator put the database into read-only mode (an archived center, a
    # standby server): every new connection starts read-only transactions.
    services = pg_services
    name = services.db.url.database
    admin_engine = create_engine(services.db.url, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
    services.db.dispose()  # the pooled connections predate the change
    try:
        with pytest.raises(DatabaseReadOnly) as refused:
            services.accounts.create_first_admin("admin", "管理员", PASSWORD)
        assert "this change was not saved" in refused.value.message
        assert services.accounts.needs_first_run()  # reading still works
    finally:
        with admin_engine.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" RESET default_transaction_read_only'))
        admin_engine.dispose()


def test_a_read_only_open_never_creates_or_changes_the_file(tmp_path):
    path = tmp_path / "not-there.sqlite3"
    db = Database(f"sqlite:///{path.as_posix()}", read_only=True)
    try:
        with pytest.raises(DatabaseFailure), db.read() as session:
            session.execute(text("SELECT 1")).scalar_one()
    finally:
        db.dispose()
    assert not path.exists()


@pytest.mark.parametrize(
    ("message", "kept", "gone"),
    [
        ('value "110101199003077777" is out of range', "is out of range", "110101199003077777"),
        ("Key (phone)=(13812345678) already exists", "Key (phone)=(", "13812345678"),
        ("no slip for 张伟强 in 3栋", "no slip for", "张伟强"),
        ("mail wang.li@example.com bounced", "bounced", "wang.li@example.com"),
        ("KeyError: 'ui.language'", "'ui.language'", None),
        ("connection to server at '10.0.0.5', port 5432 failed", "'10.0.0.5'", None),
    ],
)
def test_redaction_keeps_the_words_and_drops_the_data(message, kept, gone):
    cleaned = redact(message)
    assert kept in cleaned
    if gone is not None:
        assert gone not in cleaned


def test_logging_goes_to_one_rotating_file_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    first = configure_logging()
    second = configure_logging()

    assert first == second == (tmp_path / "data" / "logs" / "desk_app.log").resolve()
    ours = [
        handler
        for handler in logging.getLogger().handlers
        if getattr(handler, "baseFilename", None) == str(first)
    ]
    assert len(ours) == 1 and ours[0].maxBytes > 0 and ours[0].backupCount > 0
