"""The work-order form: new, from a call's entry, or an open order's corrections."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.errors import DeskError
from desk_app.domain.personal import MAX_PHONE_CHARS
from desk_app.domain.work_orders import (
    CONTEXT,
    LOCATION_LABELS,
    URGENCY_LABELS,
    Location,
    Urgency,
)
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.work_orders.categories import KIND as CATEGORY_KIND
from desk_app.services.work_orders.views import QuoteLineDraft, WorkOrderDetail, WorkOrderDraft
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.room_field import RoomChoice, RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.text_limits import count_text, limit_lines

_FIELDS = {
    "room_id": "room",
    "place": "place",
    "contact_name": "contactName",
    "contact_phone": "phone",
    "category": "category",
    "urgency": "urgency",
    "location": "location",
    "appointment_at": "appointment",
    "description": "description",
    "department_id": "department",
    "technician": "technician",
    "quote_lines": "quoteLines",
    "labour_fee": "labour",
    "resident_agreed": "agreed",
}
_QUOTE_COLUMNS = 5  # name, quantity, unit, unit price, amount (computed)
APPOINTMENT_AHEAD = timedelta(hours=2)  # what the appointment field offers first


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """The combo's items again, keeping the choice made if it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


class WorkOrderDialog(FormBacked, QDialog):
    FORM = "work_orders/dialog.ui"
    WIDGETS = {
        "room": QLineEdit,
        "contactName": QLineEdit,
        "phone": QLineEdit,
        "location": QComboBox,
        "place": QLineEdit,
        "category": QComboBox,
        "urgency": QComboBox,
        "appointment": QDateTimeEdit,
        "hasAppointment": QCheckBox,
        "description": QPlainTextEdit,
        "department": QComboBox,
        "technician": QLineEdit,
        "paidBox": QGroupBox,
        "quoteLines": QTableWidget,
        "addLineButton": QPushButton,
        "removeLineButton": QPushButton,
        "labour": QDoubleSpinBox,
        "totalLabel": QLabel,
        "agreed": QCheckBox,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
        "historyBox": QGroupBox,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        draft: WorkOrderDraft | None = None,
        order: WorkOrderDetail | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.order = services, actor, order
        self.work_orders = services.work_orders
        self.saved: WorkOrderDetail | None = None
        self.source = draft.source if draft else None
        ui = self.setup_form()
        self.setWindowTitle(
            self.tr("New work order")
            if order is None
            else self.tr("Work order %1").replace("%1", order.serial)
        )
        for location in Location:
            ui.location.addItem(translate(CONTEXT, LOCATION_LABELS[location]), location.value)
        self._fill_categories()
        for urgency in Urgency:
            ui.urgency.addItem(translate(CONTEXT, URGENCY_LABELS[urgency]), urgency.value)
        self._fill_departments()
        # The code lists follow their changes while the form is open.
        follow(self, services.db.changes, {CATEGORY_KIND}, self._fill_categories)
        follow(self, services.db.changes, {"department"}, self._fill_departments)
        ui.quoteLines.setColumnCount(_QUOTE_COLUMNS)
        ui.quoteLines.setHorizontalHeaderLabels(
            [
                self.tr("Material"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Unit price"),
                self.tr("Amount"),
            ]
        )
        ui.quoteLines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.quoteLines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        soon = services.ctx.local(services.ctx.now() + APPOINTMENT_AHEAD).replace(tzinfo=None)
        ui.appointment.setDateTime(QDateTime(soon))
        limit_lines(
            {
                ui.room: limits.PLACE,
                ui.place: limits.PLACE,
                ui.contactName: limits.NAME,
                ui.phone: MAX_PHONE_CHARS,
                ui.technician: limits.NAME,
            }
        )
        self.description_counter = count_text(ui.description, limits.TEXT)

        self.room_field = RoomField(ui.room, room_lookup(services, actor))
        self.history = RoomHistoryPanel(services, actor, ui.historyBox)
        ui.historyBox.layout().addWidget(self.history)
        self.room_field.picked.connect(self._room_picked)
        self.room_field.cleared.connect(lambda: self.history.show_room(None))

        self._fill(order, draft)
        ui.hasAppointment.toggled.connect(ui.appointment.setEnabled)
        ui.appointment.setEnabled(ui.hasAppointment.isChecked())
        ui.category.currentIndexChanged.connect(self._suggest_department)
        ui.location.currentIndexChanged.connect(self._suggest_department)
        ui.paidBox.toggled.connect(self._suggest_department)
        ui.addLineButton.clicked.connect(self._add_line)
        ui.removeLineButton.clicked.connect(self._remove_line)
        ui.quoteLines.itemChanged.connect(self._update_total)
        ui.labour.valueChanged.connect(self._update_total)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._update_total()
        (ui.description if draft and draft.description else ui.room).setFocus()

    # -- filling ---------------------------------------------------------------------------

    def _fill_categories(self) -> None:
        _refill(self.ui.category, [(c.label, c.code) for c in self.work_orders.categories.list()])

    def _fill_departments(self) -> None:
        departments = self.services.accounts.list_departments()
        _refill(self.ui.department, [(d.name, d.id) for d in departments])

    def _fill(self, order: WorkOrderDetail | None, draft: WorkOrderDraft | None) -> None:
        ui = self.ui
        if order is not None:
            draft = WorkOrderDraft(
                description=order.description,
                category=order.category,
                urgency=order.urgency,
                location=order.location,
                room_id=order.room_id,
                place=order.place,
                contact_name=order.contact_name,
                contact_phone=order.contact_phone,
                appointment_at=order.appointment_at,
                paid=order.paid,
                quote_lines=tuple(
                    QuoteLineDraft(q.name, q.quantity, q.unit, q.unit_price)
                    for q in order.quote_lines
                ),
                labour_fee=order.labour_fee,
                department_id=order.department_id,
                technician=order.technician,
            )
            ui.agreed.setChecked(order.resident_agreed_at is not None)
            ui.agreed.setEnabled(order.resident_agreed_at is None)
        if draft is None:
            self._suggest_department()
            return
        if draft.room_id is not None:
            label = self.services.residents.get_room(self.actor, draft.room_id).label
            self.room_field.set_choice(
                RoomChoice(draft.room_id, label, draft.contact_name, draft.contact_phone, label)
            )
        ui.contactName.setText(draft.contact_name)
        ui.phone.setText(draft.contact_phone)
        ui.location.setCurrentIndex(max(0, ui.location.findData(Location(draft.location).value)))
        ui.place.setText(draft.place)
        ui.category.setCurrentIndex(max(0, ui.category.findData(draft.category)))
        ui.urgency.setCurrentIndex(max(0, ui.urgency.findData(Urgency(draft.urgency).value)))
        if draft.appointment_at is not None:
            local = self.services.ctx.local(draft.appointment_at).replace(tzinfo=None)
            ui.appointment.setDateTime(QDateTime(local))
            ui.hasAppointment.setChecked(True)
        ui.description.setPlainText(draft.description)
        ui.paidBox.setChecked(draft.paid)
        for line in draft.quote_lines:
            self._add_line([line.name, str(line.quantity), line.unit, str(line.unit_price)])
        ui.labour.setValue(float(draft.labour_fee))
        if draft.department_id is not None:
            ui.department.setCurrentIndex(max(0, ui.department.findData(draft.department_id)))
        else:
            self._suggest_department()
        ui.technician.setText(draft.technician)

    def _room_picked(self, choice: RoomChoice) -> None:
        if not self.ui.contactName.text().strip():
            self.ui.contactName.setText(choice.resident)
        if not self.ui.phone.text().strip():
            self.ui.phone.setText(choice.phone)
        self.ui.location.setCurrentIndex(self.ui.location.findData(Location.IN_HOME.value))
        self.history.show_room(choice.room_id)

    def _suggest_department(self) -> None:
        ui = self.ui
        suggested = self.work_orders.orders.suggest_department(
            ui.category.currentData() or "other", ui.location.currentData(), ui.paidBox.isChecked()
        )
        if suggested is not None:
            ui.department.setCurrentIndex(max(0, ui.department.findData(suggested)))

    # -- the quote ---------------------------------------------------------------------------

    def _add_line(self, values: list[str] | None = None) -> None:
        table = self.ui.quoteLines
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate((values or ["", "1", "", "0"]) + [""]):
            item = QTableWidgetItem(value)
            table.setItem(row, column, item)
        amount = table.item(row, 4)
        amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if values is None:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        self._update_total()

    def _remove_line(self) -> None:
        row = self.ui.quoteLines.currentRow()
        if row >= 0:
            self.ui.quoteLines.removeRow(row)
            self._update_total()

    def quote_lines(self) -> tuple[QuoteLineDraft, ...]:
        table = self.ui.quoteLines
        lines = []
        for row in range(table.rowCount()):
            cells = [
                (table.item(row, c).text() if table.item(row, c) else "").strip() for c in range(4)
            ]
            if any(cells):
                lines.append(QuoteLineDraft(cells[0], cells[1] or "0", cells[2], cells[3] or "0"))
        return tuple(lines)

    def _update_total(self) -> None:
        table = self.ui.quoteLines
        total = Decimal(str(self.ui.labour.value()))
        table.blockSignals(True)
        for row in range(table.rowCount()):
            try:
                amount = Decimal(table.item(row, 1).text()) * Decimal(table.item(row, 3).text())
            except (InvalidOperation, AttributeError):
                amount = None
            if table.item(row, 4) is not None:
                table.item(row, 4).setText("" if amount is None else f"{amount:.2f}")
            total += amount or 0
        table.blockSignals(False)
        self.ui.totalLabel.setText(self.tr("Total ¥%1").replace("%1", f"{total:.2f}"))

    # -- saving ------------------------------------------------------------------------------

    def draft(self) -> WorkOrderDraft:
        ui = self.ui
        choice = self.room_field.choice
        appointment = None
        if ui.hasAppointment.isChecked():
            appointment = ui.appointment.dateTime().toPython().astimezone()
        return WorkOrderDraft(
            description=ui.description.toPlainText(),
            category=ui.category.currentData(),
            urgency=ui.urgency.currentData(),
            location=ui.location.currentData(),
            room_id=choice.room_id if choice else None,
            place=ui.place.text()
            if choice or not ui.room.text().strip()
            else " ".join(
                part for part in (ui.room.text().strip(), ui.place.text().strip()) if part
            ),
            contact_name=ui.contactName.text(),
            contact_phone=ui.phone.text(),
            appointment_at=appointment,
            paid=ui.paidBox.isChecked(),
            quote_lines=self.quote_lines() if ui.paidBox.isChecked() else (),
            labour_fee=Decimal(str(ui.labour.value())) if ui.paidBox.isChecked() else Decimal(0),
            department_id=ui.department.currentData(),
            technician=ui.technician.text(),
            source=self.source if self.order is None else None,
        )

    def accept(self) -> None:
        ui = self.ui
        try:
            if self.order is None:
                row = self.work_orders.orders.create(self.actor, self.draft())
            else:
                row = self.work_orders.orders.update(
                    self.actor, self.order.id, replace(self.draft(), source=None)
                )
            if row.paid and ui.agreed.isChecked() and row.resident_agreed_at is None:
                row = self.work_orders.orders.record_agreement(self.actor, row.id)
        except DeskError as error:
            fields = {key: getattr(ui, name) for key, name in _FIELDS.items()}
            feedback.show_error(ui.errorLabel, error, fields)
            if self.order is None and "row" in locals():
                self.order = row  # created already: further saves correct it
            return
        self.saved = row
        super().accept()
