"""The settings' 备份 tab: where backups go, the last one and its age, and the two
things an administrator does with them (back up now, restore one)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.services.backups.service import BACKUP_KIND
from desk_app.ui.kit import file_dialogs
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.operations import run_op

if TYPE_CHECKING:
    from desk_app.services.app import Services
    from desk_app.services.backups import BackupFile
    from desk_app.services.context import Actor


def age_text(age: timedelta) -> str:
    """ "3 hours ago", "2 days ago": how old a backup is, in the words of the screen."""
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return QCoreApplication.translate("Backups", "less than an hour ago")
    if hours < 48:
        return QCoreApplication.translate("Backups", "%n hour(s) ago", "", hours)
    return QCoreApplication.translate("Backups", "%n day(s) ago", "", age.days)


def last_backup_text(backup: BackupFile | None, age: timedelta | None) -> str:
    if backup is None or age is None:
        return QCoreApplication.translate("Backups", "No backup has been made yet.")
    return (
        QCoreApplication.translate("Backups", "Last backup: %1 (%2), %3 MB")
        .replace("%1", backup.taken_at.strftime("%Y-%m-%d %H:%M"))
        .replace("%2", age_text(age))
        .replace("%3", f"{backup.size / 1e6:.1f}")
    )


class BackupPanel(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        layout = QVBoxLayout(self)
        self.fields = QFormLayout()  # the backup.* settings (the settings page fills it)
        layout.addLayout(self.fields)
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        layout.addWidget(self.last)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNowButton")
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setObjectName("restoreButton")
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch()
        admin = actor.can(Permission.ADMINISTER)
        self.backup_button.setEnabled(admin)
        self.restore_button.setEnabled(admin and services.db.is_sqlite)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.choose_restore)
        # The day's backup finishes behind the window; the folder setting may change.
        follow(self, services.db.changes, {BACKUP_KIND, "setting"}, self.show_last)
        self.show_last()

    def show_last(self) -> None:
        backups = self.services.backups
        last = backups.last()
        text = last_backup_text(last, backups.age(last))
        folder = self.tr("Folder: %1").replace("%1", str(backups.folder()))
        self.last.setText(f"{text}\n{folder}")
        self.last.setStyleSheet("color: #b00020;" if backups.is_stale() else "")

    def back_up(self) -> None:
        report = run_op(
            self.status,
            self.services.backups.backup,
            lambda r: self.tr("Backup written: %1").replace("%1", str(r.file.path)),
        )
        if report is not None and report.second_problem is not None:
            from desk_app.ui.i18n import error_text
            from desk_app.ui.kit import feedback

            feedback.show_error_text(self.status, error_text(report.second_problem))
        self.show_last()

    def choose_restore(self) -> None:
        path = file_dialogs.open_file_name(
            self,
            self.tr("Restore a backup"),
            str(self.services.backups.folder()),
            self.tr("Backups (*.sqlite3)"),
        )
        if path is not None:
            self.restore(path)

    def restore(self, path, *, confirm: bool = True) -> bool:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore a backup"),
                self.tr(
                    "Replace the whole database with the backup %1? The database as it "
                    "is now is kept as a copy in the backups folder."
                ).replace("%1", str(path)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        report = run_op(
            self.status,
            lambda: self.services.backups.restore(self.actor, path),
            lambda r: self.tr(
                "Restored. The database as it was is kept in %1. Log in again on every desk."
            ).replace("%1", str(r.kept_copy)),
        )
        self.show_last()
        return report is not None
