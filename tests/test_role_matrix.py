"""Every service action × every role, against the roles table of docs/domain.md
("The desk and its people").

ALLOWED below is written by hand from that table (and from the decisions recorded in
domain.roles for what the table leaves open); it is not derived from the code's own
permission map. Each case calls the real service method on real records of its own:
an allowed role must succeed, a refused one gets PermissionDenied naming the action.

| action                                                         | clerk | sup. | mgr. | admin |
|----------------------------------------------------------------|-------|------|------|-------|
| log contacts, create work orders, print (and read the records) |   ✓   |  ✓   |  ✓   |       |
| edit own open records                                          |   ✓   |  ✓   |  ✓   |       |
| void, sign the daily log, approve                              |       |  ✓   |  ✓   |       |
| see full ID numbers, export resident data                      |       |  ✓   |  ✓   |       |
| users, departments, settings                                   |       |      |      |   ✓   |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.domain.errors import PermissionDenied
from desk_app.domain.personal import id_check_character, mask_id_number
from desk_app.domain.register import Occupancy, Relation
from desk_app.domain.roles import Role
from desk_app.domain.work_orders import Location, Urgency
from desk_app.services.app import Services, open_services
from desk_app.services.contacts import ContactDraft, ContactFilter
from desk_app.services.context import Actor
from desk_app.services.kit.links import RecordRef
from desk_app.services.register import BulkRoom, ResidentDraft, RoomDraft, RoomEdit
from desk_app.services.work_orders.views import QuoteLineDraft, WorkOrderDraft, WorkOrderFilter
from tests.conftest import BACKENDS, PASSWORD, PG_URL, ZONE, FakeClock, reset_postgres

CLERK, SUPERVISOR, MANAGER, ADMIN = Role.CLERK, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN
DESK = frozenset({CLERK, SUPERVISOR, MANAGER})  # the table's first two rows
BOSSES = frozenset({SUPERVISOR, MANAGER})  # void, sign, approve; full IDs, export
ADMIN_ONLY = frozenset({ADMIN})
EVERYONE = frozenset(Role)
IMPORTERS = frozenset({SUPERVISOR, MANAGER, ADMIN})  # domain.roles: admin sets up a site

# The words a refusal must use for the step (every refused role, unless a role is named).
LOG = "log and print front-desk work"
READ = "see the front desk's records and residents' details"
ADMINISTER = "manage users, departments and settings"

ID_NUMBER = "11010119800101003" + id_check_character("11010119800101003")
OTHER_ID = "31010419900315002" + id_check_character("31010419900315002")


@dataclass(frozen=True)
class Rule:
    allowed: frozenset[Role]
    refusal: str | dict[Role, str]  # what "may not …" says


ALLOWED: dict[str, Rule] = {
    # -- accounts, settings and lists: the administrator's -------------------------
    "accounts.list_users": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.create_user": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.update_user": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.set_user_active": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.reset_password": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.unlock": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.save_department": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.set_department_active": Rule(ADMIN_ONLY, ADMINISTER),
    "accounts.change_own_password": Rule(EVERYONE, ""),
    "settings.update": Rule(ADMIN_ONLY, ADMINISTER),
    "contacts.save_channel": Rule(ADMIN_ONLY, ADMINISTER),
    "work_orders.categories.save": Rule(ADMIN_ONLY, ADMINISTER),
    "work_orders.slips.calibration": Rule(EVERYONE, ""),  # the printer is set up by anyone
    # -- the contact log ------------------------------------------------------------
    "contacts.log": Rule(DESK, LOG),
    "contacts.update_own_entry": Rule(DESK, "edit their own open records"),
    "contacts.update_others_entry": Rule(
        BOSSES,
        {CLERK: "Only the clerk who logged an entry", ADMIN: "edit their own open records"},
    ),
    "contacts.set_follow_up": Rule(DESK, LOG),
    "contacts.link_onward": Rule(DESK, LOG),
    "contacts.onward_draft": Rule(DESK, LOG),
    "contacts.void": Rule(BOSSES, "void records"),
    "contacts.review": Rule(BOSSES, "review contact log entries"),
    "contacts.review_many": Rule(BOSSES, "review contact log entries"),
    "contacts.sign_day": Rule(BOSSES, "sign the daily log"),
    "contacts.print_register": Rule(DESK, LOG),
    "contacts.export": Rule(BOSSES, "export data"),
    "contacts.get": Rule(DESK, READ),
    "contacts.history": Rule(DESK, READ),
    "contacts.search": Rule(DESK, READ),
    "contacts.count": Rule(DESK, READ),
    "contacts.recent_for_room": Rule(DESK, READ),
    "contacts.day_status": Rule(DESK, READ),
    "contacts.unsigned_days": Rule(DESK, READ),
    "contacts.days_changed_after_signing": Rule(DESK, READ),
    "contacts.last_day": Rule(DESK, READ),
    "contacts.last_moment": Rule(DESK, READ),
    # -- work orders ------------------------------------------------------------------
    "work_orders.orders.draft_from_contact": Rule(DESK, LOG),
    "work_orders.orders.create": Rule(DESK, LOG),
    "work_orders.orders.update_own_order": Rule(DESK, LOG),
    "work_orders.orders.update_others_order": Rule(
        BOSSES, {CLERK: "Only the clerk who opened an order or a supervisor", ADMIN: LOG}
    ),
    "work_orders.orders.record_agreement": Rule(DESK, LOG),
    "work_orders.steps.dispatch": Rule(DESK, LOG),
    "work_orders.steps.arrive": Rule(DESK, LOG),
    "work_orders.steps.complete": Rule(DESK, LOG),
    "work_orders.steps.hold": Rule(DESK, LOG),
    "work_orders.steps.resume": Rule(DESK, LOG),
    "work_orders.steps.hand_back": Rule(DESK, LOG),
    "work_orders.steps.transfer": Rule(DESK, LOG),
    "work_orders.steps.return_slip": Rule(DESK, LOG),
    "work_orders.callbacks.attempt": Rule(DESK, LOG),
    "work_orders.callbacks.record": Rule(DESK, LOG),
    "work_orders.steps.close": Rule(DESK, LOG),
    "work_orders.steps.close_major": Rule(BOSSES, "close major work orders"),
    # cancelling is not voiding: the author withdraws an order nobody has acted on
    "work_orders.steps.cancel_own_before_dispatch": Rule(DESK, "cancel work orders"),
    "work_orders.steps.cancel_own_after_dispatch": Rule(BOSSES, "cancel work orders"),
    "work_orders.steps.cancel_others": Rule(BOSSES, "cancel work orders"),
    "work_orders.steps.void": Rule(BOSSES, "void records"),
    "work_orders.steps.reopen": Rule(BOSSES, "reopen work orders"),
    "work_orders.callbacks.settle_unreachable": Rule(
        BOSSES, "settle callbacks nobody could be reached for"
    ),
    "work_orders.callbacks.amend": Rule(BOSSES, "amend saved callback results"),
    "work_orders.slips.print": Rule(DESK, LOG),
    "work_orders.slips.data": Rule(DESK, LOG),
    "work_orders.export": Rule(BOSSES, "export data"),
    "work_orders.queries.get": Rule(DESK, READ),
    "work_orders.slips.scan": Rule(DESK, READ),
    "work_orders.history.changes": Rule(DESK, READ),
    "work_orders.slips.preview": Rule(DESK, LOG),
    "work_orders.history.events": Rule(DESK, READ),
    "work_orders.queries.page": Rule(DESK, READ),
    "work_orders.queries.count": Rule(DESK, READ),
    "work_orders.queries.counts": Rule(DESK, READ),
    "work_orders.queries.recent_for_room": Rule(DESK, READ),
    "work_orders.callbacks.due": Rule(DESK, READ),
    "work_orders.callbacks.unreachable": Rule(DESK, READ),
    "work_orders.slips.outstanding": Rule(DESK, READ),
    "work_orders.notices.list": Rule(DESK, READ),
    # -- the resident register ----------------------------------------------------------
    "residents.add_community": Rule(DESK, LOG),
    "residents.add_room": Rule(DESK, LOG),
    "residents.update_room": Rule(DESK, LOG),
    "residents.add_resident": Rule(DESK, LOG),
    "residents.update_resident": Rule(DESK, LOG),
    "residents.replace_masked_id_number": Rule(
        BOSSES, {CLERK: "The ID number is shown masked to your role", ADMIN: LOG}
    ),
    "residents.move_out": Rule(DESK, LOG),
    "residents.void_resident": Rule(BOSSES, "void records"),
    "residents.get_room": Rule(DESK, READ),
    "residents.list_rooms": Rule(DESK, READ),
    "residents.count_rooms": Rule(DESK, READ),
    "residents.current_names": Rule(DESK, READ),
    "residents.room_detail": Rule(DESK, READ),
    "residents.get_resident": Rule(DESK, READ),
    "residents.resident_history": Rule(DESK, READ),
    "residents.room_history": Rule(DESK, READ),
    "residents.bulk_register": Rule(IMPORTERS, "import the resident register"),
    "resident_import.preview": Rule(IMPORTERS, "import the resident register"),
    "resident_import.commit": Rule(IMPORTERS, "import the resident register"),
    "rooms.lookup": Rule(DESK, READ),
    "rooms.rooms_matching": Rule(DESK, READ),
    "rooms.exact": Rule(DESK, READ),
    "room_history.recent": Rule(DESK, READ),
}


# -- one database per backend for the whole module; every case makes its own records ----


class World:
    """The services, one logged-in user per role, and makers of fresh records."""

    def __init__(self, services: Services, tmp: Path):
        self.s, self.tmp = services, tmp
        self.admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
        self.actors: dict[Role, Actor] = {ADMIN: self.admin}
        for role in (CLERK, SUPERVISOR, MANAGER):
            self.actors[role] = self._user(role.value, role)
        self.desk = self._user("desk", CLERK)  # the other clerk, author of "others'" records
        self.boss = self.actors[SUPERVISOR]
        self.community = services.residents.add_community(self.boss, "阳光花园")
        self.departments = [d.id for d in services.accounts.list_departments()]
        self._numbers = itertools.count(1)

    def _user(self, name: str, role: Role) -> Actor:
        self.s.accounts.create_user(
            self.admin, username=name, display_name=f"{name}-名", role=role, password=PASSWORD
        )
        return self.s.accounts.login(name, PASSWORD)

    def unique(self) -> int:
        return next(self._numbers)

    def author(self, actor: Actor) -> Actor:
        """Who makes "own" records for ``actor``: themselves, or for a role that keeps no
        records (the administrator) the other clerk."""
        return actor if actor.role is not ADMIN else self.desk

    # -- records ---------------------------------------------------------------------

    def entry(self, author: Actor | None = None, *, day: date | None = None, room_id=None):
        when = None
        if day is not None:
            when = datetime.combine(day, datetime.min.time(), tzinfo=ZONE) + timedelta(hours=10)
        draft = ContactDraft(content="咨询物业费缴纳方式", occurred_at=when, room_id=room_id)
        return self.s.contacts.log(author or self.desk, draft)

    def fresh_day(self) -> date:
        """A past day nobody has signed, with one entry."""
        day = self.s.ctx.today() - timedelta(days=self.unique())
        self.entry(day=day)
        return day

    def order(self, author: Actor | None = None, **changes):
        draft = WorkOrderDraft(
            description="大堂灯不亮", location=Location.PUBLIC_AREA, place="大堂"
        )
        return self.s.work_orders.orders.create(author or self.desk, replace(draft, **changes))

    def dispatched(self, author: Actor | None = None, **changes):
        row = self.order(author, **changes)
        return self.s.work_orders.steps.dispatch(self.desk, row.id)

    def completed(self, **changes):
        wo = self.s.work_orders
        row = self.dispatched(**changes)
        wo.steps.arrive(self.desk, row.id)
        return wo.steps.complete(self.desk, row.id, work_done="更换灯管")

    def called_back(self, **changes):
        row = self.completed(**changes)
        self.s.work_orders.callbacks.record(self.desk, row.id, "satisfied", result="已修好")
        return self.s.work_orders.steps.return_slip(self.desk, row.id)

    def unreachable(self):
        row = self.completed()
        for _ in range(3):
            self.s.work_orders.callbacks.attempt(self.desk, row.id, "no_answer")
        return row

    def room(self):
        number = f"{1000 + self.unique()}"
        draft = RoomDraft("3", number, "2", community_id=self.community.id)
        return self.s.residents.add_room(self.boss, draft)

    def resident(self):
        room = self.room()
        draft = ResidentDraft("张伟强", Relation.OWNER, ["13812345678"], ID_NUMBER)
        return self.s.residents.add_resident(self.boss, room.id, draft)

    def roster(self) -> Path:
        path = self.tmp / f"roster-{self.unique()}.csv"
        number = 5000 + self.unique()
        path.write_text(f"楼号,室号,业主姓名,手机号码\n8,{number},李娜,13987654321\n", "utf-8")
        return path


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("matrix")
    if request.param == "sqlite":
        url = f"sqlite:///{(tmp / 'desk.sqlite3').as_posix()}"
    else:
        reset_postgres(PG_URL)
        url = PG_URL
    services = open_services(url, clock=FakeClock(), zone=ZONE)
    try:
        yield World(services, tmp)
    finally:
        services.close()


# -- how each action is called -----------------------------------------------------------

Call = Callable[[World, Actor], object]


def _accounts(w: World, a: Actor, action: str):
    acc = w.s.accounts
    if action == "list_users":
        return acc.list_users(a)
    if action == "create_user":
        return acc.create_user(
            a, username=f"new{w.unique()}", display_name="新人", role=CLERK, password=PASSWORD
        )
    if action == "save_department":
        return acc.save_department(a, None, name=f"新部门{w.unique()}")
    if action == "set_department_active":
        dept = acc.save_department(w.admin, None, name=f"旧部门{w.unique()}")
        return acc.set_department_active(a, dept.id, False)
    if action == "change_own_password":  # and back: the world's actors keep logging in
        acc.change_own_password(a, PASSWORD, f"new-{PASSWORD}")
        return acc.change_own_password(a, f"new-{PASSWORD}", PASSWORD)
    target = acc.create_user(
        w.admin, username=f"t{w.unique()}", display_name="某人", role=CLERK, password=PASSWORD
    )
    if action == "update_user":
        return acc.update_user(a, target.id, display_name="改名", role=CLERK, department_id=None)
    if action == "set_user_active":
        return acc.set_user_active(a, target.id, False, reason="离职")
    if action == "reset_password":
        return acc.reset_password(a, target.id, "fresh-pass")
    if action == "unlock":
        return acc.unlock(a, target.id)
    raise LookupError(action)


ACCOUNT_ACTIONS = (
    "list_users",
    "create_user",
    "update_user",
    "set_user_active",
    "reset_password",
    "unlock",
    "save_department",
    "set_department_active",
    "change_own_password",
)


def _account_call(action: str) -> Call:
    return lambda w, a: _accounts(w, a, action)


CALLS: dict[str, Call] = {
    **{f"accounts.{name}": _account_call(name) for name in ACCOUNT_ACTIONS},
    "settings.update": lambda w, a: w.s.settings.update(a, {"center.phone": "0571-86001234"}),
    "contacts.save_channel": lambda w, a: w.s.contacts.save_channel(
        a, f"ch{w.unique()}", "微信", False
    ),
    "work_orders.categories.save": lambda w, a: w.s.work_orders.categories.save(
        a, f"cat{w.unique()}", "门窗"
    ),
    "work_orders.slips.calibration": lambda w, a: w.s.work_orders.slips.calibration(a),
    # contacts
    "contacts.log": lambda w, a: w.s.contacts.log(a, ContactDraft(content="咨询停车月卡")),
    "contacts.update_own_entry": lambda w, a: w.s.contacts.update(
        a, w.entry(w.author(a)).id, ContactDraft(content="咨询停车月卡办理")
    ),
    "contacts.update_others_entry": lambda w, a: w.s.contacts.update(
        a, w.entry().id, ContactDraft(content="咨询停车月卡办理")
    ),
    "contacts.set_follow_up": lambda w, a: w.s.contacts.set_follow_up(
        a, w.entry().id, "done", "已回复"
    ),
    "contacts.link_onward": lambda w, a: w.s.contacts.link_onward(
        a, w.entry().id, RecordRef("work_order", w.order().id)
    ),
    "contacts.onward_draft": lambda w, a: w.s.contacts.onward_draft(a, w.entry().id),
    "contacts.void": lambda w, a: w.s.contacts.void(a, w.entry().id, "重复登记"),
    "contacts.review": lambda w, a: w.s.contacts.review(a, w.entry().id, "已核对"),
    "contacts.review_many": lambda w, a: w.s.contacts.review_many(
        a, [w.entry().id, w.entry().id], "已核对"
    ),
    "contacts.sign_day": lambda w, a: w.s.contacts.sign_day(a, w.fresh_day()),
    "contacts.print_register": lambda w, a: w.s.contacts.print_register(a, w.fresh_day()),
    "contacts.export": lambda w, a: w.s.contacts.export(
        a, (day := w.fresh_day()), day, "csv", w.tmp / f"contacts-{w.unique()}.csv"
    ),
    "contacts.get": lambda w, a: w.s.contacts.get(a, w.entry().id),
    "contacts.history": lambda w, a: w.s.contacts.history(a, w.entry().id),
    "contacts.search": lambda w, a: w.s.contacts.search(a, ContactFilter(text="物业费")),
    "contacts.count": lambda w, a: w.s.contacts.count(a, ContactFilter(text="物业费")),
    "contacts.recent_for_room": lambda w, a: w.s.contacts.recent_for_room(a, w.room().id),
    "contacts.day_status": lambda w, a: w.s.contacts.day_status(a, w.fresh_day()),
    "contacts.unsigned_days": lambda w, a: w.s.contacts.unsigned_days(a),
    "contacts.days_changed_after_signing": lambda w, a: w.s.contacts.days_changed_after_signing(a),
    "contacts.last_day": lambda w, a: w.s.contacts.last_day(a),
    "contacts.last_moment": lambda w, a: w.s.contacts.last_moment(a),
    # work orders
    "work_orders.orders.draft_from_contact": lambda w, a: w.s.work_orders.orders.draft_from_contact(
        a, w.entry().id
    ),
    "work_orders.orders.create": lambda w, a: w.s.work_orders.orders.create(
        a, WorkOrderDraft(description="电梯异响", location=Location.PUBLIC_AREA, place="1号梯")
    ),
    "work_orders.orders.update_own_order": lambda w, a: w.s.work_orders.orders.update(
        a,
        w.order(w.author(a)).id,
        WorkOrderDraft(description="大堂灯不亮，两盏", location=Location.PUBLIC_AREA, place="大堂"),
    ),
    "work_orders.orders.update_others_order": lambda w, a: w.s.work_orders.orders.update(
        a,
        w.order().id,
        WorkOrderDraft(description="大堂灯不亮，两盏", location=Location.PUBLIC_AREA, place="大堂"),
    ),
    "work_orders.orders.record_agreement": lambda w, a: w.s.work_orders.orders.record_agreement(
        a,
        w.order(
            paid=True, quote_lines=(QuoteLineDraft("灯管", 2, "根", "15"),), labour_fee="20"
        ).id,
        "业主电话确认",
    ),
    "work_orders.steps.dispatch": lambda w, a: w.s.work_orders.steps.dispatch(a, w.order().id),
    "work_orders.steps.arrive": lambda w, a: w.s.work_orders.steps.arrive(a, w.dispatched().id),
    "work_orders.steps.complete": lambda w, a: w.s.work_orders.steps.complete(
        a, w.s.work_orders.steps.arrive(w.desk, w.dispatched().id).id, work_done="更换灯管"
    ),
    "work_orders.steps.hold": lambda w, a: w.s.work_orders.steps.hold(
        a, w.dispatched().id, "parts", w.s.ctx.today() + timedelta(days=2)
    ),
    "work_orders.steps.resume": lambda w, a: w.s.work_orders.steps.resume(
        a,
        w.s.work_orders.steps.hold(
            w.desk, w.dispatched().id, "parts", w.s.ctx.today() + timedelta(days=2)
        ).id,
    ),
    "work_orders.steps.hand_back": lambda w, a: w.s.work_orders.steps.hand_back(
        a, w.dispatched().id, "不归本部门"
    ),
    "work_orders.steps.transfer": lambda w, a: w.s.work_orders.steps.transfer(
        a,
        (row := w.dispatched()).id,
        next(d for d in w.departments if d != row.department_id),
        "应由工程部处理",
    ),
    "work_orders.steps.return_slip": lambda w, a: w.s.work_orders.steps.return_slip(
        a, w.completed().id
    ),
    "work_orders.callbacks.attempt": lambda w, a: w.s.work_orders.callbacks.attempt(
        a, w.completed().id, "no_answer"
    ),
    "work_orders.callbacks.record": lambda w, a: w.s.work_orders.callbacks.record(
        a, w.completed().id, "satisfied", result="已修好"
    ),
    "work_orders.steps.close": lambda w, a: w.s.work_orders.steps.close(a, w.called_back().id),
    "work_orders.steps.close_major": lambda w, a: w.s.work_orders.steps.close(
        a, w.called_back(urgency=Urgency.MAJOR, description="配电房跳闸，整栋停电").id
    ),
    "work_orders.steps.cancel_own_before_dispatch": lambda w, a: w.s.work_orders.steps.cancel(
        a, w.order(w.author(a)).id, "业主已自行修好"
    ),
    "work_orders.steps.cancel_own_after_dispatch": lambda w, a: w.s.work_orders.steps.cancel(
        a, w.dispatched(w.author(a)).id, "业主已自行修好"
    ),
    "work_orders.steps.cancel_others": lambda w, a: w.s.work_orders.steps.cancel(
        a, w.order().id, "业主已自行修好"
    ),
    "work_orders.steps.void": lambda w, a: w.s.work_orders.steps.void(a, w.order().id, "重复登记"),
    "work_orders.steps.reopen": lambda w, a: w.s.work_orders.steps.reopen(
        a, w.called_back().id, "业主反映仍不亮"
    ),
    "work_orders.callbacks.settle_unreachable": lambda w, a: (
        w.s.work_orders.callbacks.settle_unreachable(a, w.unreachable().id, "三次未接通，主管确认")
    ),
    "work_orders.callbacks.amend": lambda w, a: w.s.work_orders.callbacks.amend(
        a,
        w.s.work_orders.queries.get(w.desk, w.called_back().id).callbacks[-1].id,
        reason="业主来电更正",
        satisfaction="fair",
    ),
    "work_orders.slips.print": lambda w, a: w.s.work_orders.slips.print(a, [w.order().id]),
    "work_orders.slips.data": lambda w, a: w.s.work_orders.slips.data(a, w.order().id),
    "work_orders.export": lambda w, a: w.s.work_orders.export(
        a,
        w.s.ctx.today(),
        w.s.ctx.today(),
        "csv",
        w.tmp / f"orders-{w.unique()}.csv",
    ),
    "work_orders.queries.get": lambda w, a: w.s.work_orders.queries.get(a, w.order().id),
    "work_orders.slips.scan": lambda w, a: w.s.work_orders.slips.scan(a, w.completed().serial),
    "work_orders.history.changes": lambda w, a: w.s.work_orders.history.changes(a, w.order().id),
    "work_orders.slips.preview": lambda w, a: w.s.work_orders.slips.preview(a, [w.order().id]),
    "work_orders.history.events": lambda w, a: w.s.work_orders.history.events(a, w.order().id),
    "work_orders.queries.page": lambda w, a: w.s.work_orders.queries.page(
        a, WorkOrderFilter(text="灯")
    ),
    "work_orders.queries.count": lambda w, a: w.s.work_orders.queries.count(
        a, WorkOrderFilter(text="灯")
    ),
    "work_orders.queries.counts": lambda w, a: w.s.work_orders.queries.counts(a),
    "work_orders.queries.recent_for_room": lambda w, a: w.s.work_orders.queries.recent_for_room(
        a, w.room().id
    ),
    "work_orders.callbacks.due": lambda w, a: w.s.work_orders.callbacks.due(a),
    "work_orders.callbacks.unreachable": lambda w, a: w.s.work_orders.callbacks.unreachable(a),
    "work_orders.slips.outstanding": lambda w, a: w.s.work_orders.slips.outstanding(a),
    "work_orders.notices.list": lambda w, a: w.s.work_orders.notices.list(a),
    # the register
    "residents.add_community": lambda w, a: w.s.residents.add_community(a, f"翠湖苑{w.unique()}"),
    "residents.add_room": lambda w, a: w.s.residents.add_room(
        a, RoomDraft("9", f"{w.unique()}01", community_id=w.community.id)
    ),
    "residents.update_room": lambda w, a: w.s.residents.update_room(
        a, w.room().id, RoomEdit(10, "89.5", Occupancy.SELF_OCCUPIED, "朝南")
    ),
    "residents.add_resident": lambda w, a: w.s.residents.add_resident(
        a, w.room().id, ResidentDraft("王芳", Relation.TENANT, ["13600001111"])
    ),
    "residents.update_resident": lambda w, a: w.s.residents.update_resident(
        a,
        w.resident().id,
        ResidentDraft(
            "张伟强",
            Relation.OWNER,
            ["13812345678"],
            mask_id_number(ID_NUMBER),  # what a clerk's form shows and sends back
            notes="常住",
        ),
    ),
    "residents.replace_masked_id_number": lambda w, a: w.s.residents.update_resident(
        a, w.resident().id, ResidentDraft("张伟强", Relation.OWNER, ["13812345678"], OTHER_ID)
    ),
    "residents.move_out": lambda w, a: w.s.residents.move_out(a, w.resident().id),
    "residents.void_resident": lambda w, a: w.s.residents.void_resident(
        a, w.resident().id, "重复登记"
    ),
    "residents.get_room": lambda w, a: w.s.residents.get_room(a, w.room().id),
    "residents.list_rooms": lambda w, a: w.s.residents.list_rooms(a, community_id=w.community.id),
    "residents.count_rooms": lambda w, a: w.s.residents.count_rooms(a, community_id=w.community.id),
    "residents.current_names": lambda w, a: w.s.residents.current_names(a, [w.resident().room_id]),
    "residents.room_detail": lambda w, a: w.s.residents.room_detail(a, w.resident().room_id),
    "residents.get_resident": lambda w, a: w.s.residents.get_resident(a, w.resident().id),
    "residents.resident_history": lambda w, a: w.s.residents.resident_history(a, w.resident().id),
    "residents.room_history": lambda w, a: w.s.residents.room_history(a, w.room().id),
    "residents.bulk_register": lambda w, a: w.s.residents.bulk_register(
        a, "阳光花园", [BulkRoom("7", f"{w.unique()}01")]
    ),
    "resident_import.preview": lambda w, a: w.s.resident_import.preview(
        a, w.roster(), community="阳光花园"
    ),
    "resident_import.commit": lambda w, a: w.s.resident_import.commit(
        a, w.s.resident_import.preview(w.boss, w.roster(), community="阳光花园")
    ),
    "rooms.lookup": lambda w, a: w.s.rooms.lookup(a, "张伟强"),
    "rooms.rooms_matching": lambda w, a: w.s.rooms.rooms_matching(a, "13812345678"),
    "rooms.exact": lambda w, a: w.s.rooms.exact(a, "3-2-1501"),
    "room_history.recent": lambda w, a: w.s.room_history.recent(
        a, w.entry(room_id=w.room().id).room_id
    ),
}


def test_the_table_covers_every_action_it_calls():
    assert set(ALLOWED) == set(CALLS)


@pytest.mark.parametrize("role", list(Role), ids=[role.value for role in Role])
@pytest.mark.parametrize("action", list(ALLOWED))
def test_role_may_or_may_not_take_the_action(world, action, role):
    rule, actor = ALLOWED[action], world.actors[role]
    if role in rule.allowed:
        CALLS[action](world, actor)  # done, no exception of any kind
        return
    with pytest.raises(PermissionDenied) as refused:
        CALLS[action](world, actor)
    words = rule.refusal[role] if isinstance(rule.refusal, dict) else rule.refusal
    assert words in refused.value.message


@pytest.mark.parametrize(
    ("role", "shown"),
    [(CLERK, mask_id_number(ID_NUMBER)), (SUPERVISOR, ID_NUMBER), (MANAGER, ID_NUMBER)],
    ids=["clerk", "supervisor", "manager"],
)
def test_full_id_numbers_are_for_supervisors_and_managers(world, role, shown):
    person = world.resident()
    assert world.s.residents.get_resident(world.actors[role], person.id).id_number == shown
    detail = world.s.residents.room_detail(world.actors[role], person.room_id)
    assert {r.id_number for r in detail.residents} == {shown}


def test_the_administrator_sees_no_resident_at_all(world):
    person = world.resident()
    with pytest.raises(PermissionDenied):
        world.s.residents.get_resident(world.admin, person.id)
    with pytest.raises(PermissionDenied):
        world.s.rooms.lookup(world.admin, "张伟强")
    # ... yet the register's structure is there to set up a site
    assert "阳光花园" in [c.name for c in world.s.residents.communities()]
    assert world.s.residents.buildings(world.community.id)
