"""The room field of every intake form: type part of a room, a phone's last digits,
a surname or pinyin initials, pick a match with the arrow keys and Enter.

It completes through the shared room lookup service; choosing a match fills the
caller's name and phone where the form has them empty. A room typed and not picked
is linked when the clerk leaves the field and the text names exactly one room of the
register (``exact``); otherwise the field shows plainly that it is not linked — the
text is kept as a place (大堂, 地下车库), and a repair to a room the register lacks
is refused by the service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyle


@dataclass(frozen=True)
class RoomChoice:
    """One line of the completer, already worded for the clerk."""

    room_id: int
    room_label: str
    resident: str
    phone: str
    text: str  # what the completer shows


LookupFn = Callable[[str], Sequence[RoomChoice]]
ExactFn = Callable[[str], RoomChoice | None]

TYPING_PAUSE_MS = 120  # a lookup per pause in typing, not per key
POPUP_MIN_WIDTH = 380
UNLINKED_STYLE = "QLineEdit { background: #fff4e0; }"


class RoomField(QObject):
    """Attaches lookup and completion to an existing QLineEdit (from a .ui form)."""

    picked = Signal(object)  # RoomChoice
    cleared = Signal()

    def __init__(self, line: QLineEdit, lookup: LookupFn, *, link_typed: bool = True):
        """A room typed is linked through the lookup's ``exact`` (see
        ``ui.kit.room_lookup``) unless ``link_typed`` is False: a search field, whose
        text is a search rather than a room."""
        super().__init__(line)
        self.line = line
        self.lookup = lookup
        self.exact: ExactFn | None = getattr(lookup, "exact", None) if link_typed else None
        self.choice: RoomChoice | None = None
        self._choices: list[RoomChoice] = []
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        # The service has ranked the matches already: show them as they are.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        # Room, name and phone must fit: the popup is wider than the room field.
        self.completer.popup().setMinimumWidth(POPUP_MIN_WIDTH)
        line.setCompleter(self.completer)
        self.completer.activated[str].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        line.textEdited.connect(self._edited)
        self.unlinked_mark = line.addAction(
            line.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.unlinked_mark.setToolTip(
            self.tr("Not linked to a room of the register: kept as a place as written.")
        )
        self._base_style = line.styleSheet()
        self._show_linked(True)
        if self.exact is not None:
            line.editingFinished.connect(lambda: QTimer.singleShot(0, self.link_typed))

    @property
    def linked(self) -> bool:
        """False while the field holds text that is not a room of the register."""
        return self.choice is not None or not self.line.text().strip()

    def _show_linked(self, linked: bool) -> None:
        self.unlinked_mark.setVisible(not linked)
        self.line.setStyleSheet(self._base_style if linked else UNLINKED_STYLE)
        self.line.setProperty("unlinked", not linked)

    def link_typed(self) -> None:
        """Leaving the field with a room typed and not picked: link it if it names one
        room, else mark the field unlinked."""
        if self.exact is None or self.choice is not None or self.completer.popup().isVisible():
            return
        text = self.line.text().strip()
        if not text:
            self._show_linked(True)
            return
        found = self.exact(text)
        if found is not None:
            self.set_choice(found)
        else:
            self._show_linked(False)

    def _edited(self, text: str) -> None:
        if self.choice is not None and text != self.choice.room_label:
            self.choice = None
            self.cleared.emit()
        self._show_linked(True)  # until the clerk leaves the field
        self._timer.start()

    def refresh(self) -> None:
        """Look up what is typed now and open the popup (also called by tests)."""
        self._timer.stop()
        text = self.line.text().strip()
        self._choices = list(self.lookup(text)) if text else []
        self._model.setStringList([choice.text for choice in self._choices])
        # Only while the clerk is still in this field (the pause may outlast a Tab).
        if self._choices and self.line.window().focusWidget() is self.line:
            self.completer.complete()

    def _activated(self, shown: str) -> None:
        for choice in self._choices:
            if choice.text == shown:
                self.set_choice(choice)
                return

    def set_choice(self, choice: RoomChoice | None) -> None:
        self.choice = choice
        self._show_linked(True)
        if choice is None:
            self.line.clear()
            return
        # After the completer has written its line, show the room's own label.
        QTimer.singleShot(0, lambda: self.line.setText(choice.room_label))
        self.line.setText(choice.room_label)
        self.picked.emit(choice)
