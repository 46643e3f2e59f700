"""The administrator's working-day overrides: the days of a year the published
calendar (the chinesecalendar package) does not know yet, or corrections of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk_app.domain.complaints import WorkingDayOverride
from desk_app.domain.roles import Permission
from desk_app.domain.working_days import is_working_day, year_is_known
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs

ENTITY = "working_day"


@dataclass(frozen=True)
class OverrideRow:
    day: date
    working: bool
    note: str


class Calendar:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def overrides(self) -> list[OverrideRow]:
        with self.ctx.db.read() as session:
            rows = session.scalars(select(WorkingDayOverride).order_by(WorkingDayOverride.day))
            return [OverrideRow(r.day, r.working, r.note) for r in rows]

    def set_day(self, actor: Actor, day: date, working: bool, note: str = "") -> None:
        """Enter ``day`` as a working day or a day off (administrator; audited)."""
        require(actor, Permission.ADMINISTER)
        note = inputs.line(note, "note", 60)
        with self.ctx.db.write() as session:
            row = session.get(WorkingDayOverride, day)
            old = {"working": row.working, "note": row.note} if row else {}
            if row is None:
                row = WorkingDayOverride(day=day, working=working, note=note)
                session.add(row)
            row.working, row.note = working, note
            audit.record(
                session, self.ctx, actor, "set", ENTITY, day.isoformat(), old=old,
                new={"working": working, "note": note},
            )  # fmt: skip

    def clear_day(self, actor: Actor, day: date) -> None:
        """Back to what the published calendar says (the override's removal is audited)."""
        require(actor, Permission.ADMINISTER)
        with self.ctx.db.write() as session:
            row = session.get(WorkingDayOverride, day)
            if row is not None:
                old = {"working": row.working, "note": row.note}
                session.delete(row)
                audit.record(session, self.ctx, actor, "clear", ENTITY, day.isoformat(), old=old)

    def is_working_day(self, day: date) -> bool:
        return is_working_day(day, {r.day: r.working for r in self.overrides()})

    def year_is_known(self, year: int) -> bool:
        return year_is_known(year, {r.day: r.working for r in self.overrides()})
