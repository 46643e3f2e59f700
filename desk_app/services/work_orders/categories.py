"""The categories of work orders: a code list the administrator keeps. A category in
use is disabled, never removed; its own completion limit overrides the general one."""

from __future__ import annotations

from sqlalchemy import func, select

from desk_app.domain.errors import ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import WorkOrderCategory
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs
from desk_app.services.work_orders.views import CategoryInfo

KIND = "work_order_category"  # what the audit and the change feed call them
MAX_COMPLETE_HOURS = 24 * 30


class Categories:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def list(self, include_inactive: bool = False) -> list[CategoryInfo]:
        with self.ctx.db.read() as session:
            query = select(WorkOrderCategory).order_by(WorkOrderCategory.sort_order)
            if not include_inactive:
                query = query.where(WorkOrderCategory.active.is_(True))
            return [_info(c) for c in session.scalars(query)]

    def save(
        self,
        actor: Actor,
        code: str,
        label: str,
        *,
        active: bool = True,
        complete_hours: int | None = None,
    ) -> CategoryInfo:
        """Add or change a category (admin)."""
        require(actor, Permission.ADMINISTER)
        code = inputs.line(code, "code", inputs.limits.LABEL)
        label = inputs.line(label, "label", inputs.limits.LABEL)
        if not code or not label:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A category needs a code and a name of at most 20 characters."
                ),
                field="label",
            )
        if complete_hours is not None and not 1 <= complete_hours <= MAX_COMPLETE_HOURS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Completion limit: enter {low} to {high} hours."),
                field="complete_hours",
                low=1,
                high=MAX_COMPLETE_HOURS,
            )
        with self.ctx.db.write() as session:
            row = session.get(WorkOrderCategory, code)
            new = {"label": label, "active": active, "complete_hours": complete_hours}
            if row is None:
                order = session.scalar(select(func.max(WorkOrderCategory.sort_order))) or 0
                row = WorkOrderCategory(code=code, sort_order=order + 1, **new)
                session.add(row)
                audit.record(session, self.ctx, actor, "create", KIND, code, new=new)
            else:
                before = {
                    "label": row.label,
                    "active": row.active,
                    "complete_hours": row.complete_hours,
                }
                old, changed = audit.changed_fields(before, new)
                if changed:
                    row.label, row.active, row.complete_hours = label, active, complete_hours
                    audit.record(
                        session, self.ctx, actor, "update", KIND, code, old=old, new=changed
                    )
            return _info(row)


def _info(row: WorkOrderCategory) -> CategoryInfo:
    return CategoryInfo(row.code, row.label, row.sort_order, row.active, row.complete_hours)
