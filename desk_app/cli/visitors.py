"""`desk-app print visitor-pass SERIAL --out FILE --user NAME`: the pass of a visit
(every print audited; a second one says 补打). The export is `desk-app export visitors`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.paths import resolve_db_url

# desk_app.domain.visitors.PASS_PAPERS, spelled out: the parser is built before the
# window starts, which must not wait for SQLAlchemy (tests/ui/test_startup.py).
PASS_PAPERS = ("a6", "receipt80")


def add_print_parser(forms, db_option: argparse.ArgumentParser) -> None:
    visitor_pass = forms.add_parser(
        "visitor-pass", parents=[db_option], help="the pass of a visit (every print is logged)"
    )
    visitor_pass.add_argument("serial", metavar="SERIAL", help="e.g. FK-20261123-0001")
    visitor_pass.add_argument(
        "--paper",
        choices=PASS_PAPERS,
        default=None,
        help="A6 or an 80 mm receipt roll (default: the setting)",
    )
    visitor_pass.add_argument("--out", type=Path, required=True, metavar="FILE")
    visitor_pass.add_argument("--user", required=True, metavar="NAME", help="who prints")


def print_visitor_pass(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, _write_out, login
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        visit = services.visitors.visits.find(actor, args.serial)
        pdf = services.visitors.passes.print(actor, visit.id, paper=args.paper)
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    say(QT_TRANSLATE_NOOP("Cli", "Written {path}: {serial}"), path=args.out, serial=visit.serial)
    return 0
