"""Telling the project managers of a major record (a work order, a complaint): one
notice row per active manager, and one audit event naming them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.models import User
from desk_app.domain.roles import Role
from desk_app.domain.work_orders import Notification
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.kit import audit


def notify_managers(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    *,
    kind: str,
    entity: str,
    record_id: int,
    summary: str,
) -> None:
    """A notice for each active manager; with none yet, one for the role, read by
    whoever becomes manager. The caller stamps its own ``manager_notified_at``."""
    managers = list(
        session.execute(
            select(User.id, User.username)
            .where(User.role == Role.MANAGER.value, User.active.is_(True))
            .order_by(User.id)
        )
    )
    for recipient in [m.id for m in managers] or [None]:
        session.add(
            Notification(
                created_at=ctx.now(),
                kind=kind,
                entity_type=entity,
                entity_id=record_id,
                recipient_role=Role.MANAGER.value,
                recipient_id=recipient,
                text=summary,
            )
        )
    audit.record(
        session,
        ctx,
        actor,
        "notify_manager",
        entity,
        record_id,
        new={"managers": [m.username for m in managers]},
    )
