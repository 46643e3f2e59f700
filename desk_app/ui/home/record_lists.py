"""Lists of records, grouped under a title each, one click (or Enter) from the record:
the workbench's lists, and the global search's results."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from desk_app.services.context import ServiceContext
from desk_app.services.home import HomeItem, HomeList

LATE = QColor("#b00020")
RECORD_ROLE = Qt.ItemDataRole.UserRole  # "page:record id" of an item's record


def when_text(ctx: ServiceContext, due: datetime | None, late: bool) -> str:
    """ "2 h 10 min late", "in 35 min", "11-24 09:30": a deadline as the clerk reads it."""
    if due is None:
        return ""
    seconds = int((due - ctx.now()).total_seconds())
    minutes = abs(seconds) // 60
    if minutes >= 48 * 60:
        span = QCoreApplication.translate("Home", "%1 d %2 h").replace("%1", str(minutes // 1440))
        span = span.replace("%2", str(minutes % 1440 // 60))
    elif minutes >= 60:
        span = QCoreApplication.translate("Home", "%1 h %2 min").replace("%1", str(minutes // 60))
        span = span.replace("%2", str(minutes % 60))
    else:
        span = QCoreApplication.translate("Home", "%1 min").replace("%1", str(minutes))
    if seconds < 0:
        return (
            QCoreApplication.translate("Home", "%1 late").replace("%1", span)
            if late
            else ctx.local(due).strftime("%m-%d %H:%M")
        )
    if seconds < 24 * 3600:
        return QCoreApplication.translate("Home", "in %1").replace("%1", span)
    return ctx.local(due).strftime("%m-%d %H:%M")


class RecordLists(QTreeWidget):
    """Titles as top-level rows, records under them; Enter or a click on a record
    emits ``chosen(page, record_id)``."""

    chosen = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Serial"), self.tr("Room and matter"), self.tr("When")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.itemClicked.connect(self._activated)
        self.itemActivated.connect(self._activated)  # Enter (and a double click)

    def show_lists(self, lists: Iterable[HomeList]) -> None:
        """Fill with ``lists``; the record that had the cursor keeps it if still there."""
        current = self.current_record()
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for found in lists:
            title = QCoreApplication.translate("Home", found.title)
            count = f"{found.total}+" if found.more else str(found.total)
            head = QTreeWidgetItem(self, [f"{title}（{count}）", "", ""])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            head.setData(0, Qt.ItemDataRole.UserRole + 1, found.key)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a title is not a record to choose
            if found.late:
                head.setForeground(0, QBrush(LATE))
            for item in found.items:
                self._add(head, item)
            if found.total > len(found.items):
                if found.more:
                    words = QCoreApplication.translate(
                        "Home", "… and many more: type more to narrow"
                    )
                else:
                    left = found.total - len(found.items)
                    words = QCoreApplication.translate("Home", "… and %n more", "", left)
                more = QTreeWidgetItem(head, ["", words, ""])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.expandAll()
        if current is not None:
            self.select_record(*current)

    def _add(self, head: QTreeWidgetItem, item: HomeItem) -> None:
        row = QTreeWidgetItem(
            head, [item.serial, item.summary, when_text(self.ctx, item.due_at, item.late)]
        )
        row.setData(0, RECORD_ROLE, f"{item.page}:{item.record_id}")
        if item.late:
            row.setForeground(2, QBrush(LATE))

    def records(self) -> list[tuple[str, str, int]]:
        """(list key, serial, record id) of every record shown, in order (for tests)."""
        found = []
        for top in range(self.topLevelItemCount()):
            head = self.topLevelItem(top)
            for child in range(head.childCount()):
                item = head.child(child)
                record = _record(item)
                if record is not None:
                    found.append(
                        (head.data(0, Qt.ItemDataRole.UserRole + 1), item.text(0), record[1])
                    )
        return found

    def current_record(self) -> tuple[str, int] | None:
        item = self.currentItem()
        return None if item is None else _record(item)

    def select_record(self, page: str, record_id: int) -> bool:
        for top in range(self.topLevelItemCount()):
            head = self.topLevelItem(top)
            for child in range(head.childCount()):
                item = head.child(child)
                if _record(item) == (page, record_id):
                    self.setCurrentItem(item)
                    return True
        return False

    def first_record(self) -> QTreeWidgetItem | None:
        for top in range(self.topLevelItemCount()):
            head = self.topLevelItem(top)
            for child in range(head.childCount()):
                if _record(head.child(child)) is not None:
                    return head.child(child)
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        record = _record(item)
        if record is not None:
            self.chosen.emit(record[0], record[1])

    def _record_items(self) -> list[QTreeWidgetItem]:
        items = []
        for top in range(self.topLevelItemCount()):
            head = self.topLevelItem(top)
            items += [
                head.child(n)
                for n in range(head.childCount())
                if _record(head.child(n)) is not None
            ]
        return items

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem())
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            # From record to record: the titles between the groups are stepped over.
            items = self._record_items()
            if items:
                current = self.currentItem()
                at = items.index(current) if current in items else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                target = max(0, min(len(items) - 1, at + step)) if at >= 0 else 0
                self.setCurrentItem(items[target])
                self.scrollToItem(items[target])
            return
        super().keyPressEvent(event)


def _record(item: QTreeWidgetItem) -> tuple[str, int] | None:
    value = item.data(0, RECORD_ROLE)
    if not value:
        return None
    page, _, record_id = str(value).rpartition(":")
    return page, int(record_id)
