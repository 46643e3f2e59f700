"""The administrator's working days (settings): the days of a year the published
mainland calendar does not know yet, or corrections of it. The complaints' working-day
deadlines follow them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.app import Services
from desk_app.services.complaints.calendar import ENTITY, OverrideRow
from desk_app.services.context import Actor
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.dates import qdate
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.table_model import Column, RowTableModel, setup_list_view


class WorkingDaysTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.calendar = services.complaints.calendar
        layout = QVBoxLayout(self)
        self.known = QLabel(objectName="knownYears")
        self.known.setWordWrap(True)
        layout.addWidget(self.known)
        row = QHBoxLayout()
        self.day = QDateEdit(objectName="overrideDay", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = services.ctx.today()
        self.day.setDate(qdate(today))
        self.kind = QComboBox(objectName="overrideKind")
        self.kind.addItem(self.tr("Working day (e.g. a make-up day)"), True)
        self.kind.addItem(self.tr("Day off (public holiday)"), False)
        self.note = QLineEdit(objectName="overrideNote", maxLength=60)
        self.note.setPlaceholderText(self.tr("e.g. National Day"))
        self.save_button = QPushButton(self.tr("Enter the day"), objectName="saveDayButton")
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeDayButton")
        for widget in (self.day, self.kind, self.note, self.save_button, self.remove_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.model = RowTableModel[OverrideRow](
            [
                Column(self.tr("Day"), lambda r: f"{r.day:%Y-%m-%d}"),
                Column(
                    self.tr("Entered as"),
                    lambda r: self.tr("Working day") if r.working else self.tr("Day off"),
                ),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.table = QTableView(objectName="overrides")
        self.table.setModel(self.model)
        setup_list_view(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel(objectName="status")
        layout.addWidget(self.status)
        self.save_button.clicked.connect(self.save_day)
        self.remove_button.clicked.connect(self.remove_day)
        follow(self, services.db.changes, {ENTITY}, self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.calendar.overrides())
        year = self.services.ctx.today().year
        unknown = [y for y in (year, year + 1) if not self.calendar.year_is_known(y)]
        if unknown:
            self.known.setText(
                self.tr(
                    "The published calendar does not know %1 yet: enter its public holidays "
                    "and make-up working days, or deadlines count Monday to Friday."
                ).replace("%1", ", ".join(str(y) for y in unknown))
            )
        else:
            self.known.setText(self.tr("The published calendar knows this year and the next."))

    def _chosen(self):
        value = self.day.date()
        from datetime import date

        return date(value.year(), value.month(), value.day())

    def save_day(self) -> None:
        day, working, note = self._chosen(), self.kind.currentData(), self.note.text()
        run_op(
            self.status,
            lambda: self.calendar.set_day(self.actor, day, working, note),
            self.tr("%1 entered.").replace("%1", f"{day:%Y-%m-%d}"),
        )

    def remove_day(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        day = self.model.row_at(rows[0].row()).day if rows else self._chosen()
        run_op(
            self.status,
            lambda: self.calendar.clear_day(self.actor, day),
            self.tr("%1 follows the published calendar again.").replace("%1", f"{day:%Y-%m-%d}"),
        )
