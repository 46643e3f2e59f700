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
