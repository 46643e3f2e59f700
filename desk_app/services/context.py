"""What every service needs: the database, a clock and who is acting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desk_app.db.engine import Database
from desk_app.domain.base import utcnow
from desk_app.domain.errors import PermissionDenied
from desk_app.domain.i18n import Tr
from desk_app.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role, has_permission

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Actor:
    """The logged-in user, as the services see them."""

    user_id: int
    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            role=Tr("Roles", ROLE_LABELS[actor.role]),
            action=Tr("Roles", PERMISSION_LABELS[permission]),
        )


@dataclass
class ServiceContext:
    db: Database
    clock: Clock = utcnow

    def now(self) -> datetime:
        return self.clock()
