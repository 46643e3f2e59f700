"""Typed errors raised by the services. The UI maps them to translated messages."""

from __future__ import annotations

import unicodedata
from typing import Any

from desk_app.domain.i18n import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "Errors"
SHOWN_MAX = 80  # longer input is shown by its beginning: a message is not a copy of it
SHOWN_HEAD = 30


# Parameters shown whole however long: a file the user chose must be named in full.
WHOLE_PARAMS = frozenset({"file", "path"})


def shown(value: Any, *, whole: bool = False) -> Any:
    """A parameter as a message may show it: plain text short and printable (a lone
    surrogate or a control character would break the label, the log or the terminal);
    anything else (numbers, translatable words) as it is."""
    if type(value) is not str:
        return value
    long = len(value) > SHOWN_MAX and not whole
    head = value[:SHOWN_HEAD] if long else value
    if not head.isprintable():
        head = "".join(
            "\ufffd" if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in head
        )
    return head + "…" if long else head


class DeskError(Exception):
    """A failure the user can understand and act on.

    ``template`` is English source text marked for translation (context "Errors");
    ``params`` fill its ``{placeholders}``; ``field`` names the input at fault so a
    form can point at it instead of opening a message box.
    """

    template: str = QT_TRANSLATE_NOOP("Errors", "The operation failed.")

    def __init__(self, template: str | None = None, *, field: str | None = None, **params: Any):
        if template is not None:
            self.template = template
        self.params = {
            key: shown(value, whole=key in WHOLE_PARAMS) for key, value in params.items()
        }
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message, for logs and the CLI."""
        return self.template.format(**self.params)


class ValidationError(DeskError):
    template = QT_TRANSLATE_NOOP("Errors", "The input is not valid.")


class NotFound(DeskError):
    template = QT_TRANSLATE_NOOP("Errors", "The record was not found.")


class PermissionDenied(DeskError):
    template = QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may not {action}.")


class AuthenticationFailed(DeskError):
    template = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")


class AccountLocked(DeskError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Too many failed logins: the account is locked until {until}."
    )


class AccountDisabled(DeskError):
    template = QT_TRANSLATE_NOOP("Errors", "This account has been disabled.")


class Conflict(DeskError):
    template = QT_TRANSLATE_NOOP("Errors", "The record already exists.")


class SchemaTooNew(DeskError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This database was written by a newer version of the program (schema {found}). "
        "This version knows schema {known} at most; install the newer version.",
    )


class IllegalTransition(Conflict):
    """A step a record's state machine does not allow from the state it is in.

    ``current_state`` and ``requested_state`` are the codes, for tests and logs;
    the message names both in words."""

    template = QT_TRANSLATE_NOOP("Errors", "{record} is {current}; it cannot become {requested}.")

    def __init__(
        self,
        template: str | None = None,
        *,
        current_state: str,
        requested_state: str,
        field: str | None = None,
        **params: Any,
    ):
        super().__init__(template, field=field, **params)
        self.current_state = current_state
        self.requested_state = requested_state


class AgreementRequired(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{record} is a paid job: record the resident's agreement to the quote before dispatch.",
    )


# -- failures below the program's own errors -------------------------------------------
# The database layer turns the driver's and the operating system's failures into these
# (desk_app/db/failures.py), chaining the original for the log. Their messages say what
# failed and that what was already saved is safe; they never quote the data involved.


class DatabaseFailure(DeskError):
    """The database refused or could not do what was asked; nothing was changed."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database refused the operation, so nothing was changed. Nothing already saved "
        "was lost; the details are in the log.",
    )


class DatabaseBusy(DatabaseFailure):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy: another desk or program is writing to it. Nothing already "
        "saved was lost; try again in a moment.",
    )


class DatabaseReadOnly(DatabaseFailure):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is read-only (file permissions, a read-only drive or a read-only "
        "server), so this change was not saved. Nothing already saved was lost.",
    )


class DiskFull(DatabaseFailure):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding the database is full, so this change was not saved. Nothing "
        "already saved was lost; free some space and try again.",
    )


class DatabaseUnavailable(DatabaseFailure):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database cannot be reached: its file cannot be opened or read, or its server "
        "does not answer. Nothing already saved was lost; check the drive or the network "
        "and try again.",
    )


class ConnectionLost(DatabaseUnavailable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the database server was lost, so this step was not completed. "
        "Nothing already saved was lost; try again, the program reconnects by itself.",
    )


class DatabaseDamaged(DatabaseFailure):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged or is not a database of this program. Stop working "
        "in it and ask the administrator to run “desk-app check” and restore the latest "
        "backup.",
    )


class FileAccessFailed(DeskError):
    """The operating system refused a file the user chose (an export, a saved PDF)."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {file} could not be used: {reason}. Nothing in the database was lost."
    )


class UnexpectedFailure(DeskError):
    """A failure the program did not foresee: the details go to the log, not the screen."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "An unexpected error occurred. Nothing already saved was lost. The details are in "
        "the log file {log}.",
    )
