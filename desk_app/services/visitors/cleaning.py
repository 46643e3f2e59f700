"""A sign-in draft (or a block-list entry) checked and turned into stored values, or
refused with the field at fault."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import CLOCK_SLACK
from desk_app.domain.personal import mask_id_number, mask_phone, normalize_id_number
from desk_app.domain.plates import normalize_plate
from desk_app.domain.register import Room
from desk_app.domain.visitors import DECORATION_KIND, MAX_COMPANIONS, VisitorKind
from desk_app.services.context import ServiceContext
from desk_app.services.kit import inputs
from desk_app.services.register.room_lookup import rooms_at
from desk_app.services.visitors.views import BlockDraft, VisitDraft

# What a correction may change and the audit trail compares. Phones and ID numbers go
# into the append-only trail masked: the purge past retention must be able to blank
# every full copy.
SNAPSHOT_KEYS = (
    "visitor_name",
    "phone",
    "id_number",
    "kind_code",
    "room_id",
    "place",
    "host_name",
    "purpose",
    "companions",
    "plate",
    "permit_no",
    "arrived_at",
    "expected_until",
)
PERMIT_CHARS = 40


def snapshot(visit: Any) -> dict[str, Any]:
    values = {key: getattr(visit, key) for key in SNAPSHOT_KEYS}
    values["phone"] = mask_phone(values["phone"]) if values["phone"] else ""
    values["id_number"] = mask_id_number(values["id_number"])
    return values


def clean(
    session: Session, ctx: ServiceContext, draft: VisitDraft, kept_kind: str | None = None
) -> dict[str, Any]:
    """The visit's columns from ``draft``. ``kept_kind``: the kind a corrected visit has,
    which it may keep though the administrator disabled it since."""
    now = ctx.now()
    name = inputs.line(draft.visitor_name, "visitor_name", inputs.limits.NAME)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please fill in the visitor's name."), field="visitor_name"
        )
    kind = session.get(VisitorKind, inputs.line(draft.kind, "kind", inputs.limits.LABEL))
    if kind is None or not (kind.active or kind.code == kept_kind):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose a kind of visitor from the list."), field="kind"
        )
    companions = draft.companions
    if not isinstance(companions, int) or not 0 <= companions <= MAX_COMPANIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Companions: enter a number from 0 to {most}."),
            field="companions",
            most=MAX_COMPANIONS,
        )
    arrived = draft.arrived_at or now
    _aware(arrived, "arrived_at")
    if arrived > now + CLOCK_SLACK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The time lies in the future."), field="arrived_at"
        )
    if draft.expected_until is not None:
        _aware(draft.expected_until, "expected_until")
        if draft.expected_until <= arrived:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The expected departure must come after the arrival."),
                field="expected_until",
            )
    values = {
        "visitor_name": name,
        "phone": inputs.optional_phone(draft.phone, "phone"),
        "id_number": normalize_id_number(
            inputs.line(draft.id_number, "id_number", inputs.limits.PHONE_INPUT),
            today=ctx.today(),
        ),
        "kind_code": kind.code,
        "room_id": draft.room_id,
        "place": inputs.line(draft.place, "place", inputs.limits.PLACE),
        "host_name": inputs.line(draft.host_name, "host_name", inputs.limits.NAME),
        "purpose": inputs.text(draft.purpose, "purpose"),
        "companions": companions,
        "plate": normalize_plate(inputs.line(draft.plate, "plate", inputs.limits.LABEL)),
        "permit_no": inputs.line(draft.permit_no, "permit_no", PERMIT_CHARS),
        "arrived_at": arrived,
        "expected_until": draft.expected_until,
    }
    if kind.code == DECORATION_KIND and not values["permit_no"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A decoration worker works under a decoration permit: fill in its number."
            ),
            field="permit_no",
        )
    _link_room(session, values)
    if values["room_id"] is None and not values["place"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please fill in the room the visitor is going to."),
            field="place",
        )
    return values


def _aware(moment: datetime, field: str) -> None:
    if moment.tzinfo is None:
        raise ValueError(f"{field} must be aware of its zone")


def _link_room(session: Session, values: dict[str, Any]) -> None:
    """A room picked must exist; one only typed is linked when it names a single room,
    else kept as the place said (a public area, a shop)."""
    if values["room_id"] is not None:
        if session.get(Room, values["room_id"]) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."), field="place")
        return
    if values["place"]:
        found = rooms_at(session, values["place"])
        if len(found) == 1:
            values["room_id"] = found[0]


def clean_block(ctx: ServiceContext, draft: BlockDraft) -> dict[str, Any]:
    """A block-list entry names a person by name and phone or ID number, or a vehicle
    by its plate; it says why; its end, if any, is not already past."""
    values = {
        "name": inputs.line(draft.name, "name", inputs.limits.NAME),
        "phone": inputs.optional_phone(draft.phone, "phone"),
        "id_number": normalize_id_number(
            inputs.line(draft.id_number, "id_number", inputs.limits.PHONE_INPUT)
        ),
        "plate": normalize_plate(inputs.line(draft.plate, "plate", inputs.limits.LABEL)),
        "reason": inputs.reason(draft.reason),
        "until": draft.until,
    }
    if not (values["id_number"] or values["plate"] or (values["name"] and values["phone"])):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A block-list entry needs the name and phone, the ID number or the plate.",
            ),
            field="name",
        )
    until = draft.until
    if until is not None and until < ctx.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The block cannot end before today."), field="until"
        )
    return values
