"""Every file dialog of the app: the one way to ask the user for a file.

Qt's file dialog tells the type and icon of each file it lists by sniffing the
file's contents (QMimeDatabase; a native GTK dialog does the same in-process with
GIO): it opens and closes the files of the folder. When that folder holds the
database, closing those descriptors drops SQLite's POSIX locks on it, and another
desk may then delete the WAL under us (see ``desk_app.db.files``). Hence, here:

- Qt's own dialog, never the platform's (``AA_DontUseNativeDialogs`` while it is
  made, ``DontUseNativeDialog`` when it runs);
- an icon provider that answers from the file's name alone;
- the database's own files refused as the file chosen, the dialog left open.

Use ``save_file_name`` / ``open_file_name``; do not call QFileDialog directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, Qt
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget

from desk_app.db.files import is_open_database_file
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

# Qt's own words that the Chinese catalogue shipped with Qt lacks (it has "Look in:",
# but the dialog asks for "&Look in:"): our catalogue translates them in Qt's context,
# and Qt asks ours when its own has no answer.
QT_WORDS_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name (and whether it is a folder), never from
    its contents: Qt's own provider opens files to sniff their MIME type."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, what):  # one Python method serves both C++ overloads
        if isinstance(what, QFileInfo):
            is_dir = what.isDir()  # stat(), which opens nothing
            what = QFileIconProvider.IconType.Folder if is_dir else QFileIconProvider.IconType.File
        return super().icon(what)  # the style's standard icon for the kind

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        mime = self._mime.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        if not mime.isDefault() and mime.comment():
            return mime.comment()
        suffix = info.suffix()
        if suffix:
            return QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", suffix)
        return QCoreApplication.translate("FileDialogs", "File")


@contextmanager
def _no_native_dialogs() -> Iterator[None]:
    # A dialog picks its platform helper (an in-process GTK dialog on some desktops)
    # while it is constructed, before any option of ours can be set.
    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QCoreApplication.testAttribute(attribute)
    QCoreApplication.setAttribute(attribute, True)
    try:
        yield
    finally:
        QCoreApplication.setAttribute(attribute, before)


class SafeFileDialog(QFileDialog):
    """Qt's own file dialog with the name-only icon provider, refusing the database's
    files. Built by ``save_file_name`` and ``open_file_name``."""

    def __init__(self, parent: QWidget | None, caption: str, start: str, filters: str):
        with _no_native_dialogs():
            super().__init__(parent, caption, start, filters)
        # In place before the event loop runs: the listing is typed and painted there.
        self._icons = NameOnlyIconProvider()
        self.setIconProvider(self._icons)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)

    def accept(self) -> None:
        for name in self.selectedFiles():
            if is_open_database_file(name):
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr(
                        "%1 is a file of the database the app is using. "
                        "Choose another file or name."
                    ).replace("%1", Path(name).name),
                )
                return  # the dialog stays open with what was typed
        super().accept()

    def chosen(self) -> Path | None:
        """Run the dialog; the file chosen, or None when cancelled."""
        accepted = self.exec() == QFileDialog.DialogCode.Accepted
        files = self.selectedFiles()
        self.deleteLater()
        return Path(files[0]) if accepted and files else None


def save_file_name(
    parent: QWidget | None, caption: str, suggested: str, filters: str
) -> Path | None:
    """Ask where to save; ``suggested`` is a file name (in the current folder) or a path.
    Returns None when the user cancels. Qt asks before overwriting a file."""
    dialog = SafeFileDialog(parent, caption, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return dialog.chosen()


def open_file_name(parent: QWidget | None, caption: str, start: str, filters: str) -> Path | None:
    """Ask for an existing file to read; ``start`` is a folder or file to begin in
    ("" for the current folder). Returns None when the user cancels."""
    dialog = SafeFileDialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.chosen()
