"""A screen whose issue has not landed yet: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, note: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSize(font.pointSize() + 6)
        heading.setFont(font)
        explanation = QLabel(note or self.tr("This screen arrives with a later version."))
        explanation.setStyleSheet("color: #666;")
        for label in (heading, explanation):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addStretch()
