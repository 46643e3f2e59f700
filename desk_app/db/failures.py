"""What the database driver or the operating system reports, as errors the user reads.

Every service reaches the database through ``Database.write()``/``read()``, which run
inside ``translated_failures()``: a locked, read-only, full, damaged or unreachable
database becomes one of the typed ``DatabaseFailure`` errors, the driver's exception
chained for the log. The UI and the CLI show those like any other ``DeskError``.

``IntegrityError`` passes through untouched: the services catch it themselves (another
desk registered the same room a moment earlier) and say what it means in their terms.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from os import PathLike

from sqlalchemy import exc as sa_exc

from desk_app.domain.errors import (
    ConnectionLost,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFailure,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DeskError,
    DiskFull,
    FileAccessFailed,
)
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.logs import format_exception_safely, safe_message

log = logging.getLogger(__name__)

# SQLite's primary result codes (the low byte of the extended code Python reports).
_SQLITE_KINDS: dict[int, type[DatabaseFailure]] = {
    3: DatabaseReadOnly,  # SQLITE_PERM
    5: DatabaseBusy,  # SQLITE_BUSY: another connection holds the write lock
    6: DatabaseBusy,  # SQLITE_LOCKED
    8: DatabaseReadOnly,  # SQLITE_READONLY: the file or its drive is write-protected
    10: DatabaseUnavailable,  # SQLITE_IOERR: a failing disk, a vanished network drive
    11: DatabaseDamaged,  # SQLITE_CORRUPT
    13: DiskFull,  # SQLITE_FULL
    14: DatabaseUnavailable,  # SQLITE_CANTOPEN
    26: DatabaseDamaged,  # SQLITE_NOTADB
}

# PostgreSQL SQLSTATEs, exact codes first, then their two-character class.
_PG_KINDS: dict[str, type[DatabaseFailure]] = {
    "53100": DiskFull,  # disk_full
    "25006": DatabaseReadOnly,  # read_only_sql_transaction (a standby, a read-only database)
    "42501": DatabaseReadOnly,  # insufficient_privilege: an account that may only read
    "55P03": DatabaseBusy,  # lock_not_available
    "40001": DatabaseBusy,  # serialization_failure
    "40P01": DatabaseBusy,  # deadlock_detected
    "57014": DatabaseBusy,  # query_canceled (statement or lock timeout)
    "53300": DatabaseUnavailable,  # too_many_connections
    "57P01": ConnectionLost,  # admin_shutdown, pg_terminate_backend
    "57P02": ConnectionLost,  # crash_shutdown
    "57P03": DatabaseUnavailable,  # cannot_connect_now (starting up)
    "XX001": DatabaseDamaged,  # data_corrupted
    "XX002": DatabaseDamaged,  # index_corrupted
    "08": ConnectionLost,  # connection_exception
}

# Failures a clerk can act on get one line in the log; the rest (the generic refusal,
# damage) get the whole traceback, scrubbed of values, for whoever investigates.
_ONE_LINE = (DatabaseBusy, DatabaseReadOnly, DiskFull, DatabaseUnavailable)


def _is_integrity_error(error: BaseException) -> bool:
    # psycopg's are subclasses (UniqueViolation, ...) of its own IntegrityError
    return any(kind.__name__ == "IntegrityError" for kind in type(error).__mro__)


def _driver_kind(error: BaseException | None) -> type[DatabaseFailure] | None:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        return None if code is None else _SQLITE_KINDS.get(code & 0xFF)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _PG_KINDS.get(sqlstate) or _PG_KINDS.get(sqlstate[:2])
    if error is not None and type(error).__module__.startswith("psycopg"):
        # No SQLSTATE: the client library itself failed (refused, closed, timed out).
        if type(error).__name__ == "InterfaceError":  # "the connection is closed"
            return ConnectionLost
        if type(error).__name__ == "OperationalError":
            return DatabaseUnavailable
    return None


def database_failure(error: BaseException) -> DatabaseFailure | None:
    """The typed failure for an exception of the database driver; None for anything else
    (our own errors, integrity errors the services handle, programming mistakes)."""
    if isinstance(error, DatabaseFailure):
        return error
    if _is_integrity_error(error):
        return None
    if isinstance(error, sa_exc.DBAPIError):
        # SQLAlchemy knows when the driver's error means the connection is gone.
        kind = ConnectionLost if error.connection_invalidated else _driver_kind(error.orig)
        return (kind or DatabaseFailure)()
    if isinstance(error, sa_exc.TimeoutError):  # every pooled connection is in use
        return DatabaseBusy()
    if isinstance(error, sqlite3.Error) or type(error).__module__.startswith("psycopg"):
        return (_driver_kind(error) or DatabaseFailure)()
    return None


@contextmanager
def translated_failures() -> Iterator[None]:
    """Raise driver failures inside the block as typed ``DatabaseFailure``s."""
    try:
        yield
    except Exception as error:
        failure = database_failure(error)
        if failure is None or failure is error:
            raise
        if isinstance(failure, _ONE_LINE):
            log.warning("%s: %s", type(failure).__name__, safe_message(error))
        else:
            log.error("%s\n%s", type(failure).__name__, format_exception_safely(error))
        raise failure from error


_FILE_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the drive is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "access is denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "access is denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "the file or its folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the drive could not be read or written"),
}


def file_failure(error: OSError, file: str | PathLike | None = None) -> FileAccessFailed:
    """``file``: the file the user chose, named when the error does not say (a write
    that fails on a full disk carries no file name, only its open does)."""
    reason = _FILE_REASONS.get(error.errno or 0)
    if reason is None:
        reason = QT_TRANSLATE_NOOP("Errors", "the system refused it")
    name = error.filename if error.filename is not None else file
    if name is None:
        return FileAccessFailed(_UNNAMED_FILE, reason=Tr("Errors", reason))
    return FileAccessFailed(file=str(name), reason=Tr("Errors", reason))


_UNNAMED_FILE = QT_TRANSLATE_NOOP(
    "Errors", "A file could not be used: {reason}. Nothing in the database was lost."
)


def user_failure(error: BaseException, file: str | PathLike | None = None) -> DeskError | None:
    """The message-bearing form of a failure the user can act on, or None for a bug:
    our own errors as they are, driver failures typed, the operating system's
    refusals of a file the user chose (``file``) as ``FileAccessFailed``."""
    if isinstance(error, DeskError):
        return error
    failure = database_failure(error)
    if failure is not None:
        return failure
    if isinstance(error, OSError):
        return file_failure(error, file)
    return None
