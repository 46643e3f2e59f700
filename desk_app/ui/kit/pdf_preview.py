"""Print preview for every printed form: look, print through Qt's dialog, or save.

Looking is not printing: a form whose prints are logged gives ``commit``, called once
the clerk prints or saves, which logs the print and returns the PDF to put out (None:
not wanted after all). Until then the preview shows what that print will be."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.operations import run_op

PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        parent: QWidget | None = None,
        *,
        commit: Callable[[], bytes | None] | None = None,
    ):
        super().__init__(parent)
        self._commit = commit
        self.setWindowTitle(title)
        self.file_name = file_name
        self.document = QPdfDocument(self)
        self._load(pdf)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.status = QLabel()  # why saving or printing failed, beside the buttons
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_document)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.resize(QSize(1000, 760))

    def _load(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def save_document(self) -> None:
        path = file_dialogs.save_file_name(
            self, self.tr("Save as PDF"), self.file_name, self.tr("PDF files (*.pdf)")
        )
        if path and self.committed():
            self.save_to(path)

    def committed(self) -> bool:
        """Whether what is shown may go out now: the print is logged (once) first."""
        if self._commit is None:
            return True
        pdf = run_op(self.status, self._commit)
        if pdf is None:
            return False
        self._commit = None  # printing it again, or saving it too, is this same copy
        if pdf != self.pdf:
            self._load(pdf)
        return True

    def save_to(self, path: Path) -> bool:
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            feedback.show_error(self.status, error, file=path)
            return False
        feedback.show_ok(self.status, self.tr("Saved to %1.").replace("%1", str(path)))
        return True

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        # Its "print to file" browses with a Qt file dialog of its own, which sniffs
        # the files it lists (see file_dialogs); "Save as PDF" is the safe way.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.committed():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each PDF page as an image at the printer's resolution, at its true size."""
        painter = QPainter()
        if not painter.begin(printer):
            feedback.show_error_text(
                self.status, self.tr("The printer could not be started: nothing was printed.")
            )
            return
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                dpi = min(printer.resolution(), PRINT_DPI)
                image = self.document.render(
                    index,
                    QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi)),
                )
                resolution = printer.resolution()
                target = QRectF(
                    0, 0, size_pt.width() / 72 * resolution, size_pt.height() / 72 * resolution
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
