"""A screen whose issue has not landed yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSize(font.pointSize() + 6)
        heading.setFont(font)
        note = QLabel(self.tr("This screen arrives with a later version."))
        note.setStyleSheet("color: #666;")
        for label in (heading, note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch()
