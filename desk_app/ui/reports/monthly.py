"""月度概览 on the 报表 screen: pick a month, read its figures beside the month before
with the same bar charts the printout has, preview, print or save the PDF, and (a
supervisor) close the month into the archive. A widget; the 报表 page places it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.i18n import Tr
from desk_app.domain.monthly import FigureRow, FigureTable, Month, Overview, Rate, TableKind
from desk_app.domain.roles import Permission
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.operations import run_op

if TYPE_CHECKING:
    from desk_app.services.app import Services
    from desk_app.services.context import Actor

# A commit writing one of these changes the figures.
FIGURE_KINDS = frozenset({"contact", "work_order", "setting"})
CHART_DPI = 110


def screen_text(text: str) -> str:
    """A label of the overview in the interface language (a vocabulary label as stored)."""
    if isinstance(text, Tr):
        return QCoreApplication.translate(text.context, text)
    return text


class MonthlyOverviewWidget(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.overview: Overview | None = None
        today = services.ctx.today()
        last = Month.of(today).previous()

        self.month_edit = QDateEdit(QDate(last.year, last.month, 1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setMaximumDate(QDate(today.year, today.month, 1))
        self.month_edit.setObjectName("month")
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month_edit)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("C&lose the month…"))
        self.close_button.setToolTip(
            self.tr("Put the month's registers and overview into the archive folder")
        )
        self.close_button.setVisible(actor.can(Permission.SIGN_DAY))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.month_edit.dateChanged.connect(lambda _date: self.refresh())
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.close_month)

        bar = QHBoxLayout()
        bar.addWidget(month_label)
        bar.addWidget(self.month_edit)
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        bar.addWidget(self.heading, 1)
        for button in (self.preview_button, self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.tables: dict[tuple[str, int], QTableWidget] = {}
        self.charts: dict[tuple[str, int], QLabel] = {}
        follow(self, services.db.changes, FIGURE_KINDS, self.refresh)
        self.refresh()

    # -- the month shown -----------------------------------------------------------

    def month(self) -> Month:
        chosen = self.month_edit.date()
        return Month(chosen.year(), chosen.month())

    def set_month(self, month: Month) -> None:
        self.month_edit.setDate(QDate(month.year, month.month, 1))

    def refresh(self) -> None:
        month = self.month()
        overview = run_op(self.status, lambda: self.services.monthly.overview(self.actor, month))
        if overview is None:
            return
        self.overview = overview
        heading = self.tr("%1 beside %2").replace("%1", str(month))
        heading = heading.replace("%2", str(overview.previous))
        closed = self._closed_versions(month)
        if closed:
            heading += "　" + self.tr("Closed: version %1").replace("%1", str(closed[-1]))
        self.heading.setText(heading)
        self._fill(overview)

    def _closed_versions(self, month: Month) -> list[int]:
        try:
            return self.services.archive.versions(month)
        except OSError:  # an archive folder out of reach says nothing about the figures
            return []

    def _fill(self, overview: Overview) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # off the page now, not at the next event loop
                widget.deleteLater()
        self.tables.clear()
        self.charts.clear()
        for section in overview.sections:
            box = QGroupBox(screen_text(section.title.text))
            grid = QGridLayout(box)
            for index, figures in enumerate(section.tables):
                block = QWidget()
                column = QVBoxLayout(block)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(QLabel(f"<b>{screen_text(figures.title.text)}</b>"))
                table = self._table(figures, overview)
                column.addWidget(table)
                if figures.note is not None:
                    note = QLabel(screen_text(figures.note.text))
                    note.setWordWrap(True)
                    column.addWidget(note)
                column.addStretch(1)
                grid.addWidget(block, index, 0, Qt.AlignmentFlag.AlignTop)
                self.tables[(section.key, index)] = table
                if figures.chart and figures.rows:
                    chart = QLabel()
                    chart.setPixmap(self._chart(figures, overview))
                    grid.addWidget(chart, index, 1, Qt.AlignmentFlag.AlignTop)
                    self.charts[(section.key, index)] = chart
            grid.setColumnStretch(0, 1)
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)

    def _table(self, figures: FigureTable, overview: Overview) -> QTableWidget:
        rows = list(figures.rows) + ([figures.total] if figures.total is not None else [])
        table = QTableWidget(len(rows), 5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                str(overview.month),
                str(overview.previous),
                self.tr("Change"),
                self.tr("Change (%)"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, value in enumerate(self.row_texts(row, figures.kind)):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def row_texts(self, row: FigureRow, kind: TableKind) -> list[str]:
        change = row.change
        if change.absolute is None:
            absolute = "—"
        elif kind is TableKind.RATE:
            absolute = self.tr("%1 pts").replace("%1", f"{change.absolute:+.1f}")
        else:
            absolute = f"{change.absolute:+.0f}"
        percent = "—" if change.percent is None else f"{change.percent:+.1f}%"
        return [
            screen_text(row.label.text),
            self.value_text(row.current),
            self.value_text(row.previous),
            absolute,
            percent,
        ]

    @staticmethod
    def value_text(value: int | Rate) -> str:
        if isinstance(value, Rate):
            if value.percent is None:
                return "—"
            return f"{value.percent:.1f}% ({value.part}/{value.whole})"
        return str(value)

    def _chart(self, figures: FigureTable, overview: Overview) -> QPixmap:
        """The printout's chart (a ReportLab drawing), rendered from its PDF."""
        from desk_app.printing.charts import drawing_pdf
        from desk_app.printing.monthly_overview import chart_drawing

        data = QByteArray(drawing_pdf(chart_drawing(figures, overview)))
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        points = document.pagePointSize(0)
        scale = CHART_DPI / 72 * self.devicePixelRatioF()
        image = document.render(
            0, QSize(round(points.width() * scale), round(points.height() * scale))
        )
        document.close()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        return pixmap

    # -- paper -----------------------------------------------------------------------

    def _file_name(self) -> str:
        return f"月度概览-{self.month()}.pdf"

    def _dialog(self):
        from desk_app.ui.kit.pdf_preview import PdfPreviewDialog

        month = self.month()
        pdf = run_op(self.status, lambda: self.services.monthly.render(self.actor, month))
        if pdf is None:
            return None
        return PdfPreviewDialog(
            pdf,
            self.tr("Monthly overview %1").replace("%1", str(month)),
            self._file_name(),
            self,
            commit=lambda: self.services.monthly.print(self.actor, month),
        )

    def preview(self) -> None:
        dialog = self._dialog()
        if dialog is not None:
            dialog.exec()

    def print_pdf(self) -> None:
        dialog = self._dialog()
        if dialog is not None:
            dialog.print_document()

    def save_pdf(self) -> None:
        path = file_dialogs.save_file_name(
            self, self.tr("Save as PDF"), self._file_name(), self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        from desk_app.db.files import refuse_database_file

        month = self.month()

        def write() -> None:
            refuse_database_file(path)
            path.write_bytes(self.services.monthly.print(self.actor, month))

        done = self.tr("Saved to %1.").replace("%1", str(path))
        return run_op(self.status, lambda: write() or True, done, file=path) is not None

    # -- the archive ------------------------------------------------------------------

    def close_month(self) -> None:
        month = self.month()
        answer = QMessageBox.question(
            self,
            self.tr("Close the month"),
            self.tr(
                "Put the registers of every day of %1 and its overview into the archive "
                "folder? Closing it again later makes a new version; nothing is overwritten."
            ).replace("%1", str(month)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close_month_now(month)

    def close_month_now(self, month: Month):
        bundle = run_op(self.status, lambda: self.services.archive.close_month(self.actor, month))
        if bundle is None:
            return None
        text = (
            self.tr("%1 closed (version %2): %3 files in %4.")
            .replace("%1", str(month))
            .replace("%2", str(bundle.version))
            .replace("%3", str(len(bundle.files)))
            .replace("%4", str(bundle.folder))
        )
        self.refresh()
        if bundle.unsigned_days:
            days = ", ".join(day.isoformat() for day in bundle.unsigned_days)
            text += " " + self.tr("Not signed by a supervisor: %1.").replace("%1", days)
            feedback.show_error_text(self.status, text)
        else:
            feedback.show_ok(self.status, text)
        return bundle
