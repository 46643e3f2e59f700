"""The services' length limits, shown where the clerk types.

A one-line field simply takes no more than its column holds. A free-text box
keeps everything typed or pasted — cutting it would lose words without a
word — and shows "n / max" in its corner, red once the text is over: saving
then gets the service's message, and the text is still there to shorten.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from desk_app.ui.kit.feedback import ERROR_STYLE

COUNTER_STYLE = "color: #777777; background: transparent;"
COUNTER_MARGIN = 4


def limit_lines(limits: dict[QLineEdit, int]) -> None:
    """Give each one-line field its maximum length."""
    for edit, max_len in limits.items():
        edit.setMaxLength(max_len)


class LengthCounter(QLabel):
    """The "n / max" label in the bottom right corner of a QPlainTextEdit."""

    def __init__(self, edit: QPlainTextEdit, max_len: int):
        super().__init__(edit)
        self.edit, self.max_len = edit, max_len
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        edit.textChanged.connect(self.refresh)
        edit.installEventFilter(self)
        self.refresh()

    @property
    def over(self) -> bool:
        return len(self.edit.toPlainText()) > self.max_len

    def refresh(self) -> None:
        self.setText(f"{len(self.edit.toPlainText())} / {self.max_len}")
        self.setStyleSheet(ERROR_STYLE if self.over else COUNTER_STYLE)
        self.adjustSize()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        scroll = self.edit.verticalScrollBar()
        right = scroll.width() if scroll.isVisible() else 0
        self.move(
            self.edit.width() - self.width() - COUNTER_MARGIN - right,
            self.edit.height() - self.height() - COUNTER_MARGIN,
        )
        self.raise_()


def count_text(edit: QPlainTextEdit, max_len: int) -> LengthCounter:
    """Attach a counter to ``edit``; keep the returned label if you need to read it."""
    return LengthCounter(edit, max_len)
