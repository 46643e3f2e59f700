"""Showing a service's error where the user is looking, without a message box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desk_app.db.failures import user_failure
from desk_app.domain.errors import DeskError
from desk_app.ui.i18n import error_text

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"

# What a handler catches and shows in its status line: our errors (the database's
# failures arrive typed, as DeskErrors) and the operating system's refusal of a file
# the user chose (a full disk, a read-only folder). Anything else is a bug and goes on
# to the error dialog of desk_app.ui.app.
USER_FAILURES = (DeskError, OSError)


def show_error(
    label: QLabel,
    error: DeskError | OSError,
    fields: dict[str, QWidget] | None = None,
    *,
    file: str | Path | None = None,
) -> None:
    """Put the message in ``label`` and move the cursor to the field at fault.

    ``file``: the file the user chose, for an OSError that does not name it.
    The user's typing stays as it is: nothing is cleared.
    """
    error = user_failure(error, file) or error
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
