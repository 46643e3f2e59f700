"""Typing as a clerk does: ASCII from the keyboard, Chinese committed by the input method."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """QTest can only synthesise Latin-1 key presses; Chinese arrives, as with a real
    pinyin IME, as an input-method commit of the whole word."""
    run = ""
    for char in text:
        if ord(char) < 128:
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(char)
        QCoreApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)


def show_active(qtbot, widget: QWidget) -> None:
    """Show ``widget`` as the window that has the keyboard, as the clerk's window does;
    shortcuts such as Ctrl+Enter only reach the active window."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)
