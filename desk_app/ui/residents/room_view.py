"""The right pane of 住户档案: the chosen room — its details, who lives there, who moved
out (kept, greyed), the home's recent records — and the resident chosen in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.register import ResidentInfo, RoomDetail, RoomInfo
from desk_app.ui.kit.columns import fit_columns
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.table_model import Column, RowTableModel, setup_list_view
from desk_app.ui.residents.dialogs import occupancy_label, relation_label

FORMER_COLOR = QColor("#808080")
_Index = QModelIndex | QPersistentModelIndex


class ResidentTableModel(RowTableModel[ResidentInfo]):
    """A short list of residents; ``style(row, role)`` greys former and strikes void ones."""

    def __init__(
        self,
        columns: Sequence[Column[ResidentInfo]],
        parent,
        style: Callable[[ResidentInfo, int], Any],
    ):
        super().__init__(columns, parent)
        self._style = style

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole or not index.isValid():
            return super().data(index, role)
        return self._style(self.row_at(index.row()), role)


def setup_table(table: QTableView) -> None:
    setup_list_view(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    # The stretching last column may shrink and elide rather than push out a scroll bar:
    # it never gets narrower than it was when it began to stretch.
    header.setMinimumSectionSize(24)
    header.resizeSection(header.count() - 1, 40)
    header.setStretchLastSection(True)


class RoomView(QObject):
    """Shows one room (``show_room``) in the page's widgets ``ui``."""

    def __init__(self, page: QWidget, ui: QWidget, services: Services, actor: Actor):
        super().__init__(page)
        self.page, self.ui, self.services, self.actor = page, ui, services, actor
        self.detail: RoomDetail | None = None
        self.current = ResidentTableModel(self._current_columns(), self, self._resident_style)
        ui.residents.setModel(self.current)
        setup_table(ui.residents)
        self.former = ResidentTableModel(self._former_columns(), self, self._resident_style)
        ui.former.setModel(self.former)
        setup_table(ui.former)
        fit_columns(
            ui.residents,
            ["欧阳文华", "家属家", "13812345678", "3301**********1234", "2026-11-23"],
            stretch=2,  # the phones: a second number shows when there is room
        )
        fit_columns(ui.former, ["欧阳文华", "家属家", "2026-11-23", "2026-11-23"])
        self.history = RoomHistoryPanel(services, actor, ui.historyBox)
        ui.historyBox.layout().addWidget(self.history)
        for table in (ui.residents, ui.former):
            table.selectionModel().selectionChanged.connect(
                lambda _s, _d, t=table: self._resident_selected(t)
            )

    def _current_columns(self) -> list[Column[ResidentInfo]]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Relation"), lambda r: relation_label(r.relation)),
            Column(self.tr("Phones"), lambda r: " / ".join(r.phones)),
            Column(self.tr("ID number"), lambda r: r.id_number),
            Column(self.tr("Moved in"), lambda r: r.move_in.isoformat() if r.move_in else ""),
        ]

    def _former_columns(self) -> list[Column[ResidentInfo]]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Relation"), lambda r: relation_label(r.relation)),
            Column(self.tr("Moved in"), lambda r: r.move_in.isoformat() if r.move_in else ""),
            Column(self.tr("Moved out"), self._moved_out_text),
            Column(self.tr("Phones"), lambda r: " / ".join(r.phones)),
        ]

    def show_room(self, room_id: int | None) -> None:
        ui = self.ui
        self.history.show_room(room_id)
        if room_id is None:
            self.detail = None
            ui.roomTitle.setText(self.tr("Choose a room"))
            ui.roomFacts.setText(
                self.tr(
                    "Browse the estate on the left, or find a room by its number, a phone's "
                    "last digits, a surname or pinyin initials."
                )
            )
            self.current.set_rows([])
            self.former.set_rows([])
            self._resident_selected(None)
            return
        detail = run_op(
            ui.statusLabel,
            lambda: self.services.residents.room_detail(self.actor, room_id, include_voided=True),
        )
        if detail is None:
            return
        self.detail = detail
        room = self.detail.room
        ui.roomTitle.setText(room.label)
        ui.roomFacts.setText(self._facts(room))
        living = [r for r in self.detail.residents if r.current]
        gone = [r for r in self.detail.residents if not r.current]
        self.current.set_rows(living)
        self.former.set_rows(gone)
        ui.residentsBox.setTitle(self.tr("Living here (%1)").replace("%1", str(len(living))))
        ui.formerBox.setTitle(self.tr("Moved out (%1)").replace("%1", str(len(gone))))
        if living:
            ui.residents.selectRow(0)
        else:
            self._resident_selected(None)

    def _facts(self, room: RoomInfo) -> str:
        parts = [room.community, occupancy_label(room.occupancy)]
        if room.floor is not None:
            parts.append(self.tr("floor %1").replace("%1", str(room.floor)))
        if room.area is not None:
            parts.append(self.tr("%1 m²").replace("%1", str(room.area)))
        text = " · ".join(parts)
        if room.notes:
            text += "\n" + self.tr("Notes: %1").replace("%1", room.notes)
        return text

    def _moved_out_text(self, resident: ResidentInfo) -> str:
        if resident.voided:
            return self.tr("voided")
        return resident.move_out.isoformat() if resident.move_out else ""

    def _resident_style(self, resident: ResidentInfo, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not resident.current:
            return QBrush(FORMER_COLOR)
        if role == Qt.ItemDataRole.FontRole and resident.voided:
            font = QFont(self.page.font())
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._resident_text(resident)
        return None

    def _resident_text(self, resident: ResidentInfo) -> str:
        """What the table has no room for: emergency contact, notes, a void's reason."""
        parts = []
        if resident.voided:
            parts.append(self.tr("Voided: %1").replace("%1", resident.void_reason))
        if len(resident.phones) > 1:
            parts.append(self.tr("Phones: %1").replace("%1", " / ".join(resident.phones)))
        if resident.emergency_name or resident.emergency_phone:
            contact = " ".join(p for p in (resident.emergency_name, resident.emergency_phone) if p)
            parts.append(self.tr("Emergency contact: %1").replace("%1", contact))
        if resident.notes:
            parts.append(self.tr("Notes: %1").replace("%1", resident.notes.replace("\n", " ")))
        return "　".join(parts)

    def _resident_selected(self, table: QTableView | None) -> None:
        ui = self.ui
        if table is not None and table.selectionModel().hasSelection():
            other = ui.former if table is ui.residents else ui.residents
            with QSignalBlocker(other.selectionModel()):
                other.clearSelection()
        resident = self.selected_resident()
        if resident is None:
            ui.residentDetail.setText("")
        else:
            text = self._resident_text(resident)
            ui.residentDetail.setText(
                f"{resident.name}：{text}"
                if text
                else self.tr("%1: no emergency contact or notes recorded.").replace(
                    "%1", resident.name
                )
            )
        has_room = self.detail is not None
        ui.addResidentButton.setEnabled(has_room)
        ui.editRoomButton.setEnabled(has_room)
        ui.editResidentButton.setEnabled(resident is not None and not resident.voided)
        ui.moveOutButton.setEnabled(resident is not None and resident.current)
        ui.voidButton.setEnabled(resident is not None and not resident.voided)
        ui.historyButton.setEnabled(has_room)

    def selected_resident(self) -> ResidentInfo | None:
        for table, model in ((self.ui.residents, self.current), (self.ui.former, self.former)):
            rows = table.selectionModel().selectedRows()
            if rows:
                return model.row_at(rows[0].row())
        return None

    def select_resident(self, resident_id: int) -> None:
        for table, model in ((self.ui.residents, self.current), (self.ui.former, self.former)):
            for row in range(model.rowCount()):
                if model.row_at(row).id == resident_id:
                    table.selectRow(row)
                    return
