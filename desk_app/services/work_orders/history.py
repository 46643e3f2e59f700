"""An order's change history (修改记录): the audit events, and the same in words."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import AuditEvent
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import (
    ACTION_LABELS,
    CALL_OUTCOME_LABELS,
    CONTEXT,
    ENTITY,
    HOLD_REASON_LABELS,
    LOCATION_LABELS,
    PAPER_LABELS,
    SATISFACTION_LABELS,
    STATUS_LABELS,
    URGENCY_LABELS,
    WorkOrderCategory,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.kit.history_words import Change, Vocabulary, in_words


def _category_labels(session: Session, codes: set[str]) -> dict[str, str]:
    query = select(WorkOrderCategory.code, WorkOrderCategory.label).where(
        WorkOrderCategory.code.in_(codes)
    )
    return dict(session.execute(query).all())


def _labels(labels: dict) -> dict[str, str]:
    return {str(code): label for code, label in labels.items()}


VOCABULARY = Vocabulary(
    context=CONTEXT,
    actions={
        **_labels(ACTION_LABELS),
        "create": QT_TRANSLATE_NOOP("WorkOrders", "Opened"),
        "update": QT_TRANSLATE_NOOP("WorkOrders", "Changed"),
        "agreement": QT_TRANSLATE_NOOP("WorkOrders", "Resident agreed to the quote"),
        "callback_attempt": QT_TRANSLATE_NOOP("WorkOrders", "Callback not reached"),
        "callback_unreachable": QT_TRANSLATE_NOOP("WorkOrders", "Marked unreachable"),
        "amend_callback": QT_TRANSLATE_NOOP("WorkOrders", "Callback result amended"),
        "print": QT_TRANSLATE_NOOP("WorkOrders", "Slip printed"),
        "reprint": QT_TRANSLATE_NOOP("WorkOrders", "Slip reprinted"),
        "notify_manager": QT_TRANSLATE_NOOP("WorkOrders", "Managers notified"),
    },
    fields={
        "serial": QT_TRANSLATE_NOOP("WorkOrders", "Serial"),
        "status": QT_TRANSLATE_NOOP("WorkOrders", "Status"),
        "room_id": QT_TRANSLATE_NOOP("WorkOrders", "Room"),
        "location": QT_TRANSLATE_NOOP("WorkOrders", "Location"),
        "place": QT_TRANSLATE_NOOP("WorkOrders", "Place"),
        "contact_name": QT_TRANSLATE_NOOP("WorkOrders", "Contact"),
        "contact_phone": QT_TRANSLATE_NOOP("WorkOrders", "Phone"),
        "category_code": QT_TRANSLATE_NOOP("WorkOrders", "Category"),
        "description": QT_TRANSLATE_NOOP("WorkOrders", "Description"),
        "urgency": QT_TRANSLATE_NOOP("WorkOrders", "Urgency"),
        "appointment_at": QT_TRANSLATE_NOOP("WorkOrders", "Appointment"),
        "paid": QT_TRANSLATE_NOOP("WorkOrders", "Paid repair"),
        "labour_fee": QT_TRANSLATE_NOOP("WorkOrders", "Labour"),
        "total": QT_TRANSLATE_NOOP("WorkOrders", "Total"),
        "quote": QT_TRANSLATE_NOOP("WorkOrders", "Quote"),
        "note": QT_TRANSLATE_NOOP("WorkOrders", "Note"),
        "department_id": QT_TRANSLATE_NOOP("WorkOrders", "Department"),
        "technician": QT_TRANSLATE_NOOP("WorkOrders", "Technician"),
        "dispatched_at": QT_TRANSLATE_NOOP("WorkOrders", "Dispatched at"),
        "onsite_at": QT_TRANSLATE_NOOP("WorkOrders", "On site at"),
        "onsite_late": QT_TRANSLATE_NOOP("WorkOrders", "On site late"),
        "completed_at": QT_TRANSLATE_NOOP("WorkOrders", "Completed at"),
        "completed_late": QT_TRANSLATE_NOOP("WorkOrders", "Completed late"),
        "work_done": QT_TRANSLATE_NOOP("WorkOrders", "Work done"),
        "stop_gap": QT_TRANSLATE_NOOP("WorkOrders", "Stop-gap and explanation"),
        "held_from": QT_TRANSLATE_NOOP("WorkOrders", "Held from"),
        "hold_reason": QT_TRANSLATE_NOOP("WorkOrders", "Waiting for"),
        "hold_until": QT_TRANSLATE_NOOP("WorkOrders", "Expected to go on"),
        "slip_returned_at": QT_TRANSLATE_NOOP("WorkOrders", "Slip returned at"),
        "outcome": QT_TRANSLATE_NOOP("WorkOrders", "Outcome"),
        "attempts": QT_TRANSLATE_NOOP("WorkOrders", "Calls not reached"),
        "call_later_at": QT_TRANSLATE_NOOP("WorkOrders", "Call again at"),
        "satisfaction": QT_TRANSLATE_NOOP("WorkOrders", "Satisfaction"),
        "result": QT_TRANSLATE_NOOP("WorkOrders", "Result"),
        "remarks": QT_TRANSLATE_NOOP("WorkOrders", "Remarks"),
        "reopen_count": QT_TRANSLATE_NOOP("WorkOrders", "Times reopened"),
        "closed_at": QT_TRANSLATE_NOOP("WorkOrders", "Closed at"),
        "print_count": QT_TRANSLATE_NOOP("WorkOrders", "Copy"),
        "paper": QT_TRANSLATE_NOOP("WorkOrders", "Paper"),
        "managers": QT_TRANSLATE_NOOP("WorkOrders", "Managers"),
    },
    values={
        "status": _labels(STATUS_LABELS),
        "held_from": _labels(STATUS_LABELS),
        "urgency": _labels(URGENCY_LABELS),
        "location": _labels(LOCATION_LABELS),
        "hold_reason": _labels(HOLD_REASON_LABELS),
        "satisfaction": _labels(SATISFACTION_LABELS),
        "outcome": _labels(CALL_OUTCOME_LABELS),
        "paper": _labels(PAPER_LABELS),
    },
    names={"room_id": "room", "department_id": "department"},
    codes={"category_code": _category_labels},
)


class History:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def events(self, actor: Actor, order_id: int) -> list[AuditEvent]:
        """Every audited change of the order as recorded, oldest first."""
        require(actor, Permission.VIEW_RECORDS)
        return audit.history(self.ctx, ENTITY, order_id)

    def changes(self, actor: Actor, order_id: int) -> list[Change]:
        """The same in words: labels, names and local times."""
        require(actor, Permission.VIEW_RECORDS)
        events = audit.history(self.ctx, ENTITY, order_id)
        with self.ctx.db.read() as session:
            return in_words(session, self.ctx, events, VOCABULARY)
