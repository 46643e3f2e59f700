"""The files of the SQLite databases this process has open: only SQLite may open them.

On Linux and macOS, closing *any* descriptor of a file drops *every* POSIX lock the
process holds on it (SQLite's documented "POSIX advisory locks" hazard). Were
anything else in the process to open and close the database, its WAL or its shared
memory -- a file dialog sniffing a file's type, a file copy, an export over it --
SQLite's locks would silently vanish: another desk would believe it is alone,
checkpoint and delete the WAL under us, and acknowledged entries would be lost.

So copies of a database go through SQLite's backup API (``desk_app.db.migrate``),
file dialogs never read what they list (``desk_app.ui.kit.file_dialogs``), and nothing
may choose one of these files to read or write (``is_open_database_file``).
Other SQLite connections in this process are safe: one SQLite library shares the
locks of an inode among all its connections and closes no descriptor under them.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

# The files SQLite keeps beside a database: the WAL, its shared-memory index and the
# rollback journal.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

_open: Counter[str] = Counter()  # real path of each open database -> Database objects


def _key(path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.realpath(path))


def track(path: str | os.PathLike) -> None:
    """A Database on ``path`` was opened in this process."""
    _open[_key(path)] += 1


def untrack(path: str | os.PathLike) -> None:
    """A Database on ``path`` was disposed of."""
    key = _key(path)
    _open[key] -= 1
    if _open[key] <= 0:
        del _open[key]


def open_databases() -> list[str]:
    """The real paths of the SQLite databases this process has open."""
    return list(_open)


def sqlite_file_of(url: str) -> Path | None:
    """The file of a SQLite URL, without opening (or creating) it; None for another
    database or an in-memory one."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def database_files(path: str | os.PathLike) -> list[Path]:
    """A database file and the companions SQLite may keep beside it."""
    return [Path(path)] + [Path(f"{path}{suffix}") for suffix in COMPANION_SUFFIXES]


def is_file_of(path: str | os.PathLike, database: str | os.PathLike) -> bool:
    """Whether ``path`` is ``database`` or one of its companions (by name, through
    symbolic links, or as another hard link of the same file)."""
    key = _key(path)
    for candidate in database_files(_key(database)):
        if key == str(candidate):
            return True
        try:
            if os.path.samefile(path, candidate):
                return True
        except OSError:
            continue  # one of the two does not exist
    return False


def is_open_database_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is, or is a companion of, a database this process has open."""
    return any(is_file_of(path, database) for database in _open)


def refuse_database_file(
    path: str | os.PathLike, database: str | os.PathLike | None = None
) -> None:
    """Raise ValidationError when a file the user named to read or write is one of the
    open databases' files, or of ``database`` (the one a command is about to open):
    writing a PDF or an export over it would destroy it, and even reading it would
    drop SQLite's locks."""
    if is_open_database_file(path) or (database is not None and is_file_of(path, database)):
        from desk_app.domain.errors import ValidationError
        from desk_app.domain.i18n import QT_TRANSLATE_NOOP

        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a file of the open database: choose another file."
            ),
            field="path",
            path=str(path),
        )
