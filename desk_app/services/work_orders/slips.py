"""The paper: the three-part slip, its preview and its prints, the returned slip
scanned at the desk, the slips still out, and the printer's calibration page.

Only a print counts: a preview shows what the next print will be and logs nothing.
Every print is logged and counted; from the second one on the slip says 补打, and a
reprint needs a reason, which is kept with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.errors import Conflict, NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.models import Department, User
from desk_app.domain.roles import Permission
from desk_app.domain.settings import PAPER_PROFILES, PHONE_MASKING
from desk_app.domain.work_orders import (
    CONTEXT,
    END_STATUSES,
    ENTITY,
    STATUS_LABELS,
    Action,
    Status,
    Urgency,
    WorkOrder,
    WorkOrderCategory,
    WorkOrderPrint,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs
from desk_app.services.register.labels import room_labels
from desk_app.services.settings import setting_value
from desk_app.services.work_orders.cleaning import normalize_serial
from desk_app.services.work_orders.queries import Queries, detail_of, load_order, quote_lines
from desk_app.services.work_orders.views import (
    OutstandingSlip,
    ScanProblem,
    ScanResult,
    Sort,
    WorkOrderFilter,
    WorkOrderRow,
)

if TYPE_CHECKING:
    from desk_app.printing.paper import Paper
    from desk_app.printing.work_order_data import LocationKind
    from desk_app.printing.work_order_data import Urgency as SlipUrgency
    from desk_app.printing.work_order_slip import SlipData


class Slips:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def preview(self, actor: Actor, order_ids: Sequence[int], *, paper: str | None = None) -> bytes:
        """The PDF the next print of these slips will be, logging nothing."""
        require(actor, Permission.LOG_WORK)
        from desk_app.printing.work_order_slip import render_slips

        with self.ctx.db.read() as session:
            paper = _paper(session, paper)
            orders = _printable(session, order_ids, lock=False)
            now = self.ctx.now()
            slips = [self._slip(session, o, actor, now, o.print_count + 1) for o in orders]
            return render_slips(slips, paper=paper, offset_mm=_offset(session))

    def print(
        self,
        actor: Actor,
        order_ids: Sequence[int],
        *,
        paper: str | None = None,
        reason: str = "",
    ) -> bytes:
        """The three-part slips of one or several orders as one PDF to print or save, on
        the paper of the settings unless given, shifted by the printer offset. A slip
        printed before is a reprint: it needs ``reason``."""
        require(actor, Permission.LOG_WORK)
        from desk_app.printing.work_order_slip import render_slips

        reason = inputs.text(reason, "reason")
        with self.ctx.db.write() as session:
            paper = _paper(session, paper)
            orders = _printable(session, order_ids, lock=True)
            if any(o.print_count for o in orders):
                reason = inputs.reason(reason)
            now = self.ctx.now()
            slips = [self._slip(session, o, actor, now, o.print_count + 1) for o in orders]
            # Only a PDF that exists is a print: should rendering fail, nothing is counted
            # and the next print is still the first. The orders stay locked meanwhile, so
            # no other desk prints the same copy number.
            pdf = render_slips(slips, paper=paper, offset_mm=_offset(session))
            for order in orders:
                order.print_count += 1
                session.add(
                    WorkOrderPrint(
                        order_id=order.id,
                        copy_no=order.print_count,
                        printed_at=now,
                        printed_by_id=actor.user_id,
                        paper=paper,
                    )
                )
                reprint = order.print_count > 1
                audit.record(
                    session,
                    self.ctx,
                    actor,
                    "reprint" if reprint else "print",
                    ENTITY,
                    order.id,
                    new={"print_count": order.print_count, "paper": paper},
                    reason=reason if reprint else "",
                )
        return pdf

    def data(self, actor: Actor, order_id: int) -> SlipData:
        """What the next print of the order's slip will show (nothing is logged)."""
        require(actor, Permission.LOG_WORK)
        with self.ctx.db.read() as session:
            order = load_order(session, order_id)
            return self._slip(session, order, actor, self.ctx.now(), order.print_count + 1)

    def scan(self, actor: Actor, code: str) -> ScanResult:
        """The order of a scanned (or typed) serial, and whether its slip can be marked
        returned now. NotFound if no order has that serial."""
        require(actor, Permission.VIEW_RECORDS)
        serial = normalize_serial(inputs.search(code))
        with self.ctx.db.read() as session:
            order = session.scalar(select(WorkOrder).where(WorkOrder.serial == serial))
            if order is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No work order with the serial {serial}."),
                    field="serial",
                    serial=serial or code,
                )
            found = detail_of(session, self.ctx, order)
        if Action.RETURN_SLIP in found.actions:
            return ScanResult(found, True)
        if found.slip_returned_at is not None:
            problem = ScanProblem.ALREADY_RETURNED
        elif found.status in END_STATUSES:
            problem = ScanProblem.ENDED
        else:
            problem = ScanProblem.NOT_COMPLETED
        return ScanResult(found, False, problem)

    def outstanding(
        self, actor: Actor, after: WorkOrderRow | None = None, limit: int = 200
    ) -> list[OutstandingSlip]:
        """Completed orders whose paper slip has not come back, oldest first."""
        flt = WorkOrderFilter(slip_outstanding=True, sort=Sort.COMPLETED)
        rows = Queries(self.ctx).page(actor, flt, after, limit)
        now = self.ctx.now()
        # Outstanding means completed: every row has its completion time.
        return [
            OutstandingSlip(row, now - row.completed_at)
            for row in rows
            if row.completed_at is not None
        ]

    def calibration(
        self,
        actor: Actor,
        *,
        paper: str | None = None,
        offset_mm: tuple[float, float] | None = None,
    ) -> bytes:
        """The printer calibration page, on the settings' paper and offset unless given."""
        if not actor.can(Permission.ADMINISTER):
            require(actor, Permission.LOG_WORK)
        from desk_app.printing.calibration_page import render_calibration_page

        with self.ctx.db.write() as session:
            paper = _paper(session, paper)
            offset = offset_mm if offset_mm is not None else _offset(session)
            pdf = render_calibration_page(paper=paper, offset_mm=offset)
            audit.record(
                session,
                self.ctx,
                actor,
                "print_calibration",
                "printer",
                paper,
                new={"offset_x_mm": offset[0], "offset_y_mm": offset[1]},
            )
        return pdf

    # -- what a slip shows --------------------------------------------------------------

    def _slip(
        self, session: Session, order: WorkOrder, actor: Actor, now: datetime, print_count: int
    ) -> SlipData:
        from desk_app.printing.layout import Letterhead
        from desk_app.printing.work_order_slip import QuoteLine, SlipData

        dispatcher = session.get(User, order.dispatched_by_id) if order.dispatched_by_id else None
        category = session.get(WorkOrderCategory, order.category_code)
        department = session.get(Department, order.department_id) if order.department_id else None
        room = room_labels(session, [order.room_id]).get(order.room_id, "") if order.room_id else ""
        return SlipData(
            serial=order.serial,
            letterhead=Letterhead(
                setting_value(session, "center.name"),
                setting_value(session, "center.address"),
                setting_value(session, "center.phone"),
            ),
            room=room,
            contact_name=order.contact_name,
            contact_phone=order.contact_phone,
            reported_at=order.created_at,
            # The columns hold the domain's codes; SlipData refuses any other.
            location_kind=cast("LocationKind", order.location),
            place=order.place,
            category=category.label if category else order.category_code,
            urgency=cast("SlipUrgency", order.urgency),
            description=order.description,
            # Not yet dispatched: the form leaves who and when for the pen.
            dispatcher=dispatcher.display_name if dispatcher else "",
            printed_at=now,
            print_count=print_count,
            appointment_at=order.appointment_at,
            dispatched_at=order.dispatched_at,
            department=department.name if department else "",
            technician=order.technician,
            due_note=self._due_note(order),
            paid=order.paid,
            quote_lines=tuple(
                QuoteLine(line.name, line.quantity, line.unit, line.unit_price, line.amount)
                for line in quote_lines(session, order)
            ),
            labour_fee=order.labour_fee,
            total=order.total,
            resident_agreed=order.resident_agreed_at is not None,
            printed_by=actor.display_name,
            masked_parts=PHONE_MASKING[setting_value(session, "print.mask_phone_parts")],
            zone=self.ctx.zone,
        )

    def _due_note(self, order: WorkOrder) -> str:
        """The promise printed on the slip: "20分钟内到场，8小时内修复"."""
        start = order.clock_start_at

        def hours(until: datetime) -> str:
            value = (until - start).total_seconds() / 3600
            return f"{value:.0f}" if value == int(value) else f"{value:.1f}"

        if order.urgency == Urgency.EMERGENCY and order.onsite_due_at is not None:
            minutes = round((order.onsite_due_at - start).total_seconds() / 60)
            return f"{minutes}分钟内到场，{hours(order.complete_due_at)}小时内修复"
        if order.appointment_at is not None:
            note = f"预约 {self.ctx.local(order.appointment_at):%m-%d %H:%M} 前完成"
        else:
            note = f"{hours(order.complete_due_at)}小时内完成"
        if order.urgency == Urgency.MAJOR:
            note = "已报项目经理，" + note
        return note


def _printable(session: Session, order_ids: Sequence[int], *, lock: bool) -> list[WorkOrder]:
    if not order_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one work order to print."),
            field="orders",
        )
    orders = []
    for order_id in dict.fromkeys(order_ids):
        order = load_order(session, order_id, lock=lock)
        if order.status in (Status.CANCELLED, Status.VOIDED):
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "{record} is {status}; it is not printed."),
                record=order.serial,
                status=Tr(CONTEXT, STATUS_LABELS[Status(order.status)]),
            )
        orders.append(order)
    return orders


def _paper(session: Session, paper: str | None) -> Paper:
    paper = paper or setting_value(session, "print.paper")
    if paper not in PAPER_PROFILES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown paper {paper}; use {choices}."),
            field="paper",
            paper=paper,
            choices=", ".join(PAPER_PROFILES),
        )
    return cast("Paper", paper)  # one of PAPER_PROFILES, checked above


def _offset(session: Session) -> tuple[float, float]:
    return (
        float(setting_value(session, "print.offset_x_mm")),
        float(setting_value(session, "print.offset_y_mm")),
    )
