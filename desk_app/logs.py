"""The program's log: one rotating file in the data folder, and never personal data.

Crashes are recorded with their traceback, but each exception's message is replaced
by a safe summary: the driver's error code and the SQL text without its parameters,
our own errors by their template without the values filled in, anything else with
quoted values, long digit runs (ID and phone numbers) and Chinese text blanked.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desk_app.paths import log_file

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None
_handler_path: Path | None = None

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
# Quoted words that name a thing of the program or the network, not a person's data:
# 'ui.language', 'contact_entries', 'db.example.com', '10.0.0.5'.
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:[._][A-Za-z0-9_]+)+|\d{1,3}(?:\.\d{1,3}){3}")
_LONG_NUMBER = re.compile(r"\d{5,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MAX_MESSAGE = 300


def _blank_quoted(match: re.Match) -> str:
    inner = match.group(0)[1:-1]
    return match.group(0) if _IDENTIFIER.fullmatch(inner) else "'…'"


def redact(text: str) -> str:
    """``text`` without what could be somebody's data: quoted values (names of columns
    and settings stay), numbers of five digits or more, e-mail addresses, Chinese text."""
    text = _QUOTED.sub(_blank_quoted, text)
    text = _EMAIL.sub("<email>", text)
    text = _LONG_NUMBER.sub(lambda m: f"<{len(m.group(0))} digits>", text)
    text = _NON_ASCII.sub("…", text)
    return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE] + "…"


def _shorten(sql: str) -> str:
    sql = " ".join(sql.split())
    return sql if len(sql) <= _MAX_MESSAGE else sql[:_MAX_MESSAGE] + "…"


def _from(error: BaseException, package: str) -> bool:
    return type(error).__module__.split(".")[0] == package


def safe_message(error: BaseException) -> str:
    """What the log may say about ``error``: enough to find the cause, no values."""
    from desk_app.domain.errors import DeskError

    if isinstance(error, DeskError):
        names = ", ".join(sorted(error.params))
        return error.template + (f" [values of: {names}]" if names else "")
    if _from(error, "sqlalchemy") and hasattr(error, "orig"):
        # A StatementError: the driver's error and the SQL text; the parameters never.
        orig = error.orig
        inner = f"({type(orig).__name__}) {safe_message(orig)}" if orig is not None else ""
        statement = getattr(error, "statement", None)
        return inner + (f" [SQL: {_shorten(statement)}]" if statement else "")
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", None)
        return f"{name}: {redact(str(error))}" if name else redact(str(error))
    if _from(error, "psycopg"):
        diag = getattr(error, "diag", None)
        primary = getattr(diag, "message_primary", None)
        if not primary:
            primary = next(iter(str(error).splitlines()), "")
        sqlstate = getattr(error, "sqlstate", None)
        return f"SQLSTATE {sqlstate}: {redact(primary)}" if sqlstate else redact(primary)
    return redact(str(error))


def format_exception_safely(error: BaseException) -> str:
    """The traceback of ``error`` and the exceptions chained to it, as Python prints it,
    with every message replaced by ``safe_message``."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        else:
            current = None if current.__suppress_context__ else current.__context__
    parts: list[str] = []
    ordered = list(reversed(chain))
    for index, exc in enumerate(ordered):
        if index:
            caused = exc.__cause__ is ordered[index - 1]
            parts.append(
                "\nThe above exception was the direct cause of the following exception:\n\n"
                if caused
                else "\nDuring handling of the above exception, another exception occurred:\n\n"
            )
        if exc.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(exc.__traceback__))
        kind = type(exc)
        name = kind.__qualname__
        if kind.__module__ not in ("builtins", "__main__"):
            name = f"{kind.__module__}.{name}"
        parts.append(f"{name}: {safe_message(exc)}\n")
    return "".join(parts).rstrip("\n")


class SafeFormatter(logging.Formatter):
    """Formats tracebacks with ``format_exception_safely``, and exceptions passed as
    arguments by their safe message, whoever logs them."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return format_exception_safely(ei[1])

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple) and any(
            isinstance(arg, BaseException) for arg in record.args
        ):
            record.args = tuple(
                safe_message(arg) if isinstance(arg, BaseException) else arg for arg in record.args
            )
        return super().format(record)


def configure_logging(path: Path | None = None) -> Path | None:
    """Send the program's records to the rotating log file; returns its path.

    Once per process: called again with the same file it does nothing (a new data
    folder, as between tests, moves the file). If the folder cannot be written, the
    program runs without a log rather than not at all, and returns None.
    """
    global _handler, _handler_path
    path = (path or log_file()).resolve()
    if _handler is not None and _handler_path == path:
        return path
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler, _handler_path = None, None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        # Without a file the records are dropped: logging's last resort would print
        # them on stderr, between the lines the CLI owes its user.
        root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    root.addHandler(handler)
    # Ours and the migrations' INFO (which upgrade ran); other libraries' warnings only.
    for name in ("desk_app", "alembic"):
        logging.getLogger(name).setLevel(logging.INFO)
    _handler, _handler_path = handler, path
    return path


def current_log_file() -> Path | None:
    """The file configure_logging chose, for messages that point the user at it."""
    return _handler_path
