"""Driving the app's file dialogs as the clerk meets them: a modal dialog, opened by a
button, that lists a folder. Used by the in-process lock tests and by the desk worker
processes of the two-desk test (which have no qtbot)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QWidget

POLL_MS = 10
TIMEOUT_S = 15


class ModalWatch:
    """Waits for a modal widget of ``kind`` and acts on it inside its own event loop.
    Failures are kept for the test to raise once the modal loops have ended; a
    failing act closes the widget so that the test fails instead of hanging."""

    def __init__(self, kind: type[QWidget], act: Callable[[QWidget], None]):
        self.kind, self.act = kind, act
        self.failures: list[BaseException] = []
        self.seen: list[QWidget] = []
        self._deadline = time.monotonic() + TIMEOUT_S
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, self.kind):
            if time.monotonic() < self._deadline:
                QTimer.singleShot(POLL_MS, self._poll)
            else:
                self.failures.append(AssertionError(f"no {self.kind.__name__} was opened"))
            return
        self.seen.append(widget)
        try:
            self.act(widget)
        except BaseException as error:  # noqa: BLE001 - re-raised by check(), outside Qt
            self.failures.append(error)
            widget.close()

    def check(self) -> QWidget:
        self._deadline = 0.0  # stop waiting: a later modal widget is not ours
        if self.failures:
            raise self.failures[0]
        assert self.seen, f"no {self.kind.__name__} was opened"
        return self.seen[0]


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        QApplication.processEvents()
        time.sleep(POLL_MS / 1000)


def dismiss_once_listed(folder: Path, marker: str, seen: dict) -> Callable[[QWidget], None]:
    """An act for a file dialog: wait until its model has listed ``folder`` (the file
    ``marker``, which the dialog's filter shows, is in it), let it paint, record the
    folder it showed, and cancel as the clerk would."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        model = dialog.findChild(QFileSystemModel)

        def listed() -> bool:
            root = model.index(str(folder))
            names = {model.index(r, 0, root).data() for r in range(model.rowCount(root))}
            return marker in names

        wait_until(listed, f"the file dialog listed {marker} in {folder}")
        dialog.grab()  # paint the listing: names, icons and types
        QApplication.processEvents()
        seen["directory"] = Path(dialog.directory().absolutePath())
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.reject()

    return act
