"""Starting the GUI: font, language, database, first run, login, main window."""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app import __version__
from desk_app.logs import configure_logging, current_log_file, format_exception_safely
from desk_app.paths import RESOURCES, log_file
from desk_app.ui.fonts import install_app_font
from desk_app.ui.i18n import install_language

STYLE_SHEET = RESOURCES / "style.qss"

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
    app.setApplicationName("desk_app")
    app.setApplicationDisplayName("物业前台")
    app.setApplicationVersion(__version__)
    install_app_font(app)
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    return app


def open_database(app: QApplication, db_url: str):
    """Open and migrate the database; on failure explain why and return None."""
    # Imported here so the window system is up before SQLAlchemy's import cost.
    from desk_app.domain.errors import DeskError
    from desk_app.services.app import open_services
    from desk_app.ui.i18n import error_text

    try:
        return open_services(db_url)
    except DeskError as error:
        install_language(app, "auto")
        QMessageBox.critical(None, app.applicationDisplayName(), error_text(error))
    except Exception as error:  # a missing driver, a wrong URL
        log.error("Cannot open the database\n%s", format_exception_safely(error))
        install_language(app, "auto")
        QMessageBox.critical(
            None,
            app.applicationDisplayName(),
            app.translate("App", "Cannot open the database:\n%1").replace("%1", str(error)),
        )
    return None


def run_gui(db_url: str) -> int:
    configure_logging()
    app = create_application()
    install_error_reporter(app)
    services = open_database(app, db_url)
    if services is None:
        return 1
    install_language(app, services.settings.get("ui.language"))

    from desk_app.ui.login import FirstRunDialog, LoginDialog
    from desk_app.ui.main_window import MainWindow

    username = ""
    if services.accounts.needs_first_run():
        setup = FirstRunDialog(services)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return 0
        install_language(app, services.settings.get("ui.language"))
        username = setup.actor.username
    login = LoginDialog(services, username=username)
    if login.exec() != QDialog.DialogCode.Accepted:
        return 0
    window = MainWindow(services, login.actor)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
