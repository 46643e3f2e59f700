"""Starting the GUI: font, language, database, first run, login, main window."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app import __version__
from desk_app.logs import configure_logging, current_log_file, format_exception_safely
from desk_app.paths import RESOURCES, log_file
from desk_app.ui.fonts import install_app_font
from desk_app.ui.i18n import install_language

STYLE_SHEET = RESOURCES / "style.qss"
LANGUAGE_KEY = "ui/language"
# Imported behind the first dialog, never before it (StartupProbe reports them).
HEAVY_MODULES = ("sqlalchemy", "alembic", "reportlab", "argon2")

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """``sys.excepthook`` of the window: what escaped a handler (PySide6 hands slot
    exceptions here too) is logged with its traceback and shown in one calm dialog.

    A failure the user can act on (a locked or lost database escaping a handler that
    does not catch it) says so in its own words; anything else says that nothing
    saved was lost and where the log is. Errors while the dialog is open, or the same
    one again right after it was closed (a repaint that keeps failing), only count:
    one dialog, never a storm. Nothing on screen is cleared: the user's typing stays.
    """

    REPEAT_WINDOW_S = 2.0

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self.repeats = 0
        self._last_text = ""
        self._closed_at = float("-inf")

    def __call__(self, kind, error, traceback) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        try:
            self.report(error)
        except Exception:  # noqa: BLE001 - the hook itself must never fail
            sys.__excepthook__(kind, error, traceback)

    def report(self, error: BaseException) -> None:
        from desk_app.db.failures import user_failure
        from desk_app.domain.errors import UnexpectedFailure
        from desk_app.ui.i18n import error_text

        failure = user_failure(error)
        if failure is None:
            log.error("Unexpected error\n%s", format_exception_safely(error))
            failure = UnexpectedFailure(log=str(current_log_file() or log_file()))
        self.show(error_text(failure))

    def show(self, text: str) -> None:
        if self.dialog is not None:
            self.repeats += 1
            self.dialog.setInformativeText(
                self.tr("The same or another error happened %n more time(s).", "", self.repeats)
            )
            return
        just_closed = time.monotonic() - self._closed_at < self.REPEAT_WINDOW_S
        if text == self._last_text and just_closed:
            return
        self._last_text, self.repeats = text, 0
        app = QApplication.instance()
        title = app.applicationDisplayName() if app is not None else ""
        dialog = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()  # not exec(): no nested event loop inside the failing handler

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._closed_at = time.monotonic()


def install_error_reporter(app: QApplication) -> ErrorReporter:
    """Once, at start-up: every error that escapes a handler reaches the user and the log."""
    reporter = ErrorReporter(app)
    sys.excepthook = reporter
    return reporter


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    # Organisation and application name: QSettings (window geometry, the last
    # language) live in the user's config folder, e.g. ~/.config/desk_app/desk_app.conf.
    app.setOrganizationName("desk_app")
    app.setApplicationName("desk_app")
    app.setApplicationDisplayName("物业前台")
    app.setApplicationVersion(__version__)
    install_app_font(app)
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    return app


def report_open_failure(app: QApplication, error: BaseException) -> None:
    """Why the database could not be opened, in a message box."""
    from desk_app.domain.errors import DeskError
    from desk_app.ui.i18n import error_text

    install_language(app, "auto")
    if isinstance(error, DeskError):
        text = error_text(error)
    else:  # a missing driver, a wrong URL
        log.error("Cannot open the database\n%s", format_exception_safely(error))
        text = app.translate("App", "Cannot open the database:\n%1").replace("%1", str(error))
    QMessageBox.critical(None, app.applicationDisplayName(), text)


def open_database(app: QApplication, db_url: str):
    """Open and migrate the database; on failure explain why and return None."""
    from desk_app.services.app import open_services

    try:
        return open_services(db_url)
    except Exception as error:  # noqa: BLE001 - every failure is explained
        report_open_failure(app, error)
    return None


def _remembered_language() -> str:
    """The language of the last start on this PC: the login's language while a
    database that is not a local file is still opening."""
    return str(QSettings().value(LANGUAGE_KEY, "auto"))


def _use_language(app: QApplication, setting: str) -> None:
    install_language(app, setting)
    QSettings().setValue(LANGUAGE_KEY, setting)


class StartupProbe:
    """``desk-app --startup-probe USER`` (hidden; benchmarks/startup.py): prints when
    the first dialog is on screen and when the database is open, logs in as USER with
    DESK_PASSWORD once the worker is done (a clerk types for longer), prints when the
    main window is on screen, and quits. Times are ``time.monotonic()`` seconds, one
    clock for every process of the machine, so the caller can subtract its launch."""

    def __init__(self, username: str):
        self.username = username

    @staticmethod
    def note(event: str) -> None:
        print(f"probe {event} {time.monotonic():.6f}", flush=True)

    def shown(self, widget: str, dialog: QDialog) -> None:
        def on_screen() -> None:
            self.note(f"{widget}_shown")
            # What the dialog had to wait for: nothing of the database or the printing.
            loaded = sorted(name for name in HEAVY_MODULES if name in sys.modules)
            print(f"probe loaded_at_{widget} {','.join(loaded) or 'none'}", flush=True)
            if widget == "first_run":
                dialog.reject()  # the probe does not set up a site

        QTimer.singleShot(0, on_screen)

    def log_in(self, login, opening) -> None:
        def ready(_services) -> None:
            self.note("services_ready")
            opening.settle()
            self.note("worker_done")
            login.ui.username.setText(self.username)
            login.ui.password.setText(os.environ.get("DESK_PASSWORD", ""))
            self.note("accept")
            login.accept()

        opening.when_ready(lambda services: QTimer.singleShot(0, lambda: ready(services)))

    def window_shown(self, app: QApplication) -> None:
        def done() -> None:
            self.note("main_shown")
            app.quit()

        QTimer.singleShot(0, done)


# Returned by the login when the database turns out to have no user yet.
NEW_SITE = 2


def run_gui(db_url: str, probe: StartupProbe | None = None) -> int:
    """The first dialog is on screen with only Qt loaded; the database opens behind
    it (``DatabaseOpening``) while the clerk types."""
    from desk_app.services.startup import peek
    from desk_app.ui.login import FirstRunDialog
    from desk_app.ui.opening import DatabaseOpening

    configure_logging()
    app = create_application()
    install_error_reporter(app)
    hint = peek(db_url)
    install_language(app, hint.language or _remembered_language())
    opening = DatabaseOpening(db_url, parent=app)
    current: list[QDialog] = []

    def failed() -> None:
        if opening.error is not None and current:
            current[-1].reject()

    opening.finished.connect(failed)

    def run(dialog: QDialog) -> int:
        current.append(dialog)
        dialog.show()
        if probe is not None:
            probe.shown("first_run" if isinstance(dialog, FirstRunDialog) else "login", dialog)
        # After the dialog is on screen: the worker's imports would only slow its first paint.
        QTimer.singleShot(0, opening.start)
        try:
            return dialog.exec()
        finally:
            current.remove(dialog)

    try:
        return _start(app, opening, hint, run, probe)
    finally:
        if opening.ready and opening.error is None:
            opening.services().close()


def _start(app: QApplication, opening, hint, run, probe: StartupProbe | None) -> int:
    """First run if the site is new, login, then the main window until it closes."""
    from desk_app.ui.login import FirstRunDialog, LoginDialog

    username = ""
    first_run = hint.first_run is True
    while True:
        if first_run:
            setup = FirstRunDialog(opening)
            accepted = run(setup) == QDialog.DialogCode.Accepted
            if opening.error is not None:
                report_open_failure(app, opening.error)
                return 1
            if not accepted:
                return 0
            _use_language(app, opening.services().settings.get("ui.language"))
            username = setup.actor.username
        login = LoginDialog(opening, username=username, hint=None if first_run else hint)
        if not first_run:
            opening.when_ready(
                lambda services, login=login: (
                    services.accounts.needs_first_run() and login.done(NEW_SITE)
                )
            )
        if probe is not None:
            probe.log_in(login, opening)
        result = run(login)
        if opening.error is not None:
            report_open_failure(app, opening.error)
            return 1
        if result == NEW_SITE:
            first_run = True
            continue
        if result != QDialog.DialogCode.Accepted:
            return 0
        break
    services = opening.services()
    opening.settle()
    services.db.watch_other_desks()  # the lists follow what the other desks write too
    _use_language(app, services.settings.get("ui.language"))
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(services, login.actor)
    window.show_as_remembered()
    from desk_app.ui.home.daily_backup import start_daily_backup

    start_daily_backup(services)  # the first start of the day backs the database up
    if probe is not None:
        probe.window_shown(app)
    return app.exec()
