"""住户档案: browse the estate, find a room by what a caller says, keep its residents.

Left: the estate (community → building → unit). Middle: the rooms of the choice,
or of a search, paged. Right: the chosen room — its details, who lives there, who
moved out (kept, greyed) and the home's recent records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.register import ResidentInfo, RoomDetail, RoomInfo
from desk_app.ui.kit import feedback
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.history_panel import RoomHistoryPanel
from desk_app.ui.kit.room_field import RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.table_model import Column, PagedTableModel, RowTableModel, setup_list_view
from desk_app.ui.residents.dialogs import (
    MoveOutDialog,
    ResidentDialog,
    RoomDialog,
    occupancy_label,
    relation_label,
)
from desk_app.ui.residents.import_wizard import ImportWizard

FORMER_COLOR = QColor("#808080")
TITLE_STYLE = "font-size: 14pt; font-weight: bold;"
SEARCH_PAUSE_MS = 250
KEEP_SEARCH_ROWS = 2000  # how far down the list a room is looked for to select it again
_KEY = Qt.ItemDataRole.UserRole  # a tree item's ("community" | "building" | "unit", id)
_CODE = Qt.ItemDataRole.UserRole + 1  # a building's or unit's code, as a new room takes it
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RoomRow:
    """One line of the room list: the room and the names of the people living there."""

    room: RoomInfo
    names: tuple[str, ...]


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


def _setup_table(table: QTableView) -> None:
    setup_list_view(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    # The stretching last column may shrink and elide rather than push out a scroll bar:
    # it never gets narrower than it was when it began to stretch.
    header.setMinimumSectionSize(24)
    header.resizeSection(header.count() - 1, 40)
    header.setStretchLastSection(True)


def _fit_columns(table: QTableView, samples: Sequence[str], stretch: int | None = None) -> None:
    """Each column as wide as its sample of a long value; the last one, or ``stretch``,
    takes the width left over (and gives it up first when the pane is narrow)."""
    metrics = table.fontMetrics()
    for column, sample in enumerate(samples):
        table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 14)
    if stretch is not None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ResidentsPage(FormBacked, QWidget):
    FORM = "residents/page.ui"
    WIDGETS = {
        "search": QLineEdit,
        "listStatus": QLabel,
        "addRoomButton": QPushButton,
        "importButton": QPushButton,
        "splitter": QSplitter,
        "estate": QTreeWidget,
        "rooms": QTableView,
        "roomView": QWidget,
        "roomSplitter": QSplitter,
        "roomTitle": QLabel,
        "editRoomButton": QPushButton,
        "roomFacts": QLabel,
        "residentsBox": QGroupBox,
        "residents": QTableView,
        "residentDetail": QLabel,
        "addResidentButton": QPushButton,
        "editResidentButton": QPushButton,
        "moveOutButton": QPushButton,
        "voidButton": QPushButton,
        "formerBox": QGroupBox,
        "former": QTableView,
        "historyBox": QGroupBox,
        "statusLabel": QLabel,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.residents = services.residents
        self.detail: RoomDetail | None = None
        self._found: list[int] | None = None  # the rooms a search found; None: browsing
        self._items: dict[tuple[str, int], QTreeWidgetItem] = {}
        ui = self.setup_form()
        # A style sheet, not setFont: a font set here is lost when the main window adopts
        # the page under the application's style sheet.
        ui.roomTitle.setStyleSheet(TITLE_STYLE)

        self.model = PagedTableModel[RoomRow](self._room_columns(), self, style=self._room_style)
        ui.rooms.setModel(self.model)
        _setup_table(ui.rooms)
        self.current = ResidentTableModel(self._current_columns(), self, self._resident_style)
        ui.residents.setModel(self.current)
        _setup_table(ui.residents)
        self.former = ResidentTableModel(self._former_columns(), self, self._resident_style)
        ui.former.setModel(self.former)
        _setup_table(ui.former)
        self._fit_all_columns()

        tree = ui.estate
        tree.setUniformRowHeights(True)
        tree.setIndentation(14)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.history = RoomHistoryPanel(services, actor, ui.historyBox)
        ui.historyBox.layout().addWidget(self.history)
        self.room_field = RoomField(ui.search, room_lookup(services, actor), link_typed=False)

        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setStretchFactor(2, 3)
        ui.splitter.setSizes([135, 375, 480])
        # Living here, moved out, recent records: the first gets most of the height.
        for index, stretch in enumerate((5, 2, 3)):
            ui.roomSplitter.setStretchFactor(index, stretch)
        ui.roomSplitter.setSizes([290, 120, 190])
        self._wire()
        self.fill_estate()
        self.show_room(None)
        ui.search.setFocus()

    # -- set-up ---------------------------------------------------------------------------

    def _room_columns(self) -> list[Column[RoomRow]]:
        return [
            Column(self.tr("Room"), lambda r: r.room.label),
            Column(self.tr("Floor"), lambda r: "" if r.room.floor is None else str(r.room.floor)),
            Column(self.tr("Area m²"), lambda r: "" if r.room.area is None else str(r.room.area)),
            Column(self.tr("Occupancy"), lambda r: occupancy_label(r.room.occupancy)),
            Column(self.tr("Living here"), lambda r: "、".join(r.names)),
        ]

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

    def _fit_all_columns(self) -> None:
        _fit_columns(self.ui.rooms, ["12栋3单元1501", "楼层", "123.45", "业主自住"])
        _fit_columns(
            self.ui.residents,
            ["欧阳文华", "家属家", "13812345678", "3301**********1234", "2026-11-23"],
            stretch=2,  # the phones: a second number shows when there is room
        )
        _fit_columns(self.ui.former, ["欧阳文华", "家属家", "2026-11-23", "2026-11-23"])

    def _wire(self) -> None:
        ui = self.ui
        ui.estate.currentItemChanged.connect(self._estate_changed)
        # A click on the item still current (greyed out by a search) browses it again.
        ui.estate.itemClicked.connect(
            lambda item: self._estate_changed(item, None) if self._found is not None else None
        )
        ui.rooms.selectionModel().currentRowChanged.connect(self._room_row_changed)
        ui.rooms.activated.connect(lambda _index: ui.residents.setFocus())
        for table in (ui.residents, ui.former):
            table.selectionModel().selectionChanged.connect(
                lambda _s, _d, t=table: self._resident_selected(t)
            )
            table.doubleClicked.connect(self.edit_resident)
        self.room_field.picked.connect(self._picked)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        ui.search.textChanged.connect(self._search_edited)
        ui.search.returnPressed.connect(lambda: QTimer.singleShot(0, self._search_entered))
        ui.addResidentButton.clicked.connect(self.add_resident)
        ui.editResidentButton.clicked.connect(self.edit_resident)
        ui.moveOutButton.clicked.connect(self.move_out)
        ui.voidButton.clicked.connect(self.void_resident)
        ui.voidButton.setVisible(self.actor.can(Permission.VOID))
        ui.editRoomButton.clicked.connect(self.edit_room)
        ui.addRoomButton.clicked.connect(self.add_room)
        # An import writes many people's data at once: supervisors (the service insists).
        ui.importButton.setVisible(self.actor.can(Permission.IMPORT_REGISTER))
        ui.importButton.clicked.connect(self.open_import)

    # -- the estate tree ------------------------------------------------------------------

    def fill_estate(self) -> None:
        """(Re)build the tree, keeping the current choice; counts change as rooms are added."""
        tree = self.ui.estate
        current = tree.currentItem()
        keep = current.data(0, _KEY) if current is not None else None
        with QSignalBlocker(tree):
            tree.clear()
            self._items.clear()
            for community in self.residents.communities():
                buildings = self.residents.buildings(community.id)
                top = self._tree_item(
                    tree,
                    community.name,
                    sum(b.rooms for b in buildings),
                    ("community", community.id),
                )
                for building in buildings:
                    node = self._tree_item(
                        top, building.label, building.rooms, ("building", building.id)
                    )
                    node.setData(0, _CODE, building.code)
                    if len(building.units) == 1 and not building.units[0].code:
                        continue  # a building without units: the building is the last level
                    for unit in building.units:
                        label = unit.label or self.tr("(no unit)")
                        leaf = self._tree_item(node, label, unit.rooms, ("unit", unit.id))
                        leaf.setData(0, _CODE, unit.code)
                top.setExpanded(True)
            chosen = self._items.get(tuple(keep)) if keep else None
            if chosen is None and tree.topLevelItemCount():
                chosen = tree.topLevelItem(0)
            if chosen is not None:
                tree.setCurrentItem(chosen)
        tree.resizeColumnToContents(1)
        self.reload()

    def _tree_item(self, parent, text: str, rooms: int, key: tuple[str, int]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, str(rooms)])
        item.setData(0, _KEY, key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._items[key] = item
        return item

    def _estate_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        if self._found is not None:  # back from a search to browsing
            self._found = None
            with QSignalBlocker(self.ui.search):
                self.room_field.set_choice(None)
        current.setSelected(True)
        self.reload()

    def _scope(self) -> dict[str, int]:
        item = self.ui.estate.currentItem()
        if item is None:
            return {}
        kind, key = item.data(0, _KEY)
        return {f"{kind}_id": key}

    def _scope_address(self) -> tuple[int | None, str, str]:
        """(community id, building code, unit code) of the tree's choice, for a new room."""
        item = self.ui.estate.currentItem()
        chain = []
        while item is not None:
            chain.append(item)
            item = item.parent()
        if not chain:
            return None, "", ""
        chain.reverse()
        codes = [node.data(0, _CODE) or "" for node in chain[1:]] + ["", ""]
        return chain[0].data(0, _KEY)[1], codes[0], codes[1]

    # -- the room list --------------------------------------------------------------------

    def reload(self, keep_room: int | None = None) -> bool:
        """Refill the list from the tree's choice or the search; True if ``keep_room``
        (by default the room on view, if already fetched) is in it and selected again."""
        if self._found is not None:
            scope: dict[str, Any] = {"room_ids": self._found}
        else:
            scope = self._scope()
        total = self.residents.count_rooms(self.actor, **scope) if scope else 0
        self.model.load_after(lambda last, limit: self._fetch(scope, last, limit), total)
        if self._found is not None:
            self.ui.listStatus.setText(self.tr("%n room(s) found", "", total))
        else:
            self.ui.listStatus.setText(self.tr("%n room(s)", "", total))
        if keep_room is not None:
            return self._select_room(keep_room, search_rows=KEEP_SEARCH_ROWS)
        # The room on view stays chosen if it is among the rows already fetched.
        return self.detail is not None and self._select_room(self.detail.room.id, search_rows=0)

    def _fetch(self, scope: dict[str, Any], last: RoomRow | None, limit: int) -> list[RoomRow]:
        if not scope:
            return []
        after = last.room.id if last is not None else None
        rooms = self.residents.list_rooms(self.actor, **scope, after=after, limit=limit)
        names = self.residents.current_names(self.actor, [room.id for room in rooms])
        return [RoomRow(room, names.get(room.id, ())) for room in rooms]

    def _select_room(self, room_id: int, search_rows: int) -> bool:
        """Select the room in the list, fetching further pages up to ``search_rows``."""
        row = 0
        while True:
            while row < self.model.rowCount():
                if self.model.row_at(row).room.id == room_id:
                    self.ui.rooms.selectRow(row)
                    self.ui.rooms.scrollTo(
                        self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                    )
                    return True
                row += 1
            if row >= search_rows or not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def _room_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_room(self.model.row_at(current.row()).room.id)

    def _room_style(self, row: RoomRow, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and row.names:
            return "\n".join(row.names)
        return None

    # -- the search -----------------------------------------------------------------------

    def _search_edited(self, text: str) -> None:
        choice = self.room_field.choice
        if choice is not None and text in (choice.room_label, choice.text):
            return  # the completer and the room field writing the room just picked
        self._search_timer.start()

    def apply_search(self) -> None:
        """Narrow the list to the rooms the search text finds (estate-wide)."""
        self._search_timer.stop()
        text = self.ui.search.text().strip()
        tree = self.ui.estate
        if not text:
            if self._found is not None:
                self._found = None
                if tree.currentItem() is not None:
                    tree.currentItem().setSelected(True)
                self.reload()
            return
        self._found = self.services.rooms.rooms_matching(self.actor, text)
        tree.clearSelection()  # the list is the search's now, not the tree's choice
        feedback.clear(self.ui.statusLabel)
        self.reload()

    def _search_entered(self) -> None:
        """Enter without picking a match: show the first room found."""
        if self.room_field.choice is not None or not self.ui.search.text().strip():
            return
        self.apply_search()
        if self.model.rowCount():
            self.ui.rooms.setFocus()
            self.ui.rooms.selectRow(0)
        else:
            feedback.show_error_text(self.ui.statusLabel, self.tr("No room matches the search."))

    def _picked(self, choice) -> None:
        self._search_timer.stop()  # the completer's own writing in the field is no search
        self.go_to_room(choice.room_id)
        # The field shows the room now; typing again starts a new search.
        QTimer.singleShot(0, self.ui.search.selectAll)

    def go_to_room(self, room_id: int) -> None:
        """Show the room where it is in the estate: its unit in the tree, the unit's rooms
        in the list with this one chosen, and the room on the right."""
        try:
            room = self.residents.get_room(self.actor, room_id)
        except DeskError as error:
            feedback.show_error(self.ui.statusLabel, error)
            return
        self._found = None
        item = self._items.get(("unit", room.unit_id)) or self._items.get(
            ("building", room.building_id)
        )
        if item is not None:
            with QSignalBlocker(self.ui.estate):
                self.ui.estate.setCurrentItem(item)
            self.ui.estate.scrollToItem(item)
        if not self.reload(keep_room=room_id):
            self.show_room(room_id)
        feedback.clear(self.ui.statusLabel)

    # -- the room view --------------------------------------------------------------------

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
        try:
            self.detail = self.residents.room_detail(self.actor, room_id, include_voided=True)
        except DeskError as error:
            feedback.show_error(ui.statusLabel, error)
            return
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
            font = QFont(self.font())
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

    def selected_resident(self) -> ResidentInfo | None:
        for table, model in ((self.ui.residents, self.current), (self.ui.former, self.former)):
            rows = table.selectionModel().selectedRows()
            if rows:
                return model.row_at(rows[0].row())
        return None

    def _select_resident(self, resident_id: int) -> None:
        for table, model in ((self.ui.residents, self.current), (self.ui.former, self.former)):
            for row in range(model.rowCount()):
                if model.row_at(row).id == resident_id:
                    table.selectRow(row)
                    return

    def _after_change(self, room_id: int, resident_id: int | None, message: str) -> None:
        if not self.reload(keep_room=room_id):
            self.show_room(room_id)
        if resident_id is not None:
            self._select_resident(resident_id)
        feedback.show_ok(self.ui.statusLabel, message)

    # -- actions --------------------------------------------------------------------------

    def add_resident(self) -> None:
        if self.detail is None:
            return
        room = self.detail.room
        dialog = ResidentDialog(self.services, self.actor, room, None, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._after_change(
                room.id,
                saved.id,
                self.tr("%1 registered in %2.").replace("%1", saved.name).replace("%2", room.label),
            )

    def edit_resident(self) -> None:
        resident = self.selected_resident()
        if self.detail is None or resident is None or resident.voided:
            return
        dialog = ResidentDialog(self.services, self.actor, self.detail.room, resident, self)
        if dialog.exec() and dialog.saved is not None:
            self._after_change(
                resident.room_id,
                resident.id,
                self.tr("%1 saved.").replace("%1", dialog.saved.name),
            )

    def move_out(self) -> None:
        resident = self.selected_resident()
        if resident is None or not resident.current:
            return
        if MoveOutDialog(self.services, self.actor, resident, self).exec():
            self._after_change(
                resident.room_id,
                resident.id,
                self.tr("%1 moved out; the record stays under “Moved out”.").replace(
                    "%1", resident.name
                ),
            )

    def void_resident(self) -> None:
        resident = self.selected_resident()
        if resident is None or resident.voided:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void the record of %1").replace("%1", resident.name),
            self.tr("Reason for voiding (the record stays, marked void):"),
        )
        if not ok:
            return
        try:
            self.residents.void_resident(self.actor, resident.id, reason)
        except DeskError as error:
            feedback.show_error(self.ui.statusLabel, error)
            return
        self._after_change(
            resident.room_id,
            resident.id,
            self.tr("The record of %1 was voided.").replace("%1", resident.name),
        )

    def add_room(self) -> None:
        community_id, building, unit = self._scope_address()
        dialog = RoomDialog(
            self.services,
            self.actor,
            self.residents.communities(),
            None,
            community_id=community_id,
            building=building,
            unit=unit,
            parent=self,
        )
        if dialog.exec() and dialog.saved is not None:
            self.fill_estate()
            self.go_to_room(dialog.saved.id)
            feedback.show_ok(
                self.ui.statusLabel,
                self.tr("Room %1 registered.").replace("%1", dialog.saved.label),
            )

    def edit_room(self) -> None:
        if self.detail is None:
            return
        room = self.detail.room
        dialog = RoomDialog(
            self.services, self.actor, self.residents.communities(), room, parent=self
        )
        if dialog.exec():
            self._after_change(room.id, None, self.tr("Room %1 saved.").replace("%1", room.label))

    def open_import(self) -> None:
        wizard = ImportWizard(self.services, self.actor, self)
        wizard.exec()
        done = wizard.result_of_import
        if done is not None:
            self.fill_estate()
            if self.detail is not None:
                self.show_room(self.detail.room.id)
            feedback.show_ok(
                self.ui.statusLabel,
                self.tr("Imported: %1 new residents, %2 given missing details, %3 new rooms.")
                .replace("%1", str(done.residents_created))
                .replace("%2", str(done.residents_updated))
                .replace("%3", str(done.rooms_created)),
            )
