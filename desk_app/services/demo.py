"""`desk-app demo`: a reproducible demonstration database, built through the services."""

from __future__ import annotations

import random
from dataclasses import dataclass

from desk_app.domain.errors import Conflict
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.roles import Role
from desk_app.services.app import Services

DEFAULT_PASSWORD = "demo1234"

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ["晓丽", "建国", "海燕", "志强", "丽娟", "伟", "芳", "敏", "静", "磊", "秀英", "军"]

DEMO_SETTINGS = {
    "center.name": "阳光花园物业服务中心",
    "center.address": "阳光花园小区 1 号楼底商 101",
    "center.phone": "0571-8888 6666",
    "ui.language": "zh_CN",
}


@dataclass(frozen=True)
class DemoReport:
    usernames: list[str]
    password: str
    departments: int


def build_demo(
    services: Services, *, seed: int = 1, password: str = DEFAULT_PASSWORD
) -> DemoReport:
    """Fill an empty database; the same seed gives the same data."""
    if not services.accounts.needs_first_run():
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors", "The database already has users; demo data goes into a new database."
            )
        )
    rng = random.Random(seed)

    def person() -> str:
        return rng.choice(_SURNAMES) + rng.choice(_GIVEN)

    admin = services.accounts.create_first_admin("admin", "系统管理员", password)
    services.settings.update(admin, DEMO_SETTINGS)
    departments = services.accounts.list_departments()
    desk = next(d.id for d in departments if d.name == "客服助理")
    for username, role in (
        ("clerk", Role.CLERK),
        ("supervisor", Role.SUPERVISOR),
        ("manager", Role.MANAGER),
    ):
        services.accounts.create_user(
            admin,
            username=username,
            display_name=person(),
            role=role,
            password=password,
            department_id=desk,
        )
    return DemoReport(["admin", "clerk", "supervisor", "manager"], password, len(departments))
