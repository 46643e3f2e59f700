"""Engines and sessions: one session per user action, owned by the service.

SQLite is tuned for safety (WAL, synchronous FULL, foreign keys, busy timeout);
writing transactions start with ``BEGIN IMMEDIATE`` so two desks on one file
queue for the write lock up front instead of failing half-way with "database is
locked". PostgreSQL needs nothing special: serials lock their counter row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desk_app.db import files

BUSY_TIMEOUT_MS = 30_000


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The connection to one database, by SQLAlchemy URL."""

    def __init__(self, url: str, *, echo: bool = False):
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.url.get_backend_name() == "postgresql" and self.url.get_driver_name() in (
            "",
            "psycopg2",
        ):
            self.url = self.url.set(drivername="postgresql+psycopg")
        kwargs: dict = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _tune_sqlite(self.engine)
            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            writer = self.engine
        self._writer_engine = writer
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)
        self._tracked = self.sqlite_path
        if self._tracked is not None:
            files.track(self._tracked)  # so that nothing else in the process opens it

    @property
    def display_url(self) -> str:
        """The URL without its password, for the status bar and logs."""
        return self.url.render_as_string(hide_password=True)

    @property
    def sqlite_path(self) -> str | None:
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return None
        return self.url.database

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action that changes data: commits or rolls back."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; never commits. Objects loaded here stay readable
        afterwards (detached with their loaded values, not expired by the rollback)."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.expunge_all()
                session.rollback()

    @contextmanager
    def one_transaction(self) -> Iterator[None]:
        """Until the block ends, every session of this Database joins one transaction
        on one connection, committed when the block ends and rolled back if it fails
        or the process dies: for work of many service calls (the demo database) that
        must never be left half done. Each session's own commit or rollback becomes
        that of a savepoint."""
        with self._writer_engine.connect() as connection, connection.begin():
            joined = sessionmaker(
                connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
            )
            saved = self._reader, self._writer
            self._reader = self._writer = joined
            try:
                yield
            finally:
                self._reader, self._writer = saved

    def dispose(self) -> None:
        self.engine.dispose()
        if self._tracked is not None:
            files.untrack(self._tracked)
            self._tracked = None
