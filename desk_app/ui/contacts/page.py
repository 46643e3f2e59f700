"""来电来访: log a call while still on the phone, find it again, review and sign the day."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
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
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.contacts import (
    CALL_OUTCOME_LABELS,
    CATEGORY_LABELS,
    FOLLOW_UP_LABELS,
    REQUIRED_BY_CATEGORY,
    Category,
    FollowUp,
)
from desk_app.domain.errors import DeskError
from desk_app.domain.personal import MAX_PHONE_CHARS
from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.contacts.service import ContactDraft, ContactFilter, ContactRow
from desk_app.services.context import Actor
from desk_app.ui.i18n import translate
from desk_app.ui.kit import feedback, file_dialogs
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.room_field import RoomChoice, RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.table_model import Column, PagedTableModel, setup_list_view
from desk_app.ui.kit.text_limits import count_text, limit_lines


def _work_order_from_contact(services: Services, actor: Actor, entry_id: int, parent) -> str | None:
    from desk_app.ui.work_orders.dialog import WorkOrderDialog

    draft = services.work_orders.orders.draft_from_contact(actor, entry_id)
    dialog = WorkOrderDialog(services, actor, draft=draft, parent=parent)
    return dialog.saved.serial if dialog.exec() and dialog.saved else None


# The records an entry can become, each opening its own form prefilled from the entry
# and linked back to it; complaints and card requests join as their issues land.
ONWARD_FORMS = {"work_order": _work_order_from_contact}

OVERDUE_COLOR = QColor("#ffe0b2")
VOIDED_COLOR = QColor("#888888")

# The form's inputs by the field names the services use in their errors.
_FIELD_WIDGETS = {
    "caller_name": "callerName",
    "place": "room",
    "phone": "phone",
    "since": "since",
    "content": "content",
    "category": "category",
    "channel": "channel",
    "occurred_at": "occurredAt",
    "follow_up_status": "followUp",
    "call_outcome": "callOutcome",
}
_REQUIRED_LABELS = {
    "caller_name": "callerNameLabel",
    "place": "roomLabel",
    "since": "sinceLabel",
    "phone": "phoneLabel",
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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
        self.editing: ContactRow | None = None
        ui = self.setup_form()
        self._label_texts = {name: getattr(ui, name).text() for name in _REQUIRED_LABELS.values()}
        self._fill_choices()
        limit_lines(
            {
                ui.room: limits.PLACE,
                ui.callerName: limits.NAME,
                ui.phone: MAX_PHONE_CHARS,
                ui.since: limits.SINCE,
                ui.forwardedTo: limits.NAME,
                ui.followUpResult: limits.TEXT,
            }
        )
        self.content_counter = count_text(ui.content, limits.TEXT)
        self.room_field = RoomField(ui.room, room_lookup(services, actor))
        self.room_field.picked.connect(self._room_picked)
        self.room_field.cleared.connect(lambda: self.history.show_room(None))
        self.history = RoomHistoryPanel(services, actor, ui.historyBox)
        ui.historyBox.layout().addWidget(self.history)
        self.history.show_room(None)

        self.model = PagedTableModel[ContactRow](self._columns(), self, style=self._row_style)
        table = ui.entries
        table.setModel(self.model)
        setup_list_view(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((128, 84, 64, 64, 110, 100, 46, 360, 60, 100, 120, 36)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self.edit_selected)

        today = services.ctx.today()
        ui.dateFrom.setDate(_qdate(today))
        ui.dateTo.setDate(_qdate(today))
        self._wire()
        self.clear_form()
        self.reload()

    # -- set-up ---------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        for category in Category:
            ui.category.addItem(translate("Contacts", CATEGORY_LABELS[category]), category.value)
        self.channels = self.contacts.channels()
        for channel in self.channels:
            ui.channel.addItem(channel.label, channel.code)
        ui.department.addItem(self.tr("(not forwarded)"), None)
        for dept in self.services.accounts.list_departments():
            ui.department.addItem(dept.name, dept.id)
        for status in FollowUp:
            ui.followUp.addItem(translate("Contacts", FOLLOW_UP_LABELS[status]), status.value)
        ui.callOutcome.addItem("", None)
        for outcome, label in CALL_OUTCOME_LABELS.items():
            ui.callOutcome.addItem(translate("Contacts", label), outcome.value)

        ui.filterChannel.addItem(self.tr("All channels"), None)
        for channel in self.contacts.channels(include_inactive=True):
            ui.filterChannel.addItem(channel.label, channel.code)
        ui.filterCategory.addItem(self.tr("All categories"), None)
        for category in Category:
            ui.filterCategory.addItem(
                translate("Contacts", CATEGORY_LABELS[category]), category.value
            )
        ui.filterFollowUp.addItem(self.tr("Any follow-up"), None)
        for status in FollowUp:
            ui.filterFollowUp.addItem(translate("Contacts", FOLLOW_UP_LABELS[status]), status.value)
        ui.filterReceivedBy.addItem(self.tr("Anyone"), None)
        for user_id, name in self.services.accounts.staff():
            ui.filterReceivedBy.addItem(name, user_id)

    def _wire(self) -> None:
        ui = self.ui
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.intakeBox, activated=self.clear_form)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.category.currentIndexChanged.connect(self._mark_required)
        ui.channel.currentIndexChanged.connect(self._channel_changed)
        ui.workOrderButton.clicked.connect(lambda: self.onward("work_order"))
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

    def _follow_up_text(self, row: ContactRow) -> str:
        text = translate("Contacts", FOLLOW_UP_LABELS[row.follow_up_status])
        return f"{text}：{row.follow_up_result}" if row.follow_up_result else text

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

    def _room_picked(self, choice) -> None:
        ui = self.ui
        if not ui.callerName.text().strip():
            ui.callerName.setText(choice.resident)
        if not ui.phone.text().strip():
            ui.phone.setText(choice.phone)
        self.history.show_room(choice.room_id)

    def _mark_required(self) -> None:
        required = set(REQUIRED_BY_CATEGORY[Category(self.ui.category.currentData())])
        for field_name, label_name in _REQUIRED_LABELS.items():
            label: QLabel = getattr(self.ui, label_name)
            base = self._label_texts[label_name]
            label.setText(f"{base} *" if field_name in required else base)
            font = label.font()
            font.setBold(field_name in required)
            label.setFont(font)

    def _channel_changed(self) -> None:
        code = self.ui.channel.currentData()
        outgoing = any(c.outgoing for c in self.channels if c.code == code)
        self.ui.callOutcome.setEnabled(outgoing)
        if not outgoing:
            self.ui.callOutcome.setCurrentIndex(0)

    def clear_form(self) -> None:
        """Empty form with the defaults of a new incoming call, cursor in the room field."""
        ui = self.ui
        self.editing = None
        self.room_field.set_choice(None)
        for line in (ui.room, ui.callerName, ui.phone, ui.since, ui.forwardedTo, ui.followUpResult):
            line.clear()
        ui.content.clear()
        ui.category.setCurrentIndex(ui.category.findData(Category.CONSULTATION.value))
        ui.channel.setCurrentIndex(0)
        ui.department.setCurrentIndex(0)
        ui.followUp.setCurrentIndex(0)
        ui.callOutcome.setCurrentIndex(0)
        ui.occurredAt.setDateTime(QDateTime.currentDateTime())
        ui.intakeBox.setTitle(self.tr("Log a call or visit"))
        self._mark_required()
        self._channel_changed()
        self.history.show_room(None)
        ui.room.setFocus()

    def draft(self) -> ContactDraft:
        ui = self.ui
        choice = self.room_field.choice
        moment = ui.occurredAt.dateTime().toPython().astimezone()
        return ContactDraft(
            content=ui.content.toPlainText(),
            category=ui.category.currentData(),
            channel=ui.channel.currentData(),
            occurred_at=None if self.editing is None and self._time_untouched(moment) else moment,
            caller_name=ui.callerName.text(),
            room_id=choice.room_id if choice else None,
            place=ui.room.text(),
            phone=ui.phone.text(),
            since=ui.since.text(),
            forwarded_department_id=ui.department.currentData(),
            forwarded_to=ui.forwardedTo.text(),
            follow_up_status=ui.followUp.currentData(),
            follow_up_result=ui.followUpResult.text(),
            call_outcome=ui.callOutcome.currentData(),
        )

    def _time_untouched(self, moment: datetime) -> bool:
        """The clerk left the time as the form set it: log the moment of saving."""
        return abs((datetime.now().astimezone() - moment).total_seconds()) < 15 * 60

    def onward(self, kind: str) -> None:
        """One step onwards: make a work order (later also a complaint or a card
        request) from the entry in the form, saving a new entry first."""
        entry = self.editing or self.save()
        if entry is None:
            return
        made = ONWARD_FORMS[kind](self.services, self.actor, entry.id, self)
        if made is not None:
            feedback.show_ok(
                self.ui.formStatus,
                self.tr("%1 made from %2.").replace("%1", made).replace("%2", entry.serial),
            )
            self.clear_form()
            self.reload()

    def save(self) -> ContactRow | None:
        ui = self.ui
        try:
            if self.editing is None:
                row = self.contacts.log(self.actor, self.draft())
                done = self.tr("Logged %1.").replace("%1", row.serial)
            else:
                reason = ""
                if self.editing.signed:
                    reason, ok = QInputDialog.getText(
                        self, self.tr("Amend a signed day"), self.tr("Reason for the amendment:")
                    )
                    if not ok:
                        return None
                row = self.contacts.update(self.actor, self.editing.id, self.draft(), reason)
                done = self.tr("Saved %1.").replace("%1", row.serial)
        except DeskError as error:
            fields = {key: getattr(ui, name) for key, name in _FIELD_WIDGETS.items()}
            feedback.show_error(ui.formStatus, error, fields)
            return None
        self.clear_form()
        feedback.show_ok(ui.formStatus, done)
        self.reload()
        return row

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ui = self.ui
        self.clear_form()
        self.editing = row
        ui.intakeBox.setTitle(self.tr("Amend %1").replace("%1", row.serial))
        ui.room.setText(row.where)
        if row.room_id is not None:
            self.room_field.set_choice(
                RoomChoice(row.room_id, row.room_label, row.caller_name, row.phone, row.room_label)
            )
        ui.callerName.setText(row.caller_name)
        ui.phone.setText(row.phone)
        ui.category.setCurrentIndex(ui.category.findData(row.category.value))
        ui.since.setText(row.since)
        ui.channel.setCurrentIndex(max(0, ui.channel.findData(row.channel)))
        ui.content.setPlainText(row.content)
        ui.department.setCurrentIndex(max(0, ui.department.findData(row.forwarded_department_id)))
        ui.forwardedTo.setText(row.forwarded_to)
        ui.followUp.setCurrentIndex(ui.followUp.findData(row.follow_up_status.value))
        ui.followUpResult.setText(row.follow_up_result)
        ui.callOutcome.setCurrentIndex(max(0, ui.callOutcome.findData(row.call_outcome or None)))
        local = self.services.ctx.local(row.occurred_at)
        ui.occurredAt.setDateTime(QDateTime(local.replace(tzinfo=None)))
        self.history.show_room(row.room_id)
        ui.content.setFocus()

    # -- the list --------------------------------------------------------------------------

    def current_filter(self) -> ContactFilter:
        ui = self.ui
        room_ids = None
        room_text = ui.filterRoom.text().strip()
        if room_text:
            room_ids = tuple(self.services.rooms.rooms_matching(self.actor, room_text))
        return ContactFilter(
            date_from=_pydate(ui.dateFrom.date()),
            date_to=_pydate(ui.dateTo.date()),
            channel=ui.filterChannel.currentData(),
            category=ui.filterCategory.currentData(),
            follow_up_status=ui.filterFollowUp.currentData(),
            received_by_id=ui.filterReceivedBy.currentData(),
            room_ids=room_ids,
            text=ui.filterText.text(),
            overdue_only=ui.overdueOnly.isChecked(),
        )

    def reload(self) -> None:
        flt = self.current_filter()
        total = self.contacts.count(self.actor, flt)
        self.model.load(
            lambda offset, limit: self.contacts.search(self.actor, flt, offset, limit), total
        )
        status = self.tr("%n entries", "", total)
        day = self.single_day()
        if day is not None:
            day_status = self.contacts.day_status(self.actor, day)
            if day_status.signed:
                status += "　" + self.tr("Signed by %1 at %2").replace(
                    "%1", day_status.signed_by
                ).replace("%2", self.services.ctx.local(day_status.signed_at).strftime("%H:%M"))
        self.ui.listStatus.setText(status)

    def single_day(self) -> date | None:
        start, end = _pydate(self.ui.dateFrom.date()), _pydate(self.ui.dateTo.date())
        return start if start == end else None

    def selected(self) -> ContactRow | None:
        rows = self.ui.entries.selectionModel().selectedRows()
        if not rows:
            feedback.show_error_text(
                self.ui.formStatus, self.tr("Select an entry in the list first.")
            )
            return None
        return self.model.row_at(rows[0].row())

    def _act(self, action, done: str, file: Path | None = None) -> None:
        try:
            action()
        except feedback.USER_FAILURES as error:  # an export may meet a full disk
            feedback.show_error(self.ui.formStatus, error, file=file)
            return
        feedback.show_ok(self.ui.formStatus, done)
        self.reload()

    def void_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void %1").replace("%1", row.serial), self.tr("Reason for voiding:")
        )
        if ok:
            self._act(
                lambda: self.contacts.void(self.actor, row.id, reason),
                self.tr("%1 voided.").replace("%1", row.serial),
            )

    def review_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        remark, ok = QInputDialog.getText(
            self, self.tr("Review %1").replace("%1", row.serial), self.tr("Remark (optional):")
        )
        if ok:
            self._act(
                lambda: self.contacts.review(self.actor, row.id, remark),
                self.tr("%1 reviewed.").replace("%1", row.serial),
            )

    def sign_day(self) -> None:
        day = self.single_day()
        if day is None:
            feedback.show_error_text(self.ui.formStatus, self.tr("Show a single day to sign it."))
            return
        status = self.contacts.day_status(self.actor, day)
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
            self._act(
                lambda: self.contacts.sign_day(self.actor, day),
                self.tr("%1 signed.").replace("%1", day.isoformat()),
            )

    def show_history(self) -> None:
        row = self.selected()
        if row is None:
            return
        lines = []
        for event in self.contacts.history(self.actor, row.id):
            when = self.services.ctx.local(event.at).strftime("%Y-%m-%d %H:%M")
            change = ""
            if event.new_values:
                change = "; ".join(
                    f"{key}: {(event.old_values or {}).get(key, '')} → {value}"
                    for key, value in event.new_values.items()
                )
            reason = f"（{event.reason}）" if event.reason else ""
            lines.append(f"{when}  {event.actor_name}  {event.action}  {change}{reason}")
        QMessageBox.information(
            self, self.tr("History of %1").replace("%1", row.serial), "\n".join(lines)
        )

    def register_pdf(self, day: date) -> bytes:
        return self.contacts.print_register(self.actor, day)

    def print_register(self) -> None:
        day = self.single_day() or _pydate(self.ui.dateTo.date())
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
        start, end = _pydate(ui.dateFrom.date()), _pydate(ui.dateTo.date())
        path = file_dialogs.save_file_name(
            self,
            self.tr("Export contacts"),
            f"来电来访-{start}-{end}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        self._act(
            lambda: self.contacts.export(self.actor, start, end, fmt, path),
            self.tr("Exported to %1.").replace("%1", str(path)),
            path,
        )
