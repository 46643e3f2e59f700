"""First-run administrator setup and the login dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.ui.i18n import CHINESE, ENGLISH
from desk_app.ui.kit import feedback
from desk_app.ui.kit.forms import FormBacked


class FirstRunDialog(FormBacked, QDialog):
    """Creates the administrator of a new database and names the service center."""

    FORM = "first_run.ui"
    WIDGETS = {
        "centerName": QLineEdit,
        "username": QLineEdit,
        "displayName": QLineEdit,
        "password": QLineEdit,
        "repeatPassword": QLineEdit,
        "language": QComboBox,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        ui = self.setup_form()
        ui.centerName.setText(services.settings.get("center.name"))
        ui.language.addItem("简体中文", CHINESE)
        ui.language.addItem("English", ENGLISH)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.displayName.setFocus()

    def accept(self) -> None:
        ui = self.ui
        fields = {"username": ui.username, "display_name": ui.displayName, "password": ui.password}
        if ui.password.text() != ui.repeatPassword.text():
            ui.errorLabel.setStyleSheet(feedback.ERROR_STYLE)
            ui.errorLabel.setText(self.tr("The two passwords differ."))
            ui.repeatPassword.setFocus()
            ui.repeatPassword.selectAll()
            return
        try:
            actor = self.services.accounts.create_first_admin(
                ui.username.text(), ui.displayName.text(), ui.password.text()
            )
            self.services.settings.update(
                actor,
                {"center.name": ui.centerName.text(), "ui.language": ui.language.currentData()},
            )
        except DeskError as error:
            feedback.show_error(ui.errorLabel, error, fields | {"center.name": ui.centerName})
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

    def __init__(self, services: Services, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        ui = self.setup_form()
        font = ui.centerName.font()
        font.setPointSize(font.pointSize() + 4)
        ui.centerName.setFont(font)
        ui.centerName.setText(services.settings.get("center.name"))
        ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", services.db.display_url))
        ui.databaseLabel.setStyleSheet("color: #666;")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.username.setText(username)
        (ui.password if username else ui.username).setFocus()

    def accept(self) -> None:
        ui = self.ui
        try:
            self.actor = self.services.accounts.login(ui.username.text(), ui.password.text())
        except DeskError as error:
            feedback.show_error(ui.errorLabel, error)
            ui.password.clear()  # a password is never kept, unlike other typing
            ui.password.setFocus()
            return
        super().accept()
