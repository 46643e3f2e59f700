"""Fail any test in which Python code opens a file of a database the process has open.

Opening and closing such a file (a copy, a read of its header, an export over it)
drops SQLite's POSIX locks on it; see ``desk_app.db.files``. SQLite's own opens do
not pass through Python and are not seen here.
"""

from __future__ import annotations

import os
import sys

from desk_app.db import files


def _refuse_database_files(event: str, args: tuple) -> None:
    if event != "open":
        return
    databases = files.open_databases()
    if not databases:
        return
    path = args[0]
    if isinstance(path, int) or path is None:
        return
    name = os.path.basename(os.fsdecode(path))
    # cheap test first: every open of the test run passes here, imports included
    if not any(name.startswith(os.path.basename(db)) for db in databases):
        return
    if files.is_open_database_file(path):
        raise PermissionError(
            f"{path} is a file of an open SQLite database: only SQLite may open it, "
            "or its POSIX locks are lost (desk_app/db/files.py)"
        )


def install() -> None:
    sys.addaudithook(_refuse_database_files)
