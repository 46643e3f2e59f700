"""Starting the GUI: font, language, database, first run, login, main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app import __version__
from desk_app.paths import RESOURCES
from desk_app.ui.fonts import install_app_font
from desk_app.ui.i18n import install_language

STYLE_SHEET = RESOURCES / "style.qss"


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
    except Exception as error:  # a missing driver, a wrong URL, a server that is down
        install_language(app, "auto")
        QMessageBox.critical(
            None,
            app.applicationDisplayName(),
            app.translate("App", "Cannot open the database:\n%1").replace("%1", str(error)),
        )
    return None


def run_gui(db_url: str) -> int:
    app = create_application()
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
