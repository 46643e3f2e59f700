"""`desk-app`: the GUI by default, and headless subcommands over the same services.

A kind of record with commands of its own (print, export, report) keeps their handlers in
a module of this package, e.g. `desk_app/cli/complaints.py`, and registers them here."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from desk_app import __version__
from desk_app.cli import cards, visitors
from desk_app.cli import complaints as complaints_cli
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.logs import configure_logging
from desk_app.paths import resolve_db_url

EXIT_ERROR = 2
CLI = "Cli"  # the translation context of the commands' output

log = logging.getLogger(__name__)


# What ``desk-app export KIND`` exports: its help, and the service whose
# ``export(actor, date_from, date_to, fmt, path)`` writes the file. A new kind of record
# adds its line here.
EXPORTS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "contacts": (
        "the contact log entries of a date range (supervisor; audited)",
        lambda services: services.contacts,
    ),
    "work-orders": (
        "the work orders opened in a date range (supervisor; audited)",
        lambda services: services.work_orders,
    ),
    "visitors": (
        "the visits of a date range (supervisor; audited)",
        lambda services: services.visitors,
    ),
    "card-requests": (
        "the access-card requests taken in a date range (supervisor; audited)",
        lambda services: services.cards,
    ),
    "complaints": (
        "the complaints taken in a date range (supervisor; audited)",
        lambda services: services.complaints,
    ),
}


def _build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: DESK_DB_URL, else a SQLite file in the "
        "user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="desk-app", description="物业前台 front desk", parents=[db_option]
    )
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    # benchmarks/startup.py: log in as USER (DESK_PASSWORD) and print the start's times.
    parser.add_argument("--startup-probe", metavar="USER", default=None, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[db_option], help="create a reproducible demonstration database"
    )
    demo.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    demo.add_argument("--password", default=None, help="password of every demo user")
    demo.add_argument(
        "--rooms",
        type=int,
        default=None,
        metavar="N",
        help="rooms in the demo estate, about three residents each (default 1500)",
    )
    demo.add_argument(
        "--days",
        type=int,
        default=None,
        metavar="N",
        help="days of front-desk activity up to today (default 30)",
    )
    demo.add_argument(
        "--append",
        action="store_true",
        help="add activity to an existing demo database instead of building one",
    )

    importing = commands.add_parser("import", help="import data from a spreadsheet")
    kinds = importing.add_subparsers(dest="kind", metavar="KIND", required=True)
    residents = kinds.add_parser(
        "residents",
        parents=[db_option],
        help="the resident register from an .xlsx or .csv file (UTF-8 or GBK)",
        description="Import rooms and residents. Prints every rejected row with its "
        "reason; exits 0 when every row was taken, 1 when some were rejected.",
    )
    residents.add_argument("file", type=Path, metavar="FILE")
    residents.add_argument(
        "--dry-run", action="store_true", help="only check the file and report; write nothing"
    )
    residents.add_argument(
        "--user", required=True, metavar="NAME", help="who imports (supervisor, manager, admin)"
    )
    residents.add_argument(
        "--community",
        default=None,
        metavar="NAME",
        help="community of rows that do not name one (default: the only one registered)",
    )

    commands.add_parser(
        "check", parents=[db_option], help="check the database and report its schema version"
    )

    printing = commands.add_parser("print", help="print a form to a PDF file")
    forms = printing.add_subparsers(dest="form", metavar="FORM", required=True)
    test_page = forms.add_parser(
        "test-page", parents=[db_option], help="a page to check the printer and the font"
    )
    calibration = forms.add_parser(
        "calibration",
        parents=[db_option],
        help="a page to measure the printer offset (with the offset of the settings)",
    )
    for form in (test_page, calibration):
        form.add_argument(
            "--paper",
            choices=("a4", "continuous"),
            default=None,
            help="A4 or 241 mm continuous forms (default: the setting)",
        )
        form.add_argument("--out", type=Path, required=True, metavar="FILE")
    work_order = forms.add_parser(
        "work-order",
        parents=[db_option],
        help="the three-part slip of a work order (every print is logged)",
    )
    work_order.add_argument("serial", metavar="SERIAL", help="e.g. PG-20261123-0001")
    work_order.add_argument(
        "--paper",
        choices=("a4", "continuous"),
        default=None,
        help="A4 with three parts, or 241 mm continuous forms (default: the setting)",
    )
    work_order.add_argument("--out", type=Path, required=True, metavar="FILE")
    work_order.add_argument("--user", required=True, metavar="NAME", help="who prints")
    work_order.add_argument(
        "--reason", default="", help="why a slip printed before is printed again (补打)"
    )
    register = forms.add_parser(
        "contact-register", parents=[db_option], help="one day of the contact log (来电来访登记表)"
    )
    register.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD")
    register.add_argument("--out", type=Path, required=True, metavar="FILE")
    register.add_argument("--user", required=True, metavar="NAME", help="who prints")
    visitors.add_print_parser(forms, db_option)
    cards.add_print_parser(forms, db_option)
    complaints_cli.add_print(forms, db_option)

    exporting = commands.add_parser("export", help="export records to CSV or Excel")
    tables = exporting.add_subparsers(dest="kind", metavar="KIND", required=True)
    # Both exports take the same range, format and user: one set of options.
    for kind, (what, _service) in EXPORTS.items():
        table = tables.add_parser(kind, parents=[db_option], help=what)
        table.add_argument(
            "--from", dest="date_from", type=_date, required=True, metavar="YYYY-MM-DD"
        )
        table.add_argument("--to", dest="date_to", type=_date, required=True, metavar="YYYY-MM-DD")
        table.add_argument("--format", dest="fmt", choices=("csv", "xlsx"), default="csv")
        table.add_argument("--out", type=Path, required=True, metavar="FILE")
        table.add_argument("--user", required=True, metavar="NAME", help="who exports")

    from desk_app.cli import backups, monthly, reports

    backups.add_commands(commands, db_option)
    kinds_of_report = reports.add_commands(commands, db_option, _date)
    complaints_cli.add_reports(kinds_of_report, db_option)
    monthly.add_commands(commands, db_option)  # after report: it adds its kind there

    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def password_from_env_or_prompt(username: str) -> str:
    password = os.environ.get("DESK_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise SystemExit("desk-app: set DESK_PASSWORD or run in a terminal to enter the password")
    return getpass.getpass(f"Password for {username}: ")


class Say:
    """Prints a command's normal output in the interface language (the database's
    ``ui.language``, Chinese by default), as the window speaks it. Only the words are
    translated: numbers, serials, paths and the [ok]/[FAIL] marks stay as they are."""

    def __init__(self, setting: str):
        from desk_app.ui.i18n import message_catalogue

        self.tr = message_catalogue(setting)

    @classmethod
    def of(cls, services) -> Say:
        return cls(str(services.settings.get("ui.language")))

    def text(self, source: str, context: str = CLI, **params) -> str:
        from desk_app.domain.i18n import Tr

        values = {
            key: self.tr(value.context, value) if isinstance(value, Tr) else value
            for key, value in params.items()
        }
        return self.tr(context, source).format(**values)

    def __call__(self, source: str, **params) -> None:
        print(self.text(source, **params))


def login(services, username: str):
    """Log in as the acting user (``--user``) of a subcommand that touches business
    data, with the same checks and lockout as the GUI."""
    return services.accounts.login(username, password_from_env_or_prompt(username))


def _cmd_demo(args: argparse.Namespace) -> int:
    from desk_app.demo.build import (
        DEFAULT_DAYS,
        DEFAULT_PASSWORD,
        append_demo,
        build_demo,
        check_append_target,
        check_demo_options,
    )
    from desk_app.demo.register import DEFAULT_ROOMS
    from desk_app.services.app import open_services

    rooms = DEFAULT_ROOMS if args.rooms is None else args.rooms
    days = DEFAULT_DAYS if args.days is None else args.days
    password = args.password or DEFAULT_PASSWORD
    url = resolve_db_url(getattr(args, "db", None))
    # Refused options must not leave an empty new database file behind.
    if args.append:
        check_append_target(url)
    else:
        check_demo_options(password=password, rooms=rooms, days=days)
    services = open_services(url)
    try:
        if args.append:
            added, orders = append_demo(
                services, seed=args.seed, password=password, days=max(days, 1)
            )
            Say.of(services)(
                QT_TRANSLATE_NOOP(
                    "Cli", "Added {added} calls and visits and {orders} work orders to {url}"
                ),
                added=added,
                orders=orders,
                url=services.db.display_url,
            )
            return 0
        report = build_demo(services, seed=args.seed, password=password, rooms=rooms, days=days)
        say = Say.of(services)
    finally:
        services.close()
    say(QT_TRANSLATE_NOOP("Cli", "Demo database ready: {url}"), url=services.db.display_url)
    say(QT_TRANSLATE_NOOP("Cli", "Departments: {n}"), n=report.departments)
    say(
        QT_TRANSLATE_NOOP("Cli", "Register: {rooms} rooms, {residents} residents"),
        rooms=report.rooms,
        residents=report.residents,
    )
    say(
        QT_TRANSLATE_NOOP("Cli", "Activity: {contacts} calls and visits over {days} days"),
        contacts=report.contacts,
        days=days,
    )
    say(QT_TRANSLATE_NOOP("Cli", "Work orders: {n}"), n=report.work_orders)
    say(QT_TRANSLATE_NOOP("Cli", "Complaints: {n} over a year"), n=report.complaints)
    say(
        QT_TRANSLATE_NOOP("Cli", "Users: {users} — password: {password}"),
        users=", ".join(report.usernames),
        password=report.password,
    )
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from desk_app.services.integrity import CHECK_CONTEXT, check_database

    # Not open_services: a check must not migrate, create or otherwise touch the file.
    url = resolve_db_url(getattr(args, "db", None))
    results = check_database(url)
    say = Say(_language_setting(url))
    shown = make_url(url).render_as_string(hide_password=True)
    say(QT_TRANSLATE_NOOP("Cli", "Database: {url}"), url=shown)
    for result in results:
        mark = "ok" if result.ok else "FAIL"  # for scripts: never translated
        detail = say.text(result.template, CHECK_CONTEXT, **result.params)
        print(f"[{mark}] {result.name}: {detail}")
    return 0 if all(result.ok for result in results) else 1


def _cmd_print(args: argparse.Namespace) -> int:
    if args.form == "work-order":
        return _print_work_order(args)
    if args.form == "contact-register":
        return _print_contact_register(args)
    if args.form == "visitor-pass":
        return visitors.print_visitor_pass(args)
    if args.form == cards.FORM:
        return cards.print_card_request(args)
    if args.form == "complaint":
        return complaints_cli.print_complaint(args)
    from desk_app.printing.calibration_page import render_calibration_page
    from desk_app.printing.layout import Letterhead
    from desk_app.printing.test_page import render_test_page
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        settings = services.settings.all()
        now = services.ctx.local(services.ctx.now())
    finally:
        services.close()
    paper = args.paper or settings["print.paper"]
    if args.form == "calibration":
        offset = (settings["print.offset_x_mm"], settings["print.offset_y_mm"])
        pdf = render_calibration_page(paper=paper, offset_mm=offset)
    else:
        letterhead = Letterhead(
            settings["center.name"], settings["center.address"], settings["center.phone"]
        )
        pdf = render_test_page(letterhead, now, paper=paper)
    _write_out(args.out, pdf)
    Say(settings["ui.language"])(QT_TRANSLATE_NOOP("Cli", "Written {path}"), path=args.out)
    return 0


def _print_work_order(args: argparse.Namespace) -> int:
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        order = services.work_orders.slips.scan(actor, args.serial).order
        pdf = services.work_orders.slips.print(
            actor, [order.id], paper=args.paper, reason=args.reason
        )
        count = services.work_orders.queries.get(actor, order.id).print_count
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    if count > 1:
        text = QT_TRANSLATE_NOOP("Cli", "Written {path}: {serial}, print {count} (reprint)")
    else:
        text = QT_TRANSLATE_NOOP("Cli", "Written {path}: {serial}, print {count}")
    say(text, path=args.out, serial=order.serial, count=count)
    return 0


def _print_contact_register(args: argparse.Namespace) -> int:
    from desk_app.services.app import open_services

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        pdf = services.contacts.print_register(actor, args.date)
        say = Say.of(services)
    finally:
        services.close()
    _write_out(args.out, pdf)
    say(QT_TRANSLATE_NOOP("Cli", "Written {path}"), path=args.out)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from desk_app.services.app import open_services

    if args.date_to < args.date_from:
        print("desk-app: --to lies before --from", file=sys.stderr)
        return EXIT_ERROR
    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        actor = login(services, args.user)
        service = EXPORTS[args.kind][1](services)
        rows = service.export(actor, args.date_from, args.date_to, args.fmt, args.out)
        say = Say.of(services)
    finally:
        services.close()
    say(QT_TRANSLATE_NOOP("Cli", "Written {path}: {rows} rows"), path=args.out, rows=rows)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from desk_app.services.app import open_services
    from desk_app.services.register.resident_import import RowAction

    services = open_services(resolve_db_url(getattr(args, "db", None)))
    try:
        say = Say.of(services)
        actor = login(services, args.user)
        preview = services.resident_import.preview(actor, args.file, community=args.community)
        several = len(preview.header) > 1  # name sheets only when it tells them apart
        for sheet, row, columns in preview.header:
            if several:
                where = say.text(
                    QT_TRANSLATE_NOOP("Cli", "sheet {sheet}, row {row}"), sheet=sheet, row=row
                )
            else:
                where = say.text(QT_TRANSLATE_NOOP("Cli", "row {row}"), row=row)
            say(
                QT_TRANSLATE_NOOP("Cli", "Header ({where}): {columns}"),
                where=where,
                columns=", ".join(f"{h}={f}" for h, f in columns.items()),
            )
        if args.dry_run:
            problems = preview.problems
            counts = say.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{valid} rows valid: {new} new residents, {update} to update, "
                    "{unchanged} already registered, {rooms} new rooms",
                ),
                valid=len(preview.rows),
                new=preview.count(RowAction.NEW),
                update=preview.count(RowAction.UPDATE),
                unchanged=preview.count(RowAction.UNCHANGED),
                rooms=preview.new_rooms,
            )
        else:
            result = services.resident_import.commit(actor, preview)
            problems = result.problems
            counts = say.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Imported: {new} new residents, {updated} updated, "
                    "{unchanged} already registered, {rooms} new rooms",
                ),
                new=result.residents_created,
                updated=result.residents_updated,
                unchanged=result.unchanged,
                rooms=result.rooms_created,
            )
    finally:
        services.close()
    for problem in problems:
        where = f"{problem.sheet}!{problem.row}" if several else str(problem.row)
        column = f" [{problem.column}]" if problem.column else ""
        message = say.text(problem.template, "Errors", **problem.params)
        say(
            QT_TRANSLATE_NOOP("Cli", "Row {where}{column}: {message}"),
            where=where,
            column=column,
            message=message,
        )
    rejected = len({(p.sheet, p.row) for p in problems})
    say(
        QT_TRANSLATE_NOOP("Cli", "{counts}; {rejected} rows rejected."),
        counts=counts,
        rejected=rejected,
    )
    if args.dry_run:
        say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was written."))
    return 1 if rejected else 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from desk_app.cli.backups import cmd_backup

    return cmd_backup(args)


def _cmd_restore(args: argparse.Namespace) -> int:
    from desk_app.cli.backups import cmd_restore

    return cmd_restore(args)


def _cmd_report(args: argparse.Namespace) -> int:
    from desk_app.cli.reports import cmd_report

    if args.report in complaints_cli.REPORTS:
        return complaints_cli.run_report(args)
    return cmd_report(args)


_COMMANDS = {
    "report": _cmd_report,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "print": _cmd_print,
    "import": _cmd_import,
    "export": _cmd_export,
}


def _write_out(path: Path, pdf: bytes) -> None:
    from desk_app.db import files

    files.refuse_database_file(path)
    path.write_bytes(pdf)


def _refuse_database_paths(args: argparse.Namespace) -> None:
    """Before anything is opened: a file to read or write is never the database's."""
    from desk_app.db import files

    database = files.sqlite_file_of(resolve_db_url(getattr(args, "db", None)))
    for name in ("out", "file"):
        path = getattr(args, name, None)
        if isinstance(path, Path):
            files.refuse_database_file(path, database)


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    configure_logging()
    if args.command is None:
        from desk_app.ui.app import StartupProbe, run_gui

        probe = StartupProbe(args.startup_probe) if args.startup_probe else None
        return run_gui(resolve_db_url(getattr(args, "db", None)), probe)
    try:
        _refuse_database_paths(args)
        # A subcommand of a module of its own names its handler (set_defaults).
        return (getattr(args, "handler", None) or _COMMANDS[args.command])(args)
    except Exception as error:  # noqa: BLE001 - every failure ends as one line, never a traceback
        return _report_failure(args, error)


def _report_failure(args: argparse.Namespace, error: Exception) -> int:
    """One line on stderr in the interface language; an unforeseen error's traceback
    goes to the log file instead."""
    from desk_app.db.failures import user_failure
    from desk_app.domain.errors import (
        DatabaseDamaged,
        DatabaseFailure,
        DatabaseUnavailable,
        UnexpectedFailure,
    )
    from desk_app.logs import current_log_file, format_exception_safely, safe_message
    from desk_app.paths import log_file

    failure = user_failure(error, getattr(args, "out", None))
    if failure is None:
        log.error("desk-app %s failed\n%s", args.command, format_exception_safely(error))
        failure = UnexpectedFailure(log=str(current_log_file() or log_file()))
    elif not isinstance(failure, DatabaseFailure):  # the database layer logged its own
        log.warning("desk-app %s: %s", args.command, safe_message(failure))
    # Asking a database that cannot be reached for its language could hang until the
    # network gives up: those messages come in the default language.
    if isinstance(failure, DatabaseUnavailable | DatabaseDamaged):
        setting = "auto"
    else:
        setting = _language_setting(resolve_db_url(getattr(args, "db", None)))
    message = " ".join(_in_interface_language(failure, setting).split())
    print(f"desk-app: {message}", file=sys.stderr)
    return EXIT_ERROR


def _language_setting(url: str) -> str:
    """The ``ui.language`` of the database, read without changing anything; "auto"
    (Chinese unless the PC says otherwise) when the database cannot tell."""
    from sqlalchemy.orm import Session

    from desk_app.db.engine import Database
    from desk_app.services.settings import setting_value

    try:
        db = Database(url, read_only=True)
        try:
            # A plain session: a failure here is no news for the log.
            with Session(db.engine) as session:
                return str(setting_value(session, "ui.language"))
        finally:
            db.dispose()
    except Exception:  # noqa: BLE001 - no settings to read: the default
        return "auto"


def _in_interface_language(error, setting: str) -> str:
    from desk_app.ui.i18n import error_text, message_catalogue

    return error_text(error, message_catalogue(setting))
