"""The sign-in form's widgets and a visit's values, both ways: the draft the clerk
typed, a visit put back in the form to be corrected, the form emptied for the next
visitor. No words of its own: the page says what the form is for."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QWidget

from desk_app.domain.lifecycle import reported_time
from desk_app.services.context import ServiceContext
from desk_app.services.visitors import VisitDraft, VisitRow
from desk_app.ui.kit.dates import pydate, qdate
from desk_app.ui.kit.room_field import RoomChoice, RoomField

# The form's inputs by the field names the services use in their errors.
FIELD_WIDGETS = {
    "visitor_name": "visitorName",
    "phone": "phone",
    "id_number": "idNumber",
    "kind": "kind",
    "place": "room",
    "host_name": "hostName",
    "purpose": "purpose",
    "companions": "companions",
    "plate": "plate",
    "permit_no": "permitNo",
    "arrived_at": "arrivedAt",
    "expected_until": "expectedUntil",
}
NO_TIME = QTime(0, 0)  # the "leaves by" field at its minimum: not said
DEFAULT_KIND = "guest"


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def clear(ui: QWidget, room_field: RoomField, ctx: ServiceContext) -> datetime:
    """Every field empty, the kind a guest, the arrival now; returns the "now" offered
    (a time left as offered is taken as the moment of saving)."""
    lines = ("room", "hostName", "visitorName", "phone", "idNumber", "purpose", "plate", "permitNo")
    for name in lines:
        getattr(ui, name).clear()
    room_field.set_choice(None)
    ui.companions.setValue(0)
    ui.expectedUntil.setTime(NO_TIME)
    ui.kind.setCurrentIndex(max(ui.kind.findData(DEFAULT_KIND), 0))
    now = ctx.local(ctx.now()).replace(second=0, microsecond=0)
    ui.arrivedAt.setDateTime(_qdatetime(now))
    return now


def draft_of(
    ui: QWidget,
    ctx: ServiceContext,
    offered: datetime | None,
    editing: VisitRow | None,
    room_field: RoomField,
) -> VisitDraft:
    """What the form holds. ``editing``: the visit corrected, whose arrival is kept
    unless the clerk changed it."""
    shown = ui.arrivedAt.dateTime()
    typed = datetime.combine(
        pydate(shown.date()),
        time(shown.time().hour(), shown.time().minute()),
        tzinfo=ctx.zone,
    )
    arrived = reported_time(typed, ctx.now(), offered)
    if editing is not None:
        kept = ctx.local(editing.arrived_at)
        same = kept.replace(second=0, microsecond=0) == typed
        arrived = kept if same else typed
    expected = None
    leaves = ui.expectedUntil.time()
    if leaves != NO_TIME:
        expected = datetime.combine(
            typed.date(), time(leaves.hour(), leaves.minute()), tzinfo=ctx.zone
        )
    choice = room_field.choice
    return VisitDraft(
        visitor_name=ui.visitorName.text(),
        kind=ui.kind.currentData() or "",
        phone=ui.phone.text(),
        id_number=ui.idNumber.text(),
        room_id=choice.room_id if choice else None,
        place=ui.room.text(),
        host_name=ui.hostName.text(),
        purpose=ui.purpose.text(),
        companions=ui.companions.value(),
        plate=ui.plate.text(),
        permit_no=ui.permitNo.text(),
        arrived_at=arrived,
        expected_until=expected,
    )


def fill(ui: QWidget, room_field: RoomField, row: VisitRow, local) -> None:
    """The visit ``row`` in the form, to be corrected (``local``: UTC to local time)."""
    if row.room_id is not None:
        room_field.set_choice(
            RoomChoice(row.room_id, row.room_label, row.host_name, "", row.room_label)
        )
    else:
        ui.room.setText(row.place)
    ui.hostName.setText(row.host_name)
    ui.visitorName.setText(row.visitor_name)
    ui.phone.setText(row.phone)
    ui.idNumber.setText(row.id_number)
    ui.purpose.setText(row.purpose)
    ui.plate.setText(row.plate)
    ui.companions.setValue(row.companions)
    ui.permitNo.setText(row.permit_no)
    index = ui.kind.findData(row.kind)
    if index < 0:  # a kind disabled since: the visit keeps it
        ui.kind.addItem(row.kind_label, row.kind)
        index = ui.kind.count() - 1
    ui.kind.setCurrentIndex(index)
    ui.arrivedAt.setDateTime(_qdatetime(local(row.arrived_at)))
    if row.expected_until is not None:
        leaves = local(row.expected_until)
        ui.expectedUntil.setTime(QTime(leaves.hour, leaves.minute))
