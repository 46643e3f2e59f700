"""The intake form of 来电来访: what the clerk types while still on the phone, turned
into a draft; an entry shown for amending; the code lists its combo boxes offer,
reloaded whenever an administrator changes them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desk_app.domain import text_input as limits
from desk_app.domain.contacts import (
    CALL_OUTCOME_LABELS,
    CATEGORY_LABELS,
    FOLLOW_UP_LABELS,
    REQUIRED_BY_CATEGORY,
    Category,
    FollowUp,
)
from desk_app.domain.personal import MAX_PHONE_CHARS
from desk_app.services.app import Services
from desk_app.services.contacts import ContactDetail, ContactDraft
from desk_app.services.context import Actor
from desk_app.ui.i18n import translate
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.room_field import RoomChoice, RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.text_limits import count_text, limit_lines

# The form's inputs by the field names the services use in their errors.
FIELD_WIDGETS = {
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
REQUIRED_LABELS = {
    "caller_name": "callerNameLabel",
    "place": "roomLabel",
    "since": "sinceLabel",
    "phone": "phoneLabel",
}
# A time the clerk leaves as the form set it means "now" when the entry is saved.
UNTOUCHED = timedelta(minutes=1)


def refill(combo: QComboBox, items: list[tuple[str, object]], first: tuple | None = None) -> None:
    """Replace a combo box's entries, keeping the one chosen if it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(*first)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


class IntakeForm(QObject):
    """The intake widgets of the page's form (``ui``), with their behaviour."""

    def __init__(self, page: QWidget, ui: QWidget, services: Services, actor: Actor):
        super().__init__(page)
        self.ui, self.services, self.actor = ui, services, actor
        self.editing: ContactDetail | None = None
        self._label_texts = {name: getattr(ui, name).text() for name in REQUIRED_LABELS.values()}
        self._time_set = None
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
        for category in Category:
            ui.category.addItem(translate("Contacts", CATEGORY_LABELS[category]), category.value)
        for status in FollowUp:
            ui.followUp.addItem(translate("Contacts", FOLLOW_UP_LABELS[status]), status.value)
        ui.callOutcome.addItem("", None)
        for outcome, label in CALL_OUTCOME_LABELS.items():
            ui.callOutcome.addItem(translate("Contacts", label), outcome.value)
        self.reload_channels()
        self.reload_departments()
        ui.category.currentIndexChanged.connect(self.mark_required)
        ui.channel.currentIndexChanged.connect(self._channel_changed)
        feed = services.db.changes
        follow(page, feed, {"contact_channel"}, self.reload_channels)
        follow(page, feed, {"department"}, self.reload_departments)

    # -- the code lists ------------------------------------------------------------------

    def reload_channels(self) -> None:
        self.channels = self.services.contacts.channels()
        items = [(c.label, c.code) for c in self.channels]
        entry = self.editing
        if entry is not None and entry.channel not in {c.code for c in self.channels}:
            items.append((entry.channel_label, entry.channel))  # disabled since: kept
        refill(self.ui.channel, items)
        self._channel_changed()

    def reload_departments(self) -> None:
        departments = self.services.accounts.list_departments()
        refill(
            self.ui.department,
            [(d.name, d.id) for d in departments],
            first=(self.tr("(not forwarded)"), None),
        )

    # -- the form ------------------------------------------------------------------------

    def _room_picked(self, choice: RoomChoice) -> None:
        ui = self.ui
        if not ui.callerName.text().strip():
            ui.callerName.setText(choice.resident)
        if not ui.phone.text().strip():
            ui.phone.setText(choice.phone)

    def mark_required(self) -> None:
        required = set(REQUIRED_BY_CATEGORY[Category(self.ui.category.currentData())])
        for field_name, label_name in REQUIRED_LABELS.items():
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

    def _set_time(self, moment) -> None:
        local = self.services.ctx.local(moment).replace(tzinfo=None, microsecond=0)
        self.ui.occurredAt.setDateTime(QDateTime(local))
        self._time_set = self.ui.occurredAt.dateTime().toPython()

    def clear(self) -> None:
        """Empty form with the defaults of a new incoming call."""
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
        self._set_time(self.services.ctx.now())
        ui.intakeBox.setTitle(self.tr("Log a call or visit"))
        self.mark_required()
        self._channel_changed()

    def draft(self) -> ContactDraft:
        ui = self.ui
        choice = self.room_field.choice
        shown = ui.occurredAt.dateTime().toPython()
        moment = shown.replace(tzinfo=self.services.ctx.zone)
        # Left as the form set it, a new entry takes the moment it is saved.
        untouched = self._time_set is not None and abs(shown - self._time_set) < UNTOUCHED
        return ContactDraft(
            content=ui.content.toPlainText(),
            category=ui.category.currentData(),
            channel=ui.channel.currentData(),
            occurred_at=None if self.editing is None and untouched else moment,
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

    def show(self, entry: ContactDetail) -> None:
        """Fill the form with ``entry`` for amending it."""
        ui = self.ui
        self.clear()
        self.editing = entry
        ui.intakeBox.setTitle(self.tr("Amend %1").replace("%1", entry.serial))
        ui.room.setText(entry.where)
        if entry.room_id is not None:
            self.room_field.set_choice(
                RoomChoice(
                    entry.room_id,
                    entry.room_label,
                    entry.caller_name,
                    entry.phone,
                    entry.room_label,
                )
            )
        ui.callerName.setText(entry.caller_name)
        ui.phone.setText(entry.phone)
        ui.category.setCurrentIndex(ui.category.findData(entry.category.value))
        ui.since.setText(entry.since)
        self.reload_channels()  # offers the entry's channel even if disabled since
        ui.channel.setCurrentIndex(ui.channel.findData(entry.channel))
        ui.content.setPlainText(entry.content)
        ui.department.setCurrentIndex(max(0, ui.department.findData(entry.forwarded_department_id)))
        ui.forwardedTo.setText(entry.forwarded_to)
        ui.followUp.setCurrentIndex(ui.followUp.findData(entry.follow_up_status.value))
        ui.followUpResult.setText(entry.follow_up_result)
        ui.callOutcome.setCurrentIndex(max(0, ui.callOutcome.findData(entry.call_outcome or None)))
        self._set_time(entry.occurred_at)

    def fields(self) -> dict[str, QWidget]:
        return {key: getattr(self.ui, name) for key, name in FIELD_WIDGETS.items()}
