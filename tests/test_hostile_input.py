"""Hostile text through every service write, on SQLite and PostgreSQL: NUL, a lone
surrogate, a right-to-left override, a zero-width space, 10,000 characters, a
spreadsheet formula and SQL. Each is either stored cleaned or refused with a short
ValidationError naming the field — never a driver error — and the printouts print
markup-like text exactly as it was typed."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import String, Text, select

from desk_app.cli import main
from desk_app.domain.base import Base
from desk_app.domain.contacts import Category, ContactEntry
from desk_app.domain.errors import ValidationError
from desk_app.domain.models import Department, User
from desk_app.domain.register import Resident
from desk_app.domain.roles import Role
from desk_app.domain.work_orders import CallOutcome, HoldReason, Location, Satisfaction
from desk_app.services.contacts import ContactDraft
from desk_app.services.register import ResidentDraft, RoomDraft, RoomEdit
from desk_app.services.work_orders.views import QuoteLineDraft, WorkOrderDraft
from tests.conftest import PASSWORD
from tests.register_fixtures import REGISTRAR, Home, one_home

HOSTILE = {
    "NUL": "王\x00芳",
    "lone surrogate": "王\ud800芳",
    "RLO": "王\u202e芳",
    "zero-width space": "王\u200b芳",
    "10,000 characters": "长" * 10_000,
    "formula": "=1+1",
    "SQL": "'; DROP TABLE users; --",
}
MAX_MESSAGE = 200
BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
NOT_INPUT = {("users", "password_hash")}


@dataclass
class Desk:
    """Everything a write needs, each write on records of its own."""

    services: object
    admin: object
    clerk: object
    supervisor: object
    home: Home
    registrar: object = None
    community_id: int | None = None
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    def unique(self) -> str:
        return str(next(self.counter))

    def entry(self) -> int:
        draft = ContactDraft(content="咨询物业费", category=Category.CONSULTATION)
        return self.services.contacts.log(self.clerk, draft).id

    def order(self, *steps: str) -> int:
        wo = self.services.work_orders
        row = wo.orders.create(self.clerk, self.draft())
        for step in steps:
            if step == "dispatch":
                wo.steps.dispatch(self.clerk, row.id)
            elif step == "arrive":
                wo.steps.arrive(self.clerk, row.id)
            elif step == "complete":
                wo.steps.complete(self.clerk, row.id, work_done="更换角阀")
            elif step == "busy":
                wo.callbacks.attempt(self.clerk, row.id, CallOutcome.BUSY)
            elif step == "callback":
                wo.callbacks.record(self.clerk, row.id, Satisfaction.SATISFIED, result="好")
        return row.id

    def draft(self, **changes) -> WorkOrderDraft:
        draft = WorkOrderDraft(
            description="卫生间漏水",
            category="water",
            room_id=self.home.room_id,
            contact_name="张伟强",
            contact_phone="13812345678",
        )
        return replace(draft, **changes)

    def room(self) -> int:
        draft = RoomDraft("9", f"{100 + next(self.counter)}", "1", self.community_id)
        return self.services.residents.add_room(self.registrar, draft).id

    def resident(self) -> int:
        draft = ResidentDraft("王芳", phones=["13812345678"])
        return self.services.residents.add_resident(self.registrar, self.room(), draft).id

    def user(self) -> int:
        info = self.services.accounts.create_user(
            self.admin,
            username=f"u{self.unique()}",
            display_name="新同事",
            role=Role.CLERK,
            password=PASSWORD,
        )
        return info.id


@dataclass(frozen=True)
class Write:
    name: str
    field: str  # the field the error must point at
    words: str  # what the message must call the field
    call: Callable[[Desk, str], object]


def _contact(d: Desk, **values):
    base = dict(content="咨询物业费", category=Category.CONSULTATION)
    return d.services.contacts.log(d.clerk, ContactDraft(**(base | values)))


def _resident(d: Desk, **values):
    draft = ResidentDraft(**({"name": f"住户{d.unique()}", "phones": ["13812345678"]} | values))
    return d.services.residents.add_resident(d.registrar, d.room(), draft)


WO = "work_orders"
WRITES = [
    # the contact log
    Write("log", "caller_name", "Name", lambda d, v: _contact(d, caller_name=v)),
    Write("log", "place", "Place", lambda d, v: _contact(d, place=v)),
    Write("log", "phone", "Phone", lambda d, v: _contact(d, phone=v)),
    Write("log", "content", "What happened", lambda d, v: _contact(d, content=v)),
    Write("log", "since", "Since when", lambda d, v: _contact(d, since=v)),
    Write("log", "forwarded_to", "Forwarded to", lambda d, v: _contact(d, forwarded_to=v)),
    Write("log", "follow_up_result", "Follow-up", lambda d, v: _contact(d, follow_up_result=v)),
    Write(
        "update",
        "content",
        "What happened",
        lambda d, v: d.services.contacts.update(
            d.clerk, d.entry(), ContactDraft(content=v, category=Category.CONSULTATION)
        ),
    ),
    Write(
        "follow up",
        "follow_up_result",
        "Follow-up",
        lambda d, v: d.services.contacts.set_follow_up(d.clerk, d.entry(), "following", v),
    ),
    Write(
        "void entry",
        "reason",
        "Reason",
        lambda d, v: d.services.contacts.void(d.supervisor, d.entry(), v),
    ),
    Write(
        "review",
        "remark",
        "Remark",
        lambda d, v: d.services.contacts.review(d.supervisor, d.entry(), v),
    ),
    Write(
        "channel",
        "label",
        "Label",
        lambda d, v: d.services.contacts.save_channel(d.admin, f"c{d.unique()}", v, False),
    ),
    Write(
        "channel",
        "code",
        "Code",
        lambda d, v: d.services.contacts.save_channel(d.admin, d.unique() + v, "新方式", False),
    ),
    # work orders
    Write(
        "create",
        "description",
        "Job description",
        lambda d, v: d.services.work_orders.orders.create(d.clerk, d.draft(description=v)),
    ),
    Write(
        "create",
        "place",
        "Place",
        lambda d, v: d.services.work_orders.orders.create(
            d.clerk, d.draft(location=Location.PUBLIC_AREA, room_id=None, place=v)
        ),
    ),
    Write(
        "create",
        "contact_name",
        "Contact",
        lambda d, v: d.services.work_orders.orders.create(d.clerk, d.draft(contact_name=v)),
    ),
    Write(
        "create",
        "contact_phone",
        "Phone",
        lambda d, v: d.services.work_orders.orders.create(d.clerk, d.draft(contact_phone=v)),
    ),
    Write(
        "create",
        "technician",
        "Technician",
        lambda d, v: d.services.work_orders.orders.create(d.clerk, d.draft(technician=v)),
    ),
    Write(
        "create",
        "quote_lines",
        "Quote line",
        lambda d, v: d.services.work_orders.orders.create(
            d.clerk, d.draft(paid=True, quote_lines=(QuoteLineDraft(v, "1", "个", "10"),))
        ),
    ),
    Write(
        "create",
        "quote_lines",
        "Quote line",
        lambda d, v: d.services.work_orders.orders.create(
            d.clerk, d.draft(paid=True, quote_lines=(QuoteLineDraft("角阀", v, "个", "10"),))
        ),
    ),
    Write(
        "create",
        "quote_lines",
        "Quote line",
        lambda d, v: d.services.work_orders.orders.create(
            d.clerk, d.draft(paid=True, quote_lines=(QuoteLineDraft("角阀", "1", v, "10"),))
        ),
    ),
    Write(
        "update",
        "reason",
        "Reason",
        lambda d, v: d.services.work_orders.orders.update(
            d.clerk, d.order(), d.draft(description="改了"), reason=v
        ),
    ),
    Write(
        "agreement",
        "agreement_note",
        "Agreement note",
        lambda d, v: d.services.work_orders.orders.record_agreement(
            d.clerk,
            d.services.work_orders.orders.create(
                d.clerk,
                d.draft(paid=True, quote_lines=(QuoteLineDraft("角阀", "1", "个", "10"),)),
            ).id,
            v,
        ),
    ),
    Write(
        "dispatch",
        "technician",
        "Technician",
        lambda d, v: d.services.work_orders.steps.dispatch(d.clerk, d.order(), technician=v),
    ),
    Write(
        "arrive",
        "note",
        "Note",
        lambda d, v: d.services.work_orders.steps.arrive(d.clerk, d.order("dispatch"), note=v),
    ),
    Write(
        "complete",
        "work_done",
        "Work done",
        lambda d, v: d.services.work_orders.steps.complete(
            d.clerk, d.order("dispatch", "arrive"), work_done=v
        ),
    ),
    Write(
        "complete",
        "stop_gap",
        "Stop-gap",
        lambda d, v: d.services.work_orders.steps.complete(
            d.clerk, d.order("dispatch", "arrive"), stop_gap=v
        ),
    ),
    Write(
        "hold",
        "note",
        "Note",
        lambda d, v: d.services.work_orders.steps.hold(
            d.clerk, d.order("dispatch"), HoldReason.OTHER, date(2026, 12, 1), v
        ),
    ),
    Write(
        "resume",
        "note",
        "Note",
        lambda d, v: d.services.work_orders.steps.resume(d.clerk, _held(d), v),
    ),
    Write(
        "hand back",
        "reason",
        "Reason",
        lambda d, v: d.services.work_orders.steps.hand_back(d.clerk, d.order("dispatch"), v),
    ),
    Write(
        "transfer",
        "reason",
        "Reason",
        lambda d, v: d.services.work_orders.steps.transfer(
            d.clerk, d.order("dispatch"), _other(d), v
        ),
    ),
    Write(
        "transfer",
        "technician",
        "Technician",
        lambda d, v: d.services.work_orders.steps.transfer(
            d.clerk, d.order("dispatch"), _other(d), "换部门", technician=v
        ),
    ),
    Write(
        "cancel",
        "reason",
        "Reason",
        lambda d, v: d.services.work_orders.steps.cancel(d.supervisor, d.order(), v),
    ),
    Write(
        "void order",
        "reason",
        "Reason",
        lambda d, v: d.services.work_orders.steps.void(d.supervisor, d.order(), v),
    ),
    Write(
        "reopen",
        "reason",
        "Reason",
        lambda d, v: d.services.work_orders.steps.reopen(
            d.supervisor, d.order("dispatch", "arrive", "complete", "callback"), v
        ),
    ),
    Write(
        "callback attempt",
        "remarks",
        "Remarks",
        lambda d, v: d.services.work_orders.callbacks.attempt(
            d.clerk, d.order("dispatch", "arrive", "complete"), CallOutcome.BUSY, remarks=v
        ),
    ),
    Write(
        "callback",
        "result",
        "Result",
        lambda d, v: d.services.work_orders.callbacks.record(
            d.clerk, d.order("dispatch", "arrive", "complete"), "satisfied", result=v
        ),
    ),
    Write(
        "callback",
        "remarks",
        "Remarks",
        lambda d, v: d.services.work_orders.callbacks.record(
            d.clerk, d.order("dispatch", "arrive", "complete"), "satisfied", remarks=v
        ),
    ),
    Write(
        "settle unreachable",
        "remarks",
        "Remarks",
        lambda d, v: d.services.work_orders.callbacks.settle_unreachable(
            d.supervisor, d.order("dispatch", "arrive", "complete", "busy", "busy", "busy"), v
        ),
    ),
    Write(
        "amend callback",
        "reason",
        "Reason",
        lambda d, v: d.services.work_orders.callbacks.amend(
            d.supervisor, _callback(d), reason=v, result="改"
        ),
    ),
    Write(
        "amend callback",
        "result",
        "Result",
        lambda d, v: d.services.work_orders.callbacks.amend(
            d.supervisor, _callback(d), reason="记错了", result=v
        ),
    ),
    Write(
        "amend callback",
        "remarks",
        "Remarks",
        lambda d, v: d.services.work_orders.callbacks.amend(
            d.supervisor, _callback(d), reason="记错了", remarks=v
        ),
    ),
    Write(
        "category",
        "label",
        "Label",
        lambda d, v: d.services.work_orders.categories.save(d.admin, f"k{d.unique()}", v),
    ),
    # the register
    Write(
        "community",
        "name",
        "community",
        lambda d, v: d.services.residents.add_community(d.registrar, d.unique() + v),
    ),
    Write(
        "room",
        "building",
        "Building",
        lambda d, v: d.services.residents.add_room(
            d.registrar, RoomDraft(v, "101", "", d.community_id)
        ),
    ),
    Write(
        "room",
        "unit",
        "Unit",
        lambda d, v: d.services.residents.add_room(
            d.registrar, RoomDraft("8", "101", v, d.community_id)
        ),
    ),
    Write(
        "room",
        "number",
        "Room number",
        lambda d, v: d.services.residents.add_room(
            d.registrar, RoomDraft("8", v, "", d.community_id)
        ),
    ),
    Write(
        "room",
        "area",
        "Area",
        lambda d, v: d.services.residents.add_room(
            d.registrar, RoomDraft("8", str(200 + int(d.unique())), "", d.community_id, area=v)
        ),
    ),
    Write(
        "room",
        "notes",
        "Notes",
        lambda d, v: d.services.residents.update_room(
            d.registrar, d.room(), RoomEdit(None, None, "vacant", notes=v)
        ),
    ),
    Write("resident", "name", "name", lambda d, v: _resident(d, name=v)),
    Write("resident", "phones", "Phone", lambda d, v: _resident(d, phones=v)),
    Write("resident", "id_number", "ID number", lambda d, v: _resident(d, id_number=v)),
    Write("resident", "notes", "Notes", lambda d, v: _resident(d, notes=v)),
    Write(
        "resident",
        "emergency_name",
        "Emergency contact",
        lambda d, v: _resident(d, emergency_name=v),
    ),
    Write("resident", "emergency_phone", "Phone", lambda d, v: _resident(d, emergency_phone=v)),
    Write(
        "move out",
        "note",
        "Note",
        lambda d, v: d.services.residents.move_out(d.registrar, d.resident(), note=v),
    ),
    Write(
        "void resident",
        "reason",
        "reason",
        lambda d, v: d.services.residents.void_resident(d.registrar, d.resident(), v),
    ),
    # accounts and settings
    Write(
        "user",
        "username",
        "user name",
        lambda d, v: d.services.accounts.create_user(
            d.admin,
            username=f"u{d.unique()}" + v,
            display_name="新同事",
            role=Role.CLERK,
            password=PASSWORD,
        ),
    ),
    Write(
        "user",
        "display_name",
        "name",
        lambda d, v: d.services.accounts.create_user(
            d.admin,
            username=f"u{d.unique()}",
            display_name=v,
            role=Role.CLERK,
            password=PASSWORD,
        ),
    ),
    Write(
        "disable user",
        "reason",
        "Reason",
        lambda d, v: d.services.accounts.set_user_active(d.admin, d.user(), False, v),
    ),
    Write(
        "department",
        "name",
        "department",
        lambda d, v: d.services.accounts.save_department(d.admin, None, name=d.unique() + v),
    ),
    Write(
        "department",
        "phone",
        "Phone",
        lambda d, v: d.services.accounts.save_department(
            d.admin, None, name=f"部门{d.unique()}", phone=v
        ),
    ),
    *(
        Write(
            "settings",
            key,
            words,
            lambda d, v, key=key: d.services.settings.update(d.admin, {key: v}),
        )
        for key, words in (
            ("center.name", "Service center name"),
            ("center.address", "Address"),
            ("center.phone", "Phone"),
        )
    ),
]


def _held(d: Desk) -> int:
    order = d.order("dispatch")
    d.services.work_orders.steps.hold(d.clerk, order, HoldReason.PARTS, date(2026, 12, 1))
    return order


def _other(d: Desk) -> int:
    return next(x.id for x in d.services.accounts.list_departments() if x.name == "安全部")


def _callback(d: Desk) -> int:
    order = d.order("dispatch", "arrive", "complete", "callback")
    return d.services.work_orders.queries.get(d.clerk, order).callbacks[-1].id


def _stored_text_problems(services) -> list[str]:
    """What no text column may hold, whichever write put it there."""
    problems = []
    with services.ctx.db.read() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, String | Text):
                    continue
                if (table.name, column.name) in NOT_INPUT:
                    continue
                for (value,) in session.execute(select(column)):
                    where = f"{table.name}.{column.name} = {value[:30]!r}"
                    if "\x00" in value:
                        problems.append(f"{where}: NUL")
                    if BIDI & set(value):
                        problems.append(f"{where}: bidi override")
                    length = getattr(column.type, "length", None)
                    if length is not None:
                        if ZERO_WIDTH & set(value):
                            problems.append(f"{where}: zero-width character in a line")
                        if len(value) > length:
                            problems.append(f"{where}: {len(value)} > {length} characters")
    return problems


def test_hostile_text_is_stored_clean_or_refused_by_every_write(services, admin, clerk, supervisor):
    home = one_home(services, admin)
    desk = Desk(
        services, admin, clerk, supervisor, home, services.accounts.login(REGISTRAR, PASSWORD)
    )
    desk.community_id = services.residents.get_room(supervisor, home.room_id).community_id
    refusals_wrong = []
    for write in WRITES:
        for kind, value in HOSTILE.items():
            case = f"{write.name} / {write.field} / {kind}"
            try:
                write.call(desk, value)
            except ValidationError as error:
                message = error.message
                if (
                    error.field != write.field
                    or write.words.lower() not in message.lower()
                    or len(message) >= MAX_MESSAGE
                ):
                    refusals_wrong.append(f"{case}: field {error.field!r}: {message[:300]!r}")
            except Exception as error:  # noqa: BLE001 - the point: nothing else escapes
                refusals_wrong.append(f"{case}: {type(error).__name__}: {str(error)[:200]}")
    assert not refusals_wrong, "\n".join(refusals_wrong)
    assert _stored_text_problems(services) == []


def test_clean_text_is_stored_as_the_clerk_meant_it(services, admin, clerk):
    home = one_home(services, admin)
    row = services.contacts.log(
        clerk,
        ContactDraft(
            content="楼上\u202e漏水\r\n\r\n\r\n\t滴到客厅  ",
            category=Category.REPAIR,
            caller_name=" 张\u200b伟强\u202e ",
            room_id=home.room_id,
            phone="+86 10 6234 5678",
            since="昨天\t晚上",
        ),
    )
    assert row.content == "楼上漏水\n\n\t滴到客厅"
    assert row.caller_name == "张伟强"
    assert row.since == "昨天 晚上"
    assert row.phone == "010-62345678"
    formula = services.contacts.log(clerk, ContactDraft(content="=1+1", caller_name="=SUM(A1)"))
    assert (formula.content, formula.caller_name) == ("=1+1", "=SUM(A1)")
    with services.ctx.db.read() as session:
        assert session.scalar(select(User.username).where(User.id == clerk.user_id)) == "clerk"
        assert session.scalar(select(ContactEntry.content).where(ContactEntry.id == row.id)) == (
            "楼上漏水\n\n\t滴到客厅"
        )


def test_the_contact_log_refuses_a_phone_that_is_not_one(services, clerk):
    with pytest.raises(ValidationError) as caught:
        services.contacts.log(clerk, ContactDraft(content="咨询", phone="138 1234 567"))
    assert caught.value.field == "phone"
    assert "a mobile number has 11 digits, this one has 10" in caught.value.message
    extension = services.contacts.log(
        clerk, ContactDraft(content="咨询", phone="0571-88886666-801")
    )
    assert extension.phone == "0571-88886666转801"


def test_a_name_that_is_too_long_is_refused_not_cut(services, clerk):
    with pytest.raises(ValidationError) as caught:
        services.contacts.log(clerk, ContactDraft(content="咨询", caller_name="张" * 41))
    assert caught.value.field == "caller_name"
    assert caught.value.message == "Name: at most 40 characters, this has 41."


def test_the_limits_agree_with_the_columns():
    from desk_app.domain import text_input as limits
    from desk_app.domain.work_orders import WorkOrder, WorkOrderQuoteLine

    columns = {
        limits.NAME: [
            ContactEntry.caller_name,
            ContactEntry.forwarded_to,
            WorkOrder.contact_name,
            WorkOrder.technician,
            Resident.name,
            Resident.emergency_name,
            User.username,
            User.display_name,
            Department.name,
        ],
        limits.PLACE: [ContactEntry.place, WorkOrder.place],
        limits.SINCE: [ContactEntry.since],
        limits.NOTE: [WorkOrder.agreement_note],
        limits.MATERIAL: [WorkOrderQuoteLine.name],
        limits.UNIT: [WorkOrderQuoteLine.unit],
    }
    for limit, guarded in columns.items():
        for column in guarded:
            assert column.type.length == limit, column


# -- printouts -------------------------------------------------------------------------------

MARKUP = {"center.name": "A<B & C>", "center.address": "<b>粗体</b> &amp;"}


def _pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_every_printout_prints_markup_like_text_as_typed(
    services, db_url, admin, clerk, capsys, tmp_path
):
    services.settings.update(admin, MARKUP)
    desk = Desk(services, admin, clerk, None, one_home(services, admin))
    services.contacts.log(
        clerk, ContactDraft(content="<i>斜体</i> & 1<2", caller_name="<b>", place="&amp;")
    )
    order = services.work_orders.orders.create(
        clerk, desk.draft(description="A<B & C> <br/> &lt;", contact_name="<b>")
    )

    out = tmp_path / "test-page.pdf"
    assert main(["print", "test-page", "--db", db_url, "--out", str(out)]) == 0
    test_page = _pdf_text(out.read_bytes())
    register = _pdf_text(services.contacts.print_register(clerk, date(2026, 11, 23)))
    slip = _pdf_text(services.work_orders.slips.print(clerk, [order.id]))

    assert "A<B & C>" in test_page and "<b>粗体</b> &amp;" in test_page
    for text in ("A<B & C>", "<i>斜体</i> & 1<2", "<b>", "&amp;"):
        assert text in register
    assert "A<B & C> <br/> &lt;" in slip.replace("\n", " ")
    assert "A<B & C>" in slip


def test_messages_echo_at_most_the_beginning_of_the_input(services, clerk):
    with pytest.raises(ValidationError) as caught:
        services.contacts.log(clerk, ContactDraft(content="咨询", phone="1\ud800" + "9" * 9_999))
    message = caught.value.message
    assert len(message) < MAX_MESSAGE
    message.encode("utf-8")  # printable in a terminal and a label: no lone surrogate
    assert "\ud800" not in message


def test_a_quote_beyond_what_the_books_hold_is_refused(services, admin, clerk):
    desk = Desk(services, admin, clerk, None, one_home(services, admin))
    huge = QuoteLineDraft("角阀", "99999999", "个", "99999999")
    with pytest.raises(ValidationError) as caught:
        services.work_orders.orders.create(clerk, desk.draft(paid=True, quote_lines=(huge,)))
    assert caught.value.field == "quote_lines"
    with pytest.raises(ValidationError) as exponent:
        services.work_orders.orders.create(clerk, desk.draft(paid=True, labour_fee="1e999999"))
    assert exponent.value.field == "labour_fee"
