"""Checks of input that several services share, with the same words everywhere.

Every text a service stores goes through ``line`` (one line: names, places,
labels) or ``text`` (free text over several lines) first; see
``desk_app.domain.text_input`` for what they clean and refuse, and for the limits.
"""

from __future__ import annotations

import enum
from typing import TypeVar

from desk_app.domain import text_input as limits
from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import normalize_phone
from desk_app.domain.text_input import clean_line as line
from desk_app.domain.text_input import clean_search as search
from desk_app.domain.text_input import clean_text as text

__all__ = ["choice", "limits", "line", "optional_phone", "reason", "search", "text"]

E = TypeVar("E", bound=enum.Enum)
MIN_REASON_CHARS = 2


def choice(kind: type[E], value: object, field_name: str) -> E:
    """``value`` as a member of ``kind``, or a ValidationError pointing at the field."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(field=field_name) from None


def reason(value: str | None, field_name: str = "reason") -> str:
    """The reason a void, amendment or hand-back needs: at least two characters."""
    cleaned = text(value, field_name)
    if len(cleaned) < MIN_REASON_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a reason (at least two characters)."),
            field=field_name,
        )
    return cleaned


def optional_phone(value: str | None, field_name: str) -> str:
    """One phone in its stored form, or "" when none was given."""
    typed = line(value, field_name, limits.PHONE_INPUT)
    return normalize_phone(typed, field=field_name) if typed else ""
