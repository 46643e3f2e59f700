"""A card reader is a keyboard: it types the card's number and Enter. In a field that
takes cards the Enter adds the card and stops there; in a dialog it would otherwise
go on to press OK with the form half filled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _CardEnter(QObject):
    def __init__(self, line: QLineEdit, entered: Callable[[], None]):
        super().__init__(line)
        self.entered = entered
        line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier  # Ctrl+Enter saves
        ):
            self.entered()
            return True
        return False


def card_field(line: QLineEdit, entered: Callable[[], None]) -> None:
    """Call ``entered`` on Enter in ``line``, and let the Enter go no further."""
    _CardEnter(line, entered)
