"""Giving Qt the bundled CJK font, so Chinese renders on a PC without Chinese fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app.paths import CJK_FONT_FILE

# Preferred where installed (Windows); the bundled font covers everything else.
PREFERRED_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei"]
UI_POINT_SIZE = 10


def install_app_font(app: QApplication) -> str:
    """Register the bundled font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT_FILE))
    if font_id < 0:
        raise RuntimeError(f"cannot load the bundled font {CJK_FONT_FILE.name}")
    bundled = QFontDatabase.applicationFontFamilies(font_id)[0]
    installed = set(QFontDatabase.families())
    families = [name for name in PREFERRED_FAMILIES if name in installed] + [bundled]
    font = QFont(app.font())
    font.setFamilies(families)
    font.setPointSize(UI_POINT_SIZE)
    app.setFont(font)
    return bundled
