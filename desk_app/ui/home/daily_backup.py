"""The day's backup, taken on the first start of the day behind the open window.

It runs on a thread of its own: the copy goes in steps through SQLite and never holds
the clerk up (benchmarks/backup_blocking.py). When it is done the change feed says
"backup" and the workbench drops its warning.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from desk_app.logs import format_exception_safely

if TYPE_CHECKING:
    from desk_app.services.app import Services

log = logging.getLogger(__name__)


def take_daily_backup(services: Services) -> None:
    if not services.db.is_sqlite:
        return  # a server's database is dumped on the server's schedule (README)
    try:
        report = services.backups.daily()
    except Exception as error:  # noqa: BLE001 - a failed backup must not end the program
        # The workbench keeps warning until a backup succeeds; the log says why.
        log.error("daily backup failed\n%s", format_exception_safely(error))
        return
    if report is not None:
        log.info("daily backup written (%d bytes)", report.file.size)


def start_daily_backup(services: Services) -> threading.Thread:
    # Not a daemon: closing the window during the copy lets it finish rather than
    # leave a file cut short.
    thread = threading.Thread(target=take_daily_backup, args=(services,), name="daily-backup")
    thread.start()
    return thread
