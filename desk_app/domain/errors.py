"""Typed errors raised by the services. The UI maps them to translated messages."""

from __future__ import annotations

import unicodedata
from typing import Any

from desk_app.domain.i18n import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "Errors"
SHOWN_MAX = 80  # longer input is shown by its beginning: a message is not a copy of it
SHOWN_HEAD = 30


def shown(value: Any) -> Any:
    """A parameter as a message may show it: plain text short and printable (a lone
    surrogate or a control character would break the label, the log or the terminal);
    anything else (numbers, translatable words) as it is."""
    if type(value) is not str:
        return value
    long = len(value) > SHOWN_MAX
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
        self.params = {key: shown(value) for key, value in params.items()}
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
