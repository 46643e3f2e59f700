"""Checks of input that several services share, with the same words everywhere."""

from __future__ import annotations

import enum
from typing import TypeVar

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=enum.Enum)
MIN_REASON_CHARS = 2


def choice(kind: type[E], value: object, field_name: str) -> E:
    """``value`` as a member of ``kind``, or a ValidationError pointing at the field."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(field=field_name) from None


def reason(text: str | None) -> str:
    """The reason a void, amendment or hand-back needs: at least two characters."""
    cleaned = (text or "").strip()
    if len(cleaned) < MIN_REASON_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a reason (at least two characters)."), field="reason"
        )
    return cleaned
