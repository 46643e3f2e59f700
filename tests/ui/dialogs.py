"""Driving a modal dialog that a page opens with exec(), as the clerk would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def with_dialog(open_it: Callable[[], None], act: Callable[[QDialog], None]) -> None:
    """Run ``open_it`` (which opens a modal dialog) and, inside the dialog's own event
    loop, ``act`` on it. ``act`` ends by accepting or rejecting the dialog; if it fails,
    the dialog is closed so the test fails instead of hanging."""
    failures: list[BaseException] = []
    seen: list[QDialog] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, run)  # not up yet
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised below, outside Qt
            failures.append(error)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, run)
    open_it()
    if failures:
        raise failures[0]
    assert seen, "no dialog was opened"
