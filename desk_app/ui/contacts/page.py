"""来电来访: log a call while still on the phone, find it again, review and sign the day.

The list shows light rows, a page at a time by key; choosing a row loads that entry's
detail once, which amending, its history and one step onwards then use. The page
follows the change feed for what it shows, so it is current after its own actions
and after anyone else's.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desk_app.domain.contacts import CATEGORY_LABELS, FOLLOW_UP_LABELS, Category, FollowUp
from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.contacts import ContactDetail, ContactFilter, ContactRow
from desk_app.services.context import Actor
from desk_app.ui.contacts.intake import IntakeForm, refill
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.columns import fit_columns
from desk_app.ui.kit.dates import pydate, qdate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.record_history import RecordHistoryDialog
from desk_app.ui.kit.table_model import Column, PagedTableModel, setup_list_view


def _work_order_from_contact(services: Services, actor: Actor, entry_id: int, parent) -> str | None:
    from desk_app.ui.work_orders.dialog import WorkOrderDialog

    draft = services.work_orders.orders.draft_from_contact(actor, entry_id)
    dialog = WorkOrderDialog(services, actor, draft=draft, parent=parent)
    return dialog.saved.serial if dialog.exec() and dialog.saved else None


def _card_request_from_contact(services: Services, actor: Actor, entry_id: int, parent):
    from desk_app.ui.cards.request_dialog import CardRequestDialog
    from desk_app.ui.kit.room_field import RoomChoice

    draft = services.contacts.onward_draft(actor, entry_id)
    room = None
    if draft.room_id is not None:
        label = services.residents.get_room(actor, draft.room_id).label
        room = RoomChoice(draft.room_id, label, draft.contact_name, draft.phone, label)
    dialog = CardRequestDialog(
        services,
        actor,
        room=room,
        source=draft.source,
        applicant=draft.contact_name,
        phone=draft.phone,
        parent=parent,
    )
    return dialog.saved.serial if dialog.exec() and dialog.saved else None


def _complaint_from_contact(services: Services, actor: Actor, entry_id: int, parent) -> str | None:
    from desk_app.ui.complaints.intake import ComplaintDialog

    draft = services.complaints.intake.draft_from_contact(actor, entry_id)
    dialog = ComplaintDialog(services, actor, draft=draft, parent=parent)
    return dialog.saved.serial if dialog.exec() and dialog.saved else None


# The records an entry can become, each opening its own form prefilled from the entry
# and linked back to it.
ONWARD_FORMS = {
    "work_order": _work_order_from_contact,
    "complaint": _complaint_from_contact,
    "card_request": _card_request_from_contact,
}

# What the list shows, by the kinds of record the change feed names.
LIST_KINDS = {
    "contact",
    "contact_day",
    "work_order",
    "complaint",
    "room",
    "setting",
    "department",
    "user",
    "contact_channel",
    "card_request",
}
CONTENT_COLUMN = 7
OVERDUE_COLOR = QColor("#ffe0b2")
VOIDED_COLOR = QColor("#888888")
# A long value of each column but the content, which takes the width left over.
SAMPLES = (
    "LF-20261123-0001",
    "11-23 14:05",
    "网络/微信",
    "欧阳文华",
    "12栋3单元1501",
    "13812345678",
    "",  # the category: its longest label
    "",
    "欧阳文华",
    "工程部 欧阳文华",
    "跟进中：已派人",
    "✓",
)


class ContactsPage(FormBacked, QWidget):
    FORM = "contacts/page.ui"
    WIDGETS = {
        "intakeBox": QGroupBox,
        "room": QLineEdit,
        "callerName": QLineEdit,
        "phone": QLineEdit,
        "category": QComboBox,
        "since": QLineEdit,
        "channel": QComboBox,
        "content": QPlainTextEdit,
        "department": QComboBox,
        "forwardedTo": QLineEdit,
        "occurredAt": QDateTimeEdit,
        "followUp": QComboBox,
        "followUpResult": QLineEdit,
        "callOutcome": QComboBox,
        "callOutcomeLabel": QLabel,
        "formStatus": QLabel,
        "clearButton": QPushButton,
        "workOrderButton": QPushButton,
        "cardRequestButton": QPushButton,
        "complaintButton": QPushButton,
        "saveButton": QPushButton,
        "historyBox": QGroupBox,
        "dateFrom": QDateEdit,
        "dateTo": QDateEdit,
        "filterChannel": QComboBox,
        "filterCategory": QComboBox,
        "filterFollowUp": QComboBox,
        "filterReceivedBy": QComboBox,
        "filterRoom": QLineEdit,
        "filterText": QLineEdit,
        "overdueOnly": QCheckBox,
        "entries": QTableView,
        "listStatus": QLabel,
        "historyButton": QPushButton,
        "voidButton": QPushButton,
        "reviewButton": QPushButton,
        "signButton": QPushButton,
        "printButton": QPushButton,
        "exportButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.contacts = services.contacts
        self.detail: ContactDetail | None = None  # the entry chosen in the list, in full
        ui = self.setup_form()
        self.intake = IntakeForm(self, ui, services, actor)
        self.room_field = self.intake.room_field
        self.content_counter = self.intake.content_counter
        self.history = RoomHistoryPanel(services, actor, ui.historyBox)
        ui.historyBox.layout().addWidget(self.history)
        self.room_field.picked.connect(lambda choice: self.history.show_room(choice.room_id))
        self.room_field.cleared.connect(lambda: self.history.show_room(None))

        self.model = PagedTableModel[ContactRow](self._columns(), self, style=self._row_style)
        ui.entries.setModel(self.model)
        # The supervisor reviews several entries at once.
        setup_list_view(ui.entries, multi=actor.can(Permission.REVIEW))
        self._fit_columns()
        ui.entries.doubleClicked.connect(self.edit_selected)
        ui.entries.selectionModel().currentRowChanged.connect(self._row_chosen)

        today = services.ctx.today()
        ui.dateFrom.setDate(qdate(today))
        ui.dateTo.setDate(qdate(today))
        self._fill_filters()
        self._wire()
        feed = services.db.changes
        follow(self, feed, LIST_KINDS, self.reload)
        follow(self, feed, {"contact_channel"}, self._reload_filter_channels)
        follow(self, feed, {"user"}, self._reload_staff)
        self.clear_form()
        self.reload()

    # -- set-up ---------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        ui = self.ui
        self._reload_filter_channels()
        ui.filterCategory.addItem(self.tr("All categories"), None)
        for category in Category:
            ui.filterCategory.addItem(
                translate("Contacts", CATEGORY_LABELS[category]), category.value
            )
        ui.filterFollowUp.addItem(self.tr("Any follow-up"), None)
        for status in FollowUp:
            ui.filterFollowUp.addItem(translate("Contacts", FOLLOW_UP_LABELS[status]), status.value)
        self._reload_staff()

    def _reload_filter_channels(self) -> None:
        channels = self.contacts.channels(include_inactive=True)
        refill(
            self.ui.filterChannel,
            [(c.label, c.code) for c in channels],
            first=(self.tr("All channels"), None),
        )

    def _reload_staff(self) -> None:
        refill(
            self.ui.filterReceivedBy,
            [(name, user_id) for user_id, name in self.services.accounts.staff()],
            first=(self.tr("Anyone"), None),
        )

    def _wire(self) -> None:
        ui = self.ui
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.intakeBox, activated=self.clear_form)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.workOrderButton.clicked.connect(lambda: self.onward("work_order"))
        ui.cardRequestButton.clicked.connect(lambda: self.onward("card_request"))
        ui.complaintButton.clicked.connect(lambda: self.onward("complaint"))
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self.reload)
        for widget in (ui.dateFrom, ui.dateTo):
            widget.dateChanged.connect(self.reload)
        for combo in (ui.filterChannel, ui.filterCategory, ui.filterFollowUp, ui.filterReceivedBy):
            combo.currentIndexChanged.connect(self.reload)
        ui.overdueOnly.toggled.connect(self.reload)
        ui.filterText.textChanged.connect(lambda _t: self._filter_timer.start())
        ui.filterRoom.textChanged.connect(lambda _t: self._filter_timer.start())
        ui.historyButton.clicked.connect(self.show_history)
        ui.printButton.clicked.connect(self.print_register)
        for button, handler, needs in (
            (ui.voidButton, self.void_selected, Permission.VOID),
            (ui.reviewButton, self.review_selected, Permission.REVIEW),
            (ui.signButton, self.sign_day, Permission.SIGN_DAY),
        ):
            button.setVisible(self.actor.can(needs))
            button.clicked.connect(handler)
        ui.exportButton.setVisible(self.actor.can(Permission.EXPORT))
        ui.exportButton.clicked.connect(self.export)

    def _columns(self) -> list[Column[ContactRow]]:
        ctx = self.services.ctx
        return [
            Column(self.tr("Serial"), lambda r: r.serial),
            Column(self.tr("Time"), lambda r: ctx.local(r.occurred_at).strftime("%m-%d %H:%M")),
            Column(self.tr("Channel"), lambda r: r.channel_label),
            Column(self.tr("Name"), lambda r: r.caller_name),
            Column(self.tr("Room / place"), lambda r: r.where),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(
                self.tr("Category"), lambda r: translate("Contacts", CATEGORY_LABELS[r.category])
            ),
            Column(self.tr("What"), lambda r: r.content.replace("\n", " ")),
            Column(self.tr("Received by"), lambda r: r.received_by),
            Column(self.tr("Forwarded to"), lambda r: r.forwarded),
            Column(self.tr("Follow-up"), self._follow_up_text),
            Column(self.tr("Reviewed"), lambda r: "✓" if r.reviewed else ""),
        ]

    def _fit_columns(self) -> None:
        """No header cut to "ategor"; the content takes all the width left over."""
        categories = [translate("Contacts", label) for label in CATEGORY_LABELS.values()]
        samples = [categories if column == 6 else text for column, text in enumerate(SAMPLES)]
        fit_columns(self.ui.entries, samples, stretch=CONTENT_COLUMN)

    def _follow_up_text(self, row: ContactRow) -> str:
        text = translate("Contacts", FOLLOW_UP_LABELS[row.follow_up_status])
        if row.follow_up_result:
            text = f"{text}：{row.follow_up_result}"
        if row.onward:
            text = f"{text}（→ {'、'.join(row.onward)}）"
        return text

    def _row_style(self, row: ContactRow, role: int):
        if role == Qt.ItemDataRole.FontRole and row.voided:
            font = QFont(self.font())
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(VOIDED_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.voided:
                return self.tr("Voided: %1").replace("%1", row.void_reason)
            if row.overdue:
                return self.tr("Follow-up overdue")
        return None

    # -- the intake form ------------------------------------------------------------------

    @property
    def editing(self) -> ContactDetail | None:
        return self.intake.editing

    def clear_form(self) -> None:
        """Empty form with the defaults of a new incoming call, cursor in the room field."""
        self.intake.clear()
        self.history.show_room(None)
        self.ui.room.setFocus()

    def draft(self):
        return self.intake.draft()

    def save(self) -> ContactDetail | None:
        editing = self.intake.editing
        reason = ""
        if editing is not None and editing.signed:
            reason, ok = QInputDialog.getText(
                self, self.tr("Amend a signed day"), self.tr("Reason for the amendment:")
            )
            if not ok:
                return None
        draft = self.intake.draft()
        if editing is None:
            call = lambda: self.contacts.log(self.actor, draft)  # noqa: E731
            done = self.tr("Logged %1.")
        else:
            call = lambda: self.contacts.update(self.actor, editing.id, draft, reason)  # noqa: E731
            done = self.tr("Saved %1.")
        row = run_op(self.ui.formStatus, call, fields=self.intake.fields())
        if row is None:
            return None
        self.clear_form()
        feedback.show_ok(self.ui.formStatus, done.replace("%1", row.serial))
        return row

    def onward(self, kind: str) -> None:
        """One step onwards: make a work order (later also a complaint or a card
        request) from the entry in the form, saving a new entry first."""
        entry = self.intake.editing or self.save()
        if entry is None:
            return
        made = ONWARD_FORMS[kind](self.services, self.actor, entry.id, self)
        if made is not None:
            self.clear_form()
            feedback.show_ok(
                self.ui.formStatus,
                self.tr("%1 made from %2.").replace("%1", made).replace("%2", entry.serial),
            )

    def edit_selected(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        self.intake.show(entry)
        self.history.show_room(entry.room_id)
        self.ui.content.moveCursor(QTextCursor.MoveOperation.End)  # to add to what was said
        self.ui.content.setFocus()

    # -- the list --------------------------------------------------------------------------

    def current_filter(self) -> ContactFilter:
        ui = self.ui
        room_ids = None
        room_text = ui.filterRoom.text().strip()
        if room_text:
            room_ids = tuple(self.services.rooms.rooms_matching(self.actor, room_text))
        return ContactFilter(
            date_from=pydate(ui.dateFrom.date()),
            date_to=pydate(ui.dateTo.date()),
            channel=ui.filterChannel.currentData(),
            category=ui.filterCategory.currentData(),
            follow_up_status=ui.filterFollowUp.currentData(),
            received_by_id=ui.filterReceivedBy.currentData(),
            room_ids=room_ids,
            text=ui.filterText.text(),
            overdue_only=ui.overdueOnly.isChecked(),
        )

    def reload(self) -> None:
        """Refill the list from the filters; the entries chosen stay chosen if they are
        still on the pages fetched."""
        flt = self.current_filter()
        chosen = {row.id for row in self.selected_rows(quiet=True)}
        current = self.detail.id if self.detail is not None else None
        total = self.contacts.count(self.actor, flt)
        self.model.load_after(
            lambda last, limit: self.contacts.search(
                self.actor, flt, after=last.id if last else None, limit=limit
            ),
            total,
        )
        self.detail = None
        self._choose_again(chosen, current)
        status = self.tr("%n entries", "", total)
        day = self.single_day()
        if day is not None:
            day_status = self.contacts.day_status(self.actor, day)
            if day_status.changed_after_signing:
                status += "　" + self.tr(
                    "Changed after it was signed by %1: sign it again"
                ).replace("%1", day_status.signed_by)
            elif day_status.signed:
                status += "　" + self.tr("Signed by %1 at %2").replace(
                    "%1", day_status.signed_by
                ).replace("%2", self.services.ctx.local(day_status.signed_at).strftime("%H:%M"))
        self.ui.listStatus.setText(status)

    def show_record(self, entry_id: int) -> None:
        """The entry chosen in the list of its day, the other filters cleared (the
        workbench and the search open an entry here)."""
        entry = run_op(self.ui.formStatus, lambda: self.contacts.get(self.actor, entry_id))
        if entry is None:
            return
        ui = self.ui
        combos = (ui.filterChannel, ui.filterCategory, ui.filterFollowUp, ui.filterReceivedBy)
        quiet = (ui.dateFrom, ui.dateTo, ui.overdueOnly, ui.filterText, ui.filterRoom, *combos)
        blockers = [QSignalBlocker(widget) for widget in quiet]
        ui.dateFrom.setDate(qdate(entry.day))
        ui.dateTo.setDate(qdate(entry.day))
        for combo in combos:
            combo.setCurrentIndex(0)
        ui.overdueOnly.setChecked(False)
        ui.filterText.clear()
        ui.filterRoom.clear()
        del blockers
        self.reload()
        self._choose_again(set(), entry_id)
        ui.entries.scrollTo(ui.entries.currentIndex())
        ui.entries.setFocus()

    def _choose_again(self, ids: set[int], current: int | None) -> None:
        rows = {self.model.row_at(row).id: row for row in range(self.model.rowCount())}
        if current in rows:
            self.ui.entries.setCurrentIndex(self.model.index(rows[current], 0))
        selection = self.ui.entries.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for entry_id in ids - {current}:
            if entry_id in rows:
                selection.select(self.model.index(rows[entry_id], 0), flags)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The entry in full, loaded once when it is chosen."""
        self.detail = None
        if current.isValid():
            row = self.model.row_at(current.row())
            self.detail = run_op(self.ui.formStatus, lambda: self.contacts.get(self.actor, row.id))

    def single_day(self) -> date | None:
        start, end = pydate(self.ui.dateFrom.date()), pydate(self.ui.dateTo.date())
        return start if start == end else None

    def selected_rows(self, quiet: bool = False) -> list[ContactRow]:
        """The entries selected, or else the one the cursor is on (moved with the arrow
        keys, which need not select)."""
        table = self.ui.entries
        rows = sorted(index.row() for index in table.selectionModel().selectedRows())
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        if not rows and not quiet:
            feedback.show_error_text(
                self.ui.formStatus, self.tr("Select an entry in the list first.")
            )
        return [self.model.row_at(row) for row in rows]

    def selected(self) -> ContactRow | None:
        """The entry an action on one entry takes: the current one of the selection."""
        rows = self.selected_rows()
        if not rows:
            return None
        current = self.ui.entries.currentIndex()
        if current.isValid() and self.model.row_at(current.row()) in rows:
            return self.model.row_at(current.row())
        return rows[0]

    def chosen(self) -> ContactDetail | None:
        """The selected entry in full: the detail loaded when it was chosen."""
        row = self.selected()
        if row is None:
            return None
        if self.detail is None or self.detail.id != row.id:
            self.detail = run_op(self.ui.formStatus, lambda: self.contacts.get(self.actor, row.id))
        return self.detail

    def void_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void %1").replace("%1", row.serial), self.tr("Reason for voiding:")
        )
        if ok:
            run_op(
                self.ui.formStatus,
                lambda: self.contacts.void(self.actor, row.id, reason),
                self.tr("%1 voided.").replace("%1", row.serial),
            )

    def review_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            title = self.tr("Review %1").replace("%1", rows[0].serial)
            done = self.tr("%1 reviewed.").replace("%1", rows[0].serial)
        else:
            title = self.tr("Review %n entries", "", len(rows))
            done = self.tr("%n entries reviewed.", "", len(rows))
        remark, ok = QInputDialog.getText(self, title, self.tr("Remark (optional):"))
        if ok:
            ids = [row.id for row in rows]
            run_op(
                self.ui.formStatus,
                lambda: self.contacts.review_many(self.actor, ids, remark),
                done,
            )

    def sign_day(self) -> None:
        day = self.single_day()
        if day is None:
            feedback.show_error_text(self.ui.formStatus, self.tr("Show a single day to sign it."))
            return
        status = run_op(self.ui.formStatus, lambda: self.contacts.day_status(self.actor, day))
        if status is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Sign the day"),
            self.tr(
                "Sign %1 with %2 entries (%3 reviewed)? Signed entries can only be amended by a supervisor, with a reason."  # noqa: E501
            )
            .replace("%1", day.isoformat())
            .replace("%2", str(status.entries))
            .replace("%3", str(status.reviewed)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_op(
                self.ui.formStatus,
                lambda: self.contacts.sign_day(self.actor, day),
                self.tr("%1 signed.").replace("%1", day.isoformat()),
            )

    def show_history(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        lines = run_op(self.ui.formStatus, lambda: self.contacts.history(self.actor, entry.id))
        if lines is not None:
            title = self.tr("History of %1").replace("%1", entry.serial)
            RecordHistoryDialog(title, lines, self).exec()

    def register_pdf(self, day: date) -> bytes:
        return self.contacts.print_register(self.actor, day)

    def print_register(self) -> None:
        day = self.single_day() or pydate(self.ui.dateTo.date())
        try:
            pdf = self.register_pdf(day)
        except DeskError as error:
            feedback.show_error(self.ui.formStatus, error)
            return
        PdfPreviewDialog(
            pdf,
            self.tr("Contact register %1").replace("%1", day.isoformat()),
            f"来电来访登记表-{day.isoformat()}.pdf",
            self,
        ).exec()

    def export(self) -> None:
        ui = self.ui
        start, end = pydate(ui.dateFrom.date()), pydate(ui.dateTo.date())
        path = file_dialogs.save_file_name(
            self,
            self.tr("Export contacts"),
            f"来电来访-{start}-{end}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        run_op(
            ui.formStatus,
            lambda: self.contacts.export(self.actor, start, end, fmt, path),
            self.tr("Exported to %1.").replace("%1", str(path)),
            file=path,
        )
