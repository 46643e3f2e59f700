"""The intake form of a complaint, made for the keyboard: Tab from field to field,
Ctrl+Enter saves, Esc cancels. The room field looks rooms up as the clerk types and
fills the complainant and phone; the room's history shows beside the form.

As the content is typed the form looks for the signs of a major complaint (fire,
people trapped in a lift, ...) and ticks them; while signs are ticked and the level is
still "general", the first save asks the clerk to confirm: choose "major", or save
again to keep it general.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.complaints import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    LEVEL_LABELS,
    MAJOR_SIGN_LABELS,
    NATURE_LABELS,
    Category,
    Channel,
    Level,
    MajorSign,
    Nature,
    major_signs,
)
from desk_app.domain.errors import DeskError
from desk_app.services.app import Services
from desk_app.services.complaints.service import suggested_category
from desk_app.services.complaints.views import ComplaintDetail, ComplaintDraft
from desk_app.services.context import Actor
from desk_app.ui.complaints.wording import t
from desk_app.ui.kit import feedback
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.room_field import RoomChoice, RoomField
from desk_app.ui.kit.room_lookup import room_lookup


class ComplaintDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        draft: ComplaintDraft | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.saved: ComplaintDetail | None = None
        self.source = draft.source if draft else None
        self._asked_major = False  # the clerk was asked once and kept it general
        self.setWindowTitle(self.tr("New complaint"))
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        form = QFormLayout()
        left.addLayout(form)
        self.channel = QComboBox(objectName="channel")
        for channel in Channel:
            self.channel.addItem(t(CHANNEL_LABELS[channel]), channel.value)
        self.room = QLineEdit(objectName="room")
        self.room.setPlaceholderText(self.tr("Room, phone digits or name"))
        self.place = QLineEdit(objectName="place", maxLength=limits.PLACE)
        self.complainant = QLineEdit(objectName="complainant", maxLength=limits.NAME)
        self.phone = QLineEdit(objectName="phone", maxLength=limits.PHONE_INPUT)
        self.content = QPlainTextEdit(objectName="content")
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(90)
        self.nature = QComboBox(objectName="nature")
        for nature in Nature:
            self.nature.addItem(t(NATURE_LABELS[nature]), nature.value)
        self.category = QComboBox(objectName="category")
        for category in Category:
            self.category.addItem(t(CATEGORY_LABELS[category]), category.value)
        self.level = QComboBox(objectName="level")
        for level in Level:
            self.level.addItem(t(LEVEL_LABELS[level]), level.value)
        self.households = QSpinBox(objectName="households", minimum=1, maximum=10000)
        self.written = QCheckBox(self.tr("Made in writing (needs a written reply)"))
        self.written.setObjectName("written")
        self.on_spot = QCheckBox(self.tr("Solved on the spot (no reply deadline)"))
        self.on_spot.setObjectName("solved_on_spot")
        self.department = QComboBox(objectName="department_id")
        self.department.addItem("—", None)
        for department in services.accounts.list_departments():
            self.department.addItem(department.name, department.id)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Complainant"), self.complainant)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("What the complaint is"), self.content)
        form.addRow(self.tr("Nature"), self.nature)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Households together"), self.households)
        form.addRow(self.tr("Level"), self.level)
        form.addRow("", self.written)
        form.addRow("", self.on_spot)
        form.addRow(self.tr("Responsible department"), self.department)
        signs_box = QWidget()
        grid = QGridLayout(signs_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.signs: dict[MajorSign, QCheckBox] = {}
        for n, sign in enumerate(MajorSign):
            box = QCheckBox(t(MAJOR_SIGN_LABELS[sign]))
            box.setObjectName(f"sign_{sign.value}")
            box.toggled.connect(self._signs_changed)
            grid.addWidget(box, n // 2, n % 2)
            self.signs[sign] = box
        form.addRow(self.tr("Major signs"), signs_box)
        self.major_hint = QLabel(objectName="majorHint")
        self.major_hint.setWordWrap(True)
        self.major_hint.setStyleSheet("color: #b00020; font-weight: bold;")
        left.addWidget(self.major_hint)
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        left.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left.addWidget(buttons)
        self.history = RoomHistoryPanel(services, actor)
        outer.addWidget(self.history, 2)
        self.room_field = RoomField(self.room, room_lookup(services, actor))
        self.room_field.picked.connect(self._room_picked)
        self.room_field.cleared.connect(lambda: self.history.show_room(None))
        self.content.textChanged.connect(self._suggest_signs)
        self._category_chosen = False  # once the clerk picks one, the words no longer do
        self.category.activated.connect(lambda _i: setattr(self, "_category_chosen", True))
        self.households.valueChanged.connect(self._suggest_signs)
        self.level.currentIndexChanged.connect(self._signs_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.history.show_room(None)
        if draft is not None:
            self._fill(draft)
        self.resize(1000, 680)
        self.channel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, draft: ComplaintDraft) -> None:
        if draft.room_id is not None:
            label = self.services.residents.get_room(self.actor, draft.room_id).label
            self.room_field.set_choice(
                RoomChoice(draft.room_id, label, draft.complainant, draft.phone, label)
            )
            self.history.show_room(draft.room_id)
        self.place.setText(draft.place)
        self.complainant.setText(draft.complainant)
        self.phone.setText(draft.phone)
        self.content.setPlainText(draft.content)
        self._category_chosen = True  # the draft's category stands
        self.category.setCurrentIndex(
            max(0, self.category.findData(Category(draft.category).value))
        )
        self.nature.setCurrentIndex(max(0, self.nature.findData(Nature(draft.nature).value)))
        if draft.major:
            self.level.setCurrentIndex(self.level.findData(Level.MAJOR.value))

    def _room_picked(self, choice: RoomChoice) -> None:
        if not self.complainant.text().strip():
            self.complainant.setText(choice.resident)
        if not self.phone.text().strip():
            self.phone.setText(choice.phone)
        self.history.show_room(choice.room_id)

    def _suggest_signs(self) -> None:
        """Tick the signs the words suggest (never untick what the clerk ticked), and
        the category they suggest until the clerk has chosen one."""
        text = self.content.toPlainText()
        for sign in major_signs(text, self.households.value()):
            self.signs[sign].setChecked(True)
        if not self._category_chosen:
            suggested = suggested_category(text)
            self.category.setCurrentIndex(self.category.findData(suggested.value))

    def ticked(self) -> list[MajorSign]:
        return [sign for sign, box in self.signs.items() if box.isChecked()]

    def _signs_changed(self) -> None:
        ticked = self.ticked()
        if ticked and self.level.currentData() != Level.MAJOR.value:
            names = ", ".join(t(MAJOR_SIGN_LABELS[s]) for s in ticked)
            self.major_hint.setText(
                self.tr("This looks like a major complaint (%1): set the level to major, "
                        "and the project manager is told at once.").replace("%1", names)
            )  # fmt: skip
        elif self.level.currentData() == Level.MAJOR.value:
            self.major_hint.setText(
                self.tr("Major complaint: the project manager is told as soon as it is saved.")
            )
        else:
            self.major_hint.setText("")

    def draft(self) -> ComplaintDraft:
        choice = self.room_field.choice
        typed_room = self.room.text().strip()
        place = self.place.text()
        if choice is None and typed_room:
            place = " ".join(part for part in (typed_room, place.strip()) if part)
        return ComplaintDraft(
            channel=self.channel.currentData(),
            complainant=self.complainant.text(),
            room_id=choice.room_id if choice else None,
            place=place,
            phone=self.phone.text(),
            content=self.content.toPlainText(),
            written=self.written.isChecked(),
            solved_on_spot=self.on_spot.isChecked(),
            nature=self.nature.currentData(),
            category=self.category.currentData(),
            major=self.level.currentData() == Level.MAJOR.value,
            signs=tuple(self.ticked()),
            households=self.households.value(),
            department_id=self.department.currentData(),
            source=self.source,
        )

    def accept(self) -> None:
        draft = self.draft()
        if draft.signs and not draft.major and not self._asked_major:
            self._asked_major = True  # saving again keeps it general
            feedback.show_error_text(
                self.error,
                self.tr("Confirm the level: choose major, or save again to keep it general."),
            )
            self.level.setFocus()
            return
        try:
            self.saved = self.services.complaints.intake.create(self.actor, draft)
        except DeskError as error:
            fields = {
                "channel": self.channel,
                "room": self.room,
                "place": self.room,
                "complainant": self.complainant,
                "phone": self.phone,
                "content": self.content,
                "nature": self.nature,
                "category": self.category,
                "households": self.households,
                "department_id": self.department,
            }
            feedback.show_error(self.error, error, fields)
            return
        super().accept()
