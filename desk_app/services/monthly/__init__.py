"""The monthly overview (月度概览): each kind of record's figures for a month beside
the month before (环比), on the 报表 screen and as an A4 PDF. Supervisor and manager."""

from __future__ import annotations

from collections.abc import Sequence

from desk_app.domain.monthly import Month, Overview
from desk_app.domain.roles import ACTION_MONTHLY_OVERVIEW, Permission
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.monthly.contacts import contacts_section
from desk_app.services.monthly.sections import Period, SectionProvider
from desk_app.services.monthly.work_orders import work_orders_section
from desk_app.services.settings import setting_value

__all__ = ["DEFAULT_SECTIONS", "MonthlyOverviewService", "Period", "SectionProvider"]

ENTITY = "monthly_overview"
DEFAULT_SECTIONS: tuple[SectionProvider, ...] = (contacts_section, work_orders_section)


class MonthlyOverviewService:
    def __init__(self, ctx: ServiceContext, sections: Sequence[SectionProvider] = DEFAULT_SECTIONS):
        self.ctx = ctx
        self.sections = list(sections)

    def overview(self, actor: Actor, month: Month | str) -> Overview:
        """The figures of ``month`` and of the month before."""
        require(actor, Permission.REVIEW, ACTION_MONTHLY_OVERVIEW)
        month = month if isinstance(month, Month) else Month.parse(month)
        period = Period.of(self.ctx, month)
        before = Period.of(self.ctx, month.previous())
        with self.ctx.db.read() as session:
            sections = tuple(
                provide(session, self.ctx, period, before) for provide in self.sections
            )
        return Overview(month, month.previous(), sections)

    def render(self, actor: Actor, month: Month | str) -> bytes:
        """The overview as PDF bytes, without logging a print (the preview, the archive)."""
        from desk_app.printing.layout import Letterhead
        from desk_app.printing.monthly_overview import render_monthly_overview

        overview = self.overview(actor, month)
        with self.ctx.db.read() as session:
            letterhead = Letterhead(
                setting_value(session, "center.name"),
                setting_value(session, "center.address"),
                setting_value(session, "center.phone"),
            )
        made = self.ctx.local(self.ctx.now())
        return render_monthly_overview(overview, letterhead, made, actor.display_name)

    def print(self, actor: Actor, month: Month | str) -> bytes:
        """The overview as PDF bytes; the print is audited."""
        month = month if isinstance(month, Month) else Month.parse(month)
        pdf = self.render(actor, month)
        with self.ctx.db.write() as session:
            audit.record(session, self.ctx, actor, "print", ENTITY, str(month))
        return pdf
