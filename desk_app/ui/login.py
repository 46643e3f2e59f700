"""First-run setup, the login dialog and the first login's own password.

Both dialogs can be on screen before the database is open (``DatabaseOpening``):
they import nothing of SQLAlchemy's, fill in what the database says once it is open,
and wait for it only when the user presses Enter first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.ui.i18n import CHINESE, ENGLISH
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.opening import DatabaseOpening

if TYPE_CHECKING:
    from desk_app.services.app import Services
    from desk_app.services.context import Actor
    from desk_app.services.startup import StartHint

# What the first run asks about the service center: its settings, by field.
_CENTER_FIELDS = {
    "center.name": "centerName",
    "center.address": "centerAddress",
    "center.phone": "centerPhone",
    "center.supervision_phone": "supervisionPhone",
}
DEFAULT_CENTER_NAME = "物业服务中心"  # the setting's default, known before the database is


def _feedback():
    # Imported on first use: it brings in the database layer, which the dialogs must
    # not wait for before they are on screen.
    from desk_app.ui.kit import feedback

    return feedback


class FirstRunDialog(FormBacked, QDialog):
    """Names the service center of a new database and creates its administrator."""

    FORM = "first_run.ui"
    WIDGETS = {
        "centerName": QLineEdit,
        "centerAddress": QLineEdit,
        "centerPhone": QLineEdit,
        "supervisionPhone": QLineEdit,
        "username": QLineEdit,
        "displayName": QLineEdit,
        "password": QLineEdit,
        "repeatPassword": QLineEdit,
        "language": QComboBox,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(self, services: Services | DatabaseOpening, parent: QWidget | None = None):
        super().__init__(parent)
        self.opening = DatabaseOpening.of(services)
        self.actor: Actor | None = None
        ui = self.setup_form()
        ui.centerName.setText(DEFAULT_CENTER_NAME)
        ui.language.addItem("简体中文", CHINESE)
        ui.language.addItem("English", ENGLISH)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.displayName.setFocus()

    @property
    def services(self) -> Services:
        return self.opening.services()

    def center_values(self) -> dict[str, str]:
        return {key: getattr(self.ui, name).text() for key, name in _CENTER_FIELDS.items()}

    def accept(self) -> None:
        feedback = _feedback()
        ui = self.ui
        fields = {"username": ui.username, "display_name": ui.displayName, "password": ui.password}
        fields |= {key: getattr(ui, name) for key, name in _CENTER_FIELDS.items()}
        if ui.password.text() != ui.repeatPassword.text():
            ui.errorLabel.setStyleSheet(feedback.ERROR_STYLE)
            ui.errorLabel.setText(self.tr("The two passwords differ."))
            ui.repeatPassword.setFocus()
            ui.repeatPassword.selectAll()
            return
        settings = self.center_values() | {"ui.language": ui.language.currentData()}
        services = self.opening.wait()
        if services is None:  # the database did not open: the start-up says why
            self.reject()
            return
        try:
            # Checked before the account exists: a mistyped phone leaves no half-made site.
            services.settings.check(settings)
            actor = services.accounts.create_first_admin(
                ui.username.text(), ui.displayName.text(), ui.password.text()
            )
            services.settings.update(actor, settings)
        except DeskError as error:
            feedback.show_error(ui.errorLabel, error, fields)
            return
        self.actor = actor
        super().accept()


class LoginDialog(FormBacked, QDialog):
    FORM = "login.ui"
    WIDGETS = {
        "centerName": QLabel,
        "username": QLineEdit,
        "password": QLineEdit,
        "errorLabel": QLabel,
        "databaseLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(
        self,
        services: Services | DatabaseOpening,
        parent: QWidget | None = None,
        username: str = "",
        hint: StartHint | None = None,
    ):
        super().__init__(parent)
        self.opening = DatabaseOpening.of(services)
        self.actor: Actor | None = None
        ui = self.setup_form()
        font = ui.centerName.font()
        font.setPointSize(font.pointSize() + 4)
        ui.centerName.setFont(font)
        ui.centerName.setText((hint.center_name if hint is not None else None) or "")
        ui.databaseLabel.setStyleSheet("color: #666;")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.username.setText(username)
        (ui.password if username else ui.username).setFocus()
        self.opening.when_ready(self._show_database)

    @property
    def services(self) -> Services:
        return self.opening.services()

    def _show_database(self, services: Services) -> None:
        self.ui.centerName.setText(services.settings.get("center.name"))
        self.ui.databaseLabel.setText(
            self.tr("Database: %1").replace("%1", services.db.display_url)
        )

    def accept(self) -> None:
        feedback = _feedback()
        ui = self.ui
        services = self.opening.wait()
        if services is None:  # the database did not open: the start-up says why
            self.reject()
            return
        try:
            actor = services.accounts.login(ui.username.text(), ui.password.text())
            must_change = services.accounts.must_change_password(actor)
        except DeskError as error:
            feedback.show_error(ui.errorLabel, error)
            ui.password.clear()  # a password is never kept, unlike other typing
            ui.password.setFocus()
            return
        if must_change:
            change = PasswordChangeDialog(services, actor, ui.password.text(), self)
            if change.exec() != QDialog.DialogCode.Accepted:
                feedback.show_error_text(
                    ui.errorLabel, self.tr("Choose your own password to start.")
                )
                ui.password.clear()
                ui.password.setFocus()
                return
        self.actor = actor
        super().accept()


class PasswordChangeDialog(FormBacked, QDialog):
    """The first login of a user whose password the administrator gave (a new
    account, a reset): they choose their own before the window opens."""

    FORM = "password_change.ui"
    WIDGETS = {
        "newPassword": QLineEdit,
        "repeatPassword": QLineEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(self, services: Services, actor: Actor, given: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor, self._given = services, actor, given
        ui = self.setup_form()
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.newPassword.setFocus()

    def accept(self) -> None:
        feedback = _feedback()
        ui = self.ui
        if ui.newPassword.text() != ui.repeatPassword.text():
            feedback.show_error_text(ui.errorLabel, self.tr("The two passwords differ."))
            ui.repeatPassword.setFocus()
            ui.repeatPassword.selectAll()
            return
        try:
            self.services.accounts.change_own_password(
                self.actor, self._given, ui.newPassword.text()
            )
        except DeskError as error:
            feedback.show_error(ui.errorLabel, error, {"password": ui.newPassword})
            return
        super().accept()
