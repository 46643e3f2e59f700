"""A contact draft turned into the values stored, or refused with the field at fault."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.contacts import (
    REQUIRED_BY_CATEGORY,
    CallOutcome,
    Category,
    ContactChannel,
    FollowUp,
)
from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.models import Department
from desk_app.domain.register import Room
from desk_app.domain.text_search import index_text
from desk_app.services.contacts.views import FIELD_LABELS, ContactDraft
from desk_app.services.context import ServiceContext
from desk_app.services.kit import inputs
from desk_app.services.register.room_lookup import looks_like_room, rooms_at

# A time typed in may run a little ahead of the PC's clock.
CLOCK_SLACK = timedelta(minutes=5)

# What an amendment may change and the audit trail compares.
SNAPSHOT_KEYS = (
    "serial",
    "occurred_at",
    "channel_code",
    "caller_name",
    "room_id",
    "place",
    "phone",
    "category",
    "content",
    "since",
    "forwarded_department_id",
    "forwarded_to",
    "follow_up_status",
    "follow_up_result",
    "call_outcome",
)


def snapshot(entry: Any) -> dict[str, Any]:
    return {key: getattr(entry, key) for key in SNAPSHOT_KEYS}


def clean(
    session: Session, ctx: ServiceContext, draft: ContactDraft, kept_channel: str | None = None
) -> dict[str, Any]:
    """The entry's columns from ``draft``: every text cleaned, the five clear points its
    category needs present, a room said but not picked linked when it names exactly one
    room of the register. ``kept_channel``: the channel an amended entry has, which it
    may keep though the administrator disabled it since."""
    category = inputs.choice(Category, draft.category, "category")
    status = inputs.choice(FollowUp, draft.follow_up_status, "follow_up_status")
    channel = session.get(ContactChannel, draft.channel)
    if channel is None or not (channel.active or channel.code == kept_channel):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose a channel from the list."), field="channel"
        )
    outcome = ""
    if draft.call_outcome:
        outcome = inputs.choice(CallOutcome, draft.call_outcome, "call_outcome").value
    values: dict[str, Any] = {
        "occurred_at": draft.occurred_at or ctx.now(),
        "channel_code": channel.code,
        "caller_name": inputs.line(draft.caller_name, "caller_name", inputs.limits.NAME),
        "room_id": draft.room_id,
        "place": inputs.line(draft.place, "place", inputs.limits.PLACE),
        "phone": inputs.optional_phone(draft.phone, "phone"),
        "category": category.value,
        "content": inputs.text(draft.content, "content"),
        "since": inputs.line(draft.since, "since", inputs.limits.SINCE),
        "forwarded_department_id": draft.forwarded_department_id,
        "forwarded_to": inputs.line(draft.forwarded_to, "forwarded_to", inputs.limits.NAME),
        "follow_up_status": status.value,
        "follow_up_result": inputs.text(draft.follow_up_result, "follow_up_result"),
        "call_outcome": outcome,
    }
    if values["occurred_at"] > ctx.now() + CLOCK_SLACK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The time lies in the future."), field="occurred_at"
        )
    _link_room(session, values, needs_place="place" in REQUIRED_BY_CATEGORY[category])
    missing = [
        name
        for name in ("content", *REQUIRED_BY_CATEGORY[category])
        if not (values["room_id"] if name == "place" and values["room_id"] else values[name])
    ]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please fill in {what}: the five clear points of intake."),
            field=missing[0],
            what=Tr("Contacts", FIELD_LABELS[missing[0]]),
        )
    if values["forwarded_department_id"] is not None and (
        session.get(Department, values["forwarded_department_id"]) is None
    ):
        raise NotFound(field="forwarded_department_id")
    if channel.outgoing and not outcome:
        values["call_outcome"] = CallOutcome.REACHED.value
    values["search_text"] = index_text(values["content"])
    return values


def _link_room(session: Session, values: dict[str, Any], *, needs_place: bool) -> None:
    """A room picked must exist; one only typed is linked when it names a single room.
    Where the category needs to know where (a repair, a complaint), a place written as
    a room that the register does not have (99-9-9999) is refused: it is a real room
    or a public place (3栋大堂, 地下车库)."""
    if values["room_id"] is not None:
        if session.get(Room, values["room_id"]) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."), field="place")
        return
    place = values["place"]
    if not place:
        return
    found = rooms_at(session, place)
    if len(found) == 1:
        values["room_id"] = found[0]
    elif needs_place and looks_like_room(place):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{place} is not one room of the register: choose the room from the list, "
                "or write the public place (such as 3栋大堂).",
            ),
            field="place",
            place=place,
        )
