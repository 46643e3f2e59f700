"""日报 / 交接班表 from the workbench: the day, the handover notes typed and saved
here, and the A4 summary to preview, print or save (the preview kit)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.daily import HANDOVER_NOTES_MAX
from desk_app.ui.kit.dates import qdate
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.text_limits import count_text

if TYPE_CHECKING:
    from desk_app.services.app import Services
    from desk_app.services.context import Actor


class DailySummaryDialog(QDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Daily summary and handover"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        today = services.ctx.today()
        self.day = QDateEdit(qdate(today))
        self.day.setObjectName("summaryDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(qdate(today))
        form.addRow(self.tr("&Day"), self.day)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("handoverNotes")
        self.notes.setPlaceholderText(
            self.tr("What the next shift must know: work in progress, promises made, …")
        )
        self.counter = count_text(self.notes, HANDOVER_NOTES_MAX)
        form.addRow(self.tr("Handover &notes"), self.notes)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save notes"))
        self.preview_button = QPushButton(self.tr("&Preview and print…"))
        row.addWidget(self.save_button)
        row.addStretch()
        row.addWidget(self.preview_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.save_notes)
        self.preview_button.clicked.connect(self.preview)
        self.day.dateChanged.connect(self.load_notes)
        self.load_notes()

    def chosen_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def load_notes(self) -> None:
        text = run_op(self.status, lambda: self.services.daily.notes(self.actor, self.chosen_day()))
        self.notes.setPlainText(text or "")

    def save_notes(self) -> bool:
        day = self.chosen_day()
        saved = run_op(
            self.status,
            lambda: self.services.daily.save_notes(self.actor, day, self.notes.toPlainText()),
            self.tr("Handover notes of %1 saved.").replace("%1", day.isoformat()),
            fields={"notes": self.notes},
        )
        return saved is not None

    def summary_pdf(self) -> bytes | None:
        """The notes as typed are saved first: the paper shows what is stored."""
        if not self.save_notes():
            return None
        return run_op(self.status, lambda: self.services.daily.pdf(self.actor, self.chosen_day()))

    def preview(self) -> None:
        pdf = self.summary_pdf()
        if pdf is None:
            return
        day = self.chosen_day().isoformat()
        PdfPreviewDialog(
            pdf, self.tr("Daily summary %1").replace("%1", day), f"前台日报-{day}.pdf", self
        ).exec()
