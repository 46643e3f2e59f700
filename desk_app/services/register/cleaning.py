"""Input to the resident register checked and turned into the values stored, or
refused with the field at fault; the forms and the import clean alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.personal import mask_id_number, normalize_id_number, split_phones
from desk_app.domain.register import MAX_PHONES, Occupancy, Relation, Resident, ResidentKey
from desk_app.domain.roles import Permission
from desk_app.domain.room_address import fold, normalize_code, parse_building, parse_unit
from desk_app.domain.search_keys import resident_keys
from desk_app.services.context import Actor
from desk_app.services.kit import inputs
from desk_app.services.register.views import ResidentDraft

MAX_NAME = inputs.limits.NAME
MAX_COMMUNITY_NAME = inputs.limits.COMMUNITY
MAX_AREA = Decimal("99999")


@dataclass(frozen=True)
class CleanResident:
    """A resident's values as they will be stored."""

    name: str
    relation: Relation
    phones: tuple[str, ...]
    id_number: str | None  # None: keep what is stored
    move_in: date | None
    move_out: date | None
    notes: str
    emergency_name: str
    emergency_phone: str


def clean_name(name: str, *, field: str = "name") -> str:
    text = inputs.line(name, field, None)
    # "王  芳": registers pad two-character names to line up with three-character ones.
    if text and all(part and not part.isascii() for part in text.split(" ")):
        text = text.replace(" ", "")
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the resident's name."), field=field
        )
    if len(text) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A name has at most {n} characters."),
            field=field,
            n=MAX_NAME,
        )
    return text


def clean_community_name(name: str, *, field: str = "name") -> str:
    text = inputs.line(name, field, None, label=inputs.limits.COMMUNITY_NAME)
    if not text or len(text) > MAX_COMMUNITY_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the community's name (at most {n} characters)."),
            field=field,
            n=MAX_COMMUNITY_NAME,
        )
    return text


def clean_relation(relation: Relation | str) -> Relation:
    try:
        return Relation(relation)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown relation {value}: owner, family or tenant."),
            field="relation",
            value=str(relation),
        ) from None


def clean_phones(phones: Sequence[str] | str) -> tuple[str, ...]:
    pieces = [phones] if isinstance(phones, str) else list(phones)
    found: list[str] = []
    for piece in pieces:
        for phone in split_phones(inputs.line(piece, "phones", inputs.limits.PHONE_INPUT)):
            if phone not in found:
                found.append(phone)
    if len(found) > MAX_PHONES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {n} phone numbers per resident."),
            field="phones",
            n=MAX_PHONES,
        )
    return tuple(found)


def clean_resident(draft: ResidentDraft, today: date) -> CleanResident:
    name = clean_name(draft.name)
    relation = clean_relation(draft.relation)
    phones = clean_phones(draft.phones)
    id_number = None
    if draft.id_number is not None:
        id_number = normalize_id_number(draft.id_number, today=today)
    if draft.move_in and draft.move_out and draft.move_out < draft.move_in:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The move-out date is before the move-in date."),
            field="move_out",
        )
    return CleanResident(
        name,
        relation,
        phones,
        id_number,
        draft.move_in,
        draft.move_out,
        clean_notes(draft.notes),
        clean_emergency_name(draft.emergency_name),
        inputs.optional_phone(draft.emergency_phone, "emergency_phone"),
    )


def clean_notes(notes: str | None) -> str:
    """A resident's or a room's notes as stored."""
    return inputs.text(notes, "notes")


def clean_emergency_name(name: str | None) -> str:
    return inputs.line(name, "emergency_name", MAX_NAME)


def clean_area(value: Decimal | float | str | None, *, field: str = "area") -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = inputs.line(value, field, None)
    for unit in ("平方米", "平米", "㎡", "m²", "m2", "平"):
        text = text.removesuffix(unit)
    try:
        area = Decimal(text.strip()).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Area {value}: enter the square metres as a number."),
            field=field,
            value=str(value),
        ) from None
    if not (0 < area < MAX_AREA):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Area {value}: enter the square metres as a number."),
            field=field,
            value=str(value),
        )
    return area


def clean_occupancy(value: Occupancy | str) -> Occupancy:
    try:
        return Occupancy(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown occupancy state {value}."),
            field="occupancy",
            value=str(value),
        ) from None


def clean_number(number: str) -> str:
    code = normalize_code(fold(number).removesuffix("室").removesuffix("号"))
    if not code or not code.isalnum() or len(code) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Room number {value}: write it like 1501."),
            field="number",
            value=str(number),
        )
    return code


def clean_building(text: str) -> str:
    code = parse_building(text)
    if not code or len(code) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Building {value}: write it like 3, 3栋 or 12#."),
            field="building",
            value=str(text),
        )
    return code


def clean_unit(text: str) -> str:
    code = parse_unit(text or "")
    if code is None or len(code) > 10:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unit {value}: write it like 2 or 2单元."),
            field="unit",
            value=str(text),
        )
    return code


def keep_masked_id(actor: Actor, resident: Resident, draft: ResidentDraft) -> ResidentDraft:
    """The stored ID number stays when the form sends back what it showed. An actor
    who saw it masked cannot clear or replace it (nor test guesses on it)."""
    shown = mask_id_number(resident.id_number)
    typed = (draft.id_number or "").strip()
    if typed and typed == shown:
        return replace(draft, id_number=None)  # the masked value shown, sent back
    if not resident.id_number or actor.can(Permission.SEE_FULL_ID):
        return draft
    if not typed:
        return replace(draft, id_number=None)  # a masked field left empty
    raise PermissionDenied(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The ID number is shown masked to your role, so it stays as it is: "
            "a supervisor can correct it.",
        ),
        field="id_number",
    )


def apply(resident: Resident, clean: CleanResident) -> None:
    """Write the cleaned values onto the record (an ID number of None stays as stored)."""
    resident.name = clean.name
    resident.relation = clean.relation.value
    resident.phones = ",".join(clean.phones)
    if clean.id_number is not None:
        resident.id_number = clean.id_number
    resident.move_in, resident.move_out = clean.move_in, clean.move_out
    resident.notes = clean.notes
    resident.emergency_name, resident.emergency_phone = clean.emergency_name, clean.emergency_phone


def set_keys(resident: Resident) -> None:
    """Rebuild the resident's search keys (an index: derived, so replaced freely)."""
    resident.keys = [
        ResidentKey(kind=kind.value, key=key)
        for kind, key in resident_keys(resident.name, resident.phone_list)
    ]
