"""`desk-app report daily --date YYYY-MM-DD --out FILE --user NAME` (日报 / 交接班表).

Further reports (the monthly overview) add their subcommand to ``REPORTS`` here."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.paths import resolve_db_url


def add_commands(commands, db_option: argparse.ArgumentParser, date_type):
    """Adds ``report`` and its ``daily``; returns the kinds of report, for the other
    kinds' own reports (complaints-monthly ...)."""
    report = commands.add_parser("report", help="print a report to a PDF file")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    daily = kinds.add_parser(
        "daily",
        parents=[db_option],
        help="the daily summary for the supervisor to sign (日报 / 交接班表, A4)",
    )
    daily.add_argument("--date", type=date_type, required=True, metavar="YYYY-MM-DD")
    daily.add_argument("--out", type=Path, required=True, metavar="FILE")
    daily.add_argument("--user", required=True, metavar="NAME", help="who prints")
    return kinds


def cmd_report(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, _write_out, login
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        pdf = services.daily.pdf(actor, args.date)
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    say(QT_TRANSLATE_NOOP("Cli", "Written {path}"), path=args.out)
    return 0
