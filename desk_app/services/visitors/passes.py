"""The visitor pass on paper: what it prints of a visit, and every print audited (a
second print of a pass says 补打)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_app.domain.errors import Conflict, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.domain.visitors import ENTITY, PASS_PAPERS, Status
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.settings import setting_values
from desk_app.services.visitors import queries
from desk_app.services.visitors.views import VisitRow

SETTINGS = (
    "center.name",
    "visitors.pass_paper",
    "visitors.privacy_notice",
    "visitors.closing_time",
)


def valid_until(ctx: ServiceContext, row: VisitRow, closing) -> datetime:
    """Until the expected departure; without one, the closing time of the day of the
    visit (the end of that day for a visitor who came after it)."""
    if row.expected_until is not None:
        return ctx.local(row.expected_until)
    arrived = ctx.local(row.arrived_at)
    end = arrived.replace(hour=closing.hour, minute=closing.minute, second=0, microsecond=0)
    if end <= arrived:
        end = arrived.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(
            days=1, minutes=-1
        )
    return end


class Passes:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def preview(self, actor: Actor, visit_id: int, paper: str | None = None) -> bytes:
        """What the next print of the pass will be; nothing is logged."""
        return self._render(actor, visit_id, paper)[0]

    def print(self, actor: Actor, visit_id: int, paper: str | None = None) -> bytes:
        """The pass as PDF bytes (``paper``: "a6" or "receipt80", default the setting);
        the print is audited and a later one says 补打."""
        pdf, paper = self._render(actor, visit_id, paper)
        with self.ctx.db.write() as session:  # only once the PDF exists
            visit = queries.get_visit(session, visit_id, lock=True)
            visit.print_count += 1
            audit.record(
                session,
                self.ctx,
                actor,
                "print",
                ENTITY,
                visit.id,
                new={"paper": paper, "copy": visit.print_count},
            )
        return pdf

    def _render(self, actor: Actor, visit_id: int, paper: str | None) -> tuple[bytes, str]:
        require(actor, Permission.LOG_WORK)
        from desk_app.domain.visitors import closing_time
        from desk_app.printing.visitor_pass import PassData, render_visitor_pass

        with self.ctx.db.read() as session:
            visit = queries.get_visit(session, visit_id)
            row = queries.rows_of(session, self.ctx, [visit], full_id=False)[0]
            settings = setting_values(session, SETTINGS)
        if row.status is Status.VOIDED:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Visit {serial} has been voided."), serial=row.serial
            )
        paper = paper or str(settings["visitors.pass_paper"])
        if paper not in PASS_PAPERS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown pass paper {paper}; use a6 or receipt80."),
                field="paper",
                paper=paper,
            )
        closing = closing_time(str(settings["visitors.closing_time"]))
        stamp = "%Y-%m-%d %H:%M"
        data = PassData(
            center_name=str(settings["center.name"]),
            serial=row.serial,
            visitor_name=row.visitor_name,
            kind=row.kind_label,
            room=row.where,
            host=row.host_name,
            arrived=self.ctx.local(row.arrived_at).strftime(stamp),
            valid_until=valid_until(self.ctx, row, closing).strftime(stamp),
            companions=row.companions,
            plate=row.plate,
            permit_no=row.permit_no,
            privacy_notice=str(settings["visitors.privacy_notice"]),
            issued_by=actor.display_name,
            printed_at=self.ctx.local(self.ctx.now()).strftime(stamp),
            reprint=row.print_count > 0,
        )
        return render_visitor_pass(data, paper), paper
