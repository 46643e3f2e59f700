"""What the clerk typed, checked and cleaned before anything is stored: the form's
draft, the quote, the serial a scanner typed, the department chosen."""

from __future__ import annotations

import unicodedata
from contextlib import suppress
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.contacts import ContactEntry
from desk_app.domain.errors import Conflict, NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import CLOCK_SLACK
from desk_app.domain.models import Department
from desk_app.domain.personal import normalize_phone
from desk_app.domain.register import Room
from desk_app.domain.text_search import index_text
from desk_app.domain.work_orders import (
    Location,
    Urgency,
    WorkOrder,
    WorkOrderCategory,
    guess_category,
    guess_urgency,
    line_amount,
    route,
)
from desk_app.services.kit import inputs, links
from desk_app.services.work_orders.views import QuoteLineDraft, QuoteLineRow, WorkOrderDraft

MAX_QUOTE_LINES = 30
MAX_AMOUNT = Decimal("1e8")  # no quantity or price of a repair comes near it
MAX_TOTAL = Decimal("1e9")  # what the amount columns hold, with room for every line

# A quote line as stored: (name, quantity, unit, unit price, amount).
QuoteLine = tuple[str, Decimal, str, Decimal, Decimal]


def normalize_serial(code: str) -> str:
    """A scanned or typed serial as stored: full-width folded, spaces gone, upper case."""
    return "".join(unicodedata.normalize("NFKC", code).split()).upper()


def draft_from_onward(onward: links.OnwardDraft) -> WorkOrderDraft:
    """The work-order form prefilled from a contact entry (one step onwards)."""
    phone = onward.phone.strip()
    if phone:  # kept as said if it does not parse; the form points at it when saved
        with suppress(ValidationError):
            phone = normalize_phone(phone, field="contact_phone")
    in_home = onward.room_id is not None
    return WorkOrderDraft(
        description=onward.text,
        category=guess_category(onward.text),
        urgency=guess_urgency(onward.text),
        location=Location.IN_HOME if in_home else Location.PUBLIC_AREA,
        room_id=onward.room_id,
        place="" if in_home else onward.place,
        contact_name=onward.contact_name,
        contact_phone=phone,
        source=onward.source,
    )


def clean_draft(session: Session, draft: WorkOrderDraft) -> tuple[dict, list[QuoteLine]]:
    """The order's columns from the form, and its quote lines; ValidationError naming
    the field at fault."""
    description = inputs.text(draft.description, "description")
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Describe the job."), field="description")
    category = session.get(WorkOrderCategory, draft.category)
    if category is None or not category.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose a category from the list."), field="category"
        )
    urgency = inputs.choice(Urgency, draft.urgency, "urgency")
    location = inputs.choice(Location, draft.location, "location")
    if draft.room_id is not None and session.get(Room, draft.room_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No room with number {id}."),
            field="room_id",
            id=draft.room_id,
        )
    place = inputs.line(draft.place, "place", inputs.limits.PLACE)
    if location is Location.IN_HOME and draft.room_id is None and not place:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give the room of a job inside a home."), field="room_id"
        )
    if location is Location.PUBLIC_AREA and not place:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say where in the public area the job is."),
            field="place",
        )
    phone = inputs.optional_phone(draft.contact_phone, "contact_phone")
    if not phone and location is Location.IN_HOME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a phone number to reach the resident."),
            field="contact_phone",
        )
    lines, labour = clean_quote(draft)
    total = sum((line[4] for line in lines), labour) if draft.paid else Decimal("0")
    if draft.paid and total <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A paid job needs a quote: materials or labour."),
            field="quote_lines",
        )
    if not draft.paid and (lines or labour):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A free job has no charges: mark it paid or remove the quote."
            ),
            field="paid",
        )
    department_id = draft.department_id
    if department_id is None:
        department_id = suggested_department(session, category.code, location, draft.paid)
    else:
        active_department(session, department_id)
    appointment = draft.appointment_at.astimezone(UTC) if draft.appointment_at else None
    values = {
        "room_id": draft.room_id,
        "location": location.value,
        "place": place,
        "contact_name": inputs.line(draft.contact_name, "contact_name", inputs.limits.NAME),
        "contact_phone": phone,
        "category_code": category.code,
        "description": description,
        "urgency": urgency.value,
        "appointment_at": appointment,
        "paid": draft.paid,
        "labour_fee": labour,
        "total": total,
        "department_id": department_id,
        "technician": inputs.line(draft.technician, "technician", inputs.limits.NAME),
    }
    return values, lines


def clean_quote(draft: WorkOrderDraft) -> tuple[list[QuoteLine], Decimal]:
    """The quote lines and the labour fee, checked."""
    if len(draft.quote_lines) > MAX_QUOTE_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A quote has at most {n} lines."),
            field="quote_lines",
            n=MAX_QUOTE_LINES,
        )
    lines = []
    for position, line in enumerate(draft.quote_lines, start=1):
        lines.append(_clean_line(line, position))
    labour = _decimal(draft.labour_fee, "labour_fee", 0).quantize(Decimal("0.01"))
    if labour < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The labour fee cannot be negative."), field="labour_fee"
        )
    if sum((line[4] for line in lines), labour) >= MAX_TOTAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The quote comes to more than {n}: check the quantities and prices."
            ),
            field="quote_lines",
            n=f"{MAX_TOTAL:,.0f}",
        )
    return lines, labour


def _clean_line(line: QuoteLineDraft, position: int) -> QuoteLine:
    name = inputs.line(line.name, "quote_lines", inputs.limits.MATERIAL)
    unit = inputs.line(line.unit, "quote_lines", inputs.limits.UNIT)
    quantity = _decimal(line.quantity, "quote_lines", position).quantize(Decimal("0.01"))
    price = _decimal(line.unit_price, "quote_lines", position).quantize(Decimal("0.01"))
    if not name or quantity <= 0 or price < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Quote line {n}: give the material, a quantity above zero and a price."
            ),
            field="quote_lines",
            n=position,
        )
    return (name, quantity, unit, price, line_amount(quantity, price))


def _decimal(value, field_name: str, position: int) -> Decimal:
    try:
        number = Decimal(str(value).strip() or "0")
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or abs(number) >= MAX_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Quote line {n}: enter a number."),
            field=field_name,
            n=position,
        )
    return number


def check_appointment(appointment: datetime | None, now: datetime) -> None:
    if appointment is not None and appointment < now - CLOCK_SLACK:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The appointment lies in the past."),
            field="appointment_at",
        )


def check_source(session: Session, source: links.RecordRef | None) -> ContactEntry | None:
    """The contact entry an order is made from: it exists and is not voided."""
    if source is None:
        return None
    if source.kind != "contact":
        raise ValidationError(field="source")
    entry = session.get(ContactEntry, source.id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No entry with number {id}."), id=source.id)
    if entry.voided:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Entry {serial} has been voided."), serial=entry.serial
        )
    return entry


def active_department(session: Session, department_id: int | None) -> Department:
    department = session.get(Department, department_id) if department_id else None
    if department is None or not department.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the department the job goes to."),
            field="department_id",
        )
    return department


def suggested_department(
    session: Session, category: str, location: Location | str, paid: bool
) -> int | None:
    """The department the routing rules send such a job to (None if it is gone)."""
    name = route(category, location, paid)
    return session.scalar(
        select(Department.id).where(Department.name == name, Department.active.is_(True))
    )


def search_text(order: WorkOrder) -> str:
    return index_text(order.description, order.place, order.contact_name, order.work_done)


def line_key(line: QuoteLineRow) -> tuple:
    return (line.name, line.quantity, line.unit, line.unit_price)


def line_text(line: QuoteLineRow) -> str:
    return f"{line.name} {line.quantity}{line.unit} × {line.unit_price} = {line.amount}"


SNAPSHOT_KEYS = (
    "serial",
    "room_id",
    "location",
    "place",
    "contact_name",
    "contact_phone",
    "category_code",
    "description",
    "urgency",
    "appointment_at",
    "paid",
    "labour_fee",
    "total",
    "department_id",
    "technician",
)


def snapshot(order: WorkOrder) -> dict:
    """What the form sets, as the audit trail records it."""
    return {key: getattr(order, key) for key in SNAPSHOT_KEYS}
