"""Card requests, cards and visitors at a glance: their workbench lists, their sections
of the daily summary (figures counted here independently from every row, on demo days)
and what the global search finds of them (a card number in any reader's form, a KB- or
FK- serial, a visitor's name, phone tail or plate, an applicant's name)."""

from __future__ import annotations

import io
from collections import Counter
from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.demo.build import build_demo
from desk_app.domain.card_requests import AccessCard, AccessCardEvent, CardRequest
from desk_app.domain.models import AuditEvent
from desk_app.domain.roles import Role
from desk_app.domain.visitors import Visit, VisitorBlocked
from desk_app.services.cards.views import CardRequestDraft
from desk_app.services.search import SearchService
from desk_app.services.visitors import BlockDraft, VisitDraft
from tests.conftest import PASSWORD, ZONE, make_user
from tests.register_fixtures import one_home


def _login(services, name):
    return services.accounts.login(name, PASSWORD)


def _local_day(moment):
    return moment.astimezone(ZONE).date()


def _keys(lists):
    return {lst.key: lst for lst in lists}


def _request(services, clerk, home, **changes):
    values = dict(
        kind="first_issue",
        room_id=home.room_id,
        applicant="张伟强",
        relation="owner",
        phone="13812345678",
        id_number="110105198506151236",
        card_count=1,
        documents=("身份证",),
    )
    values.update(changes)
    return services.cards.requests.submit(clerk, CardRequestDraft(**values))


# -- the daily summary ------------------------------------------------------------------------


@pytest.fixture
def demo(services):
    build_demo(services, seed=5, password=PASSWORD, rooms=60, days=4)
    return services


def test_the_card_figures_agree_with_the_records_of_each_demo_day(demo):
    supervisor = _login(demo, "supervisor")
    with demo.db.read() as session:
        requests = list(session.scalars(select(CardRequest)))
        events = list(session.scalars(select(AccessCardEvent)))
    seen_fees = seen_blocked = 0
    for back in range(5):
        day = demo.ctx.today() - timedelta(days=back)
        summary = demo.daily.summary(supervisor, day)
        taken = [r for r in requests if r.day == day]
        assert summary.figure("cards.requests") == len(taken)
        for kind, count in Counter(r.kind for r in taken).items():
            assert summary.figure(f"cards.kind.{kind}") == count
        for status, count in Counter(r.status for r in taken).items():
            assert summary.figure(f"cards.status.{status}") == count
        handed = [r for r in requests if r.issued_at and _local_day(r.issued_at) == day]
        fees = sum((Decimal("0") if r.fee_waived else Decimal(r.fee) for r in handed), Decimal(0))
        assert summary.figure("cards.fees") == fees
        assert summary.figure("cards.waived") == sum(1 for r in handed if r.fee_waived)
        blocked = [e for e in events if e.to_state == "lost_blocked" and _local_day(e.at) == day]
        assert summary.figure("cards.blocked_lost") == len(blocked)
        seen_fees += fees > 0
        seen_blocked += len(blocked)
    assert seen_fees and seen_blocked, "the demo days hold fees and lost cards"
    assert sum(1 for r in requests if r.fee_waived and r.issued_at), "and a waived fee"


def test_the_visitor_figures_and_who_was_still_there_at_closing(demo, clock):
    clerk = _login(demo, "clerk")
    visits = demo.visitors.visits
    yesterday = demo.ctx.today() - timedelta(days=1)
    now = clock.current

    def at(hour, minute):
        return datetime.combine(yesterday, time(hour, minute), tzinfo=ZONE)

    # Yesterday evening: one stays the night, one leaves after closing (22:00), one before.
    stays = visits.sign_in(clerk, VisitDraft("夜归人", place="5栋", arrived_at=at(21, 0))).visit
    late = visits.sign_in(clerk, VisitDraft("晚走的", place="6栋", arrived_at=at(21, 30))).visit
    early = visits.sign_in(clerk, VisitDraft("早走的", place="7栋", arrived_at=at(21, 40))).visit
    clock.current = at(21, 50)
    visits.sign_out(clerk, early.id)
    clock.current = at(22, 30)
    visits.sign_out(clerk, late.id)
    clock.current = now
    supervisor = _login(demo, "supervisor")
    with demo.db.read() as session:
        all_visits = list(session.scalars(select(Visit)))
        refusals = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "turned_away"))
        )
    for day in (yesterday, demo.ctx.today()):
        summary = demo.daily.summary(supervisor, day)
        of_day = [v for v in all_visits if v.day == day]
        kept = [v for v in of_day if v.status != "voided"]
        assert summary.figure("visitors.total") == len(kept) > 0
        assert summary.figure("visitors.voided") == len(of_day) - len(kept)
        for kind, count in Counter(v.kind_code for v in kept).items():
            assert summary.figure(f"visitors.kind.{kind}") == count
        people = {e.new_values["visitor"] for e in refusals if _local_day(e.at) == day}
        assert summary.figure("visitors.turned_away") == len(people)
        assert summary.figure("visitors.let_in_over_block") == sum(
            1 for v in kept if v.block_id is not None
        )
    # yesterday's closing has come: who was on the estate at 22:00, listed
    summary = demo.daily.summary(supervisor, yesterday)
    closing = at(22, 0)
    there = [
        v
        for v in all_visits
        if v.status != "voided"
        and v.arrived_at < closing
        and (v.departed_at is None or v.departed_at > closing)
    ]
    assert {v.serial for v in there} >= {stays.serial, late.serial}
    assert early.serial not in {v.serial for v in there}
    assert summary.figure("visitors.at_closing") == len(there)
    (table,) = [s for s in summary.sections if s.key == "visitors"][0].tables
    assert table.caption == "闭园时仍在园的访客"
    assert {row[0] for row in table.rows} == {v.serial for v in there}
    assert (stays.serial, "夜归人", "5栋", "11-22 21:00") in table.rows
    # today's closing is still ahead (09:30): the list is of those on site now
    today = demo.daily.summary(supervisor, demo.ctx.today())
    with pytest.raises(KeyError):
        today.figure("visitors.at_closing")
    (table,) = [s for s in today.sections if s.key == "visitors"][0].tables
    assert table.caption == "尚在园访客（未到闭园时间）"
    assert {row[0] for row in table.rows} == {v.serial for v in all_visits if v.status == "on_site"}
    # and the paper says it
    pdf = demo.daily.pdf(supervisor, yesterday)
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")
    assert "住户卡" in words and "闭园时仍在园的访客" in words and "夜归人" in words
    assert f"收取卡费（当日发卡，元）{summary.figure('cards.fees')}" in words.replace("\n", "")


def test_turned_away_counts_people_not_block_list_entries(services, admin, clerk, supervisor):
    home = one_home(services, admin)
    blocks = services.visitors.blocks
    blocks.add(supervisor, BlockDraft(name="王五", phone="13700001111", reason="多次滋扰"))
    blocks.add(supervisor, BlockDraft(plate="浙A12345", reason="强行闯闸"))
    refused = VisitDraft("王五", phone="13700001111", plate="浙A12345", room_id=home.room_id)
    for _ in range(2):  # he tries twice; each try matches both entries
        with pytest.raises(VisitorBlocked):
            services.visitors.visits.sign_in(clerk, refused)
    with pytest.raises(VisitorBlocked):
        services.visitors.visits.sign_in(
            clerk, VisitDraft("赵六", plate="浙A12345", place="1栋大堂")
        )
    summary = services.daily.summary(supervisor, services.ctx.today())
    assert summary.figure("visitors.turned_away") == 2
    assert summary.figure("visitors.total") == 0


# -- the workbench ------------------------------------------------------------------------------


def test_requests_wait_on_the_approvers_and_the_desks_workbench(services, admin, clerk, clock):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    manager = make_user(services, admin, Role.MANAGER)
    home = one_home(services, admin)
    first = _request(services, clerk, home)
    clock.advance(minutes=5)
    second = _request(services, clerk, home, applicant="李秀英", relation="family")
    for approver in (supervisor, manager):
        lists = _keys(services.home.lists(approver))
        waiting = lists["cards.awaiting_approval"]
        assert [i.serial for i in waiting.items] == [first.serial, second.serial]
        assert waiting.total == 2 and waiting.items[0].page == "cards"
        assert waiting.items[0].summary == "3栋2单元1501　张伟强　首次办卡×1"
    assert "cards.awaiting_approval" not in _keys(services.home.lists(clerk))
    services.cards.steps.approve(supervisor, second.id)
    lists = _keys(services.home.lists(clerk))
    assert [i.record_id for i in lists["cards.awaiting_issue"].items] == [second.id]
    assert [
        i.serial for i in _keys(services.home.lists(supervisor))["cards.awaiting_approval"].items
    ] == [first.serial]
    services.cards.steps.issue(clerk, second.id, ["0012345678"], signed_by="李秀英")
    assert "cards.awaiting_issue" not in _keys(services.home.lists(clerk))
    assert not any(k.startswith("cards.") for k in _keys(services.home.lists(admin)))


def test_visitors_on_site_and_past_closing_on_the_workbench(services, admin, clerk, clock):
    home = one_home(services, admin)
    visits = services.visitors.visits
    guest = visits.sign_in(clerk, VisitDraft("张三", room_id=home.room_id)).visit
    clock.advance(hours=1)
    courier = visits.sign_in(clerk, VisitDraft("李四", kind="courier", place="1栋大堂")).visit
    lists = _keys(services.home.lists(clerk))
    on_site = lists["visitors.on_site"]
    assert on_site.total == 2 and [i.record_id for i in on_site.items] == [guest.id, courier.id]
    assert on_site.items[0].summary == "张三　3栋2单元1501　亲友访客"
    assert "visitors.after_closing" not in lists
    visits.sign_out(clerk, courier.id)
    clock.current = datetime.combine(services.ctx.today(), time(22, 5), tzinfo=ZONE)
    lists = _keys(services.home.lists(clerk))
    late = lists["visitors.after_closing"]
    assert [i.serial for i in late.items] == [guest.serial] and late.late
    assert late.items[0].due_at == datetime.combine(guest.day, time(22, 0), tzinfo=ZONE)
    assert late.rank < lists["visitors.on_site"].rank
    assert lists["visitors.on_site"].total == 1


# -- the global search ----------------------------------------------------------------------------


@pytest.fixture
def filled(services, admin, clerk, supervisor):
    home = one_home(services, admin)
    request = _request(services, clerk, home, card_count=2)
    services.cards.steps.approve(supervisor, request.id)
    services.cards.steps.issue(clerk, request.id, ["0012345678", "0012345679"], signed_by="张伟强")
    lost = _request(
        services, clerk, home, kind="replace_lost", card_count=0, old_cards=("0012345679",)
    )
    visit = services.visitors.visits.sign_in(
        clerk,
        VisitDraft("欧阳娜娜", phone="13955556789", plate="浙B7Z8Q9", room_id=home.room_id),
    ).visit
    with services.db.read() as session:
        cards = {c.number: c.id for c in session.scalars(select(AccessCard))}
    return home, request, lost, visit, cards


def _hits(groups, key):
    return [hit for group in groups if group.key == key for hit in group.hits]


@pytest.mark.parametrize("typed", ["0012345678", "12345678", "00BC614E", "188,24910", "188，24910"])
def test_a_card_number_in_any_readers_form_names_the_card(services, clerk, filled, typed):
    home, request, _lost, _visit, cards = filled
    groups = services.search.search(clerk, typed)
    exact = SearchService.exact_hit(groups)
    assert exact is not None
    assert (exact.page, exact.record_id) == ("access_cards", cards["0012345678"])
    assert exact.serial == "0012345678（188,24910）"
    assert exact.summary == f"有效　{home.room_label}　张伟强"


def test_a_lost_card_says_so_and_serials_name_their_records(services, clerk, filled):
    home, request, lost, visit, cards = filled
    (hit,) = _hits(services.search.search(clerk, "0012345679"), "access_cards")
    assert hit.summary.startswith("已挂失") and hit.record_id == cards["0012345679"]
    for serial, page, record_id in (
        (request.serial, "cards", request.id),
        (lost.serial.lower(), "cards", lost.id),
        (visit.serial, "visitors", visit.id),
    ):
        exact = SearchService.exact_hit(services.search.search(clerk, serial))
        assert exact is not None and (exact.page, exact.record_id) == (page, record_id)


def test_visitors_by_name_phone_tail_and_plate_requests_by_applicant(services, clerk, filled):
    home, request, lost, visit, _cards = filled
    other = VisitDraft("王大锤", phone="13800000000", place="1栋大堂")
    services.visitors.visits.sign_in(clerk, other)
    for typed in ("欧阳", "6789", "13955556789", "浙B7Z8Q9", "B7Z8"):
        hits = _hits(services.search.search(clerk, typed), "visitors")
        assert [h.record_id for h in hits] == [visit.id], typed
        assert not hits[0].exact
    hits = _hits(services.search.search(clerk, "张伟强"), "cards")
    assert [h.record_id for h in hits] == [lost.id, request.id]  # newest first
    assert _hits(services.search.search(clerk, "张伟"), "visitors") == []
    # hostile words find nothing and fail nothing
    for typed in ("%%", "_'; DROP TABLE visits; --", "=1+1", "\x00\ud800" + "x" * 10_000):
        for key in ("visitors", "cards", "access_cards"):
            assert _hits(services.search.search(clerk, typed), key) == []
