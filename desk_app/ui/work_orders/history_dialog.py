"""修改记录: an order's changes as the clerk reads them — when, who, what step, which
field from what to what (labels and names, local times), and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain.i18n import Tr
from desk_app.services.kit.history_words import Change
from desk_app.ui.i18n import translate
from desk_app.ui.kit.forms import FormBacked


def words(text: str) -> str:
    """A history value in the interface language (a ``Tr`` is translated)."""
    return translate(text.context, text) if isinstance(text, Tr) else text


class HistoryDialog(FormBacked, QDialog):
    FORM = "work_orders/history.ui"
    WIDGETS = {"changes": QTableWidget, "buttons": QDialogButtonBox}

    def __init__(self, title: str, changes: list[Change], zone, parent: QWidget | None = None):
        super().__init__(parent)
        ui = self.setup_form()
        self.setWindowTitle(title)
        table = ui.changes
        headers = [
            self.tr("Time"),
            self.tr("By"),
            self.tr("What"),
            self.tr("Changes"),
            self.tr("Reason"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (
                change.at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                change.actor,
                words(change.action),
                "\n".join(self.field_text(f.label, f.old, f.new) for f in change.fields),
                change.reason,
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        ui.buttons.rejected.connect(self.reject)

    def field_text(self, label: str, old: str, new: str) -> str:
        label, old, new = words(label), words(old), words(new)
        if not old:
            return self.tr("%1: %2").replace("%1", label).replace("%2", new)
        if not new:
            return self.tr("%1: %2 removed").replace("%1", label).replace("%2", old)
        return self.tr("%1: %2 → %3").replace("%1", label).replace("%2", old).replace("%3", new)

    def texts(self) -> list[list[str]]:
        """The table as shown, row by row (what the clerk reads)."""
        table = self.ui.changes
        return [
            [table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())
        ]
