"""Checking and cleaning what the clerk typed into a complaint's intake form."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.complaints import Category, Channel, MajorSign, Nature, signs_text
from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import CLOCK_SLACK
from desk_app.domain.models import Department
from desk_app.domain.register import Room
from desk_app.services.complaints.views import ComplaintDraft
from desk_app.services.kit import inputs

MAX_HOUSEHOLDS = 10000


def clean_draft(session: Session, draft: ComplaintDraft, now: datetime) -> dict[str, Any]:
    """The column values of a new complaint, or a ValidationError naming the field."""
    content = inputs.text(draft.content, "content")
    if len(content) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say what the complaint is about (at least two characters)."
            ),
            field="content",
        )
    place = inputs.line(draft.place, "place", inputs.limits.PLACE)
    if draft.room_id is not None and session.get(Room, draft.room_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No room with number {id}."), field="room", id=draft.room_id
        )
    if draft.room_id is None and not place:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give the room or the place the complaint concerns."),
            field="room",
        )
    if draft.department_id is not None:
        department = session.get(Department, draft.department_id)
        if department is None or not department.active:
            raise ValidationError(field="department_id")
    try:
        households = int(draft.households)
    except (TypeError, ValueError):
        raise ValidationError(field="households") from None
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Households: enter a number from 1 to {high}."),
            field="households",
            high=MAX_HOUSEHOLDS,
        )
    received = draft.received_at or now
    if received.tzinfo is None:
        raise ValueError("the time a complaint came in must be aware of its zone")
    if received > now + CLOCK_SLACK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The time lies in the future."), field="received_at"
        )
    signs = [inputs.choice(MajorSign, sign, "signs") for sign in draft.signs]
    return {
        "channel": inputs.choice(Channel, draft.channel, "channel").value,
        "complainant": inputs.line(draft.complainant, "complainant", inputs.limits.NAME),
        "room_id": draft.room_id,
        "place": place,
        "phone": inputs.optional_phone(draft.phone, "phone"),
        "content": content,
        "written": bool(draft.written),
        "solved_on_spot": bool(draft.solved_on_spot),
        "nature": inputs.choice(Nature, draft.nature, "nature").value,
        "category": inputs.choice(Category, draft.category, "category").value,
        "major_signs": signs_text(signs),
        "households": households,
        "department_id": draft.department_id,
        "received_at": received,
    }


def snapshot(c) -> dict[str, Any]:
    """What the audit keeps of a new complaint."""
    keys = (
        "serial",
        "channel",
        "complainant",
        "room_id",
        "place",
        "phone",
        "content",
        "written",
        "solved_on_spot",
        "nature",
        "category",
        "level",
        "major_signs",
        "households",
        "department_id",
        "tier",
        "received_at",
        "reply_due_at",
        "resolve_due_at",
    )
    return {key: getattr(c, key) for key in keys}
