"""Real failures below the program: another program holding the write lock, a file
the operating system will not let us write, a full database, a file damaged on disk.

Each is made the way the desk meets it, not by replacing our database code.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event

# Another program (a second desk, a backup tool, an administrator's SQLite browser)
# takes the write lock and keeps it until we tell it to stop.
_HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


@contextmanager
def foreign_write_lock(path: str | Path) -> Iterator[None]:
    """A separate process holds SQLite's write lock on ``path`` for the block."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


@contextmanager
def read_only_file(path: Path) -> Iterator[str]:
    """Make the SQLite file ``path`` read-only for this process, as the operating system
    enforces it; yields the URL to open it with.

    A normal user meets this as a write-protected file: its permission bits. Root
    ignores those, so for root the file is bind-mounted read-only over itself, which is
    what a read-only share or drive does (the folder stays writable, as beside a
    write-protected file). SQLite reacts to both the same way: it opens the file
    read-only and refuses every write with SQLITE_READONLY. Where root may not mount
    (a container without CAP_SYS_ADMIN), the URL asks SQLite for exactly that
    read-only open (``mode=ro``).
    """
    url = f"sqlite:///{path.as_posix()}"
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        try:
            yield url
        finally:
            path.chmod(mode)
        return
    mounted = (
        subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True).returncode
        == 0
    )
    if not mounted:
        yield f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
        return
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(path)]
        subprocess.run(remount, check=True, capture_output=True)
        yield url
    finally:
        subprocess.run(["umount", str(path)], check=True, capture_output=True)


@contextmanager
def full_database(engine: Engine) -> Iterator[None]:
    """Every new connection of ``engine`` may not grow the file beyond its present size:
    SQLite then answers SQLITE_FULL, the very code it gives when the disk is full (a
    real full disk would fill the test machine's, and a WAL file may still have room).
    """

    def cap(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()  # the pooled connections were opened without the cap
    event.listen(engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()


def truncate(path: Path) -> None:
    """Half of the file is gone, as after a copy interrupted or a full USB stick."""
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def randomize(path: Path) -> None:
    """Not a database at all: a file of the same size and random bytes."""
    path.write_bytes(os.urandom(path.stat().st_size))


def zero_pages(path: Path, first: int, count: int, page_size: int = 4096) -> None:
    """``count`` pages from page ``first`` (1-based) overwritten with zeros, as a disk
    that lost sectors leaves them; the header and the first pages stay intact."""
    with path.open("r+b") as handle:
        handle.seek((first - 1) * page_size)
        handle.write(bytes(count * page_size))
