"""What the managers are told of (a major work order), and their acknowledgement."""

from __future__ import annotations

from sqlalchemy import select

from desk_app.domain.errors import NotFound
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import ENTITY, Notification, WorkOrder
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit
from desk_app.services.kit.names import user_names
from desk_app.services.work_orders.queries import notices_query
from desk_app.services.work_orders.views import NoticeRow


class Notices:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def list(self, actor: Actor, unread_only: bool = True, limit: int = 100) -> list[NoticeRow]:
        """What the actor was notified of, newest first."""
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            query = notices_query(actor).order_by(
                Notification.created_at.desc(), Notification.id.desc()
            )
            if unread_only:
                query = query.where(Notification.read_at.is_(None))
            notes = list(session.scalars(query.limit(limit)))
            orders = [n.entity_id for n in notes if n.entity_type == ENTITY]
            serials = dict(
                session.execute(
                    select(WorkOrder.id, WorkOrder.serial).where(WorkOrder.id.in_(orders))
                ).all()
            )
            users = user_names(session)
            return [
                NoticeRow(
                    id=n.id,
                    created_at=n.created_at,
                    kind=n.kind,
                    entity_type=n.entity_type,
                    entity_id=n.entity_id,
                    serial=serials.get(n.entity_id, "") if n.entity_type == ENTITY else "",
                    text=n.text,
                    read_at=n.read_at,
                    read_by=users.get(n.read_by_id, ""),
                )
                for n in notes
            ]

    def acknowledge(self, actor: Actor, notice_id: int) -> None:
        with self.ctx.db.write() as session:
            note = session.scalar(notices_query(actor).where(Notification.id == notice_id))
            if note is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No notice with number {id}."), id=notice_id
                )
            if note.read_at is None:
                note.read_at, note.read_by_id = self.ctx.now(), actor.user_id
                audit.record(session, self.ctx, actor, "acknowledge", "notification", note.id)
