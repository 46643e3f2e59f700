"""What the other desks wrote, published on this desk's change feed.

A desk hears its own commits on ``Database.changes`` at once. Another desk sharing
the database writes behind its back; this watcher tells the feed which kinds of record
those commits wrote, so that a list another clerk added to reloads here too:

- **PostgreSQL**: every committing transaction that wrote records sends
  ``NOTIFY desk_app_changes, '<desk> <kind,kind…>'`` (delivered only if it commits);
  the watcher LISTENs on a connection of its own and skips its own desk's notices.
- **SQLite**: every change is audited, so the audit trail says what was written.
  Writers hold the file's write lock from BEGIN to COMMIT, so one transaction's audit
  rows are consecutive ids; this desk remembers the id range of each of its own
  commits, and the watcher polls for audit rows past the last it saw, outside those
  ranges (followed after each flush, so known before the commit), a primary-key range
  read.

Pure Python, no Qt: the watcher runs in a thread; ``ChangeBus`` carries what it
publishes to the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import event, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from desk_app.db.engine import Database

log = logging.getLogger(__name__)

CHANNEL = "desk_app_changes"
POLL_SECONDS = 2.0  # SQLite: how soon another desk's change shows here
RETRY_SECONDS = 5.0  # PostgreSQL: how soon a lost listening connection is made again

_MAX_AUDIT_ID = text("SELECT coalesce(max(id), 0) FROM audit_events")


def _newest_audit_id(session: Session) -> int:
    return int(session.execute(_MAX_AUDIT_ID).scalar_one())


@dataclass
class Span:
    """The audit ids (after, up_to] one of this desk's write transactions inserted;
    ``up_to`` follows each flush, ``done`` once the transaction committed."""

    after: int
    up_to: int
    done: bool = False


_SPAN = "desk_app.own_audit_span"


@event.listens_for(Session, "after_flush")
def _follow_span(session: Session, _context) -> None:
    span = session.info.get(_SPAN)
    if span is not None:
        span.up_to = int(session.connection().execute(_MAX_AUDIT_ID).scalar_one())


class OwnWrites:
    """This desk's side: its name among the desks, and what its commits wrote."""

    def __init__(self) -> None:
        self.desk = uuid.uuid4().hex[:12]
        self._lock = threading.Lock()
        self._spans: list[Span] = []

    def notify(self, session: Session, kinds: frozenset[str]) -> None:
        """PostgreSQL, inside the transaction: tell the listening desks at commit."""
        payload = f"{self.desk} {','.join(sorted(kinds))}"
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": payload},
        )

    def begin(self, session: Session) -> Span:
        """SQLite, at the start of a write transaction (it holds the write lock, so
        the rows it inserts follow the newest id now)."""
        newest = _newest_audit_id(session)
        span = session.info[_SPAN] = Span(newest, newest)
        with self._lock:
            self._spans.append(span)
        return span

    def end(self, span: Span, *, committed: bool) -> None:
        if committed:
            span.done = True
        else:  # rolled back: those ids will be given out again, maybe to another desk
            with self._lock:
                self._spans.remove(span)

    def spans_until(self, newest: int) -> list[tuple[int, int]]:
        """Every span to leave out of a read up to ``newest`` (one committing now
        too); the committed ones read past are forgotten."""
        with self._lock:
            spans = [(span.after, span.up_to) for span in self._spans]
            self._spans = [s for s in self._spans if not (s.done and s.up_to <= newest)]
        return spans


class OtherDesks:
    """The watcher thread of one database; ``stop()`` ends it within a second or two."""

    def __init__(self, db: Database, poll_seconds: float = POLL_SECONDS):
        self.db = db
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="other-desks", daemon=True)
        self._last = 0

    def start(self) -> OtherDesks:
        if self.db.is_sqlite:
            with self.db.read() as session:
                self._last = _newest_audit_id(session)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        if self.db.is_sqlite:
            while not self._stop.wait(self.poll_seconds):
                self._poll_safely()
        else:
            while not self._stop.is_set():
                try:
                    self._listen()
                except Exception as error:  # noqa: BLE001 - a lost server is retried
                    log.warning("Not hearing the other desks: %s", type(error).__name__)
                    self._stop.wait(RETRY_SECONDS)

    # -- SQLite -------------------------------------------------------------------------------

    def _poll_safely(self) -> None:
        try:
            self.poll()
        except Exception as error:  # noqa: BLE001 - a busy or vanished file: next time
            log.warning("Could not read the other desks' changes: %s", type(error).__name__)

    def poll(self) -> frozenset[str]:
        """Publish (and return) the kinds other desks wrote since the last poll."""
        with self.db.read() as session:
            newest = _newest_audit_id(session)
            if newest <= self._last:
                return frozenset()
            own = self.db.own_writes.spans_until(newest)
            clauses = ["id > :last", "id <= :newest"]
            params: dict[str, int] = {"last": self._last, "newest": newest}
            for n, (after, up_to) in enumerate(own):
                clauses.append(f"NOT (id > :a{n} AND id <= :b{n})")
                params[f"a{n}"], params[f"b{n}"] = after, up_to
            query = "SELECT DISTINCT entity_type FROM audit_events WHERE " + " AND ".join(clauses)
            kinds = frozenset(session.execute(text(query), params).scalars())
        self._last = newest
        self.db.changes.publish(kinds)
        return kinds

    # -- PostgreSQL ---------------------------------------------------------------------------

    def _listen(self) -> None:
        import psycopg

        url = self.db.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            while not self._stop.is_set():
                for notice in connection.notifies(timeout=1.0):
                    desk, _, kinds = notice.payload.partition(" ")
                    if desk != self.db.own_writes.desk and kinds:
                        self.db.changes.publish(frozenset(kinds.split(",")))
