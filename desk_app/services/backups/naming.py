"""Backup files by name: what they are called, which of them to keep.

A backup's name carries the moment it was taken (local time of the service center),
so the folder itself is the record of the backups: nothing to keep in step with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"  # pg_dump's custom format
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time of the service center, naive
    size: int


def backup_name(stem: str, moment: datetime, suffix: str) -> str:
    return f"{stem}-{moment.strftime(STAMP)}{suffix}"


def _pattern(stem: str, suffix: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(stem)}-(\d{{8}}-\d{{6}}){re.escape(suffix)}")


def backups_in(folder: Path, stem: str, suffix: str) -> list[BackupFile]:
    """The finished backups of the database ``stem`` in ``folder``, oldest first
    (other files, and copies still being written, are not ours to count)."""
    pattern = _pattern(stem, suffix)
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match.group(1), STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(entry, taken, size))
    return sorted(found, key=lambda backup: backup.taken_at)


def to_remove(backups: list[BackupFile], keep_days: int) -> list[BackupFile]:
    """What the retention rule lets go: every backup except the newest of each of the
    last ``keep_days`` days that have one, and the first backup of each month."""
    newest_of_day: dict = {}
    first_of_month: dict = {}
    for backup in backups:  # oldest first
        newest_of_day[backup.taken_at.date()] = backup
        first_of_month.setdefault((backup.taken_at.year, backup.taken_at.month), backup)
    recent_days = sorted(newest_of_day)[-keep_days:]
    kept = {newest_of_day[day].path for day in recent_days}
    kept |= {backup.path for backup in first_of_month.values()}
    return [backup for backup in backups if backup.path not in kept]
