"""住户档案: browse the estate, find a room by what a caller says, keep its residents.

Left: the estate (community → building → unit). Middle: the rooms of the choice,
or of a search, paged. Right: the chosen room — its details, who lives there, who
moved out (kept, greyed) and the home's recent records (``room_view``). The page
follows the change feed: after a dialog saves, an import or another desk's change,
the tree's counts, the list and the room on view are current again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer
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

from desk_app.domain.roles import Permission
from desk_app.services.app import Services
from desk_app.services.context import Actor
from desk_app.services.register import ResidentInfo, RoomDetail, RoomInfo
from desk_app.ui.kit import feedback
from desk_app.ui.kit.changes import follow
from desk_app.ui.kit.columns import fit_columns
from desk_app.ui.kit.forms import FormBacked
from desk_app.ui.kit.operations import run_op
from desk_app.ui.kit.record_history import RecordHistoryDialog
from desk_app.ui.kit.room_field import RoomField
from desk_app.ui.kit.room_lookup import room_lookup
from desk_app.ui.kit.table_model import Column, PagedTableModel
from desk_app.ui.residents.dialogs import MoveOutDialog, ResidentDialog, RoomDialog, occupancy_label
from desk_app.ui.residents.import_wizard import ImportWizard
from desk_app.ui.residents.room_view import RoomView, setup_table

TITLE_STYLE = "font-size: 14pt; font-weight: bold;"
SEARCH_PAUSE_MS = 250
KEEP_SEARCH_ROWS = 2000  # how far down the list a room is looked for to select it again
_KEY = Qt.ItemDataRole.UserRole  # a tree item's ("community" | "building" | "unit", id)
_CODE = Qt.ItemDataRole.UserRole + 1  # a building's or unit's code, as a new room takes it
# What the page shows, by the kinds of record the change feed names ("register": an import).
REGISTER_KINDS = {"community", "room", "resident", "register"}


@dataclass(frozen=True)
class RoomRow:
    """One line of the room list: the room and the names of the people living there."""

    room: RoomInfo
    names: tuple[str, ...]


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
        "historyButton": QPushButton,
    }

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.residents = services.residents
        self._found: list[int] | None = None  # the rooms a search found; None: browsing
        self._items: dict[tuple[str, int], QTreeWidgetItem] = {}
        ui = self.setup_form()
        # A style sheet, not setFont: a font set here is lost when the main window adopts
        # the page under the application's style sheet.
        ui.roomTitle.setStyleSheet(TITLE_STYLE)

        self.model = PagedTableModel[RoomRow](self._room_columns(), self, style=self._room_style)
        ui.rooms.setModel(self.model)
        setup_table(ui.rooms)
        fit_columns(ui.rooms, ["12栋3单元1501", "楼层", "123.45", "业主自住"])
        self.room_view = RoomView(self, ui, services, actor)

        tree = ui.estate
        tree.setUniformRowHeights(True)
        tree.setIndentation(14)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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
        follow(self, services.db.changes, REGISTER_KINDS, self.refresh)
        self.fill_estate()
        self.show_room(None)
        ui.search.setFocus()

    # -- the room on view (room_view) -----------------------------------------------------

    @property
    def detail(self) -> RoomDetail | None:
        return self.room_view.detail

    @property
    def current(self):
        return self.room_view.current

    @property
    def former(self):
        return self.room_view.former

    @property
    def history(self):
        return self.room_view.history

    def show_room(self, room_id: int | None) -> None:
        self.room_view.show_room(room_id)

    def selected_resident(self) -> ResidentInfo | None:
        return self.room_view.selected_resident()

    # -- set-up ---------------------------------------------------------------------------

    def _room_columns(self) -> list[Column[RoomRow]]:
        return [
            Column(self.tr("Room"), lambda r: r.room.label),
            Column(self.tr("Floor"), lambda r: "" if r.room.floor is None else str(r.room.floor)),
            Column(self.tr("Area m²"), lambda r: "" if r.room.area is None else str(r.room.area)),
            Column(self.tr("Occupancy"), lambda r: occupancy_label(r.room.occupancy)),
            Column(self.tr("Living here"), lambda r: "、".join(r.names)),
        ]

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
        ui.historyButton.clicked.connect(self.show_history)

    # -- the estate tree ------------------------------------------------------------------

    def fill_estate(self, reload: bool = True) -> None:
        """(Re)build the tree, keeping the current choice and what was open; counts change
        as rooms are added. Then the list, unless ``reload`` is False."""
        tree = self.ui.estate
        current = tree.currentItem()
        keep = current.data(0, _KEY) if current is not None else None
        opened = {key for key, item in self._items.items() if item.isExpanded()}
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
            for key in opened & self._items.keys():
                self._items[key].setExpanded(True)
            chosen = self._items.get(tuple(keep)) if keep else None
            if chosen is None and tree.topLevelItemCount():
                chosen = tree.topLevelItem(0)
            if chosen is not None:
                tree.setCurrentItem(chosen)
            if self._found is not None:
                tree.clearSelection()  # the list is a search's, not the tree's choice
        tree.resizeColumnToContents(1)
        if reload:
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

    def show_record(self, room_id: int) -> None:
        """The search opens a room (of a resident found) here."""
        self.go_to_room(room_id)

    def go_to_room(self, room_id: int) -> None:
        """Show the room where it is in the estate: its unit in the tree, the unit's rooms
        in the list with this one chosen, and the room on the right."""
        room = run_op(self.ui.statusLabel, lambda: self.residents.get_room(self.actor, room_id))
        if room is None:
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

    # -- after a change -------------------------------------------------------------------

    def refresh(self) -> None:
        """The register changed (here, in a dialog, an import or at another desk): the
        tree's counts, the list and the room on view, with its resident still chosen."""
        room = self.detail.room.id if self.detail is not None else None
        resident = self.selected_resident()
        self.fill_estate(reload=False)
        if not self.reload(keep_room=room) and room is not None:
            self.show_room(room)
        if resident is not None:
            self.room_view.select_resident(resident.id)

    def _done(self, resident_id: int | None, message: str) -> None:
        if resident_id is not None:
            self.room_view.select_resident(resident_id)
        feedback.show_ok(self.ui.statusLabel, message)

    # -- actions --------------------------------------------------------------------------
    # The dialogs save through the services; the change feed has refreshed the page by
    # the time they close.

    def add_resident(self) -> None:
        if self.detail is None:
            return
        room = self.detail.room
        dialog = ResidentDialog(self.services, self.actor, room, None, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._done(
                saved.id,
                self.tr("%1 registered in %2.").replace("%1", saved.name).replace("%2", room.label),
            )

    def edit_resident(self) -> None:
        resident = self.selected_resident()
        if self.detail is None or resident is None or resident.voided:
            return
        dialog = ResidentDialog(self.services, self.actor, self.detail.room, resident, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(resident.id, self.tr("%1 saved.").replace("%1", dialog.saved.name))

    def move_out(self) -> None:
        resident = self.selected_resident()
        if resident is None or not resident.current:
            return
        if MoveOutDialog(self.services, self.actor, resident, self).exec():
            self._done(
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
        voided = run_op(
            self.ui.statusLabel,
            lambda: self.residents.void_resident(self.actor, resident.id, reason),
        )
        if voided is not None:
            self._done(
                resident.id, self.tr("The record of %1 was voided.").replace("%1", resident.name)
            )

    def show_history(self) -> None:
        """修改记录 of the resident chosen, or else of the room on view."""
        if self.detail is None:
            return
        resident = self.selected_resident()
        if resident is not None:
            title = self.tr("History of %1").replace("%1", resident.name)
            lines = run_op(
                self.ui.statusLabel,
                lambda: self.residents.resident_history(self.actor, resident.id),
            )
        else:
            room = self.detail.room
            title = self.tr("History of %1").replace("%1", room.label)
            lines = run_op(
                self.ui.statusLabel, lambda: self.residents.room_history(self.actor, room.id)
            )
        if lines is not None:
            RecordHistoryDialog(title, lines, self).exec()

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
            self._done(None, self.tr("Room %1 saved.").replace("%1", room.label))

    def open_import(self) -> None:
        wizard = ImportWizard(self.services, self.actor, self)
        wizard.exec()
        done = wizard.result_of_import
        if done is not None:
            feedback.show_ok(
                self.ui.statusLabel,
                self.tr("Imported: %1 new residents, %2 given missing details, %3 new rooms.")
                .replace("%1", str(done.residents_created))
                .replace("%2", str(done.residents_updated))
                .replace("%3", str(done.rooms_created)),
            )
