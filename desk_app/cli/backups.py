"""`desk-app backup [--out FILE]` and `desk-app restore FILE [--user NAME]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.paths import resolve_db_url


def add_commands(commands, db_option: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[db_option],
        help="back up the database now (SQLite backup API; pg_dump for PostgreSQL)",
    )
    backup.add_argument(
        "--out", type=Path, default=None, metavar="FILE", help="default: the backups folder"
    )
    restore = commands.add_parser(
        "restore",
        parents=[db_option],
        help="replace the database with a backup, after checking it (keeps a copy)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--user",
        default=None,
        metavar="NAME",
        help="an administrator of the database replaced (not needed when there is none)",
    )


def cmd_backup(args: argparse.Namespace) -> int:
    from desk_app.cli import Say
    from desk_app.services.app import open_services
    from desk_app.ui.i18n import error_text

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        report = services.backups.backup(args.out)
        say = Say.of(services)
    finally:
        services.close()
    say(
        QT_TRANSLATE_NOOP("Cli", "Backup written: {path} ({size} MB)"),
        path=report.file.path,
        size=f"{report.file.size / 1e6:.1f}",
    )
    if report.second_copy is not None:
        say(QT_TRANSLATE_NOOP("Cli", "Copied to {path}"), path=report.second_copy)
    if report.second_problem is not None:
        print(error_text(report.second_problem, say.tr))
    for removed in report.removed:
        say(QT_TRANSLATE_NOOP("Cli", "Older backup removed: {path}"), path=removed)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, login
    from desk_app.db import files
    from desk_app.domain.errors import ValidationError
    from desk_app.services.app import open_services
    from desk_app.services.integrity import sqlite_integrity

    url = resolve_db_url(getattr(args, "db", None))
    live = files.sqlite_file_of(url)
    existed = live is not None and live.is_file()
    if existed:
        from desk_app.db.engine import Database

        probe = Database(url, read_only=True)
        try:
            whole = sqlite_integrity(probe).ok
        finally:
            probe.dispose()
        if not whole:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database {path} is damaged, so nobody can log in to it: move it "
                    "to another folder (keep it) and run the restore again.",
                ),
                path=str(live),
            )
        if args.user is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Restoring replaces the database {path}: name one of its "
                    "administrators with --user.",
                ),
                path=str(live),
            )
    services = open_services(url)
    try:
        actor = login(services, args.user) if existed else None
        report = services.backups.restore(actor, args.file)
        say = Say.of(services)
    finally:
        services.close()
    say(QT_TRANSLATE_NOOP("Cli", "Restored from {path}"), path=report.restored_from)
    if report.kept_copy is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "The database as it was is kept in {path}"),
            path=report.kept_copy,
        )
    return 0
