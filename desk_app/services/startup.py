"""What the first dialog needs before the database is open, read in milliseconds.

Opening the database the proper way (SQLAlchemy, the models, the services) costs
about a second of imports. The window shows its first dialog before that, in the
right language, with the service center's name, and knows whether the site is new;
for a SQLite file the standard library's ``sqlite3`` reads that, read-only, without
creating anything. Anything it cannot tell (another database, an old or damaged
file) stays unknown and the dialog learns it once the services are open.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


@dataclass(frozen=True)
class StartHint:
    language: str | None = None  # the ui.language setting; None: not known yet
    center_name: str | None = None
    first_run: bool | None = None  # no user yet; None: not known yet


def sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite URL (no query, not in memory), else None."""
    for prefix in _SQLITE_PREFIXES:
        if url.startswith(prefix) and "?" not in url:
            path = url[len(prefix) :]
            return Path(path) if path and path != ":memory:" else None
    return None


def peek(url: str) -> StartHint:
    path = sqlite_file(url)
    if path is None:
        return StartHint()
    if not path.exists():
        return StartHint(first_run=True)  # opening it makes a new database
    uri = f"file:{quote(path.resolve().as_posix())}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=0.2)) as connection:
            users = connection.execute("SELECT count(*) FROM users").fetchone()[0]
            rows = connection.execute(
                "SELECT key, value FROM settings WHERE key IN ('ui.language', 'center.name')"
            ).fetchall()
    except (sqlite3.Error, OSError):
        return StartHint()  # an old, damaged, busy or foreign file: the services will tell
    values = {}
    for key, value in rows:
        try:
            values[key] = json.loads(value)
        except (TypeError, ValueError):
            continue
    language, center = values.get("ui.language"), values.get("center.name")
    return StartHint(
        language=language if isinstance(language, str) else "auto",
        center_name=center if isinstance(center, str) else None,
        first_run=users == 0,
    )
