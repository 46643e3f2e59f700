"""`desk-app print complaint`, `desk-app report complaints-monthly|complaints-quarterly`:
the complaint papers from the command line, with the same services and role checks as
the window. (`desk-app export complaints` is a line of ``EXPORTS``.)"""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.paths import resolve_db_url

REPORTS = ("complaints-monthly", "complaints-quarterly")


def add_print(forms, db_option: argparse.ArgumentParser) -> None:
    form = forms.add_parser(
        "complaint",
        parents=[db_option],
        help="the event report of a complaint (住户投诉事件报告; every print is logged)",
    )
    form.add_argument("serial", metavar="SERIAL", help="e.g. TS-20261123-0001")
    form.add_argument("--out", type=Path, required=True, metavar="FILE")
    form.add_argument("--user", required=True, metavar="NAME", help="who prints")


def add_reports(reports, db_option: argparse.ArgumentParser) -> None:
    monthly = reports.add_parser(
        "complaints-monthly",
        parents=[db_option],
        help="the monthly complaint statistics (客户月投诉统计表)",
    )
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    quarterly = reports.add_parser(
        "complaints-quarterly",
        parents=[db_option],
        help="the quarterly complaint analysis (用户投诉分析报告)",
    )
    quarterly.add_argument("--quarter", required=True, metavar="YYYY-Qn")
    for parser in (monthly, quarterly):
        parser.add_argument("--out", type=Path, required=True, metavar="FILE")
        parser.add_argument("--user", required=True, metavar="NAME", help="who prints")


def print_complaint(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, _write_out, login
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        complaint = services.complaints.queries.by_serial(actor, args.serial)
        pdf = services.complaints.papers.print_report(actor, complaint.id)
        count = services.complaints.queries.get(actor, complaint.id).print_count
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    if count > 1:
        text = QT_TRANSLATE_NOOP("Cli", "Written {path}: {serial}, print {count} (reprint)")
    else:
        text = QT_TRANSLATE_NOOP("Cli", "Written {path}: {serial}, print {count}")
    say(text, path=args.out, serial=complaint.serial, count=count)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, _write_out, login
    from desk_app.services.app import open_services
    from desk_app.services.complaints.statistics import Month, Quarter

    # A malformed period is refused before the database is opened.
    period = Month.parse(args.month) if args.report == REPORTS[0] else Quarter.parse(args.quarter)
    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        papers = services.complaints.papers
        pdf = (
            papers.monthly_pdf(actor, period)
            if isinstance(period, Month)
            else (papers.quarterly_pdf(actor, period))
        )
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    say(QT_TRANSLATE_NOOP("Cli", "Written {path}"), path=args.out)
    return 0
