"""Visitors' personal data is kept only as long as the retention setting says: a
supervisor's purge blanks the ID numbers and phones of older visits (the visits
themselves stay), each visit's blanking and the run itself audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select

from desk_app.domain.roles import Permission
from desk_app.domain.visitors import ENTITY, RETENTION_ENTITY, Visit
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.settings import setting_value


@dataclass(frozen=True)
class PurgeResult:
    before: date  # visits of days before this one were purged
    visits: int


class Retention:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def cutoff(self) -> date:
        with self.ctx.db.read() as session:
            days = int(setting_value(session, "visitors.retention_days"))
        return self.ctx.today() - timedelta(days=days)

    def due(self, actor: Actor) -> int:
        """How many visits hold personal data past its retention."""
        require(actor, Permission.PURGE_PERSONAL_DATA)
        before = self.cutoff()
        with self.ctx.db.read() as session:
            return len(session.scalars(_due(before).with_only_columns(Visit.id)).all())

    def purge(self, actor: Actor) -> PurgeResult:
        """Blank the ID numbers and phones of the visits older than the retention."""
        require(actor, Permission.PURGE_PERSONAL_DATA)
        before = self.cutoff()
        now = self.ctx.now()
        with self.ctx.db.write() as session:
            visits = list(session.scalars(_due(before).with_for_update()))
            changes = []
            for visit in visits:
                old = {"phone": bool(visit.phone), "id_number": bool(visit.id_number)}
                visit.phone, visit.id_number, visit.personal_purged_at = "", "", now
                changes.append((visit.id, old, {"phone": False, "id_number": False}))
            if changes:
                audit.record_many(
                    session,
                    self.ctx,
                    actor,
                    "purge_personal",
                    ENTITY,
                    changes,
                    reason=f"retention before {before.isoformat()}",
                )
            audit.record(
                session,
                self.ctx,
                actor,
                "purge",
                RETENTION_ENTITY,
                before.isoformat(),
                new={"visits": len(visits)},
            )
        return PurgeResult(before, len(visits))


def _due(before: date):
    return select(Visit).where(
        Visit.day < before,
        or_(Visit.phone != "", Visit.id_number != ""),
    )
