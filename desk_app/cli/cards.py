"""`desk-app print card-request SERIAL`: the application form (or, with --receipt,
the fee receipt) of a card request, as the window prints it; every print logged."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.paths import resolve_db_url

FORM = "card-request"


def add_print_parser(forms: argparse._SubParsersAction, db_option: argparse.ArgumentParser) -> None:
    form = forms.add_parser(
        FORM,
        parents=[db_option],
        help="the IC card application form of a card request (every print is logged)",
    )
    form.add_argument("serial", metavar="SERIAL", help="e.g. KB-20261123-0001")
    form.add_argument("--out", type=Path, required=True, metavar="FILE")
    form.add_argument("--user", required=True, metavar="NAME", help="who prints")
    form.add_argument("--receipt", action="store_true", help="the fee receipt instead of the form")


def print_card_request(args: argparse.Namespace) -> int:
    from desk_app.cli import Say, _write_out, login
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        request = services.cards.requests.by_serial(actor, args.serial)
        papers = services.cards.papers
        pdf = (papers.receipt if args.receipt else papers.form)(actor, request.id)
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    say(
        QT_TRANSLATE_NOOP("Cli", "Written {path}: {serial}"),
        path=args.out,
        serial=request.serial,
    )
    return 0
