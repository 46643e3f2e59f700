"""投诉: the desk's complaints — take one, follow it through its steps, print its event
report. The list shows each complaint's next deadline, red once it has passed; a banner
names the major complaints the project manager has not yet acknowledged.

The step button and the "more steps" menu come from the complaints' life cycle
(``domain.complaints.LIFECYCLE``). The page follows the change feed.
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.complaints import (
    CATEGORY_LABELS,
    LEVEL_LABELS,
    LIFECYCLE,
    STATUS_LABELS,
    TIER_LABELS,
    Action,
    Level,
)
from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.complaints.views import (
    ComplaintDetail,
    ComplaintDraft,
    ComplaintFilter,
    ComplaintRow,
    Sort,
)
from desk_app.services.context import Actor
from desk_app.ui.complaints.intake import ComplaintDialog
from desk_app.ui.complaints.step_forms import StepDialog, asks
from desk_app.ui.complaints.wording import ComplaintWords, t
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.columns import fit_columns
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.table_model import Column, PagedTableModel, setup_list_view

RED = QColor("#ffcdd2")
MAJOR = QColor("#fff3c4")
# The project manager acknowledges a major complaint (the banner goes).
_ACK = Permission.CLOSE_MAJOR
CONTENT_COLUMN = 8  # takes the width the other columns leave
SHOWN_KINDS = ("complaint", "contact", "room", "department", "setting", "working_day")


class ComplaintsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.complaints = services.complaints
        self.words = ComplaintWords(services.ctx, self)
        self.current: ComplaintDetail | None = None
        self._build()
        self.model = PagedTableModel[ComplaintRow](self._columns(), self, style=self._row_style)
        self.table.setModel(self.model)
        setup_list_view(self.table)
        self._fit_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        follow(self, services.db.changes, SHOWN_KINDS, self.reload)
        self.reload()
        self._show(None)

    # -- set-up -------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        def labels(table) -> list[str]:
            return [t(label) for label in table.values()]

        fit_columns(
            self.table,
            [
                "TS-20261201-0001",
                "12-01 13:15",
                "12栋3单元1501",
                labels(CATEGORY_LABELS),
                labels(LEVEL_LABELS),
                labels(STATUS_LABELS),
                labels(TIER_LABELS),
                "处理期限 12-08 23:59（已逾期）",
                "",
            ],
            stretch=CONTENT_COLUMN,
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New complaint (Ctrl+N)"), objectName="newButton")
        self.view = QComboBox(objectName="view")
        for label, options in (
            (self.tr("Open complaints"), {"open_only": True, "sort": Sort.DEADLINE}),
            (self.tr("Overdue"), {"overdue_only": True, "sort": Sort.DEADLINE}),
            (self.tr("Major"), {"major_only": True}),
            (self.tr("All complaints"), {}),
        ):
            self.view.addItem(label, options)
        self.search = QLineEdit(objectName="filterText")
        self.search.setPlaceholderText(self.tr("Search the content"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel(objectName="summary")
        bar.addWidget(self.new_button)
        bar.addWidget(self.view)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        banner = QHBoxLayout()
        self.banner = QLabel(objectName="banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #b00020; color: white; padding: 6px; font-weight: bold; }"
        )
        self.ack_button = QPushButton(self.tr("&Acknowledge"), objectName="ackButton")
        banner.addWidget(self.banner, 1)
        banner.addWidget(self.ack_button)
        layout.addLayout(banner)
        # the list gets the width and most of the height; the detail and its steps below
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="listAndDetail")
        self.table = QTableView(objectName="complaints")
        splitter.addWidget(self.table)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser(objectName="detail")
        side.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        self.step_button = QPushButton(self.tr("Next step"), objectName="stepButton")
        self.more_button = QToolButton(objectName="moreButton")
        self.more_button.setText(self.tr("More steps"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._more = QMenu(self)
        self.more_button.setMenu(self._more)
        self.print_button = QPushButton(self.tr("&Event report…"), objectName="printButton")
        buttons.addStretch(1)  # the step buttons at the right, under the detail
        buttons.addWidget(self.step_button)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.print_button)
        side.addLayout(buttons)
        self.export_button = QPushButton(self.tr("E&xport a year…"), objectName="exportButton")
        self.export_button.setVisible(self.actor.can(Permission.EXPORT))
        bar.addWidget(self.export_button)
        splitter.addWidget(right)
        splitter.setSizes([520, 260])
        layout.addWidget(splitter, 1)
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.new_button.clicked.connect(lambda: self.new_complaint())
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_complaint())
        self.step_button.clicked.connect(self.next_step)
        self.print_button.clicked.connect(self.print_report)
        self.ack_button.clicked.connect(self.acknowledge)
        self.export_button.clicked.connect(self.export)
        self.view.currentIndexChanged.connect(self.reload)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())

    def _columns(self) -> list[Column[ComplaintRow]]:
        ctx, words = self.services.ctx, self.words
        return [
            Column(self.tr("Serial"), lambda r: r.serial),
            Column(self.tr("Received"), lambda r: ctx.local(r.received_at).strftime("%m-%d %H:%M")),
            Column(self.tr("Room / place"), lambda r: r.where),
            Column(self.tr("Category"), lambda r: t(CATEGORY_LABELS[r.category])),
            Column(self.tr("Level"), lambda r: t(LEVEL_LABELS[r.level])),
            Column(self.tr("Status"), lambda r: t(STATUS_LABELS[r.status])),
            Column(self.tr("With"), lambda r: t(TIER_LABELS[r.tier])),
            Column(self.tr("Next deadline"), words.deadline),
            Column(self.tr("Complaint"), lambda r: r.content.replace("\n", " ")),
        ]

    def _row_style(self, row: ComplaintRow, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue:
                return QBrush(RED)
            if row.level is Level.MAJOR and not row.acknowledged:
                return QBrush(MAJOR)
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return self.tr("Overdue")
        return None

    # -- the list ------------------------------------------------------------------------------

    def current_filter(self) -> ComplaintFilter:
        return ComplaintFilter(text=self.search.text(), **(self.view.currentData() or {}))

    def reload(self) -> None:
        flt = self.current_filter()
        queries = self.complaints.queries
        self.model.load(
            lambda after, limit: queries.page(self.actor, flt, after, limit),
            queries.count(self.actor, flt),
            keyed=True,
        )
        counts = queries.counts(self.actor)
        self.summary.setText(
            self.tr("%1 shown · open %2 · overdue %3")
            .replace("%1", str(self.model.total))
            .replace("%2", str(counts.open))
            .replace("%3", str(counts.overdue))
        )
        self._show_banner()
        if self.current is not None:
            self._show(queries.get(self.actor, self.current.id))
            self._select(self.current.id)

    def _show_banner(self) -> None:
        waiting = self.complaints.queries.unacknowledged_major(self.actor)
        self.banner.setVisible(bool(waiting))
        self.ack_button.setVisible(bool(waiting) and self.actor.can(_ACK))
        if waiting:
            serials = ", ".join(r.serial for r in waiting[:5])
            more = "…" if len(waiting) > 5 else ""
            self.banner.setText(
                self.tr("Major complaints not yet acknowledged by the project manager: %1")
                .replace("%1", serials + more)
            )  # fmt: skip
        self._waiting = waiting

    def show_record(self, complaint_id: int) -> None:
        """Show the complaint, chosen in the list if the list holds it (the workbench
        and the global search open a complaint here)."""
        found = run_op(self.status, lambda: self.complaints.queries.get(self.actor, complaint_id))
        if found is not None:
            self._show(found)
            self._select(complaint_id)
            self.table.setFocus()

    def _select(self, complaint_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == complaint_id:
                selection = self.table.selectionModel()
                selection.blockSignals(True)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.select(self.model.index(row, 0), flags)
                selection.blockSignals(False)
                return

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self) -> None:
        rows = [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        self._show(self.complaints.queries.get(self.actor, rows[0].id) if rows else None)

    # -- the complaint shown ---------------------------------------------------------------

    def _show(self, complaint: ComplaintDetail | None) -> None:
        self.current = complaint
        for widget in (self.step_button, self.more_button, self.print_button):
            widget.setEnabled(complaint is not None)
        self._more.clear()
        if complaint is None:
            hint = self.tr("Select a complaint to see it here.")
            self.detail.setHtml(f"<p>{escape(hint)}</p>")
            self.step_button.setText(self.tr("Next step"))
            return
        actor = self.actor
        step = LIFECYCLE.next_step(complaint)
        self.step_button.setText(t(LIFECYCLE.label(step)) if step else self.tr("Next step"))
        self.step_button.setEnabled(step is not None and complaint.can(actor, step))
        for action in LIFECYCLE.other_steps(complaint, actor.user_id, actor.can):
            item = self._more.addAction(t(LIFECYCLE.label(action)) + "…")
            item.triggered.connect(lambda _=False, a=action: self.take(a))
        self.more_button.setEnabled(not self._more.isEmpty())
        self.detail.setHtml(self.words.detail_html(complaint))

    def next_step(self) -> None:
        step = LIFECYCLE.next_step(self.current) if self.current is not None else None
        if step is not None:
            self.take(step)

    def take(self, action: Action) -> None:
        complaint = self.current
        if complaint is None:
            return
        done = (
            self.tr("%1: %2.")
            .replace("%1", complaint.serial)
            .replace("%2", t(LIFECYCLE.label(action)))
        )
        if asks(action):
            dialog = StepDialog(self.services, self.actor, complaint, action, parent=self)
            if dialog.exec() and dialog.saved is not None:
                self._show(dialog.saved)
                feedback.show_ok(self.status, done)
            return
        quick = {Action.CLOSE: self.complaints.steps.close}
        found = run_op(self.status, lambda: quick[action](self.actor, complaint.id), done)
        if found is not None:
            self._show(found)

    def acknowledge(self) -> None:
        target = self.current if self.current and self.current.needs_acknowledgement else None
        waiting = [target.id] if target else [r.id for r in self._waiting[:1]]
        for complaint_id in waiting:
            found = run_op(
                self.status,
                lambda cid=complaint_id: self.complaints.intake.acknowledge(self.actor, cid),
                lambda c: self.tr("%1 acknowledged.").replace("%1", c.serial),
            )
            if found is not None:
                self._show(found)

    # -- create, print -----------------------------------------------------------------------

    def new_complaint(self, draft: ComplaintDraft | None = None) -> ComplaintDetail | None:
        dialog = ComplaintDialog(self.services, self.actor, draft=draft, parent=self)
        if not dialog.exec() or dialog.saved is None:
            return None
        saved = dialog.saved
        self._show(saved)
        self._select(saved.id)
        self.tell_created(saved)
        return saved

    def report_pdf(self) -> bytes | None:
        if self.current is None:
            return None
        cid = self.current.id
        return run_op(self.status, lambda: self.complaints.papers.preview_report(self.actor, cid))

    def print_report(self) -> None:
        complaint = self.current
        pdf = self.report_pdf()
        if complaint is None or pdf is None:
            return
        PdfPreviewDialog(
            pdf,
            self.tr("Complaint event report"),
            f"投诉事件报告-{complaint.serial}.pdf",
            self,
            commit=lambda: self.complaints.papers.print_report(self.actor, complaint.id),
        ).exec()

    def tell_created(self, saved: ComplaintDetail) -> None:
        """Created: and why it was escalated, when it was (a major one, a repeat)."""
        text = self.tr("Created %1.").replace("%1", saved.serial)
        if "major" in saved.notices:
            text += " " + self.tr("Major complaint: the project manager has been told.")
        if "repeat" in saved.notices:
            text += " " + self.tr(
                "A repeat of %1 from the same home about the same matter within the repeat "
                "window: linked to it and escalated one level."
            ).replace("%1", saved.repeat_of)
        if saved.notices:
            feedback.show_error_text(self.status, text)  # in red: the clerk must read it
        else:
            feedback.show_ok(self.status, text)

    def export(self) -> None:
        """The complaints taken in the last twelve months, to Excel or CSV (audited)."""
        end = self.services.ctx.today()
        start = end.replace(year=end.year - 1) + timedelta(days=1)
        path = file_dialogs.save_file_name(
            self,
            self.tr("Export complaints"),
            f"投诉-{start}-{end}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        run_op(
            self.status,
            lambda: self.complaints.export(self.actor, start, end, fmt, path),
            self.tr("Exported to %1.").replace("%1", str(path)),
            file=path,
        )
