"""The one way a screen calls a service: the call, then its error or its success where
the user is looking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from desk_app.ui.kit import feedback

T = TypeVar("T")


def run_op(
    status: QLabel,
    call: Callable[[], T],
    done: str | Callable[[T], str] | None = None,
    *,
    fields: dict[str, QWidget] | None = None,
    file: str | Path | None = None,
) -> T | None:
    """Run ``call``; on one of our errors (or the system refusing a file) show it in
    ``status``, point at the field at fault and return None, keeping what the user
    typed; on success show ``done`` (text, or made from the result) and return the
    result. Screens reload through the change feed, not here. Anything else is a bug
    and goes on to the error dialog (``desk_app.ui.app``)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = call()
    except feedback.USER_FAILURES as error:
        feedback.show_error(status, error, fields, file=file)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if done is not None:
        feedback.show_ok(status, done(result) if callable(done) else done)
    return result
