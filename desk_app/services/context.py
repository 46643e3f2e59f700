"""What every service needs: the database, a clock and who is acting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

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


def require(actor: Actor, permission: Permission, action: str | None = None) -> None:
    """PermissionDenied unless the actor holds ``permission``. The refusal names
    ``action`` (English source, context "Roles") or else the permission's label."""
    if not actor.can(permission):
        raise PermissionDenied(
            role=Tr("Roles", ROLE_LABELS[actor.role]),
            action=Tr("Roles", action or PERMISSION_LABELS[permission]),
        )


def _system_zone() -> tzinfo:
    # astimezone() without an argument always sets the local zone; None is the type's.
    return datetime.now().astimezone().tzinfo or UTC


@dataclass
class ServiceContext:
    """``zone`` decides where a day begins and ends (serials, sign-off, registers):
    the service center's local time, the PC's zone unless told otherwise."""

    db: Database
    clock: Clock = utcnow
    zone: tzinfo = field(default_factory=_system_zone)

    def now(self) -> datetime:
        return self.clock()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def today(self) -> date:
        return self.local(self.now()).date()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The UTC instants at which local ``day`` starts and the next one starts."""
        start = datetime.combine(day, time.min, tzinfo=self.zone)
        return start, datetime.combine(day + timedelta(days=1), time.min, tzinfo=self.zone)
