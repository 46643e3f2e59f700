"""`desk-app report monthly` and `desk-app archive month`: the monthly overview as a
PDF, and closing a month into the archive folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.paths import resolve_db_url


def _kinds(commands: argparse._SubParsersAction, name: str, help: str, dest: str):
    """The sub-commands of ``desk-app NAME``, made if no other module made them yet
    (``report`` is shared with the daily summary)."""
    parser = commands.choices.get(name)
    if parser is None:
        parser = commands.add_parser(name, help=help)
        return parser.add_subparsers(dest=dest, metavar=dest.upper(), required=True)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(commands: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    reports = _kinds(commands, "report", "print a report to a PDF file", "report")
    monthly = reports.add_parser(
        "monthly",
        parents=[db_option],
        help="the monthly overview, beside the month before (supervisor, manager)",
    )
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", type=Path, required=True, metavar="FILE")
    monthly.add_argument("--user", required=True, metavar="NAME", help="who prints")
    monthly.set_defaults(handler=report_monthly)

    archives = _kinds(commands, "archive", "the month's papers in the archive folder", "what")
    month = archives.add_parser(
        "month",
        parents=[db_option],
        help="close a month: its registers and overview into the archive folder (supervisor)",
    )
    month.add_argument("--month", required=True, metavar="YYYY-MM")
    month.add_argument("--user", required=True, metavar="NAME", help="who closes the month")
    month.set_defaults(handler=archive_month)


def report_monthly(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, _write_out, login
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        pdf = services.monthly.print(actor, args.month)
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    say(QT_TRANSLATE_NOOP("Cli", "Written {path}"), path=args.out)
    return 0


def archive_month(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, login
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        bundle = services.archive.close_month(actor, args.month)
        say = Say.of(services)
    finally:
        services.close()
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "Month {month} closed, version {version}: {files} files in {path}"
        ),
        month=bundle.month,
        version=bundle.version,
        files=len(bundle.files),
        path=bundle.folder,
    )
    for day in bundle.unsigned_days:
        say(QT_TRANSLATE_NOOP("Cli", "Not signed by a supervisor: {day}"), day=day.isoformat())
    return 0
