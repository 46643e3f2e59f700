"""The global search under the main window's search field: results grouped by kind as
the clerk types; Down goes into them, Enter or a click opens a record; a scanned serial
followed by Enter opens its record at once; Esc closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.domain.roles import Permission
from desk_app.services.home import HomeItem, HomeList
from desk_app.ui.home.record_lists import RecordLists
from desk_app.ui.kit.operations import run_op

if TYPE_CHECKING:
    from desk_app.services.app import Services
    from desk_app.services.context import Actor
    from desk_app.services.search import SearchGroup

TYPING_PAUSE_MS = 250


def as_lists(groups: list[SearchGroup]) -> list[HomeList]:
    """Search groups in the shape the record lists show."""
    return [
        HomeList(
            group.key,
            group.title,
            tuple(HomeItem(h.page, h.record_id, h.serial, h.summary) for h in group.hits),
            group.total - 1 if group.more else group.total,
            group.rank,
            more=group.more,
        )
        for group in groups
    ]


class GlobalSearch(QObject):
    def __init__(
        self, window: QWidget, field: QLineEdit, services: Services, actor: Actor, open_record
    ):
        super().__init__(window)
        self.window, self.field, self.services, self.actor = window, field, services, actor
        self.open_record = open_record  # (page key, record id) -> None
        self.frame = QFrame(window)
        self.frame.setObjectName("searchResults")
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setAutoFillBackground(True)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(4, 4, 4, 4)
        self.results = RecordLists(services.ctx)
        self.results.setObjectName("searchResultList")
        self.results.hideColumn(2)
        self.results.chosen.connect(self._chosen)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self.frame.hide()
        self.groups: list[SearchGroup] = []
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        field.textEdited.connect(lambda _text: self.timer.start())
        field.returnPressed.connect(self.enter)
        field.installEventFilter(self)
        self.results.installEventFilter(self)
        if not actor.can(Permission.VIEW_RECORDS):
            field.setEnabled(False)  # the administrator keeps the system, not the records

    def run(self) -> list[SearchGroup]:
        """Search for what the field holds now and show the groups."""
        self.timer.stop()
        text = self.field.text()
        groups = run_op(self.status, lambda: self.services.search.search(self.actor, text))
        self.groups = groups or []
        self.results.show_lists(as_lists(self.groups))
        if self.groups:
            self.status.setText("")
        elif groups is not None:
            self.status.setText(
                self.tr("Nothing found.")
                if len(text.strip()) >= 2
                else self.tr("Type at least two characters.")
            )
        self._place()
        return self.groups

    def enter(self) -> None:
        """Enter in the field: a serial that names one record opens it; otherwise the
        first result gets the cursor (Enter again opens it)."""
        groups = self.run()
        exact = self.services.search.exact_hit(groups)
        if exact is not None:
            self._chosen(exact.page, exact.record_id)
            return
        first = self.results.first_record()
        if first is not None:
            self.results.setCurrentItem(first)
            self.results.setFocus()

    def _chosen(self, page: str, record_id: int) -> None:
        self.close()
        self.open_record(page, record_id)

    def close(self) -> None:
        self.frame.hide()

    def _place(self) -> None:
        origin = self.field.mapTo(self.window, QPoint(0, self.field.height()))
        width = max(self.field.width(), 560)
        x = min(origin.x(), max(0, self.window.width() - width - 8))
        height = min(460, max(120, self.window.height() - origin.y() - 40))
        self.frame.setGeometry(x, origin.y() + 2, width, height)
        self.frame.show()
        self.frame.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_Escape
            and self.frame.isVisible()
        ):
            event.accept()  # Esc closes the results, not a page's own Esc shortcut
            return True
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape and self.frame.isVisible():
                self.close()
                self.field.setFocus()
                return True
            if watched is self.field and key == Qt.Key.Key_Down and self.frame.isVisible():
                first = self.results.first_record()
                if first is not None:
                    self.results.setCurrentItem(first)
                    self.results.setFocus()
                return True
        return False
