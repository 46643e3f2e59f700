"""The callback (回访) as one form the clerk fills in while on the phone: how the call
went, and if the resident was reached how satisfied they are, the result and remarks;
if they asked to be called later, when. A satisfied result on an order whose slip is
back closes the order with the same Enter. A supervisor amends a saved result in the
same form, with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.work_orders import (
    ATTEMPT_OUTCOMES,
    CALL_OUTCOME_LABELS,
    CONTEXT,
    SATISFACTION_LABELS,
    CallOutcome,
    Satisfaction,
)
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.work_orders.views import CallbackRow, WorkOrderDetail
from desk_app.ui.i18n import translate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.text_limits import limit_lines
from desk_app.ui.work_orders.step_forms import save_keys

_FIELDS = {
    "outcome": "outcome",
    "satisfaction": "satisfaction",
    "result": "result",
    "remarks": "remarks",
    "call_later_at": "callLater",
    "reason": "reason",
}
# What the outcome list offers, reached first: most calls get through.
OUTCOMES = (CallOutcome.REACHED, *sorted(ATTEMPT_OUTCOMES, key=list(CallOutcome).index))
CALL_LATER_DEFAULT = timedelta(hours=1)


class CallbackDialog(FormBacked, QDialog):
    FORM = "work_orders/callback.ui"
    WIDGETS = {
        "orderLabel": QLabel,
        "fields": QFormLayout,
        "outcome": QComboBox,
        "satisfaction": QComboBox,
        "result": QLineEdit,
        "remarks": QLineEdit,
        "callLater": QDateTimeEdit,
        "reason": QLineEdit,
        "closeNote": QLabel,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        order: WorkOrderDetail,
        *,
        amend: CallbackRow | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.order, self.amending = services, actor, order, amend
        self.saved: WorkOrderDetail | None = None
        ui = self.setup_form()
        ui.orderLabel.setText(
            f"{order.serial}  {order.where}  {order.contact_name} {order.contact_phone}\n"
            f"{order.work_done or order.description}"
        )
        for outcome in OUTCOMES:
            ui.outcome.addItem(translate(CONTEXT, CALL_OUTCOME_LABELS[outcome]), outcome.value)
        for rating in Satisfaction:
            ui.satisfaction.addItem(translate(CONTEXT, SATISFACTION_LABELS[rating]), rating.value)
        ui.satisfaction.setCurrentIndex(ui.satisfaction.findData(Satisfaction.SATISFIED.value))
        later = services.ctx.local(services.ctx.now() + CALL_LATER_DEFAULT).replace(tzinfo=None)
        ui.callLater.setDateTime(QDateTime(later))
        limit_lines({ui.result: limits.NOTE, ui.remarks: limits.NOTE, ui.reason: limits.NOTE})
        if amend is None:
            self.setWindowTitle(self.tr("Callback %1").replace("%1", order.serial))
            ui.fields.setRowVisible(ui.reason, False)
        else:
            self.setWindowTitle(
                self.tr("Amend the callback result of %1").replace("%1", order.serial)
            )
            ui.fields.setRowVisible(ui.outcome, False)
            ui.fields.setRowVisible(ui.callLater, False)
            if amend.satisfaction is not None:
                ui.satisfaction.setCurrentIndex(ui.satisfaction.findData(amend.satisfaction.value))
            ui.result.setText(amend.result)
            ui.remarks.setText(amend.remarks)
        ui.outcome.currentIndexChanged.connect(self._outcome_changed)
        ui.satisfaction.currentIndexChanged.connect(self._outcome_changed)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        save_keys(self)
        self._outcome_changed()
        (ui.outcome if amend is None else ui.satisfaction).setFocus()

    def outcome(self) -> CallOutcome:
        return CallOutcome(self.ui.outcome.currentData())

    def _outcome_changed(self) -> None:
        ui = self.ui
        reached = self.amending is not None or self.outcome() is CallOutcome.REACHED
        ui.fields.setRowVisible(ui.satisfaction, reached)
        ui.fields.setRowVisible(ui.result, reached)
        if self.amending is None:
            ui.fields.setRowVisible(ui.callLater, self.outcome() is CallOutcome.CALL_LATER)
        closes = (
            self.amending is None
            and reached
            and self.order.slip_returned_at is not None
            and ui.satisfaction.currentData() != Satisfaction.DISSATISFIED.value
        )
        ui.closeNote.setText(
            self.tr("The slip is back: saving this result closes the order.") if closes else ""
        )
        self.adjustSize()

    def call(self) -> Callable[[], WorkOrderDetail]:
        ui, callbacks, actor, order = (
            self.ui,
            self.services.work_orders.callbacks,
            self.actor,
            self.order,
        )
        if self.amending is not None:
            call_id = self.amending.id

            def amend() -> WorkOrderDetail:
                callbacks.amend(
                    actor,
                    call_id,
                    reason=ui.reason.text(),
                    satisfaction=ui.satisfaction.currentData(),
                    result=ui.result.text(),
                    remarks=ui.remarks.text(),
                )
                return self.services.work_orders.queries.get(actor, order.id)

            return amend
        outcome = self.outcome()
        if outcome is CallOutcome.REACHED:
            return lambda: callbacks.record(
                actor,
                order.id,
                ui.satisfaction.currentData(),
                result=ui.result.text(),
                remarks=ui.remarks.text(),
                close=True,
            )
        later = None
        if outcome is CallOutcome.CALL_LATER:
            later = ui.callLater.dateTime().toPython().replace(tzinfo=self.services.ctx.zone)
        return lambda: callbacks.attempt(
            actor, order.id, outcome, call_later_at=later, remarks=ui.remarks.text()
        )

    def accept(self) -> None:
        fields = {key: getattr(self.ui, name) for key, name in _FIELDS.items()}
        saved = run_op(self.ui.errorLabel, self.call(), fields=fields)
        if saved is not None:
            self.saved = saved
            super().accept()
