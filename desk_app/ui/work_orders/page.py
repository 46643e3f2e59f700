"""派工单: the desk's work orders — create, print, step through, scan returned slips,
call back. Late and nearly late orders stand out in red and amber.

The step button and the "more steps" menu come from the work orders' life cycle
(``domain.work_orders.LIFECYCLE``). The page follows the change feed: whatever changes
an order, a department or a category (this page, another page, another desk), it
reloads; its own actions do not reload it themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.domain.work_order_clock import LEVEL_LABELS, Level
from desk_app.domain.work_orders import (
    CONTEXT,
    LIFECYCLE,
    STATUS_LABELS,
    URGENCY_LABELS,
    WORK_STATUSES,
    Action,
    Satisfaction,
    Status,
    Urgency,
)
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.work_orders.categories import KIND as CATEGORY_KIND
from desk_app.services.work_orders.views import (
    SCAN_PROBLEM_LABELS,
    Sort,
    WorkOrderDetail,
    WorkOrderDraft,
    WorkOrderFilter,
    WorkOrderRow,
)
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.columns import fit_columns
from desk_app.ui.kit.dates import pydate, qdate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.table_model import Column, PagedTableModel, setup_list_view
from desk_app.ui.work_orders.callback_form import CallbackDialog
from desk_app.ui.work_orders.dialog import WorkOrderDialog
from desk_app.ui.work_orders.history_dialog import HistoryDialog
from desk_app.ui.work_orders.step_forms import ReasonDialog, StepDialog, asks
from desk_app.ui.work_orders.wording import OrderWords

RED = QColor("#ffcdd2")
AMBER = QColor("#ffe0b2")
DESCRIPTION_COLUMN = 9  # takes the width the other columns leave
# What the page shows: a change to any of these reloads it.
SHOWN_KINDS = ("work_order", "contact", "department", CATEGORY_KIND, "room", "setting")


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
        "summary": QLabel,
        "status": QLabel,
        "printButton": QPushButton,
        "stepButton": QPushButton,
        "moreButton": QToolButton,
        "callbackButton": QPushButton,
        "editButton": QPushButton,
        "historyButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.work_orders = services.work_orders
        self.words = OrderWords(services.ctx, self)
        self.current: WorkOrderDetail | None = None
        self.awaiting_return: WorkOrderDetail | None = None  # scanned, Enter marks it back
        ui = self.setup_form()
        self._fill_choices()
        self.model = PagedTableModel[WorkOrderRow](self._columns(), self, style=self._row_style)
        table = ui.orders
        table.setModel(self.model)
        setup_list_view(table, multi=True)  # several slips print in one batch
        self._fit_columns()
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(self.edit_current)
        ui.listAndDetail.setSizes([560, 200])  # the list gets the height, the detail below
        today = services.ctx.today()
        ui.dateFrom.setDate(qdate(today).addDays(-30))
        ui.dateTo.setDate(qdate(today))
        self._more = QMenu(self)
        ui.moreButton.setMenu(self._more)
        self._wire()
        follow(self, services.db.changes, SHOWN_KINDS, self.reload)
        follow(self, services.db.changes, {"department"}, self._fill_departments)
        self.reload()
        self._show(None)

    # -- set-up -------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        views = (
            (self.tr("All orders"), {}),
            (self.tr("Open"), {"open_only": True}),
            (self.tr("Callbacks due"), {"callback_due": True, "sort": Sort.CALLBACK}),
            (self.tr("Slips not returned"), {"slip_outstanding": True, "sort": Sort.COMPLETED}),
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
        self._fill_departments()

    def _fill_departments(self) -> None:
        """The department filter, again after the list of departments changed."""
        combo = self.ui.filterDepartment
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All departments"), None)
        for dept in self.services.accounts.list_departments():
            combo.addItem(dept.name, dept.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _wire(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_order())
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_order())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_selected)
        ui.printButton.clicked.connect(self.print_selected)
        ui.stepButton.clicked.connect(self.next_step)
        ui.callbackButton.clicked.connect(lambda: self.call_back())
        ui.editButton.clicked.connect(self.edit_current)
        ui.historyButton.clicked.connect(self.show_history)
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
        ctx, words = self.services.ctx, self.words
        return [
            Column(self.tr("Serial"), lambda r: r.serial),
            Column(self.tr("Reported"), lambda r: ctx.local(r.created_at).strftime("%m-%d %H:%M")),
            Column(self.tr("Room / place"), lambda r: r.where),
            Column(self.tr("Category"), lambda r: r.category_label),
            Column(self.tr("Urgency"), lambda r: translate(CONTEXT, URGENCY_LABELS[r.urgency])),
            Column(self.tr("Status"), lambda r: translate(CONTEXT, STATUS_LABELS[r.status])),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Deadline"), words.deadline),
            Column(self.tr("Slip out"), words.slip_age),
            Column(self.tr("Description"), lambda r: r.description.replace("\n", " ")),
        ]

    def _fit_columns(self) -> None:
        def labels(table) -> list[str]:
            return [translate(CONTEXT, label) for label in table.values()]

        fit_columns(
            self.ui.orders,
            [
                "PG-20261201-0001",
                "12-01 13:15",
                "12栋3单元1501",
                "电气照明",
                labels(URGENCY_LABELS),
                labels(STATUS_LABELS),
                "客服助理",
                "12-01 09:52（超时 24.9 小时）",
                "20 小时",
                "",
            ],
            stretch=DESCRIPTION_COLUMN,
        )

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
        options = dict(ui.view.currentData() or {})
        if ui.sortByDeadline.isChecked():
            options["sort"] = Sort.DEADLINE
        return WorkOrderFilter(
            date_from=pydate(ui.dateFrom.date()),
            date_to=pydate(ui.dateTo.date()),
            statuses=statuses,
            urgency=ui.filterUrgency.currentData(),
            department_id=ui.filterDepartment.currentData(),
            overdue_only=ui.overdueOnly.isChecked(),
            room_ids=tuple(self.services.rooms.rooms_matching(self.actor, room_text))
            if room_text
            else None,
            text=ui.filterText.text(),
            **options,
        )

    def reload(self) -> None:
        """The list, its numbers and the order shown, as they stand now."""
        flt = self.current_filter()
        queries = self.work_orders.queries
        self.model.load(
            lambda after, limit: queries.page(self.actor, flt, after, limit),
            queries.count(self.actor, flt),
            keyed=True,
        )
        counts = queries.counts(self.actor)
        self.ui.summary.setText(
            self.tr("%1 orders · overdue %2 · due soon %3 · callbacks due %4 · slips out %5")
            .replace("%1", str(self.model.total))
            .replace("%2", str(counts.overdue))
            .replace("%3", str(counts.due_soon))
            .replace("%4", str(counts.callbacks_due))
            .replace("%5", str(counts.outstanding_slips))
        )
        if self.current is not None:
            self._show(queries.get(self.actor, self.current.id))
            self._select(self.current.id)

    def show_record(self, order_id: int) -> None:
        """Show the order, chosen in the list if the list holds it (the workbench and
        the search open an order here)."""
        order = run_op(self.ui.status, lambda: self.work_orders.queries.get(self.actor, order_id))
        if order is not None:
            self._show(order)
            self._select(order_id)
            self.ui.orders.setFocus()

    def _select(self, order_id: int) -> None:
        """Keep the order shown selected in the fresh list, if it is on its first page."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == order_id:
                selection = self.ui.orders.selectionModel()
                selection.blockSignals(True)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.select(self.model.index(row, 0), flags)
                selection.setCurrentIndex(self.model.index(row, 0), flags)
                selection.blockSignals(False)
                return

    def selected_rows(self) -> list[WorkOrderRow]:
        return [self.model.row_at(i.row()) for i in self.ui.orders.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self._show(self.work_orders.queries.get(self.actor, rows[0].id) if rows else None)

    # -- the order shown -----------------------------------------------------------------------

    def _show(self, order: WorkOrderDetail | None) -> None:
        """Show ``order`` (read once by the caller) and offer the steps it allows."""
        ui = self.ui
        self.current = order
        for widget in (
            ui.printButton,
            ui.stepButton,
            ui.moreButton,
            ui.callbackButton,
            ui.editButton,
            ui.historyButton,
        ):
            widget.setEnabled(order is not None)
        self._more.clear()
        if order is None:
            hint = self.tr("Select an order to see it here.")
            ui.detail.setHtml(f"<p>{escape(hint)}</p>")
            ui.stepButton.setText(self.tr("Next step"))
            return
        actor = self.actor
        step = LIFECYCLE.next_step(order)
        ui.stepButton.setText(
            translate(CONTEXT, LIFECYCLE.label(step)) if step else self.tr("Next step")
        )
        ui.stepButton.setEnabled(step is not None and order.can(actor, step))
        ui.callbackButton.setEnabled(order.can(actor, Action.CALLBACK))
        ui.editButton.setEnabled(order.status in WORK_STATUSES)
        for action in LIFECYCLE.other_steps(order, actor.user_id, actor.can):
            item = self._more.addAction(translate(CONTEXT, LIFECYCLE.label(action)) + "…")
            item.triggered.connect(lambda _=False, a=action: self.take(a))
        result = order.last_result
        if result is not None and actor.can(Permission.APPROVE):
            amend = self._more.addAction(self.tr("Amend the callback result…"))
            amend.triggered.connect(lambda _=False, c=result: self.call_back(amend=c))
        if order.satisfaction is Satisfaction.DISSATISFIED and actor.can(Permission.LOG_WORK):
            complain = self._more.addAction(self.tr("Open a complaint about this order…"))
            complain.triggered.connect(self.open_complaint)
        ui.moreButton.setEnabled(not self._more.isEmpty())
        ui.detail.setHtml(self.words.detail_html(order))

    # -- steps ---------------------------------------------------------------------------------

    def _run(self, call: Callable[[], WorkOrderDetail], done: str) -> WorkOrderDetail | None:
        """A step taken at once; the change feed has reloaded the page when it returns."""
        found = run_op(self.ui.status, call, done)
        if found is not None:
            self._show(found)
        return found

    def next_step(self) -> None:
        order = self.current
        step = LIFECYCLE.next_step(order) if order is not None else None
        if step is Action.CALLBACK:
            self.call_back()
        elif step is not None:
            self.take(step)

    def take(self, action: Action) -> None:
        """Take ``action`` on the order shown, asking its form first if it has one."""
        order, actor, steps = self.current, self.actor, self.work_orders.steps
        if order is None:
            return
        done = (
            self.tr("%1: %2.")
            .replace("%1", order.serial)
            .replace("%2", translate(CONTEXT, LIFECYCLE.label(action)))
        )
        if asks(action):
            dialog = StepDialog(self.services, actor, order, action, parent=self)
            if dialog.exec() and dialog.saved is not None:
                self._show(dialog.saved)
                feedback.show_ok(self.ui.status, done)
            return
        quick = {
            Action.RETURN_SLIP: steps.return_slip,
            Action.CLOSE: steps.close,
            Action.RESUME: steps.resume,
        }
        self._run(lambda: quick[action](actor, order.id), done)

    def call_back(self, amend=None) -> None:
        order = self.current
        if order is None:
            return
        dialog = CallbackDialog(self.services, self.actor, order, amend=amend, parent=self)
        if not dialog.exec() or dialog.saved is None:
            return
        saved = dialog.saved
        self._show(saved)
        if amend is not None:
            done = self.tr("Callback result amended.")
        elif saved.status is Status.CLOSED:
            done = self.tr("Callback saved; %1 is closed.").replace("%1", saved.serial)
        else:
            done = self.tr("Callback saved.")
        feedback.show_ok(self.ui.status, done)
        if saved.offer_reopen and saved.can(self.actor, Action.REOPEN):
            feedback.show_error_text(
                self.ui.status,
                self.tr(
                    "Dissatisfied: reopen the order or open a complaint from More steps if needed."
                ),
            )
        elif saved.satisfaction is Satisfaction.DISSATISFIED:
            feedback.show_error_text(
                self.ui.status,
                self.tr(
                    "Dissatisfied: open a complaint about the order from More steps if needed."
                ),
            )

    # -- create, edit, print, scan, history ----------------------------------------------

    def new_order(self, draft: WorkOrderDraft | None = None) -> WorkOrderDetail | None:
        dialog = WorkOrderDialog(self.services, self.actor, draft=draft, parent=self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self._show(dialog.saved)
        self._select(dialog.saved.id)
        feedback.show_ok(self.ui.status, self.tr("Created %1.").replace("%1", dialog.saved.serial))
        return dialog.saved

    def edit_current(self) -> None:
        order = self.current
        if order is None:
            return
        dialog = WorkOrderDialog(self.services, self.actor, order=order, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._show(dialog.saved)

    def slips_pdf(self, orders: list[WorkOrderRow | WorkOrderDetail]) -> bytes:
        """What the next print of these slips will be (a preview: nothing is logged)."""
        return self.work_orders.slips.preview(self.actor, [order.id for order in orders])

    def print_selected(self) -> None:
        """Preview the slips; printing or saving them from the preview is the print."""
        orders = self.selected_rows() or ([self.current] if self.current else [])
        if not orders:
            feedback.show_error_text(self.ui.status, self.tr("Select the orders to print."))
            return
        pdf = run_op(self.ui.status, lambda: self.slips_pdf(orders))
        if pdf is None:
            return
        first = orders[0].serial
        name = first if len(orders) == 1 else f"{first}等{len(orders)}张"
        PdfPreviewDialog(
            pdf,
            self.tr("Work order slips"),
            f"派工单-{name}.pdf",
            self,
            commit=lambda: self._print(orders),
        ).exec()

    def _print(self, orders: list[WorkOrderRow | WorkOrderDetail]) -> bytes | None:
        """The print itself, logged (a reprint with its reason); None if not wanted."""
        ids = [order.id for order in orders]
        queries = self.work_orders.queries
        printed = [o.serial for o in (queries.get(self.actor, i) for i in ids) if o.print_count]
        reason = ""
        if printed:
            dialog = ReasonDialog(printed, parent=self.window())
            if not dialog.exec():
                return None
            reason = dialog.reason()
        return self.work_orders.slips.print(self.actor, ids, reason=reason)

    def scan(self) -> None:
        """A scanner types the serial and Enter: the order opens at "slip returned";
        Enter again (the field empty) marks it returned."""
        code = self.ui.scanField.text()
        self.ui.scanField.clear()
        pending, self.awaiting_return = self.awaiting_return, None
        if not code.strip():
            if pending is not None:
                self._run(
                    lambda: self.work_orders.steps.return_slip(self.actor, pending.id),
                    self.tr("%1: slip returned.").replace("%1", pending.serial),
                )
            return
        result = run_op(self.ui.status, lambda: self.work_orders.slips.scan(self.actor, code))
        if result is None:
            return
        self._show(result.order)
        self._select(result.order.id)
        if result.can_mark_returned and result.order.can(self.actor, Action.RETURN_SLIP):
            self.awaiting_return = result.order
            feedback.show_ok(
                self.ui.status,
                self.tr("%1: press Enter to mark the slip returned.").replace(
                    "%1", result.order.serial
                ),
            )
        else:
            problem = translate(CONTEXT, SCAN_PROBLEM_LABELS.get(result.problem, ""))
            feedback.show_error_text(self.ui.status, f"{result.order.serial}: {problem}")
        self.ui.scanField.setFocus()

    def open_complaint(self) -> None:
        """A resident dissatisfied at the callback: a complaint linked to the order."""
        from desk_app.ui.complaints.intake import ComplaintDialog

        order = self.current
        if order is None:
            return
        intake = self.services.complaints.intake
        draft = run_op(self.ui.status, lambda: intake.draft_from_work_order(self.actor, order.id))
        if draft is None:
            return
        dialog = ComplaintDialog(self.services, self.actor, draft=draft, parent=self)
        if dialog.exec() and dialog.saved is not None:
            feedback.show_ok(
                self.ui.status,
                self.tr("Complaint %1 opened about %2.")
                .replace("%1", dialog.saved.serial)
                .replace("%2", order.serial),
            )

    def show_history(self) -> None:
        order = self.current
        if order is None:
            return
        changes = run_op(
            self.ui.status, lambda: self.work_orders.history.changes(self.actor, order.id)
        )
        if changes is not None:
            title = self.tr("Change history of %1").replace("%1", order.serial)
            HistoryDialog(title, changes, self.services.ctx.zone, self).exec()
