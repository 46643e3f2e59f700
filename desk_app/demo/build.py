"""`desk-app demo`: a reproducible demonstration database, built through the services.

A demo is built, or appended to, in one transaction (``Database.one_transaction``):
a build that fails or is killed half-way leaves the database as it was, never a
demo with users but no register that could neither be rebuilt nor appended to.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from desk_app.db.files import sqlite_file_of
from desk_app.demo.activity import demo_homes, generate_contacts
from desk_app.demo.cards import generate_cards
from desk_app.demo.complaints import generate_complaints
from desk_app.demo.register import DEFAULT_ROOMS, DEMO_COMMUNITY, demo_rooms
from desk_app.demo.visitors import generate_visits
from desk_app.demo.work_orders import generate_work_orders
from desk_app.domain.errors import Conflict, NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import User
from desk_app.domain.register import Building, Community, Resident, Room, Unit
from desk_app.domain.roles import Role
from desk_app.services.accounts import check_password  # the users' rule
from desk_app.services.app import Services
from desk_app.services.context import Actor

DEFAULT_PASSWORD = "demo1234"
DEFAULT_DAYS = 30

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ["晓丽", "建国", "海燕", "志强", "丽娟", "伟", "芳", "敏", "静", "磊", "秀英", "军"]

DEMO_SETTINGS = {
    "center.name": "阳光花园物业服务中心",
    "center.address": "阳光花园小区 1 号楼底商 101",
    "center.phone": "0571-88886666",
    "ui.language": "zh_CN",
}


@dataclass(frozen=True)
class DemoReport:
    usernames: list[str]
    password: str
    departments: int
    rooms: int = 0
    residents: int = 0
    contacts: int = 0
    work_orders: int = 0
    complaints: int = 0


def build_demo(
    services: Services,
    *,
    seed: int = 1,
    password: str = DEFAULT_PASSWORD,
    rooms: int = DEFAULT_ROOMS,
    residents: int | None = None,
    days: int = DEFAULT_DAYS,
) -> DemoReport:
    """Fill an empty database, all or nothing; the same seed gives the same data."""
    check_demo_options(password=password, rooms=rooms, days=days)
    with services.db.one_transaction():
        return _build(services, seed, password, rooms, residents, days)


def check_demo_options(*, password: str, rooms: int, days: int) -> None:
    """Refuse bad options before anything is written (or a database file is made)."""
    check_password(password)
    if rooms < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A demo estate needs at least one room."), field="rooms"
        )
    if days < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The days of demo activity cannot be negative."),
            field="days",
        )


def check_append_target(url: str) -> None:
    """``--append`` adds to an existing demo database: refuse a SQLite file that does
    not exist before opening the URL makes an empty one."""
    path = sqlite_file_of(url)
    if path is not None and not path.exists():
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no database at {path}. Make a demo database first: "
                "desk-app demo --db URL",
            ),
            path=str(path),
        )


def _build(
    services: Services,
    seed: int,
    password: str,
    rooms: int,
    residents: int | None,
    days: int,
) -> DemoReport:
    if not services.accounts.needs_first_run():
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database already has users; demo data goes into a new database. "
                "To add activity to a demo database, use --append.",
            )
        )
    rng = random.Random(seed)

    def person() -> str:
        return rng.choice(_SURNAMES) + rng.choice(_GIVEN)

    admin = services.accounts.create_first_admin("admin", "系统管理员", password)
    services.settings.update(admin, DEMO_SETTINGS)
    departments = services.accounts.list_departments()
    desk = next(d.id for d in departments if d.name == "客服助理")
    actors: dict[str, Actor] = {}
    for username, role in (
        ("clerk", Role.CLERK),
        ("supervisor", Role.SUPERVISOR),
        ("manager", Role.MANAGER),
    ):
        info = services.accounts.create_user(
            admin,
            username=username,
            display_name=person(),
            role=role,
            password=password,
            department_id=desk,
            must_change_password=False,  # the demo's password is printed for everyone
        )
        actors[username] = Actor(info.id, info.username, info.display_name, info.role)
    register = services.residents.bulk_register(
        actors["supervisor"], DEMO_COMMUNITY, demo_rooms(seed, rooms, residents), note="demo"
    )
    entries, orders = add_activity(
        services,
        rng,
        clerks=[actors["clerk"], actors["supervisor"]],
        supervisor=actors["supervisor"],
        days=days,
        end=services.ctx.today(),
    )
    generate_cards(services, rng, clerk=actors["clerk"], supervisor=actors["supervisor"], days=days)
    # A year of complaints, so that the monthly and quarterly reports have a history.
    complaints = generate_complaints(
        services,
        rng,
        clerks=[actors["clerk"], actors["supervisor"]],
        supervisor=actors["supervisor"],
        manager=actors["manager"],
        end=services.ctx.today(),
        density=max(0.25, min(1.0, rooms / DEFAULT_ROOMS)),
    )
    return DemoReport(
        ["admin", "clerk", "supervisor", "manager"],
        password,
        len(departments),
        register.rooms,
        register.residents,
        entries,
        orders,
        complaints,
    )


def append_demo(
    services: Services, *, seed: int = 1, password: str = DEFAULT_PASSWORD, days: int = DEFAULT_DAYS
) -> tuple[int, int]:
    """More activity in an existing demo database, register untouched: the days since
    its last entry up to today (at most ``days``), or today if it is up to date.
    Returns the numbers of contact entries and work orders added; all or nothing."""
    with services.db.one_transaction():
        _require_demo(services)
        return _append(services, seed, password, days)


def _require_demo(services: Services) -> None:
    """A database made by ``build_demo``: its users and a register with residents."""
    with services.db.read() as session:
        users = session.scalar(
            select(func.count(User.id)).where(User.username.in_(("clerk", "supervisor")))
        )
        residents = session.scalar(
            select(func.count(Resident.id))
            .join(Room, Resident.room_id == Room.id)
            .join(Unit, Room.unit_id == Unit.id)
            .join(Building, Unit.building_id == Building.id)
            .join(Community, Building.community_id == Community.id)
            .where(Community.name == DEMO_COMMUNITY)
        )
    if users != 2 or not residents:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database holds no demo data to add to. "
                "Make a demo database first: desk-app demo --db URL",
            )
        )


def _append(services: Services, seed: int, password: str, days: int) -> tuple[int, int]:
    clerk = services.accounts.login("clerk", password)
    supervisor = services.accounts.login("supervisor", password)
    today = services.ctx.today()
    last = services.contacts.last_day(supervisor)
    start = today - timedelta(days=days - 1)
    if last is not None:
        start = max(start, min(last + timedelta(days=1), today))
    rng = random.Random(f"{seed}-{start}")
    return add_activity(
        services,
        rng,
        clerks=[clerk, supervisor],
        supervisor=supervisor,
        days=(today - start).days + 1,
        end=today,
        after=services.contacts.last_moment(supervisor),
    )


def add_activity(
    services: Services,
    rng: random.Random,
    *,
    clerks: list[Actor],
    supervisor: Actor,
    days: int,
    end: date,
    after: datetime | None = None,
) -> tuple[int, int]:
    """``days`` days of contacts up to ``end``, a share of the repair calls turned into
    work orders; with ``after``, only later moments. Returns (entries, orders)."""
    if days <= 0:
        return 0, 0
    departments = {d.name: d.id for d in services.accounts.list_departments()}
    entries = generate_contacts(
        services,
        rng,
        clerks=clerks,
        supervisor=supervisor,
        homes=demo_homes(services, rng),
        days=days,
        end=end,
        departments=departments,
        after=after,
    )
    orders = generate_work_orders(services, rng, clerks=clerks, supervisor=supervisor, after=after)
    generate_visits(
        services,
        random.Random(rng.random()),  # visits draw from their own stream: the rest stays as it was
        clerks=clerks,
        supervisor=supervisor,
        homes=demo_homes(services, rng, count=60),
        days=days,
        end=end,
        after=after,
    )
    return entries, orders
