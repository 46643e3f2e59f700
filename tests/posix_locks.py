"""What /proc/locks says a process holds on a SQLite database and its companions (Linux).

A line reads ``1: POSIX  ADVISORY  READ 9416 fe:00:2171862 128 128``: the owner's pid,
the file as ``major:minor:inode`` (hex device numbers) and the locked byte range.
"""

from __future__ import annotations

import os
from pathlib import Path

COMPANIONS = ("", "-wal", "-shm", "-journal")


def database_locks(pid: int, database: Path) -> set[tuple[str, str, str, str]]:
    """(file suffix, lock type, first byte, last byte) of every POSIX lock ``pid`` holds
    on ``database`` or its WAL, shared-memory and journal files."""
    files: dict[tuple[int, int, int], str] = {}
    for suffix in COMPANIONS:
        path = Path(f"{database}{suffix}")
        if path.exists():
            st = path.stat()
            files[(os.major(st.st_dev), os.minor(st.st_dev), st.st_ino)] = suffix or "db"
    held = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if fields[1] == "->":  # a waiter, not a holder
            continue
        kind, lock_type, owner, where, first, last = fields[1], *fields[3:8]
        if kind != "POSIX" or int(owner) != pid:
            continue
        major, minor, inode = where.split(":")
        name = files.get((int(major, 16), int(minor, 16), int(inode)))
        if name is not None:
            held.add((name, lock_type, first, last))
    return held
