"""Dialogs of the resident register: a resident, moving out, a room.

Each calls its service in ``accept()``; a refused value is named in the dialog's
error line, the cursor goes to the field at fault and everything typed stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desk_app.domain import text_input as limits
from desk_app.domain.personal import MAX_PHONE_CHARS
from desk_app.domain.register import OCCUPANCY_LABELS, RELATION_LABELS, Occupancy, Relation
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.register import (
    CommunityInfo,
    ResidentDraft,
    ResidentInfo,
    RoomDraft,
    RoomEdit,
    RoomInfo,
)
from desk_app.ui.i18n import translate
from desk_app.ui.kit.dates import pydate, qdate
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.text_limits import count_text, limit_lines

NO_FLOOR = -11  # the floor spin box's "not given" value, below every real floor


def relation_label(relation: Relation) -> str:
    return translate("Register", RELATION_LABELS[relation])


def occupancy_label(occupancy: Occupancy) -> str:
    return translate("Register", OCCUPANCY_LABELS[occupancy])


class ResidentDialog(FormBacked, QDialog):
    """Register a resident in ``room`` (``resident`` None) or edit one.

    The ID number is shown as the service gives it — masked unless the user may see
    it in full, and then read-only — and sent back as shown; the service keeps the
    stored number then.
    """

    FORM = "residents/resident_dialog.ui"
    WIDGETS = {
        "roomLabel": QLabel,
        "name": QLineEdit,
        "relation": QComboBox,
        "phones": QLineEdit,
        "idNumber": QLineEdit,
        "moveInSet": QCheckBox,
        "moveIn": QDateEdit,
        "moveOutSet": QCheckBox,
        "moveOut": QDateEdit,
        "emergencyName": QLineEdit,
        "emergencyPhone": QLineEdit,
        "notes": QPlainTextEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }
    # The form's inputs by the field names the services use in their errors.
    FIELDS = {
        "name": "name",
        "relation": "relation",
        "phones": "phones",
        "id_number": "idNumber",
        "move_in": "moveIn",
        "move_out": "moveOut",
        "emergency_name": "emergencyName",
        "emergency_phone": "emergencyPhone",
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        room: RoomInfo,
        resident: ResidentInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.room, self.resident = services, actor, room, resident
        self.saved: ResidentInfo | None = None
        ui = self.setup_form()
        limit_lines(
            {
                ui.name: limits.NAME,
                ui.phones: limits.PHONE_INPUT,
                ui.emergencyName: limits.NAME,
                ui.emergencyPhone: MAX_PHONE_CHARS,
            }
        )
        self.notes_counter = count_text(ui.notes, limits.TEXT)
        ui.roomLabel.setText(room.label)
        font = ui.roomLabel.font()
        font.setBold(True)
        ui.roomLabel.setFont(font)
        for relation in Relation:
            ui.relation.addItem(relation_label(relation), relation.value)
        today = qdate(services.ctx.today())
        for check, edit in ((ui.moveInSet, ui.moveIn), (ui.moveOutSet, ui.moveOut)):
            edit.setDate(today)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        if resident is None:
            self.setWindowTitle(self.tr("New resident of %1").replace("%1", room.label))
            # Moving out is its own step; a new resident lives here.
            ui.moveOutSet.hide()
            ui.moveOut.hide()
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", resident.name))
            self._fill(resident)
        if resident is not None and resident.id_number_masked:
            ui.idNumber.setReadOnly(True)  # the service keeps it; typing would only be refused
            ui.idNumber.setToolTip(self.tr("Shown masked: a supervisor can correct the number."))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.name.setFocus()

    def _fill(self, resident: ResidentInfo) -> None:
        ui = self.ui
        ui.name.setText(resident.name)
        ui.relation.setCurrentIndex(ui.relation.findData(resident.relation.value))
        ui.phones.setText(" / ".join(resident.phones))
        ui.idNumber.setText(resident.id_number)
        if resident.move_in is not None:
            ui.moveInSet.setChecked(True)
            ui.moveIn.setDate(qdate(resident.move_in))
        if resident.move_out is not None:
            ui.moveOutSet.setChecked(True)
            ui.moveOut.setDate(qdate(resident.move_out))
        else:
            ui.moveOutSet.hide()
            ui.moveOut.hide()
        ui.emergencyName.setText(resident.emergency_name)
        ui.emergencyPhone.setText(resident.emergency_phone)
        ui.notes.setPlainText(resident.notes)

    def draft(self) -> ResidentDraft:
        ui = self.ui
        return ResidentDraft(
            name=ui.name.text(),
            relation=ui.relation.currentData(),
            phones=ui.phones.text(),
            id_number=ui.idNumber.text(),
            move_in=pydate(ui.moveIn.date()) if ui.moveInSet.isChecked() else None,
            move_out=pydate(ui.moveOut.date()) if ui.moveOutSet.isChecked() else None,
            notes=ui.notes.toPlainText(),
            emergency_name=ui.emergencyName.text(),
            emergency_phone=ui.emergencyPhone.text(),
        )

    def accept(self) -> None:
        residents, draft = self.services.residents, self.draft()
        if self.resident is None:
            call = lambda: residents.add_resident(self.actor, self.room.id, draft)  # noqa: E731
        else:
            call = lambda: residents.update_resident(self.actor, self.resident.id, draft)  # noqa: E731
        fields = {key: getattr(self.ui, name) for key, name in self.FIELDS.items()}
        saved = run_op(self.ui.errorLabel, call, fields=fields)
        if saved is not None:
            self.saved = saved
            super().accept()


class MoveOutDialog(FormBacked, QDialog):
    """Record the day a resident left; the record stays, listed as moved out."""

    FORM = "residents/move_out_dialog.ui"
    WIDGETS = {
        "residentLabel": QLabel,
        "date": QDateEdit,
        "note": QLineEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        resident: ResidentInfo,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.resident = services, actor, resident
        ui = self.setup_form()
        self.setWindowTitle(self.tr("Move out: %1").replace("%1", resident.name))
        ui.residentLabel.setText(
            self.tr("%1 (%2) of %3")
            .replace("%1", resident.name)
            .replace("%2", relation_label(resident.relation))
            .replace("%3", resident.room_label)
        )
        ui.date.setDate(qdate(services.ctx.today()))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.date.setFocus()

    def accept(self) -> None:
        ui = self.ui
        moved = run_op(
            ui.errorLabel,
            lambda: self.services.residents.move_out(
                self.actor, self.resident.id, pydate(ui.date.date()), ui.note.text().strip()
            ),
            fields={"move_out": ui.date},
        )
        if moved is not None:
            super().accept()


class RoomDialog(FormBacked, QDialog):
    """Register a room (``room`` None) or edit one; a room's address is fixed once made.

    With no community registered yet, the community box takes the name of a new one.
    """

    FORM = "residents/room_dialog.ui"
    WIDGETS = {
        "communityLabel": QLabel,
        "community": QComboBox,
        "building": QLineEdit,
        "unit": QLineEdit,
        "number": QLineEdit,
        "floor": QSpinBox,
        "area": QLineEdit,
        "occupancy": QComboBox,
        "notes": QLineEdit,
        "errorLabel": QLabel,
        "buttons": QDialogButtonBox,
    }
    FIELDS = {
        "community": "community",
        "name": "community",  # a new community's name
        "building": "building",
        "unit": "unit",
        "number": "number",
        "floor": "floor",
        "area": "area",
        "occupancy": "occupancy",
    }

    def __init__(
        self,
        services: Services,
        actor: Actor,
        communities: list[CommunityInfo],
        room: RoomInfo | None = None,
        *,
        community_id: int | None = None,
        building: str = "",
        unit: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.actor, self.room = services, actor, room
        self.saved: RoomInfo | None = None
        ui = self.setup_form()
        for community in communities:
            ui.community.addItem(community.name, community.id)
        if not communities:
            ui.community.setEditable(True)
            ui.community.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            ui.community.lineEdit().setPlaceholderText(self.tr("Name of the community"))
        for occupancy in Occupancy:
            ui.occupancy.addItem(occupancy_label(occupancy), occupancy.value)
        ui.floor.setMinimum(NO_FLOOR)
        if room is None:
            self.setWindowTitle(self.tr("New room"))
            ui.floor.setSpecialValueText(self.tr("(from the room number)"))
            ui.floor.setValue(NO_FLOOR)
            index = ui.community.findData(community_id)
            ui.community.setCurrentIndex(max(0, index))
            ui.building.setText(building)
            ui.unit.setText(unit)
            ui.occupancy.setCurrentIndex(ui.occupancy.findData(Occupancy.VACANT.value))
            ui.community.setVisible(len(communities) != 1)
            ui.communityLabel.setVisible(len(communities) != 1)
            (ui.number if building else ui.building).setFocus()
        else:
            self.setWindowTitle(self.tr("Edit room %1").replace("%1", room.label))
            ui.floor.setSpecialValueText(self.tr("(not known)"))
            ui.community.setCurrentIndex(max(0, ui.community.findData(room.community_id)))
            ui.building.setText(room.building)
            ui.unit.setText(room.unit)
            ui.number.setText(room.number)
            for widget in (ui.community, ui.building, ui.unit, ui.number):
                widget.setEnabled(False)
            ui.floor.setValue(room.floor if room.floor is not None else NO_FLOOR)
            ui.area.setText("" if room.area is None else str(room.area))
            ui.occupancy.setCurrentIndex(ui.occupancy.findData(room.occupancy.value))
            ui.notes.setText(room.notes)
            ui.occupancy.setFocus()
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _floor(self) -> int | None:
        value = self.ui.floor.value()
        return None if value == NO_FLOOR else value

    def accept(self) -> None:
        ui = self.ui
        fields = {key: getattr(ui, name) for key, name in self.FIELDS.items()}
        saved = run_op(ui.errorLabel, self._save, fields=fields)
        if saved is not None:
            self.saved = saved
            super().accept()

    def _save(self) -> RoomInfo:
        ui = self.ui
        residents = self.services.residents
        if self.room is not None:
            return residents.update_room(
                self.actor,
                self.room.id,
                RoomEdit(
                    floor=self._floor(),
                    area=ui.area.text(),
                    occupancy=ui.occupancy.currentData(),
                    notes=ui.notes.text(),
                ),
            )
        community_id = ui.community.currentData()
        if ui.community.isEditable() and community_id is None:
            community = residents.add_community(self.actor, ui.community.currentText())
            community_id = community.id
            # Made: a second try after a wrong room number must not make it again.
            ui.community.setEditable(False)
            ui.community.clear()
            ui.community.addItem(community.name, community.id)
        return residents.add_room(
            self.actor,
            RoomDraft(
                building=ui.building.text(),
                number=ui.number.text(),
                unit=ui.unit.text(),
                community_id=community_id,
                floor=self._floor(),
                area=ui.area.text(),
                occupancy=ui.occupancy.currentData(),
                notes=ui.notes.text(),
            ),
        )
