"""The one way this program copies a SQLite database: SQLite's online backup API.

A plain file copy would open and close the database's files and so drop this
process's locks on them (``desk_app.db.files``), and it may catch a page half
written. The backup API copies through SQLite, a consistent snapshot even while
other desks write.

The copy goes in steps of ``STEP_PAGES`` pages with a pause between them, inside one
read transaction on the source: in WAL mode a reader never blocks a writer, so a
clerk's save goes on between (and during) the steps, and because the snapshot is held
the copy never restarts when somebody commits half-way. The target is written under a
name that says it is unfinished and renamed once it is on disk: a copy cut short
(killed, power cut, disk full) never looks like a whole one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

# Ends the name of a copy while it is being written.
INCOMPLETE_SUFFIX = ".incomplete"
# 1,024 pages of 4 KiB: 4 MiB a step, a few milliseconds of disk work.
STEP_PAGES = 1024
STEP_PAUSE_S = 0.005

Progress = Callable[[int, int], None]  # (pages left, pages in all)


def copy_database(
    source: str | os.PathLike,
    target: str | os.PathLike,
    *,
    step_pages: int = STEP_PAGES,
    pause_s: float = STEP_PAUSE_S,
    progress: Progress | None = None,
    self_contained: bool = True,
) -> Path:
    """Copy the SQLite database ``source`` to the new file ``target``; returns it.

    ``self_contained``: the copy is put in rollback-journal mode, one file that needs
    no companions beside it (a backup on a USB stick).
    """
    if not Path(source).is_file():
        raise FileNotFoundError(source)  # sqlite3.connect would make an empty one
    target = Path(target)
    partial = target.with_name(f"{target.name}{INCOMPLETE_SUFFIX}")
    partial.unlink(missing_ok=True)  # a leftover of a copy cut short
    try:
        # closing(): a sqlite3 connection's own context manager only commits, it never
        # closes, and an open handle keeps the files locked on Windows.
        with (
            closing(sqlite3.connect(source, isolation_level=None)) as src,
            closing(sqlite3.connect(partial, isolation_level=None)) as dst,
        ):
            src.execute("BEGIN")
            src.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot
            # The copy reaches the disk a step at a time: one flush of the whole file at
            # the end would queue a clerk's save (its own fsync) behind hundreds of MB.
            # (This descriptor is of the unfinished copy, which no one else opens.)
            descriptor = os.open(partial, os.O_RDWR)

            def after_step(_status: int, left: int, total: int) -> None:
                _flush(descriptor)
                if progress is not None:
                    progress(left, total)

            try:
                src.backup(dst, pages=step_pages, sleep=pause_s, progress=after_step)
            finally:
                src.execute("COMMIT")
                os.close(descriptor)
            if self_contained:
                dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        fsync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if os.name == "posix":  # the rename itself reaches the disk with its folder
        fsync(target.parent)
    return target


def copy_into(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """Replace the content of the database ``target`` with that of ``source``, through
    SQLite (a restore): ``target`` keeps its files and its locks, other connections to
    it see the new content at their next transaction."""
    with (
        closing(sqlite3.connect(source, isolation_level=None)) as src,
        closing(sqlite3.connect(target, isolation_level=None)) as dst,
    ):
        dst.execute("PRAGMA busy_timeout = 5000")
        src.backup(dst)


def _flush(descriptor: int) -> None:
    (os.fdatasync if hasattr(os, "fdatasync") else os.fsync)(descriptor)


def fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
