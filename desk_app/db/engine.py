"""Engines and sessions: one session per user action, owned by the service.

SQLite is tuned for safety (WAL, synchronous FULL, foreign keys, busy timeout);
writing transactions start with ``BEGIN IMMEDIATE`` so two desks on one file
queue for the write lock up front instead of failing half-way with "database is
locked". PostgreSQL needs nothing special: serials lock their counter row.

Failures of the driver leave ``write()``/``read()`` as the typed errors of
``desk_app.db.failures``; the engines hide SQL parameters, so no exception text or log
line ever carries the values of a record.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from desk_app.db import changes, files, other_desks
from desk_app.db.failures import translated_failures

# How long a writer waits for another desk's write lock before the clerk is told the
# database is busy. The longest holder is the resident import's one write phase
# (benchmarks/resident_import.py: 0.5 s for a 15,000-resident roster, about 4 s for
# 100,000 rows); a desk's own save holds it for about a millisecond. 5 s lets a login
# or a save wait out even that, and is still a pause a clerk on the phone can bear
# before the message comes (30 s felt like a frozen program).
BUSY_TIMEOUT_MS = 5_000


def _tune_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:
            # Changing the journal mode is a write: a reader takes the file as it is.
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _read_only_sqlite_url(url: URL) -> URL:
    """The same file as a SQLite URI opened with ``mode=ro``: never created, never
    written. Not ``immutable``: another desk may be writing to it at the same time."""
    assert url.database is not None  # called for a SQLite URL that names a file
    path = Path(url.database).resolve().as_posix()
    query = {**url.query, "mode": "ro", "uri": "true"}
    return url.set(database=f"file:{quote(path)}", query=query)


class Database:
    """The connection to one database, by SQLAlchemy URL.

    ``read_only`` opens it so that nothing can be changed, not even the journal mode
    (`desk-app check`, reading the language setting for an error message): a SQLite
    file with ``mode=ro``, PostgreSQL with read-only transactions.
    """

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False):
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.read_only = read_only
        if self.url.get_backend_name() == "postgresql" and self.url.get_driver_name() in (
            "",
            "psycopg2",
        ):
            self.url = self.url.set(drivername="postgresql+psycopg")
        kwargs: dict = {"echo": echo, "hide_parameters": True}
        engine_url = self.url
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
            if read_only and self.sqlite_path is not None and "uri" not in self.url.query:
                engine_url = _read_only_sqlite_url(self.url)
        else:
            kwargs["pool_pre_ping"] = True
            if read_only:
                kwargs["connect_args"] = {"options": "-c default_transaction_read_only=on"}
        self.engine = create_engine(engine_url, **kwargs)
        writer: Engine
        if self.is_sqlite:
            _tune_sqlite(self.engine, read_only=read_only)
            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            writer = self.engine
        self._writer_engine = writer
        self.changes = changes.ChangeFeed()
        self.own_writes = other_desks.OwnWrites()
        self._watcher: other_desks.OtherDesks | None = None
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
        """A session for one user action that changes data: commits or rolls back.
        Once it has committed, the kinds of record it wrote go out on ``changes``."""
        own = self.own_writes
        span = None
        with translated_failures(), self._writer() as session:
            try:
                with session.begin():
                    if self._watcher is not None and self.is_sqlite:
                        span = own.begin(session)
                    yield session
                    wrote = changes.noted(session)
                    if wrote and not self.is_sqlite:
                        own.notify(session, wrote)  # heard by the other desks at commit
            except BaseException:
                if span is not None:
                    own.end(span, committed=False)
                raise
            if span is not None:
                own.end(span, committed=True)
            kinds = changes.taken(session)
        self.changes.publish(kinds)

    def watch_other_desks(self, poll_seconds: float = other_desks.POLL_SECONDS) -> None:
        """From now on, publish on ``changes`` what other desks write too (a thread;
        ends with ``dispose``)."""
        if self._watcher is None:
            self._watcher = other_desks.OtherDesks(self, poll_seconds).start()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; never commits. Objects loaded here stay readable
        afterwards (detached with their loaded values, not expired by the rollback)."""
        with translated_failures(), self._reader() as session:
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
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        self.engine.dispose()
        if self._tracked is not None:
            files.untrack(self._tracked)
            self._tracked = None
