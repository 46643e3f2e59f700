"""How far a new site has got with its setup: the administrator's checklist."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.domain.models import AuditEvent, Department, Setting, User
from desk_app.domain.register import Room
from desk_app.domain.roles import Permission, Role
from desk_app.services.context import Actor, ServiceContext, require

# The kinds of record the checklist counts, for screens that follow the change feed.
SETUP_KINDS = frozenset({"user", "department", "room", "setting", "printer"})


@dataclass(frozen=True)
class SetupProgress:
    desk_users: int  # active accounts besides the administrators
    departments: int  # active departments
    departments_without_phone: int
    rooms: int
    paper_chosen: bool  # the print settings were saved at least once
    calibration_printed: bool

    @property
    def complete(self) -> bool:
        return (
            self.desk_users > 0
            and self.departments > 0
            and self.departments_without_phone == 0
            and self.rooms > 0
            and self.paper_chosen
            and self.calibration_printed
        )


class SetupService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def progress(self, actor: Actor) -> SetupProgress:
        require(actor, Permission.ADMINISTER)
        with self.ctx.db.read() as session:

            def count(*query) -> int:
                return (
                    session.scalar(select(func.count()).select_from(*query[:1]).where(*query[1:]))
                    or 0
                )

            active_departments = Department.active.is_(True)
            return SetupProgress(
                desk_users=count(User, User.active.is_(True), User.role != Role.ADMIN.value),
                departments=count(Department, active_departments),
                departments_without_phone=count(
                    Department, active_departments, Department.phone == ""
                ),
                rooms=count(Room),
                paper_chosen=count(Setting, Setting.key == "print.paper") > 0,
                calibration_printed=count(AuditEvent, AuditEvent.action == "print_calibration") > 0,
            )
