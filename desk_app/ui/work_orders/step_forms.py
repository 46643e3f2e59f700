"""The small forms a step asks: when it happened (as the technician reports it), the
department and technician, what was done, why it waits and until when, the reason
for a hand-back, a transfer, a cancellation. One form, showing the fields its step
needs; it saves through the service and stays open, with what was typed, on an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.lifecycle import reported_time
from desk_app.domain.work_orders import (
    CONTEXT,
    HOLD_REASON_LABELS,
    LIFECYCLE,
    Action,
    HoldReason,
    Urgency,
    default_hold_until,
)
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.work_orders.views import WorkOrderDetail
from desk_app.ui.i18n import translate
from desk_app.ui.kit.dates import pydate, qdate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.text_limits import limit_lines

# The form's inputs by the field names the services use in their errors.
_FIELDS = {
    "at": "when",
    "department_id": "department",
    "technician": "technician",
    "hold_reason": "holdReason",
    "until": "until",
    "work_done": "workDone",
    "stop_gap": "stopGap",
    "reason": "reason",
    "note": "reason",
    "resident_agreed": "department",
}


@dataclass(frozen=True)
class Rows:
    """Which of the form's rows a step shows (the reason row may read "Note")."""

    when: bool = False
    department: bool = False
    technician: bool = False
    hold: bool = False
    work_done: bool = False
    stop_gap: bool = False
    reason: bool = False
    note: bool = False  # the reason row, optional and labelled "Note"


ROWS: dict[Action, Rows] = {
    Action.DISPATCH: Rows(when=True, department=True, technician=True),
    Action.ARRIVE: Rows(when=True, note=True),
    Action.COMPLETE: Rows(when=True, work_done=True, stop_gap=True),
    Action.HOLD: Rows(hold=True, note=True),
    Action.HAND_BACK: Rows(reason=True),
    Action.TRANSFER: Rows(department=True, technician=True, reason=True),
    Action.CANCEL: Rows(reason=True),
    Action.VOID: Rows(reason=True),
    Action.REOPEN: Rows(reason=True),
}


def save_keys(dialog: QDialog) -> None:
    """Ctrl+Enter saves from anywhere, a text box too (where Enter starts a new line)."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, activated=dialog.accept)


def asks(action: Action) -> bool:
    """Whether ``action`` needs the form (the others are taken at once)."""
    return action in ROWS


class StepDialog(FormBacked, QDialog):
    FORM = "work_orders/step.ui"
    WIDGETS = {
        "orderLabel": QLabel,
        "fields": QFormLayout,
        "when": QDateTimeEdit,
        "department": QComboBox,
        "technician": QLineEdit,
        "holdReason": QComboBox,
        "until": QDateEdit,
        "workDone": QPlainTextEdit,
        "stopGap": QPlainTextEdit,
        "reasonLabel": QLabel,
        "reason": QPlainTextEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        order: WorkOrderDetail,
        action: Action,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.order, self.action = services, actor, order, action
        self.saved: WorkOrderDetail | None = None
        ui = self.setup_form()
        rows = ROWS[action]
        label = translate(CONTEXT, LIFECYCLE.label(action))
        self.setWindowTitle(f"{label} · {order.serial}")
        ui.orderLabel.setText(f"{order.serial}  {order.where}\n{order.description}")
        ctx = services.ctx
        self.offered = ctx.now()
        ui.when.setDateTime(QDateTime(ctx.local(self.offered).replace(tzinfo=None)))
        for dept in services.accounts.list_departments():
            ui.department.addItem(dept.name, dept.id)
        current = ui.department.findData(order.department_id)
        ui.department.setCurrentIndex(max(current, 0))
        ui.technician.setText(order.technician)
        for reason in HoldReason:
            ui.holdReason.addItem(translate(CONTEXT, HOLD_REASON_LABELS[reason]), reason.value)
        until = default_hold_until(ctx.today())
        ui.until.setMinimumDate(qdate(ctx.today()))
        ui.until.setDate(qdate(until))
        limit_lines({ui.technician: limits.NAME})
        stop_gap = rows.stop_gap and order.urgency is Urgency.EMERGENCY
        visible = {
            ui.when: rows.when,
            ui.department: rows.department,
            ui.technician: rows.technician,
            ui.holdReason: rows.hold,
            ui.until: rows.hold,
            ui.workDone: rows.work_done,
            ui.stopGap: stop_gap,
            ui.reason: rows.reason or rows.note,
        }
        for widget, shown in visible.items():
            ui.fields.setRowVisible(widget, shown)
        if rows.note:
            ui.reasonLabel.setText(self.tr("&Note"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        save_keys(self)
        first = next(widget for widget, shown in visible.items() if shown)
        first.setFocus()

    def moment(self) -> datetime | None:
        """The time typed, or None when left as offered (the step happens now)."""
        typed = self.ui.when.dateTime().toPython().replace(tzinfo=self.services.ctx.zone)
        return reported_time(typed, self.services.ctx.now(), self.offered)

    def call(self) -> Callable[[], WorkOrderDetail]:
        """The service call of the step as the form stands."""
        ui, steps, actor, order_id = (
            self.ui,
            self.services.work_orders.steps,
            self.actor,
            self.order.id,
        )
        reason = ui.reason.toPlainText()
        department = ui.department.currentData()
        technician = ui.technician.text()
        calls: dict[Action, Callable[[], WorkOrderDetail]] = {
            Action.DISPATCH: lambda: steps.dispatch(
                actor, order_id, department, technician, at=self.moment()
            ),
            Action.ARRIVE: lambda: steps.arrive(actor, order_id, self.moment(), reason),
            Action.COMPLETE: lambda: steps.complete(
                actor,
                order_id,
                at=self.moment(),
                work_done=ui.workDone.toPlainText(),
                stop_gap=ui.stopGap.toPlainText(),
            ),
            Action.HOLD: lambda: steps.hold(
                actor, order_id, ui.holdReason.currentData(), pydate(ui.until.date()), reason
            ),
            Action.HAND_BACK: lambda: steps.hand_back(actor, order_id, reason),
            Action.TRANSFER: lambda: steps.transfer(
                actor, order_id, department, reason, technician
            ),
            Action.CANCEL: lambda: steps.cancel(actor, order_id, reason),
            Action.VOID: lambda: steps.void(actor, order_id, reason),
            Action.REOPEN: lambda: steps.reopen(actor, order_id, reason),
        }
        return calls[self.action]

    def accept(self) -> None:
        fields = {key: getattr(self.ui, name) for key, name in _FIELDS.items()}
        saved = run_op(self.ui.errorLabel, self.call(), fields=fields)
        if saved is not None:
            self.saved = saved
            super().accept()


class ReasonDialog(FormBacked, QDialog):
    """Why a slip printed before is printed again (补打); kept in the print log."""

    FORM = "work_orders/reason.ui"
    WIDGETS = {
        "question": QLabel,
        "reason": QLineEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(self, serials: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        ui = self.setup_form()
        self.setWindowTitle(self.tr("Reprint"))
        ui.question.setText(
            self.tr(
                "%1 was printed before: this print is a reprint (补打). Why is it needed?"
            ).replace("%1", "、".join(serials))
        )
        limit_lines({ui.reason: limits.NOTE})
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.reason.setFocus()

    def reason(self) -> str:
        return self.ui.reason.text()
