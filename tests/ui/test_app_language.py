"""The window's language reaches Qt's own dialogs and the language setting itself."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel

from desk_app.ui.settings.page import SettingsPage


def test_qt_s_own_file_dialog_speaks_chinese(qtbot):
    # GIVEN the Chinese interface (the UI tests' default): Qt's file dialog, as
    # desk_app.ui.kit.file_dialogs shows it (never the system's native one)
    dialog = QFileDialog(None, "保存", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    # THEN its labels are Chinese: no "Look in:" or "Files of type:"
    assert dialog.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == "文件类型(&T)："
    assert dialog.findChild(QLabel, "fileNameLabel").text().startswith("文件名称")


def test_the_automatic_language_choice_is_in_chinese(qtbot, services, admin):
    page = SettingsPage(services, admin)
    qtbot.addWidget(page)
    combo = page.editors["ui.language"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "自动（跟随系统语言）",
        "简体中文",
        "English",
    ]
