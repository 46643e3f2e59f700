"""Showing a service's error where the user is looking, without a message box."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desk_app.domain.errors import DeskError
from desk_app.ui.i18n import error_text

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def show_error(label: QLabel, error: DeskError, fields: dict[str, QWidget] | None = None) -> None:
    """Put the message in ``label`` and move the cursor to the field at fault.

    The user's typing stays as it is: nothing is cleared.
    """
    label.setStyleSheet(ERROR_STYLE)
    label.setText(error_text(error))
    widget = (fields or {}).get(error.field or "")
    if widget is not None:
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()


def show_error_text(label: QLabel, text: str) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.setText(text)


def show_ok(label: QLabel, text: str) -> None:
    label.setStyleSheet(OK_STYLE)
    label.setText(text)


def clear(label: QLabel) -> None:
    label.setText("")
