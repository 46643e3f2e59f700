"""设置: the service center's settings, users and departments (admin changes them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.domain.settings import SETTING_SPECS, SPECS_BY_KEY, SettingSpec
from desk_app.services.accounts import DepartmentInfo, UserInfo
from desk_app.services.app import Services
from desk_app.services.contacts import ChannelInfo
from desk_app.services.context import Actor
from desk_app.services.visitors import KindInfo
from desk_app.services.work_orders.views import CategoryInfo
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.formatting import local_time, role_label
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.table_model import Column, RowTableModel, setup_list_view
from desk_app.ui.residents.import_wizard import ImportWizard
from desk_app.ui.settings.admin_dialogs import DepartmentDialog, UserDialog
from desk_app.ui.settings.backup_panel import BackupPanel

# The kinds of record the users, departments, channels and categories lists show.
LIST_KINDS = frozenset(
    {"user", "department", "contact_channel", "work_order_category", "visitor_kind"}
)

# Which tab each group of settings goes on, by key prefix.
_GROUP_LAYOUTS = {
    "center": "centerFields",
    "sla": "limitsFields",
    "print": "printFields",
    "archive": "printFields",  # where the closed months' papers go
    "ui": "interfaceFields",
    "backup": "backupFields",
    "visitors": "limitsFields",
    "cards": "cardsFields",
}


def _choice_labels() -> dict[str, str]:
    # Spelled out in full: lupdate only finds strings in QCoreApplication.translate(...).
    return {
        "a4": QCoreApplication.translate("SettingsPage", "A4, three parts on one sheet"),
        "continuous": QCoreApplication.translate(
            "SettingsPage", "241 mm continuous form (dot matrix)"
        ),
        "receipt": QCoreApplication.translate("SettingsPage", "Only on the resident's receipt"),
        "department_and_receipt": QCoreApplication.translate(
            "SettingsPage", "On the department copy and the receipt"
        ),
        "none": QCoreApplication.translate("SettingsPage", "Nowhere (full number on every part)"),
        "auto": QCoreApplication.translate("SettingsPage", "Automatic (system language)"),
        "decimal": QCoreApplication.translate("SettingsPage", "Decimal (10 digits)"),
        "hex": QCoreApplication.translate("SettingsPage", "Hexadecimal (8 characters)"),
        "zh_CN": "简体中文",
        "en": "English",
        "a6": QCoreApplication.translate("SettingsPage", "A6 sheet"),
        "receipt80": QCoreApplication.translate("SettingsPage", "80 mm receipt roll"),
    }


class SettingsPage(FormBacked, QWidget):
    FORM = "settings/page.ui"
    WIDGETS = {
        "readOnlyNotice": QLabel,
        "tabs": QTabWidget,
        "centerFields": QFormLayout,
        "limitsFields": QFormLayout,
        "printFields": QFormLayout,
        "interfaceFields": QFormLayout,
        "usersTable": QTableView,
        "newUserButton": QPushButton,
        "editUserButton": QPushButton,
        "resetPasswordButton": QPushButton,
        "toggleUserButton": QPushButton,
        "unlockUserButton": QPushButton,
        "departmentsTable": QTableView,
        "newDepartmentButton": QPushButton,
        "editDepartmentButton": QPushButton,
        "toggleDepartmentButton": QPushButton,
        "channelsTable": QTableView,
        "newChannelButton": QPushButton,
        "renameChannelButton": QPushButton,
        "toggleChannelButton": QPushButton,
        "categoriesTable": QTableView,
        "visitorKindsTable": QTableView,
        "newVisitorKindButton": QPushButton,
        "renameVisitorKindButton": QPushButton,
        "toggleVisitorKindButton": QPushButton,
        "visitorBlockListButton": QPushButton,
        "newCategoryButton": QPushButton,
        "renameCategoryButton": QPushButton,
        "toggleCategoryButton": QPushButton,
        "statusLabel": QLabel,
        "testPaperLabel": QLabel,
        "testPaperCombo": QComboBox,
        "testPageButton": QPushButton,
        "calibrationButton": QPushButton,
        "saveButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.is_admin = actor.can(Permission.ADMINISTER)
        ui = self.setup_form()
        self.editors: dict[str, QWidget] = {}
        self.backup_panel = BackupPanel(services, actor)
        ui.tabs.insertTab(ui.tabs.indexOf(ui.usersTab), self.backup_panel, self.tr("Backups"))
        ui.backupFields = self.backup_panel.fields
        self._build_editors()
        self.load_settings()
        if self.is_admin and actor.can(Permission.IMPORT_REGISTER):
            # Setting up a new site: the roster comes in here, the admin has no residents page.
            button = QPushButton(self.tr("Import from a spreadsheet…"))
            button.setObjectName("importRegisterButton")
            button.clicked.connect(self.import_register)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch()
            ui.centerFields.addRow(self.tr("Resident register"), row)
        self._build_test_paper()
        ui.readOnlyNotice.setVisible(not self.is_admin)
        ui.readOnlyNotice.setStyleSheet("color: #8a6d00;")
        ui.saveButton.setEnabled(self.is_admin)
        ui.saveButton.clicked.connect(self.save_settings)
        ui.testPageButton.clicked.connect(self.save_test_page)
        ui.calibrationButton.clicked.connect(self.show_calibration)
        ui.tabs.currentChanged.connect(self._show_save_row)

        self.users = RowTableModel[UserInfo](
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Name"), lambda u: u.display_name),
                Column(self.tr("Role"), lambda u: role_label(u.role)),
                Column(self.tr("Department"), lambda u: u.department_name),
                Column(self.tr("State"), self._user_state),
                Column(self.tr("Last login"), lambda u: local_time(u.last_login_at)),
            ],
            self,
        )
        self.departments = RowTableModel[DepartmentInfo](
            [
                Column(self.tr("Department"), lambda d: d.name),
                Column(self.tr("Phone"), lambda d: d.phone),
                Column(
                    self.tr("State"),
                    lambda d: self.tr("In use") if d.active else self.tr("Disabled"),
                ),
            ],
            self,
        )
        state = Column(
            self.tr("State"), lambda row: self.tr("In use") if row.active else self.tr("Disabled")
        )
        self.channels = RowTableModel[ChannelInfo](
            [Column(self.tr("Channel"), lambda c: c.label), state], self
        )
        self.categories = RowTableModel[CategoryInfo](
            [Column(self.tr("Category"), lambda c: c.label), state], self
        )
        self.visitor_kinds = RowTableModel[KindInfo](
            [Column(self.tr("Kind of visitor"), lambda k: k.label), state], self
        )
        for table, model in (
            (ui.visitorKindsTable, self.visitor_kinds),
            (ui.usersTable, self.users),
            (ui.departmentsTable, self.departments),
            (ui.channelsTable, self.channels),
            (ui.categoriesTable, self.categories),
        ):
            table.setModel(model)
            setup_list_view(table)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.is_admin:
            ui.newUserButton.clicked.connect(self.new_user)
            ui.editUserButton.clicked.connect(self.edit_user)
            ui.usersTable.doubleClicked.connect(self.edit_user)
            ui.resetPasswordButton.clicked.connect(self.reset_password)
            ui.toggleUserButton.clicked.connect(self.toggle_user)
            ui.unlockUserButton.clicked.connect(self.unlock_user)
            ui.newDepartmentButton.clicked.connect(self.new_department)
            ui.editDepartmentButton.clicked.connect(self.edit_department)
            ui.departmentsTable.doubleClicked.connect(self.edit_department)
            ui.toggleDepartmentButton.clicked.connect(self.toggle_department)
            ui.newChannelButton.clicked.connect(lambda: self.save_choice("channel", None))
            ui.renameChannelButton.clicked.connect(lambda: self.save_choice("channel", "rename"))
            ui.toggleChannelButton.clicked.connect(lambda: self.save_choice("channel", "toggle"))
            ui.newCategoryButton.clicked.connect(lambda: self.save_choice("category", None))
            ui.renameCategoryButton.clicked.connect(lambda: self.save_choice("category", "rename"))
            ui.toggleCategoryButton.clicked.connect(lambda: self.save_choice("category", "toggle"))
            for button, change in (
                (ui.newVisitorKindButton, None),
                (ui.renameVisitorKindButton, "rename"),
                (ui.toggleVisitorKindButton, "toggle"),
            ):
                button.clicked.connect(
                    lambda _=False, c=change: self.save_choice("visitor_kind", c)
                )
            ui.visitorBlockListButton.clicked.connect(self.open_visitor_block_list)
            self.refresh_lists()
            from desk_app.ui.complaints.calendar_tab import WorkingDaysTab

            ui.tabs.addTab(WorkingDaysTab(services, actor), self.tr("Working days"))
            # Whoever changes them (this screen, a dialog, another desk), the lists follow.
            follow(self, services.db.changes, LIST_KINDS, self.refresh_lists)
        else:
            # Only administrators may read the user list (the services refuse it too).
            for tab in (ui.usersTab, ui.departmentsTab, ui.listsTab):
                ui.tabs.removeTab(ui.tabs.indexOf(tab))
        # Settings saved elsewhere (another desk) show here too, unless the
        # administrator is in the middle of editing them.
        follow(self, services.db.changes, {"setting"}, self._reload_unless_edited)

    def show_part(self, part: str) -> None:
        """Open the tab where ``part`` of the setup is done (the workbench's checklist)."""
        tab = {
            "users": self.ui.usersTab,
            "departments": self.ui.departmentsTab,
            "register": self.ui.centerTab,
            "print": self.ui.printTab,
            "lists": self.ui.listsTab,
            "backups": self.backup_panel,
        }.get(part)
        if tab is not None and self.ui.tabs.indexOf(tab) >= 0:
            self.ui.tabs.setCurrentWidget(tab)

    def _reload_unless_edited(self) -> None:
        if self.values() == self._loaded:
            self.load_settings()

    def _show_save_row(self) -> None:
        """Save and test-page belong to the settings tabs, not to the user and department lists."""
        lists = (self.ui.usersTab, self.ui.departmentsTab, self.ui.listsTab)
        on_settings = self.ui.tabs.currentWidget() not in lists
        self.ui.saveButton.setVisible(on_settings)
        self.ui.testPageButton.setVisible(on_settings)
        self.ui.calibrationButton.setVisible(on_settings)
        self.ui.testPaperLabel.setVisible(on_settings)
        self.ui.testPaperCombo.setVisible(on_settings)

    def _build_test_paper(self) -> None:
        """The paper of the test and calibration pages: the default paper to start
        with, and either paper for anyone, who may not change the setting itself."""
        labels = _choice_labels()
        combo = self.ui.testPaperCombo
        for paper in SPECS_BY_KEY["print.paper"].choices:
            combo.addItem(labels.get(paper, paper), paper)
        default = self.editors["print.paper"]
        combo.setCurrentIndex(max(0, combo.findData(default.currentData())))
        default.currentIndexChanged.connect(
            lambda: combo.setCurrentIndex(max(0, combo.findData(default.currentData())))
        )

    def test_paper(self) -> str:
        return str(self.ui.testPaperCombo.currentData())

    # -- settings ------------------------------------------------------------------

    def _build_editors(self) -> None:
        labels = _choice_labels()
        for spec in SETTING_SPECS:
            layout: QFormLayout = getattr(self.ui, _GROUP_LAYOUTS[spec.key.split(".")[0]])
            editor = self._editor_for(spec, labels)
            editor.setObjectName(spec.key)
            editor.setEnabled(self.is_admin)
            layout.addRow(translate("Settings", spec.label), editor)
            self.editors[spec.key] = editor
        note = QLabel(self.tr("A new language takes effect when the program starts again."))
        note.setStyleSheet("color: #666;")
        self.ui.interfaceFields.addRow(note)

    @staticmethod
    def _editor_for(spec: SettingSpec, labels: dict[str, str]) -> QWidget:
        if spec.choices:
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(labels.get(choice, choice), choice)
            return combo
        if spec.kind is int:
            spin = QSpinBox()
            spin.setRange(int(spec.minimum), int(spec.maximum))
        elif spec.kind is float:
            spin = QDoubleSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
        else:
            line = QLineEdit()
            line.setMaxLength(spec.max_length)
            line.setMaximumWidth(520)
            return line
        spin.setMaximumWidth(140)
        return spin

    def load_settings(self) -> None:
        stored = self.services.settings.all()
        for key, value in stored.items():
            editor = self.editors[key]
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                editor.setValue(value)
            else:
                editor.setText(str(value))
        self._loaded = self.values()

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                out[key] = editor.value()
            else:
                out[key] = editor.text()
        return out

    def save_settings(self) -> None:
        values = self.values()
        changed = run_op(
            self.ui.statusLabel,
            lambda: self.services.settings.update(self.actor, values),
            fields=self.editors,
        )
        if changed is None:
            return
        self._loaded = values
        if changed:
            feedback.show_ok(
                self.ui.statusLabel, self.tr("Settings saved (%n changed).", "", len(changed))
            )
        else:
            feedback.show_ok(self.ui.statusLabel, self.tr("Nothing to save: no setting changed."))

    def import_register(self) -> None:
        wizard = ImportWizard(self.services, self.actor, self)
        wizard.exec()
        done = wizard.result_of_import
        if done is not None:
            feedback.show_ok(
                self.ui.statusLabel,
                self.tr("Imported: %1 new residents, %2 new rooms.")
                .replace("%1", str(done.residents_created))
                .replace("%2", str(done.rooms_created)),
            )

    def calibration_pdf(self) -> bytes:
        """The calibration page with the offset as typed on screen, saved or not, so the
        clerk can try a value before keeping it."""
        values = self.values()
        offset = (float(values["print.offset_x_mm"]), float(values["print.offset_y_mm"]))
        return self.services.work_orders.slips.calibration(
            self.actor, paper=self.test_paper(), offset_mm=offset
        )

    def show_calibration(self) -> None:
        from desk_app.ui.kit.pdf_preview import PdfPreviewDialog

        try:
            pdf = self.calibration_pdf()
        except DeskError as error:
            feedback.show_error(self.ui.statusLabel, error, self.editors)
            return
        PdfPreviewDialog(pdf, self.tr("Calibration page"), "calibration.pdf", self).exec()

    def save_test_page(self) -> None:
        path = file_dialogs.save_file_name(
            self, self.tr("Save a test page"), "test-page.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.write_test_page(path)

    def write_test_page(self, path: Path) -> None:
        from desk_app.printing.layout import Letterhead  # printing loads on first use
        from desk_app.printing.test_page import render_test_page

        try:
            settings = self.services.settings.all()
            letterhead = Letterhead(
                settings["center.name"], settings["center.address"], settings["center.phone"]
            )
            now = self.services.ctx.local(self.services.ctx.now())
            path.write_bytes(render_test_page(letterhead, now, paper=self.test_paper()))
        except feedback.USER_FAILURES as error:
            feedback.show_error(self.ui.statusLabel, error, file=path)
            return
        feedback.show_ok(
            self.ui.statusLabel, self.tr("Test page saved to %1.").replace("%1", str(path))
        )

    # -- users and departments -------------------------------------------------------

    def refresh_lists(self) -> None:
        self.users.set_rows(self.services.accounts.list_users(self.actor))
        self.departments.set_rows(self.services.accounts.list_departments(include_inactive=True))
        self.channels.set_rows(self.services.contacts.channels(include_inactive=True))
        self.categories.set_rows(self.services.work_orders.categories.list(include_inactive=True))
        self.visitor_kinds.set_rows(self.services.visitors.visits.kinds(include_inactive=True))

    def open_visitor_block_list(self) -> None:
        """The administrator keeps the visitor block list, without the desk's screens."""
        from desk_app.ui.visitors.block_list import BlockListDialog

        BlockListDialog(self.services, self.actor, self).exec()

    def save_choice(self, kind: str, change: str | None) -> None:
        """Add, rename or disable a contact channel or work-order category; entries in
        use keep their code, so old records still read right."""
        table, model = {
            "channel": (self.ui.channelsTable, self.channels),
            "category": (self.ui.categoriesTable, self.categories),
            "visitor_kind": (self.ui.visitorKindsTable, self.visitor_kinds),
        }[kind]
        if change is None:
            label, ok = QInputDialog.getText(self, self.tr("New entry"), self.tr("Name:"))
            if not ok:
                return
            codes = {row.code for row in model._rows}
            code = next(f"custom{n}" for n in range(1, len(codes) + 2) if f"custom{n}" not in codes)
            row, active = None, True
        else:
            row = self._selected(table, model)
            if row is None:
                return
            code, label, active = row.code, row.label, row.active
            if change == "rename":
                label, ok = QInputDialog.getText(
                    self, self.tr("Rename"), self.tr("Name:"), QLineEdit.EchoMode.Normal, row.label
                )
                if not ok:
                    return
            else:
                active = not row.active
        if kind == "channel":
            outgoing = row.outgoing if row is not None else False
            action = lambda: self.services.contacts.save_channel(  # noqa: E731
                self.actor, code, label, outgoing, active
            )
        elif kind == "visitor_kind":
            action = lambda: self.services.visitors.visits.save_kind(  # noqa: E731
                self.actor, code, label, active
            )
        else:
            hours = row.complete_hours if row is not None else None
            action = lambda: self.services.work_orders.categories.save(  # noqa: E731
                self.actor, code, label, active=active, complete_hours=hours
            )
        run_op(self.ui.statusLabel, action, self.tr("Saved."))

    def _user_state(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Disabled")
        if user.locked_until is not None:
            return self.tr("Locked until %1").replace("%1", local_time(user.locked_until))
        if user.must_change_password:
            return self.tr("Active, to choose a password")
        return self.tr("Active")

    def _selected(self, table: QTableView, model: RowTableModel):
        rows = table.selectionModel().selectedRows()
        if not rows:
            feedback.show_error_text(self.ui.statusLabel, self.tr("Select a row first."))
            return None
        return model.row_at(rows[0].row())

    def new_user(self) -> None:
        dialog = UserDialog(
            self.services, self.actor, self.services.accounts.list_departments(), None, self
        )
        if dialog.exec():
            feedback.show_ok(self.ui.statusLabel, self.tr("User created."))

    def edit_user(self) -> None:
        user = self._selected(self.ui.usersTable, self.users)
        if user is None:
            return
        dialog = UserDialog(
            self.services, self.actor, self.services.accounts.list_departments(), user, self
        )
        if dialog.exec():
            feedback.show_ok(self.ui.statusLabel, self.tr("User saved."))

    def reset_password(self) -> None:
        user = self._selected(self.ui.usersTable, self.users)
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for %1:").replace("%1", user.display_name),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            run_op(
                self.ui.statusLabel,
                lambda: self.services.accounts.reset_password(self.actor, user.id, password),
                self.tr("Password reset; the account is unlocked."),
            )

    def toggle_user(self) -> None:
        user = self._selected(self.ui.usersTable, self.users)
        if user is not None:
            run_op(
                self.ui.statusLabel,
                lambda: self.services.accounts.set_user_active(
                    self.actor, user.id, not user.active
                ),
                self.tr("User disabled.") if user.active else self.tr("User enabled."),
            )

    def unlock_user(self) -> None:
        user = self._selected(self.ui.usersTable, self.users)
        if user is not None:
            run_op(
                self.ui.statusLabel,
                lambda: self.services.accounts.unlock(self.actor, user.id),
                self.tr("Account unlocked."),
            )

    def new_department(self) -> None:
        DepartmentDialog(self.services, self.actor, None, self).exec()

    def edit_department(self) -> None:
        dept = self._selected(self.ui.departmentsTable, self.departments)
        if dept is not None:
            DepartmentDialog(self.services, self.actor, dept, self).exec()

    def toggle_department(self) -> None:
        dept = self._selected(self.ui.departmentsTable, self.departments)
        if dept is not None:
            run_op(
                self.ui.statusLabel,
                lambda: self.services.accounts.set_department_active(
                    self.actor, dept.id, not dept.active
                ),
                self.tr("Department disabled.") if dept.active else self.tr("Department enabled."),
            )
