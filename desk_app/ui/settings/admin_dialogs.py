"""Dialogs of the administrator: a user, a department, a new password."""

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
from desk_app.domain.roles import Role
from desk_app.services.accounts import DepartmentInfo, UserInfo
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.ui.kit import feedback
from desk_app.ui.kit.formatting import role_label
from desk_app.ui.kit.forms import FormBacked


class UserDialog(FormBacked, QDialog):
    """Create a user (``user`` None) or edit one; the user name is fixed once made."""

    FORM = "settings/user_dialog.ui"
    WIDGETS = {
        "username": QLineEdit,
        "displayName": QLineEdit,
        "role": QComboBox,
        "department": QComboBox,
        "password": QLineEdit,
        "passwordLabel": QLabel,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        departments: list[DepartmentInfo],
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.user = services, actor, user
        ui = self.setup_form()
        for role in Role:
            ui.role.addItem(role_label(role), role.value)
        ui.department.addItem(self.tr("(none)"), None)
        for dept in departments:
            ui.department.addItem(dept.name, dept.id)
        if user is None:
            self.setWindowTitle(self.tr("New user"))
            ui.role.setCurrentIndex(ui.role.findData(Role.CLERK.value))
        else:
            self.setWindowTitle(self.tr("Edit user"))
            ui.username.setText(user.username)
            ui.username.setReadOnly(True)
            ui.displayName.setText(user.display_name)
            ui.role.setCurrentIndex(ui.role.findData(user.role.value))
            ui.department.setCurrentIndex(max(0, ui.department.findData(user.department_id)))
            ui.password.hide()
            ui.passwordLabel.hide()
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        (ui.displayName if user else ui.username).setFocus()

    def accept(self) -> None:
        ui = self.ui
        fields = {
            "username": ui.username,
            "display_name": ui.displayName,
            "role": ui.role,
            "password": ui.password,
        }
        try:
            if self.user is None:
                self.services.accounts.create_user(
                    self.actor,
                    username=ui.username.text(),
                    display_name=ui.displayName.text(),
                    role=ui.role.currentData(),
                    password=ui.password.text(),
                    department_id=ui.department.currentData(),
                )
            else:
                self.services.accounts.update_user(
                    self.actor,
                    self.user.id,
                    display_name=ui.displayName.text(),
                    role=ui.role.currentData(),
                    department_id=ui.department.currentData(),
                )
        except DeskError as error:
            feedback.show_error(ui.errorLabel, error, fields)
            return
        super().accept()


class DepartmentDialog(FormBacked, QDialog):
    FORM = "settings/department_dialog.ui"
    WIDGETS = {
        "name": QLineEdit,
        "phone": QLineEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        department: DepartmentInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.department = services, actor, department
        ui = self.setup_form()
        self.setWindowTitle(
            self.tr("New department") if department is None else self.tr("Edit department")
        )
        if department is not None:
            ui.name.setText(department.name)
            ui.phone.setText(department.phone)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.name.setFocus()

    def accept(self) -> None:
        ui = self.ui
        try:
            self.services.accounts.save_department(
                self.actor,
                self.department.id if self.department else None,
                name=ui.name.text(),
                phone=ui.phone.text(),
            )
        except DeskError as error:
            feedback.show_error(ui.errorLabel, error, {"name": ui.name})
            return
        super().accept()
