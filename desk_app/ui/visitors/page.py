"""访客: sign a visitor in by keyboard (Ctrl+Enter), see who is on site and for how
long, sign them out by the pass's serial (scanned or typed, then Enter), print the pass,
and find past visits.

A visitor on the block list is flagged at sign-in with the reasons; the clerk lets
them in only by giving a reason of their own. The lists follow the change feed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.personal import MAX_PHONE_CHARS
from desk_app.domain.roles import Permission
from desk_app.domain.visitors import (
    CONTEXT,
    STATUS_LABELS,
    Status,
    VisitorBlocked,
    closing_time,
    still_on_site_after_closing,
)
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.visitors import SignedIn, VisitDraft, VisitFilter, VisitRow
from desk_app.services.visitors.service import matched_on_words
from desk_app.ui.contacts.intake import refill
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.dates import pydate, qdate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.record_history import RecordHistoryDialog
from desk_app.ui.kit.room_field import RoomChoice, RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.table_model import Column, PagedTableModel, setup_list_view
from desk_app.ui.kit.text_limits import limit_lines
from desk_app.ui.visitors import form_values
from desk_app.ui.visitors.form_values import FIELD_WIDGETS, NO_TIME

LIST_KINDS = {"visit", "visitor_kind", "visitor_block", "room", "setting", "user"}
AFTER_CLOSING_COLOR = QColor("#ffe0b2")
VOIDED_COLOR = QColor("#888888")
TICK_MS = 60_000  # "how long" is read again every minute


class VisitorsPage(FormBacked, QWidget):
    FORM = "visitors/page.ui"
    WIDGETS = {
        "signInBox": QGroupBox,
        "room": QLineEdit,
        "hostName": QLineEdit,
        "kind": QComboBox,
        "visitorName": QLineEdit,
        "phone": QLineEdit,
        "idNumber": QLineEdit,
        "purpose": QLineEdit,
        "plate": QLineEdit,
        "companions": QSpinBox,
        "permitNo": QLineEdit,
        "expectedUntil": QTimeEdit,
        "arrivedAt": QDateTimeEdit,
        "formStatus": QLabel,
        "printPass": QCheckBox,
        "clearButton": QPushButton,
        "signInButton": QPushButton,
        "historyBox": QGroupBox,
        "scanSerial": QLineEdit,
        "scanStatus": QLabel,
        "lists": QTabWidget,
        "onSiteTable": QTableView,
        "todayTable": QTableView,
        "historyTable": QTableView,
        "dateFrom": QDateEdit,
        "dateTo": QDateEdit,
        "filterKind": QComboBox,
        "filterRoom": QLineEdit,
        "filterPlate": QLineEdit,
        "filterName": QLineEdit,
        "listStatus": QLabel,
        "signOutButton": QPushButton,
        "printButton": QPushButton,
        "correctButton": QPushButton,
        "voidButton": QPushButton,
        "historyButton": QPushButton,
        "blockListButton": QPushButton,
        "purgeButton": QPushButton,
        "exportButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.visitors = services.visitors
        self.visits = services.visitors.visits
        ui = self.setup_form()
        limit_lines(
            {
                ui.room: limits.PLACE,
                ui.hostName: limits.NAME,
                ui.visitorName: limits.NAME,
                ui.phone: MAX_PHONE_CHARS,
                ui.idNumber: limits.PHONE_INPUT,
                ui.purpose: limits.TEXT,
                ui.plate: limits.LABEL,
                ui.permitNo: 40,
                ui.scanSerial: limits.LABEL,
                ui.filterName: limits.NAME,
                ui.filterPlate: limits.LABEL,
            }
        )
        self.room_field = RoomField(ui.room, room_lookup(services, actor))
        self.room_field.picked.connect(self._room_picked)
        self.room_field.cleared.connect(lambda: self.history.show_room(None))
        self.history = RoomHistoryPanel(services, actor, ui.historyBox)
        ui.historyBox.layout().addWidget(self.history)
        ui.expectedUntil.setMinimumTime(NO_TIME)
        ui.expectedUntil.setSpecialValueText(self.tr("not said"))
        self._arrival_offered: datetime | None = None
        self.editing: VisitRow | None = None  # the visit the form corrects, if any
        self._closing = closing_time("")  # the setting's, read at every reload

        self.tables = (ui.onSiteTable, ui.todayTable, ui.historyTable)
        self.models = []
        for table in self.tables:
            model = PagedTableModel[VisitRow](self._columns(), self, style=self._row_style)
            table.setModel(model)
            setup_list_view(table)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.doubleClicked.connect(lambda _index: self.correct_selected())
            self.models.append(model)
        today = services.ctx.today()
        ui.dateFrom.setDate(qdate(today.replace(day=1)))
        ui.dateTo.setDate(qdate(today))
        self.reload_kinds()
        self._wire()
        feed = services.db.changes
        follow(self, feed, LIST_KINDS, self.reload)
        follow(self, feed, {"visitor_kind"}, self.reload_kinds)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self._refresh_durations)
        self._tick.start()
        self.clear_form()
        self.reload()

    # -- set-up -----------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.signInBox, activated=self.clear_form)
        ui.signInButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.scanSerial.returnPressed.connect(self.scan)
        ui.lists.currentChanged.connect(lambda _i: self.reload())
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self.reload)
        for widget in (ui.dateFrom, ui.dateTo):
            widget.dateChanged.connect(self.reload)
        ui.filterKind.currentIndexChanged.connect(self.reload)
        for line in (ui.filterRoom, ui.filterPlate, ui.filterName):
            line.textChanged.connect(lambda _t: self._filter_timer.start())
        ui.signOutButton.clicked.connect(self.sign_out_selected)
        ui.correctButton.clicked.connect(self.correct_selected)
        ui.printButton.clicked.connect(self.print_selected)
        ui.historyButton.clicked.connect(self.show_history)
        for button, handler, needs in (
            (ui.voidButton, self.void_selected, Permission.VOID),
            (ui.blockListButton, self.open_block_list, Permission.MAINTAIN_BLOCK_LIST),
            (ui.purgeButton, self.purge, Permission.PURGE_PERSONAL_DATA),
            (ui.exportButton, self.export, Permission.EXPORT),
        ):
            button.setVisible(self.actor.can(needs))
            button.clicked.connect(handler)

    def reload_kinds(self) -> None:
        kinds = self.visits.kinds()
        refill(self.ui.kind, [(k.label, k.code) for k in kinds])
        every = self.visits.kinds(include_inactive=True)
        refill(
            self.ui.filterKind,
            [(k.label, k.code) for k in every],
            first=(self.tr("All kinds"), None),
        )

    def _columns(self) -> list[Column[VisitRow]]:
        local = self.services.ctx.local
        return [
            Column(self.tr("Serial"), lambda r: r.serial),
            Column(self.tr("State"), lambda r: translate(CONTEXT, STATUS_LABELS[r.status])),
            Column(self.tr("Visitor"), lambda r: r.visitor_name),
            Column(self.tr("Kind"), lambda r: r.kind_label),
            Column(self.tr("Room"), lambda r: r.where),
            Column(self.tr("Host"), lambda r: r.host_name),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Plate"), lambda r: r.plate),
            Column(self.tr("With"), lambda r: str(r.companions) if r.companions else ""),
            Column(self.tr("Arrived"), lambda r: local(r.arrived_at).strftime("%m-%d %H:%M")),
            Column(self.tr("How long / left"), self._stay_text),
            Column(self.tr("Signed in by"), lambda r: r.signed_in_by),
            Column(self.tr("Purpose"), lambda r: r.purpose.replace("\n", " ")),
        ]

    def _stay_text(self, row: VisitRow) -> str:
        if row.status is Status.ON_SITE:
            return self.duration_text(self.services.ctx.now() - row.arrived_at)
        if row.departed_at is not None:
            return self.tr("left %1").replace(
                "%1", self.services.ctx.local(row.departed_at).strftime("%H:%M")
            )
        return ""

    def duration_text(self, span) -> str:
        minutes = max(0, int(span.total_seconds() // 60))
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        return self.tr("%1 min").replace("%1", str(minutes))

    def _row_style(self, row: VisitRow, role: int):
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont(self.font())
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(VOIDED_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole and self.late(row):
            return QBrush(AFTER_CLOSING_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.voided:
                return self.tr("Voided: %1").replace("%1", row.void_reason)
            if self.late(row):
                return self.tr("Still on site after the closing time")
            if row.block_reason:
                return self.tr("Let in over the block list: %1").replace("%1", row.block_reason)
        return None

    # -- signing in -----------------------------------------------------------------------

    def clear_form(self) -> None:
        ui = self.ui
        self.editing = None
        ui.signInBox.setTitle(self.tr("Sign a visitor in"))
        ui.printPass.setEnabled(True)
        self._arrival_offered = form_values.clear(ui, self.room_field, self.services.ctx)
        self.history.show_room(None)
        ui.printPass.setChecked(True)
        ui.room.setFocus()

    def _room_picked(self, choice: RoomChoice) -> None:
        if not self.ui.hostName.text().strip():
            self.ui.hostName.setText(choice.resident)
        self.history.show_room(choice.room_id)

    def fields(self) -> dict[str, QWidget]:
        return {name: getattr(self.ui, widget) for name, widget in FIELD_WIDGETS.items()}

    def draft(self) -> VisitDraft:
        return form_values.draft_of(
            self.ui, self.services.ctx, self._arrival_offered, self.editing, self.room_field
        )

    def save(self) -> SignedIn | VisitRow | None:
        """Ctrl+Enter: sign the visitor in, or save the correction of the visit shown."""
        return self.sign_in() if self.editing is None else self.save_correction()

    def correct_selected(self) -> None:
        """The chosen visit in the form, to correct (Ctrl+Enter saves, Esc leaves)."""
        row = self.current_row()
        if row is None:
            return
        if row.voided:
            feedback.show_error_text(
                self.ui.listStatus, self.tr("%1 has been voided.").replace("%1", row.serial)
            )
            return
        self.clear_form()
        ui, local = self.ui, self.services.ctx.local
        self.editing = row
        ui.signInBox.setTitle(self.tr("Correct %1 (Esc: cancel)").replace("%1", row.serial))
        ui.printPass.setChecked(False)
        ui.printPass.setEnabled(False)
        form_values.fill(ui, self.room_field, row, local)
        self.history.show_room(row.room_id)
        ui.purpose.setFocus()

    def save_correction(self) -> VisitRow | None:
        editing = self.editing
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Correct a visit"),
            self.tr("Why is %1 corrected?").replace("%1", editing.serial),
        )
        if not ok:
            return None
        draft = self.draft()
        row = run_op(
            self.ui.formStatus,
            lambda: self.visits.update(self.actor, editing.id, draft, reason),
            fields={**self.fields(), "reason": self.ui.signInButton},
        )
        if row is None:
            return None
        self.clear_form()
        feedback.show_ok(self.ui.formStatus, self.tr("Corrected %1.").replace("%1", row.serial))
        return row

    def sign_in(self) -> SignedIn | None:
        """Sign the visitor in; on the block list, ask the clerk for the reason to let
        them in (cancelled: nothing is signed in, the form keeps its typing)."""
        draft = self.draft()
        blocked: list[VisitorBlocked] = []

        def attempt() -> SignedIn | None:
            try:
                return self.visits.sign_in(self.actor, draft)
            except VisitorBlocked as error:
                blocked.append(error)
                return None

        signed = run_op(self.ui.formStatus, attempt, fields=self.fields())
        if blocked:
            reason = self.ask_block_reason(blocked[0])
            if reason is None:
                feedback.show_error(self.ui.formStatus, blocked[0], self.fields())
                return None
            signed = run_op(
                self.ui.formStatus,
                lambda: self.visits.sign_in(self.actor, draft, block_reason=reason),
                fields=self.fields(),
            )
        if signed is None:
            return None
        want_pass = self.ui.printPass.isChecked()
        self.clear_form()
        feedback.show_ok(
            self.ui.formStatus,
            self.tr("Signed in %1: %2.")
            .replace("%1", signed.visit.serial)
            .replace("%2", signed.visit.visitor_name),
        )
        if want_pass:
            self.print_pass(signed.visit)
        return signed

    def ask_block_reason(self, blocked: VisitorBlocked) -> str | None:
        lines = [self.tr("%1 is on the block list:").replace("%1", blocked.params.get("name", ""))]
        for match in blocked.matches:
            until = match.until.isoformat() if match.until else self.tr("for good")
            lines.append(
                self.tr("• matched on %1: %2 (until %3)")
                .replace("%1", translate(CONTEXT, str(matched_on_words(match))))
                .replace("%2", match.reason)
                .replace("%3", until)
            )
        lines.append(self.tr("To let them in, say why (the reason is recorded):"))
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Visitor on the block list"), "\n".join(lines)
        )
        return reason if ok and reason.strip() else None

    # -- signing out ----------------------------------------------------------------------

    def scan(self) -> None:
        """A scanner types the pass's serial and Enter (or the clerk does): signed out."""
        code = self.ui.scanSerial.text()
        self.ui.scanSerial.clear()
        if not code.strip():
            return
        row = run_op(self.ui.scanStatus, lambda: self.visits.sign_out_serial(self.actor, code))
        if row is not None:
            self._signed_out(row, self.ui.scanStatus)

    def sign_out_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        done = run_op(self.ui.listStatus, lambda: self.visits.sign_out(self.actor, row.id))
        if done is not None:
            self._signed_out(done, self.ui.listStatus)

    def _signed_out(self, row: VisitRow, status: QLabel) -> None:
        stayed = self.duration_text(row.departed_at - row.arrived_at)
        feedback.show_ok(
            status,
            self.tr("%1 %2 signed out (stayed %3).")
            .replace("%1", row.serial)
            .replace("%2", row.visitor_name)
            .replace("%3", stayed),
        )

    # -- the lists --------------------------------------------------------------------------

    def current_filter(self) -> VisitFilter:
        ui = self.ui
        tab = ui.lists.currentIndex()
        if tab == 0:
            return VisitFilter(on_site_only=True)
        today = self.services.ctx.today()
        if tab == 1:
            return VisitFilter(date_from=today, date_to=today)
        room_ids = None
        room_text = ui.filterRoom.text().strip()
        if room_text:
            room_ids = tuple(self.services.rooms.rooms_matching(self.actor, room_text))
        return VisitFilter(
            date_from=pydate(ui.dateFrom.date()),
            date_to=pydate(ui.dateTo.date()),
            kind=ui.filterKind.currentData(),
            room_ids=room_ids,
            plate=ui.filterPlate.text(),
            name=ui.filterName.text(),
        )

    @property
    def table(self) -> QTableView:
        return self.tables[self.ui.lists.currentIndex()]

    @property
    def model(self) -> PagedTableModel:
        return self.models[self.ui.lists.currentIndex()]

    def late(self, row: VisitRow) -> bool:
        """Still on site past the closing time, as of now (the list may be minutes old)."""
        ctx = self.services.ctx
        return row.after_closing or still_on_site_after_closing(
            row.status, ctx.local(row.arrived_at), ctx.local(ctx.now()), self._closing
        )

    def reload(self) -> None:
        self._closing = closing_time(str(self.services.settings.get("visitors.closing_time")))
        flt = self.current_filter()
        model = self.model
        total = self.visits.count(self.actor, flt)
        model.load_after(
            lambda last, limit: self.visits.search(
                self.actor, flt, after=last.id if last else None, limit=limit
            ),
            total,
        )
        on_site = self.visits.count(self.actor, VisitFilter(on_site_only=True))
        late = sum(1 for r in range(model.rowCount()) if self.late(model.row_at(r)))
        text = (
            self.tr("%n visit(s)", "", total)
            + "　"
            + self.tr("On site now: %1").replace("%1", str(on_site))
        )
        if late:
            text += "　" + self.tr("%n still on site after closing time", "", late)
        self.ui.listStatus.setText(text)

    def _refresh_durations(self) -> None:
        """Every minute: how long each visitor has stayed, and who is now past closing."""
        model = self.model
        if model.rowCount():
            last = model.index(model.rowCount() - 1, model.columnCount() - 1)
            model.dataChanged.emit(model.index(0, 0), last)

    def current_row(self) -> VisitRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            feedback.show_error_text(self.ui.listStatus, self.tr("Choose a visit in the list."))
            return None
        return self.model.row_at(index.row())

    def show_record(self, visit_id: int) -> None:
        """The visit chosen in the list that holds it: on site now, today's, or the
        register filtered to its day (the workbench and the global search open it here)."""
        row = run_op(self.ui.listStatus, lambda: self.visits.get(self.actor, visit_id))
        if row is None:
            return
        ui = self.ui
        today = self.services.ctx.today()
        tab = 0 if row.status is Status.ON_SITE else 1 if row.day == today else 2
        lines = (ui.filterRoom, ui.filterPlate, ui.filterName)
        quiet = (ui.lists, ui.dateFrom, ui.dateTo, ui.filterKind, *lines)
        blockers = [QSignalBlocker(widget) for widget in quiet]
        ui.lists.setCurrentIndex(tab)
        if tab == 2:
            ui.dateFrom.setDate(qdate(row.day))
            ui.dateTo.setDate(qdate(row.day))
            ui.filterKind.setCurrentIndex(0)
            for line in lines:
                line.clear()
        del blockers
        self.reload()
        self.select_serial(row.serial)
        self.table.setFocus()

    def select_serial(self, serial: str) -> bool:
        model = self.model
        for row in range(model.rowCount()):
            if model.row_at(row).serial == serial:
                self.table.setCurrentIndex(model.index(row, 0))
                return True
        return False

    # -- paper, corrections, files ------------------------------------------------------------

    def print_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self.print_pass(row)

    def print_pass(self, row: VisitRow) -> None:
        """Preview the pass; printing or saving it from the preview is the print."""
        pdf = run_op(self.ui.listStatus, lambda: self.visitors.passes.preview(self.actor, row.id))
        if pdf is None:
            return
        PdfPreviewDialog(
            pdf,
            self.tr("Visitor pass"),
            f"访客通行证-{row.serial}.pdf",
            self,
            commit=lambda: self.visitors.passes.print(self.actor, row.id),
        ).exec()

    def void_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void a visit"), self.tr("Why is %1 voided?").replace("%1", row.serial)
        )
        if ok:
            run_op(
                self.ui.listStatus,
                lambda: self.visits.void(self.actor, row.id, reason),
                self.tr("%1 voided.").replace("%1", row.serial),
            )

    def show_history(self) -> None:
        row = self.current_row()
        if row is None:
            return
        lines = run_op(self.ui.listStatus, lambda: self.visits.history(self.actor, row.id))
        if lines is not None:
            RecordHistoryDialog(
                self.tr("Changes of %1").replace("%1", row.serial), lines, self
            ).exec()

    def open_block_list(self) -> None:
        from desk_app.ui.visitors.block_list import BlockListDialog

        BlockListDialog(self.services, self.actor, self).exec()

    def purge(self) -> None:
        retention = self.visitors.retention
        due = run_op(self.ui.listStatus, lambda: retention.due(self.actor))
        if due is None:
            return
        if not due:
            feedback.show_ok(
                self.ui.listStatus, self.tr("No visit holds personal data past its retention.")
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Blank old personal data"),
            self.tr(
                "Blank the phones and ID numbers of %n visit(s) older than the retention? "
                "The visits themselves stay.",
                "",
                due,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_op(
                self.ui.listStatus,
                lambda: retention.purge(self.actor),
                lambda result: self.tr(
                    "Blanked the personal data of %n visit(s).", "", result.visits
                ),
            )

    def export(self) -> None:
        path = file_dialogs.save_file_name(
            self,
            self.tr("Export visits"),
            "访客登记.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        flt = self.current_filter()
        today = self.services.ctx.today()
        run_op(
            self.ui.listStatus,
            lambda: self.visitors.export(
                self.actor, flt.date_from or today, flt.date_to or today, fmt, path
            ),
            lambda rows: self.tr("Exported %n visit(s).", "", rows),
            file=path,
        )
