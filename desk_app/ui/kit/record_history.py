"""修改记录: one record's history as its service words it (``services.kit.change_history``)
— when, who, what was done, each field changed as "label: before → after", and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.i18n import Tr
from desk_app.services.kit.change_history import FieldChange, HistoryLine
from desk_app.ui.i18n import translate


def _words(value: str) -> str:
    return translate(value.context, value) if isinstance(value, Tr) else value


class RecordHistoryDialog(QDialog):
    COLUMNS = 5

    def __init__(self, title: str, lines: Sequence[HistoryLine], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(lines), self.COLUMNS, self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Changes"),
                self.tr("Reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, line in enumerate(lines):
            cells = (
                line.at.strftime("%Y-%m-%d %H:%M"),
                line.actor,
                _words(line.action),
                "\n".join(self.change_text(change) for change in line.changes),
                line.reason,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 420)

    def change_text(self, change: FieldChange) -> str:
        label, new = _words(change.label), _words(change.new)
        if change.old is None:
            return self.tr("%1: %2").replace("%1", label).replace("%2", new)
        return (
            self.tr("%1: %2 → %3")
            .replace("%1", label)
            .replace("%2", _words(change.old))
            .replace("%3", new)
        )

    def text(self) -> str:
        """Everything the table shows, row by row (what a reader of the dialog sees)."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column).text() for column in range(self.COLUMNS)]
            rows.append("\t".join(cells))
        return "\n".join(rows)
