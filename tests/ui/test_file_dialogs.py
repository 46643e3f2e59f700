"""Every file dialog of the app, opened in the database's folder, leaves SQLite's locks
in place, and none lets the clerk pick the database's own files.

Closing any descriptor of a file drops every POSIX lock the process holds on it: a
dialog that sniffs the listed files' contents (Qt's does, for their type and icon)
silently unlocks the database, and another desk may then delete its WAL under us.
The folder is the working directory, as when the app was started beside its file
(``desk-app --db sqlite:///demo.sqlite3``); the dialogs suggest a file name there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)
from sqlalchemy import text

import desk_app
from desk_app.domain.roles import Role
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.kit.file_dialogs import NameOnlyIconProvider
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.residents.import_wizard import ImportWizard
from desk_app.ui.residents.page import ResidentsPage
from desk_app.ui.settings.page import SettingsPage
from tests.conftest import make_user
from tests.posix_locks import database_locks
from tests.ui.file_dialog_driver import ModalWatch, dismiss_once_listed


@pytest.fixture(autouse=True)
def _own_qt_settings(tmp_path_factory):
    """Qt's file dialog keeps its last folder and history in the user's QtProject
    settings: not the real user's in tests."""
    path = tmp_path_factory.mktemp("qt-settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(path))


@pytest.fixture
def folder(services, tmp_path, monkeypatch) -> Path:
    """The database's folder as the working directory, with earlier exports in it."""
    assert Path(services.db.sqlite_path).parent == tmp_path
    monkeypatch.chdir(tmp_path)
    (tmp_path / "earlier.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "earlier.xlsx").write_bytes(b"PK\x03\x04")
    return tmp_path


@pytest.fixture
def supervisor(services, admin):
    return make_user(services, admin, Role.SUPERVISOR)


def _settings_test_page(qtbot, services, admin, supervisor) -> tuple[QWidget, Callable]:
    page = SettingsPage(services, admin)
    return page, lambda: qtbot.mouseClick(page.ui.testPageButton, Qt.MouseButton.LeftButton)


def _calibration_saved_as_pdf(qtbot, services, admin, supervisor) -> tuple[QWidget, Callable]:
    page = SettingsPage(services, admin)

    def open_it() -> None:
        # the preview's "save as PDF" opens the file dialog above the preview
        preview = ModalWatch(
            PdfPreviewDialog,
            lambda dialog: (
                qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton),
                dialog.reject(),
            ),
        )
        qtbot.mouseClick(page.ui.calibrationButton, Qt.MouseButton.LeftButton)
        preview.check()

    return page, open_it


def _contacts_export(qtbot, services, admin, supervisor) -> tuple[QWidget, Callable]:
    page = ContactsPage(services, supervisor)
    return page, lambda: qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)


def _register_import(qtbot, services, admin, supervisor) -> tuple[QWidget, Callable]:
    services.residents.add_community(supervisor, "阳光花园")
    page = ResidentsPage(services, supervisor)

    def browse_from_folder(wizard: ImportWizard) -> None:
        # the dialog starts where the path box points (else in the last folder used)
        qtbot.keyClicks(wizard.ui.path, str(Path.cwd()))
        qtbot.mouseClick(wizard.ui.browseButton, Qt.MouseButton.LeftButton)
        wizard.reject()

    def open_it() -> None:
        wizard = ModalWatch(ImportWizard, browse_from_folder)
        qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
        wizard.check()

    return page, open_it


DIALOGS = {
    "settings: save a test page": (_settings_test_page, "earlier.pdf"),
    "calibration preview: save as PDF": (_calibration_saved_as_pdf, "earlier.pdf"),
    "contacts: export": (_contacts_export, "earlier.xlsx"),
    "residents: import the register": (_register_import, "earlier.xlsx"),
}


@pytest.mark.parametrize("which", DIALOGS)
def test_a_file_dialog_in_the_database_folder_keeps_sqlite_locks(
    qtbot, services, admin, supervisor, folder, which
):
    build, marker = DIALOGS[which]
    page, open_dialog = build(qtbot, services, admin, supervisor)
    qtbot.addWidget(page)
    page.show()
    database = Path(services.db.sqlite_path)
    with services.db.read() as reader:
        # GIVEN a desk in the middle of reading: SQLite holds its locks on the database
        # and on the WAL's shared memory
        reader.execute(text("SELECT COUNT(*) FROM users")).scalar_one()
        before = database_locks(os.getpid(), database)
        assert {name for name, *_ in before} >= {"db", "-shm"}
        # WHEN the clerk opens the dialog, which lists the folder, and cancels it
        seen: dict = {}
        watch = ModalWatch(QFileDialog, dismiss_once_listed(folder, marker, seen))
        open_dialog()
        watch.check()
        assert seen["directory"] == folder
        # THEN every lock SQLite held is still held
        assert database_locks(os.getpid(), database) == before
        # and it was Qt's own dialog: a native one may sniff the files in-process too
        assert not seen["native"]


def test_printing_offers_no_file_dialog_of_qt_s_own(qtbot, services, admin):
    # Qt's print dialog browses for its "print to file" with an unsafe file dialog of
    # its own; the preview's "save as PDF" does that job
    page = SettingsPage(services, admin)
    qtbot.addWidget(page)
    seen: dict = {}

    def in_print_dialog(dialog: QPrintDialog) -> None:
        seen["print to file"] = dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
        seen["browse button"] = dialog.findChild(QToolButton, "fileBrowser").isVisible()
        dialog.reject()

    def in_preview(preview: PdfPreviewDialog) -> None:
        printing = ModalWatch(QPrintDialog, in_print_dialog)
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        printing.check()
        preview.reject()

    preview = ModalWatch(PdfPreviewDialog, in_preview)
    qtbot.mouseClick(page.ui.calibrationButton, Qt.MouseButton.LeftButton)
    preview.check()
    assert seen == {"print to file": False, "browse button": False}


def test_no_file_dialog_bypasses_the_helper():
    sources = Path(desk_app.__file__).parent.rglob("*.py")
    direct = [
        str(path.relative_to(Path(desk_app.__file__).parent))
        for path in sources
        if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert direct == []  # every file dialog goes through desk_app/ui/kit/file_dialogs.py


def _type_a_name_and_confirm(qtbot, dialog: QFileDialog, name: str) -> None:
    # pasted rather than typed key by key: the name completion's popup would take the
    # keyboard and the click
    dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    accept = QDialogButtonBox.ButtonRole.AcceptRole
    ok = next(b for b in buttons.buttons() if buttons.buttonRole(b) == accept)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _refusal_of(qtbot, dialog: QFileDialog, name: str) -> dict:
    """Type ``name`` and confirm; read and close the message that answers."""
    seen: dict = {}

    def read(box: QMessageBox) -> None:
        seen["message"] = box.text()
        box.reject()

    message = ModalWatch(QMessageBox, read)
    _type_a_name_and_confirm(qtbot, dialog, name)
    message.check()
    seen["still open"] = dialog.isVisible()
    seen["typed"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
    dialog.reject()
    return seen


def test_the_database_file_is_refused_as_the_test_page_to_save(qtbot, services, admin, folder):
    page = SettingsPage(services, admin)
    qtbot.addWidget(page)
    database = Path(services.db.sqlite_path)
    content = database.stat().st_size
    seen: dict = {}
    watch = ModalWatch(
        QFileDialog, lambda dialog: seen.update(_refusal_of(qtbot, dialog, database.name))
    )
    qtbot.mouseClick(page.ui.testPageButton, Qt.MouseButton.LeftButton)
    watch.check()
    # THEN the dialog says why, stays open with the typing, and the database is intact
    assert "desk.sqlite3" in seen["message"] and "数据库" in seen["message"]
    assert (seen["still open"], seen["typed"]) == (True, "desk.sqlite3")
    assert database.stat().st_size == content
    assert services.accounts.list_users(admin)


def test_file_types_come_from_names_not_contents(qapp, tmp_path):
    from PySide6.QtCore import QFileInfo

    disguised = tmp_path / "报表.pdf"
    disguised.write_bytes(b"SQLite format 3\x00")  # what a sniffer would call a database
    unknown = tmp_path / "desk.sqlite3-wal"
    unknown.write_bytes(b"\x37\x7f\x06\x82")
    provider = NameOnlyIconProvider()
    assert "PDF" in provider.type(QFileInfo(str(disguised)))
    assert provider.type(QFileInfo(str(unknown))) == "sqlite3-wal 文件"
    assert provider.type(QFileInfo(str(tmp_path))) == "文件夹"
    assert not provider.icon(QFileInfo(str(unknown))).isNull()
