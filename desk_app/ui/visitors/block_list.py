"""The visitor block list, kept by the administrator and the supervisors: who may not
come in without a reason, until when; an entry is lifted with a reason, never deleted."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.personal import MAX_PHONE_CHARS
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.visitors import BlockDraft, BlockInfo
from desk_app.ui.kit import feedback
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.dates import qdate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.table_model import Column, RowTableModel, setup_list_view
from desk_app.ui.kit.text_limits import limit_lines

FIELDS = {
    "name": "name",
    "phone": "phone",
    "id_number": "idNumber",
    "plate": "plate",
    "reason": "reason",
    "until": "until",
}


class BlockListDialog(FormBacked, QDialog):
    FORM = "visitors/block_list.ui"
    WIDGETS = {
        "entries": QTableView,
        "showLifted": QCheckBox,
        "liftButton": QPushButton,
        "addBox": QGroupBox,
        "name": QLineEdit,
        "phone": QLineEdit,
        "idNumber": QLineEdit,
        "plate": QLineEdit,
        "reason": QLineEdit,
        "untilSet": QCheckBox,
        "until": QDateEdit,
        "addButton": QPushButton,
        "status": QLabel,
        "closeButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.blocks = services.visitors.blocks
        ui = self.setup_form()
        limit_lines(
            {
                ui.name: limits.NAME,
                ui.phone: MAX_PHONE_CHARS,
                ui.idNumber: limits.PHONE_INPUT,
                ui.plate: limits.LABEL,
                ui.reason: limits.TEXT,
            }
        )
        self.model = RowTableModel[BlockInfo](self._columns(), self)
        ui.entries.setModel(self.model)
        setup_list_view(ui.entries)
        header = ui.entries.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        today = services.ctx.today() + timedelta(days=90)
        ui.until.setDate(qdate(today))
        ui.until.setEnabled(False)
        ui.untilSet.toggled.connect(ui.until.setEnabled)
        ui.addButton.clicked.connect(self.add)
        ui.liftButton.clicked.connect(self.lift_selected)
        ui.showLifted.toggled.connect(self.reload)
        ui.closeButton.clicked.connect(self.accept)
        follow(self, services.db.changes, {"visitor_block"}, self.reload)
        self.resize(860, 560)
        self.reload()

    def _columns(self) -> list[Column[BlockInfo]]:
        def until(row: BlockInfo) -> str:
            return row.until.isoformat() if row.until else self.tr("for good")

        def state(row: BlockInfo) -> str:
            if not row.active:
                return self.tr("Lifted")
            return self.tr("In force") if row.in_force else self.tr("Ended")

        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("ID number"), lambda r: r.id_number),
            Column(self.tr("Plate"), lambda r: r.plate),
            Column(self.tr("Until"), until),
            Column(self.tr("State"), state),
            Column(self.tr("Reason"), lambda r: r.reason),
        ]

    def reload(self) -> None:
        rows = run_op(
            self.ui.status,
            lambda: self.blocks.entries(self.actor, include_lifted=self.ui.showLifted.isChecked()),
        )
        self.model.set_rows(rows or [])

    def draft(self) -> BlockDraft:
        ui = self.ui
        until = None
        if ui.untilSet.isChecked():
            day = ui.until.date()
            until = date(day.year(), day.month(), day.day())
        return BlockDraft(
            name=ui.name.text(),
            phone=ui.phone.text(),
            id_number=ui.idNumber.text(),
            plate=ui.plate.text(),
            reason=ui.reason.text(),
            until=until,
        )

    def add(self) -> None:
        draft = self.draft()
        fields = {name: getattr(self.ui, widget) for name, widget in FIELDS.items()}
        added = run_op(
            self.ui.status,
            lambda: self.blocks.add(self.actor, draft),
            self.tr("Added to the block list."),
            fields=fields,
        )
        if added is not None:
            for widget in (self.ui.name, self.ui.phone, self.ui.idNumber, self.ui.plate):
                widget.clear()
            self.ui.reason.clear()
            self.ui.name.setFocus()

    def lift_selected(self) -> None:
        index = self.ui.entries.currentIndex()
        if not index.isValid():
            feedback.show_error_text(self.ui.status, self.tr("Choose the entry to lift."))
            return
        entry = self.model.row_at(index.row())
        reason, ok = QInputDialog.getText(
            self, self.tr("Lift a block"), self.tr("Why is the block lifted?")
        )
        if ok:
            run_op(
                self.ui.status,
                lambda: self.blocks.lift(self.actor, entry.id, reason),
                self.tr("Lifted."),
            )
