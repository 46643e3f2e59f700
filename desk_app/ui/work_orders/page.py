"""派工单: the desk's work orders — create, print, step through, scan returned slips,
call back. Late and nearly late orders stand out in red and amber."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import (
    ACTION_LABELS,
    CALL_OUTCOME_LABELS,
    CONTEXT,
    HOLD_REASON_LABELS,
    LEVEL_LABELS,
    SATISFACTION_LABELS,
    STATUS_LABELS,
    URGENCY_LABELS,
    Action,
    CallOutcome,
    HoldReason,
    Level,
    Satisfaction,
    Status,
    Urgency,
)
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.work_orders.service import (
    SCAN_PROBLEM_LABELS,
    Sort,
    WorkOrderDraft,
    WorkOrderFilter,
    WorkOrderRow,
)
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.table_model import Column, PagedTableModel, setup_list_view
from desk_app.ui.work_orders.dialog import WorkOrderDialog

RED = QColor("#ffcdd2")
AMBER = QColor("#ffe0b2")

# The step the big button offers in each state.
NEXT_STEP = {
    Status.CREATED: Action.DISPATCH,
    Status.DISPATCHED: Action.ARRIVE,
    Status.ON_SITE: Action.COMPLETE,
    Status.ON_HOLD: Action.RESUME,
    Status.COMPLETED: Action.RETURN_SLIP,
    Status.SLIP_RETURNED: Action.CALLBACK,
    Status.CALLBACK_DONE: Action.CLOSE,
    Status.CLOSED: Action.REOPEN,
}
MORE_STEPS = (
    Action.HOLD,
    Action.RESUME,
    Action.HAND_BACK,
    Action.TRANSFER,
    Action.CANCEL,
    Action.VOID,
    Action.REOPEN,
    Action.CLOSE,
)


def next_step(row: WorkOrderRow) -> Action | None:
    """The step the big button offers: the order's next one on the way to closed."""
    if row.status is Status.CALLBACK_DONE and row.slip_returned_at is None:
        return Action.RETURN_SLIP  # called back before the paper came back
    return NEXT_STEP.get(row.status)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class WorkOrdersPage(FormBacked, QWidget):
    FORM = "work_orders/page.ui"
    WIDGETS = {
        "newButton": QPushButton,
        "scanField": QLineEdit,
        "view": QComboBox,
        "dateFrom": QDateEdit,
        "dateTo": QDateEdit,
        "filterStatus": QComboBox,
        "filterUrgency": QComboBox,
        "filterDepartment": QComboBox,
        "filterRoom": QLineEdit,
        "filterText": QLineEdit,
        "overdueOnly": QCheckBox,
        "sortByDeadline": QCheckBox,
        "orders": QTableView,
        "detail": QTextBrowser,
        "status": QLabel,
        "printButton": QPushButton,
        "stepButton": QPushButton,
        "moreButton": QToolButton,
        "callbackButton": QPushButton,
        "editButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.work_orders = services.work_orders
        self.current: WorkOrderRow | None = None
        ui = self.setup_form()
        self._fill_choices()
        self.model = PagedTableModel[WorkOrderRow](self._columns(), self, style=self._row_style)
        table = ui.orders
        table.setModel(self.model)
        setup_list_view(table, multi=True)  # several slips print in one batch
        for column, width in enumerate((128, 84, 130, 74, 46, 64, 74, 180, 64)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(self.edit_current)
        ui.splitter.setSizes([840, 300])
        today = services.ctx.today()
        ui.dateFrom.setDate(QDate(today.year, today.month, today.day).addDays(-30))
        ui.dateTo.setDate(QDate(today.year, today.month, today.day))
        self._more = QMenu(self)
        ui.moreButton.setMenu(self._more)
        self._wire()
        self.reload()
        self._show(None)

    # -- set-up -------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        views = (
            (self.tr("All orders"), {}),
            (self.tr("Open"), {"open_only": True}),
            (self.tr("Callbacks due"), {"callback_due": True}),
            (self.tr("Slips not returned"), {"slip_outstanding": True}),
            (self.tr("Unreachable (supervisor)"), {"unreachable_only": True}),
        )
        for label, options in views:
            ui.view.addItem(label, options)
        ui.filterStatus.addItem(self.tr("Any status"), None)
        for status in Status:
            ui.filterStatus.addItem(translate(CONTEXT, STATUS_LABELS[status]), status.value)
        ui.filterUrgency.addItem(self.tr("Any urgency"), None)
        for urgency in Urgency:
            ui.filterUrgency.addItem(translate(CONTEXT, URGENCY_LABELS[urgency]), urgency.value)
        ui.filterDepartment.addItem(self.tr("All departments"), None)
        for dept in self.services.accounts.list_departments():
            ui.filterDepartment.addItem(dept.name, dept.id)

    def _wire(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_order())
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_order())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_selected)
        ui.printButton.clicked.connect(self.print_selected)
        ui.stepButton.clicked.connect(self.next_step)
        ui.callbackButton.clicked.connect(self.call_back)
        ui.editButton.clicked.connect(self.edit_current)
        ui.scanField.returnPressed.connect(self.scan)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        for widget in (ui.dateFrom, ui.dateTo):
            widget.dateChanged.connect(self.reload)
        for combo in (ui.view, ui.filterStatus, ui.filterUrgency, ui.filterDepartment):
            combo.currentIndexChanged.connect(self.reload)
        for box in (ui.overdueOnly, ui.sortByDeadline):
            box.toggled.connect(self.reload)
        ui.filterText.textChanged.connect(lambda _t: self._timer.start())
        ui.filterRoom.textChanged.connect(lambda _t: self._timer.start())

    def _columns(self) -> list[Column[WorkOrderRow]]:
        ctx = self.services.ctx
        return [
            Column(self.tr("Serial"), lambda r: r.serial),
            Column(self.tr("Reported"), lambda r: ctx.local(r.created_at).strftime("%m-%d %H:%M")),
            Column(self.tr("Room / place"), lambda r: r.where),
            Column(self.tr("Category"), lambda r: r.category_label),
            Column(self.tr("Urgency"), lambda r: translate(CONTEXT, URGENCY_LABELS[r.urgency])),
            Column(self.tr("Status"), lambda r: translate(CONTEXT, STATUS_LABELS[r.status])),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Deadline"), self._deadline_text),
            Column(self.tr("Slip out"), self._slip_age),
            Column(self.tr("Description"), lambda r: r.description.replace("\n", " ")),
        ]

    def _deadline_text(self, row: WorkOrderRow) -> str:
        if row.deadline is None:
            return ""
        when = self.services.ctx.local(row.deadline).strftime("%m-%d %H:%M")
        if row.paused:
            return self.tr("%1 (paused)").replace("%1", when)
        hours = (row.seconds_left or 0) / 3600
        if abs(hours) >= 48:
            span = self.tr("%1 days").replace("%1", f"{abs(hours) / 24:.0f}")
        elif abs(hours) >= 1:
            digits = 0 if abs(hours) >= 10 else 1
            span = self.tr("%1 h").replace("%1", f"{abs(hours):.{digits}f}")
        else:
            span = self.tr("%1 min").replace("%1", f"{abs(hours) * 60:.0f}")
        if hours < 0:
            return self.tr("%1 (%2 late)").replace("%1", when).replace("%2", span)
        return self.tr("%1 (%2 left)").replace("%1", when).replace("%2", span)

    def _slip_age(self, row: WorkOrderRow) -> str:
        """How long the paper slip has been out since the job was completed."""
        if not row.slip_outstanding or row.completed_at is None:
            return ""
        hours = (self.services.ctx.now() - row.completed_at).total_seconds() / 3600
        if hours >= 48:
            return self.tr("%1 days").replace("%1", f"{hours / 24:.0f}")
        return self.tr("%1 h").replace("%1", f"{hours:.0f}")

    def _row_style(self, row: WorkOrderRow, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.level is Level.RED:
                return QBrush(RED)
            if row.level is Level.AMBER:
                return QBrush(AMBER)
        if role == Qt.ItemDataRole.ToolTipRole and row.level is not Level.OK:
            return translate(CONTEXT, LEVEL_LABELS[row.level])
        return None

    # -- the list ------------------------------------------------------------------------------

    def current_filter(self) -> WorkOrderFilter:
        ui = self.ui
        room_text = ui.filterRoom.text().strip()
        statuses = (ui.filterStatus.currentData(),) if ui.filterStatus.currentData() else None
        return WorkOrderFilter(
            date_from=_pydate(ui.dateFrom.date()),
            date_to=_pydate(ui.dateTo.date()),
            statuses=statuses,
            urgency=ui.filterUrgency.currentData(),
            department_id=ui.filterDepartment.currentData(),
            overdue_only=ui.overdueOnly.isChecked(),
            room_ids=tuple(self.services.rooms.rooms_matching(self.actor, room_text))
            if room_text
            else None,
            text=ui.filterText.text(),
            sort=Sort.DEADLINE if ui.sortByDeadline.isChecked() else Sort.CREATED,
            **(ui.view.currentData() or {}),
        )

    def reload(self) -> None:
        flt = self.current_filter()
        self.model.load(
            lambda offset, limit: self.work_orders.search(self.actor, flt, offset, limit),
            self.work_orders.count(self.actor, flt),
        )
        counts = self.work_orders.counts(self.actor)
        self.summary = (
            self.tr("%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5")
            .replace("%1", str(self.model.total))
            .replace("%2", str(counts.overdue))
            .replace("%3", str(counts.due_soon))
            .replace("%4", str(counts.callbacks_due))
            .replace("%5", str(counts.outstanding_slips))
        )
        self.ui.status.setStyleSheet("")
        self.ui.status.setText(self.summary)
        if self.current is not None:
            self._show(self.work_orders.get(self.actor, self.current.id))

    def selected_rows(self) -> list[WorkOrderRow]:
        return [self.model.row_at(i.row()) for i in self.ui.orders.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self._show(rows[0] if rows else None)

    # -- the selected order ----------------------------------------------------------------------

    def _show(self, row: WorkOrderRow | None) -> None:
        ui = self.ui
        self.current = row
        for widget in (
            ui.printButton,
            ui.stepButton,
            ui.moreButton,
            ui.callbackButton,
            ui.editButton,
        ):
            widget.setEnabled(row is not None)
        if row is None:
            hint = self.tr("Select an order to see it here.")
            ui.detail.setHtml(f"<p>{escape(hint)}</p>")
            ui.stepButton.setText(self.tr("Next step"))
            return
        step = next_step(row)
        allowed = step is not None and row.can(self.actor, step)
        ui.stepButton.setText(
            translate(CONTEXT, ACTION_LABELS[step]) if step else self.tr("Next step")
        )
        ui.stepButton.setEnabled(allowed)
        ui.callbackButton.setEnabled(row.callback_pending and row.can(self.actor, Action.CALLBACK))
        ui.editButton.setEnabled(
            row.status in (Status.CREATED, Status.DISPATCHED, Status.ON_SITE, Status.ON_HOLD)
        )
        self._more.clear()
        for action in MORE_STEPS:
            if row.can(self.actor, action):
                item = self._more.addAction(translate(CONTEXT, ACTION_LABELS[action]))
                item.triggered.connect(lambda _=False, a=action: self.take(a))
        results = [c for c in self.work_orders.detail(self.actor, row.id).callbacks if c.is_result]
        if results and self.actor.can(Permission.APPROVE):
            amend = self._more.addAction(self.tr("Amend the callback result…"))
            amend.triggered.connect(lambda _=False, c=results[-1]: self.amend_callback(c.id))
        ui.moreButton.setEnabled(not self._more.isEmpty())
        ui.detail.setHtml(self._detail_html(row))

    def _detail_html(self, row: WorkOrderRow) -> str:
        detail = self.work_orders.detail(self.actor, row.id)
        ctx = self.services.ctx

        def when(moment) -> str:
            return ctx.local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""

        status = escape(translate(CONTEXT, STATUS_LABELS[row.status]))
        urgency = escape(translate(CONTEXT, URGENCY_LABELS[row.urgency]))
        lines = [
            f"<h3>{escape(row.serial)} · {status}</h3>",
            f"<p><b>{escape(row.where)}</b> {escape(row.contact_name)} "
            f"{escape(row.contact_phone)}<br/>",
            f"{escape(row.category_label)} · {urgency}"
            f" · {escape(row.department)} {escape(row.technician)}</p>",
            f"<p>{escape(row.description)}</p>",
        ]
        if row.deadline is not None:
            deadline = self.tr("Deadline: %1").replace("%1", self._deadline_text(row))
            lines.append(f"<p>{escape(deadline)}</p>")
        if row.paid:
            paid = self.tr("Paid job, total ¥%1").replace("%1", f"{row.total:.2f}")
            if row.resident_agreed_at:
                paid += " · " + self.tr("agreed by the resident")
            lines.append(f"<p>{escape(paid)}</p>")
        callback_word = self.tr("callback")
        lines.append("<ul>")
        for step in detail.steps:
            label = translate(CONTEXT, STATUS_LABELS[step.to_status])
            reason = f"（{escape(step.reason)}）" if step.reason else ""
            lines.append(f"<li>{when(step.at)} {escape(step.actor)} → {escape(label)}{reason}</li>")
        for call in detail.callbacks:
            rating = (
                translate(CONTEXT, SATISFACTION_LABELS[call.satisfaction])
                if call.satisfaction
                else ""
            )
            outcome = translate(CONTEXT, CALL_OUTCOME_LABELS[call.outcome])
            lines.append(
                f"<li>{when(call.at)} {escape(call.by)} {escape(callback_word)}: "
                f"{escape(rating or outcome)} {escape(call.remarks)}</li>"
            )
        for printed in detail.prints:
            copy = self.tr("printed (copy %1)").replace("%1", str(printed.copy_no))
            lines.append(
                f"<li>{when(printed.printed_at)} {escape(printed.printed_by)} {escape(copy)}</li>"
            )
        lines.append("</ul>")
        return "".join(lines)

    def _run(self, action, done: str) -> WorkOrderRow | None:
        try:
            row = action()
        except DeskError as error:
            feedback.show_error(self.ui.status, error)
            return None
        self.current = row
        self.reload()
        self._done(done)
        return row

    def _done(self, text: str) -> None:
        """What just happened, before the list's numbers (which a reload refreshed)."""
        feedback.show_ok(self.ui.status, f"{text}　{self.summary}")

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def next_step(self) -> None:
        row = self.current
        if row is None:
            return
        step = next_step(row)
        if step is Action.CALLBACK:
            self.call_back()
        elif step is not None:
            self.take(step)

    def take(self, action: Action) -> None:
        row = self.current
        if row is None:
            return
        wo, actor = self.work_orders, self.actor
        done = (
            self.tr("%1: %2.")
            .replace("%1", row.serial)
            .replace("%2", translate(CONTEXT, ACTION_LABELS[action]))
        )
        title = translate(CONTEXT, ACTION_LABELS[action])
        if action is Action.DISPATCH:
            self._run(lambda: wo.dispatch(actor, row.id), done)
        elif action is Action.ARRIVE:
            self._run(lambda: wo.arrive(actor, row.id), done)
        elif action is Action.COMPLETE:
            work = self._ask(title, self.tr("Work done:"))
            if work is None:
                return
            stop_gap = ""
            if row.urgency is Urgency.EMERGENCY and row.level is Level.RED:
                stop_gap = (
                    self._ask(title, self.tr("Late emergency — stop-gap taken and why:")) or ""
                )
            self._run(lambda: wo.complete(actor, row.id, work_done=work, stop_gap=stop_gap), done)
        elif action is Action.RETURN_SLIP:
            self._run(lambda: wo.mark_returned(actor, row.id), done)
        elif action is Action.CLOSE:
            self._run(lambda: wo.close(actor, row.id), done)
        elif action is Action.HOLD:
            reasons = [translate(CONTEXT, HOLD_REASON_LABELS[r]) for r in HoldReason]
            choice, ok = QInputDialog.getItem(
                self, title, self.tr("Waiting for:"), reasons, 0, False
            )
            if not ok:
                return
            note = self._ask(title, self.tr("Note and expected date (days from today):")) or ""
            days = next((int(tok) for tok in note.split() if tok.isdigit()), 1)
            until = self.services.ctx.today() + timedelta(days=days)
            reason = list(HoldReason)[reasons.index(choice)]
            self._run(lambda: wo.hold(actor, row.id, reason, until, note), done)
        elif action is Action.RESUME:
            self._run(lambda: wo.resume(actor, row.id), done)
        elif action is Action.TRANSFER:
            names = [d.name for d in self.services.accounts.list_departments()]
            name, ok = QInputDialog.getItem(self, title, self.tr("To department:"), names, 0, False)
            reason = self._ask(title, self.tr("Reason:")) if ok else None
            if reason is not None:
                dept = next(
                    d.id for d in self.services.accounts.list_departments() if d.name == name
                )
                self._run(lambda: wo.transfer(actor, row.id, dept, reason), done)
        else:
            reason = self._ask(title, self.tr("Reason:"))
            if reason is None:
                return
            call = {
                Action.HAND_BACK: wo.hand_back,
                Action.CANCEL: wo.cancel,
                Action.VOID: wo.void,
                Action.REOPEN: wo.reopen,
            }[action]
            self._run(lambda: call(actor, row.id, reason), done)

    def call_back(self) -> None:
        row = self.current
        if row is None:
            return
        wo, actor = self.work_orders, self.actor
        outcomes = [
            self.tr("Reached: record the result"),
            self.tr("No answer"),
            self.tr("Busy"),
            self.tr("Asked to call later"),
        ]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Callback %1").replace("%1", row.serial),
            self.tr("Outcome:"),
            outcomes,
            0,
            False,
        )
        if not ok:
            return
        index = outcomes.index(choice)
        if index == 0:
            ratings = [translate(CONTEXT, SATISFACTION_LABELS[s]) for s in Satisfaction]
            rating, ok = QInputDialog.getItem(
                self,
                self.tr("Callback %1").replace("%1", row.serial),
                self.tr("Satisfaction:"),
                ratings,
                1,
                False,
            )
            if not ok:
                return
            remarks = (
                self._ask(self.tr("Callback %1").replace("%1", row.serial), self.tr("Remarks:"))
                or ""
            )
            satisfaction = list(Satisfaction)[ratings.index(rating)]
            saved = self._run(
                lambda: wo.record_callback(actor, row.id, satisfaction, remarks=remarks),
                self.tr("Callback saved."),
            )
            if saved is not None and saved.offer_reopen and saved.can(actor, Action.REOPEN):
                feedback.show_error_text(
                    self.ui.status,
                    self.tr("Dissatisfied: reopen the order from More steps if needed."),
                )
            return
        outcome = (CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.CALL_LATER)[index - 1]
        later = None
        if outcome is CallOutcome.CALL_LATER:
            later = QDateTime.currentDateTime().addSecs(3600).toPython().astimezone()
        self._run(
            lambda: wo.log_callback_attempt(actor, row.id, outcome, call_later_at=later),
            self.tr("Attempt logged."),
        )

    def amend_callback(self, callback_id: int) -> None:
        """A saved result is locked; a supervisor corrects it, with a reason."""
        title = self.tr("Amend the callback result")
        ratings = [translate(CONTEXT, SATISFACTION_LABELS[s]) for s in Satisfaction]
        rating, ok = QInputDialog.getItem(self, title, self.tr("Satisfaction:"), ratings, 1, False)
        reason = self._ask(title, self.tr("Reason:")) if ok else None
        if reason is None:
            return
        satisfaction = list(Satisfaction)[ratings.index(rating)]
        self._run(
            lambda: self._amended(callback_id, satisfaction, reason),
            self.tr("Callback result amended."),
        )

    def _amended(self, callback_id: int, satisfaction: Satisfaction, reason: str) -> WorkOrderRow:
        call = self.work_orders.amend_callback(
            self.actor, callback_id, reason=reason, satisfaction=satisfaction
        )
        return self.work_orders.get(self.actor, call.order_id)

    # -- create, edit, print, scan -------------------------------------------------------

    def new_order(self, draft: WorkOrderDraft | None = None) -> WorkOrderRow | None:
        dialog = WorkOrderDialog(self.services, self.actor, draft=draft, parent=self)
        if not dialog.exec() or dialog.saved is None:
            return None
        row = dialog.saved
        self.current = row
        self.reload()
        self._done(self.tr("Created %1.").replace("%1", row.serial))
        return row

    def edit_current(self) -> None:
        row = self.current
        if row is None:
            return
        dialog = WorkOrderDialog(self.services, self.actor, order=row, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.current = dialog.saved
            self.reload()

    def slips_pdf(self, rows: list[WorkOrderRow]) -> bytes:
        return self.work_orders.print_slips(self.actor, [row.id for row in rows])

    def print_selected(self) -> None:
        rows = self.selected_rows() or ([self.current] if self.current else [])
        if not rows:
            feedback.show_error_text(self.ui.status, self.tr("Select the orders to print."))
            return
        try:
            pdf = self.slips_pdf(rows)
        except DeskError as error:
            feedback.show_error(self.ui.status, error)
            return
        name = rows[0].serial if len(rows) == 1 else f"{rows[0].serial}等{len(rows)}张"
        PdfPreviewDialog(pdf, self.tr("Work order slips"), f"派工单-{name}.pdf", self).exec()
        self.reload()

    def scan(self) -> None:
        """A scanner types the serial and Enter: open that order at "slip returned"."""
        code = self.ui.scanField.text()
        self.ui.scanField.clear()
        try:
            result = self.work_orders.scan(self.actor, code)
        except DeskError as error:
            feedback.show_error(self.ui.status, error)
            return
        self._show(result.order)
        if result.can_mark_returned:
            self.ui.stepButton.setFocus()
            feedback.show_ok(
                self.ui.status,
                self.tr("%1: press Enter to mark the slip returned.").replace(
                    "%1", result.order.serial
                ),
            )
        else:
            feedback.show_error_text(
                self.ui.status,
                f"{result.order.serial}: {translate(CONTEXT, SCAN_PROBLEM_LABELS[result.problem])}",
            )
