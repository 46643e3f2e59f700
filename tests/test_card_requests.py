"""Access-card requests through the services, on real databases: the life cycle, the
rules (tenant consent, the per-home limit, a lost card blocked at once, a number never
active twice), the register's searches, the printed form and the export."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desk_app.domain.card_requests import CardState, Status
from desk_app.domain.errors import Conflict, IllegalTransition, PermissionDenied, ValidationError
from desk_app.services.cards.views import CardRequestDraft, CardRequestFilter
from desk_app.services.register import RoomDraft
from tests.register_fixtures import one_home

ID_NUMBER = "110105198506151236"
ID_MASKED = "1101**********1236"  # as domain.personal masks it


@pytest.fixture
def home(services, admin):
    return one_home(services, admin)


@pytest.fixture
def cards(services):
    return services.cards


def draft(home, **changes) -> CardRequestDraft:
    values = dict(
        kind="first_issue",
        room_id=home.room_id,
        applicant="张伟强",
        relation="owner",
        phone="13812345678",
        id_number=ID_NUMBER,
        card_count=2,
        documents=("身份证", "房产证或租赁合同"),
    )
    values.update(changes)
    return CardRequestDraft(**values)


def issued(cards, clerk, supervisor, home, numbers, **changes):
    request = cards.requests.submit(clerk, draft(home, card_count=len(numbers), **changes))
    cards.steps.approve(supervisor, request.id)
    return cards.steps.issue(clerk, request.id, numbers, signed_by="张伟强")


def test_the_whole_life_makes_the_new_cards_active(cards, clerk, supervisor, home, clock):
    request = cards.requests.submit(clerk, draft(home))
    assert request.serial == "KB-20261123-0001"
    assert request.status == Status.SUBMITTED
    assert request.next_action == "approve"
    clock.advance(minutes=10)
    approved = cards.steps.approve(supervisor, request.id, "资料齐全")
    assert approved.status == Status.APPROVED and approved.decided_by == "supervisor-名"
    clock.advance(minutes=10)
    # The reader types the decimal form, the clerk the printed one: both are stored alike.
    done = cards.steps.issue(clerk, request.id, ["0012345678", "188,24911"], signed_by="张伟强")
    assert done.status == Status.ISSUED
    assert done.new_cards == ["0012345678", "0012345679"]
    assert done.issued_at == clock.current and done.signed_by == "张伟强"
    filed = cards.steps.finish(clerk, request.id)
    assert filed.status == Status.DONE
    assert [s.action for s in filed.steps] == ["submit", "approve", "issue", "finish"]
    room_cards = cards.register.of_room(clerk, home.room_id)
    assert [(c.number, c.state, c.holder) for c in room_cards] == [
        ("0012345678", "active", "张伟强"),
        ("0012345679", "active", "张伟强"),
    ]
    found = cards.register.find(clerk, "00BC614E")  # a hex reader's form of 12345678
    assert found.current.room == home.room_label
    assert found.current.state == CardState.ACTIVE
    assert found.current.request_serial == "KB-20261123-0001"


def test_only_a_supervisor_approves(cards, clerk, supervisor, home):
    request = cards.requests.submit(clerk, draft(home))
    with pytest.raises(PermissionDenied):
        cards.steps.approve(clerk, request.id)
    with pytest.raises(PermissionDenied):
        cards.steps.reject(clerk, request.id, "资料不全")
    with pytest.raises(IllegalTransition):
        cards.steps.issue(clerk, request.id, ["1", "2"])  # not approved yet
    with pytest.raises(ValidationError):
        cards.steps.reject(supervisor, request.id, "")  # a reason is needed
    rejected = cards.steps.reject(supervisor, request.id, "资料不全")
    assert rejected.status == Status.REJECTED and rejected.decision_note == "资料不全"
    assert cards.register.of_room(clerk, home.room_id) == []


def test_a_tenant_needs_the_owners_consent(cards, clerk, home):
    with pytest.raises(ValidationError) as refused:
        cards.requests.submit(clerk, draft(home, applicant="王租户", relation="tenant"))
    assert refused.value.field == "consent"
    assert "consent" in refused.value.message
    request = cards.requests.submit(
        clerk, draft(home, applicant="王租户", relation="tenant", consent="phone")
    )
    assert request.consent == "phone"


def test_a_lost_card_is_blocked_when_the_request_is_taken(cards, clerk, supervisor, home):
    issued(cards, clerk, supervisor, home, ["12345678"])
    request = cards.requests.submit(
        clerk, draft(home, kind="replace_lost", card_count=0, old_cards=("0012345678",))
    )
    assert request.status == Status.SUBMITTED and request.card_count == 1
    found = cards.register.find(clerk, "12345678")
    assert found.current.state == CardState.LOST_BLOCKED  # before any approval
    assert [e.to_state for e in found.history] == ["lost_blocked", "active"]
    assert found.history[0].request_serial == request.serial
    # Blocked, it comes back only through a new request: not by replacing it again ...
    with pytest.raises(ValidationError) as again:
        cards.requests.submit(
            clerk, draft(home, kind="replace_lost", card_count=0, old_cards=("12345678",))
        )
    assert again.value.field == "old_cards"
    # ... but by issuing its number on an approved request.
    cards.steps.approve(supervisor, request.id)
    cards.steps.issue(clerk, request.id, ["12345678"])
    states = [c.state for c in cards.register.find(clerk, "12345678").cards]
    assert states == ["active", "lost_blocked"]


def test_the_number_of_active_cards_per_home_is_limited(
    services, cards, admin, clerk, supervisor, home
):
    services.settings.update(admin, {"cards.max_active_per_home": 3})
    issued(cards, clerk, supervisor, home, ["1001", "1002"])
    with pytest.raises(ValidationError) as refused:
        cards.requests.submit(clerk, draft(home, kind="additional", card_count=2))
    assert refused.value.field == "card_count"
    assert "at most 3" in refused.value.message
    one_more = cards.requests.submit(clerk, draft(home, kind="additional", card_count=1))
    # An open request counts: a second one would go over the limit as well.
    with pytest.raises(ValidationError):
        cards.requests.submit(clerk, draft(home, kind="additional", card_count=1))
    assert one_more.status == Status.SUBMITTED


def test_a_card_number_is_never_active_twice(services, cards, admin, clerk, supervisor, home):
    other = services.residents.add_room(supervisor, RoomDraft("5", "0101", "1"))
    issued(cards, clerk, supervisor, home, ["4242"])
    request = cards.requests.submit(clerk, draft(home, room_id=other.id, card_count=1))
    cards.steps.approve(supervisor, request.id)
    with pytest.raises(Conflict) as taken:
        cards.steps.issue(clerk, request.id, ["0000004242"])
    assert home.room_label in taken.value.message
    # The database itself refuses a second active row of one number.
    with pytest.raises(IntegrityError), services.db.write() as session:
        session.execute(
            text(
                "INSERT INTO access_cards (number, room_id, holder, issued_at, state, "
                "state_at, note) SELECT number, :room, 'x', issued_at, 'active', state_at, '' "
                "FROM access_cards"
            ),
            {"room": other.id},
        )


def test_damaged_card_is_returned_when_the_new_one_is_handed_over(cards, clerk, supervisor, home):
    issued(cards, clerk, supervisor, home, ["777"])
    request = cards.requests.submit(
        clerk, draft(home, kind="replace_damaged", card_count=0, old_cards=("777",))
    )
    assert cards.register.find(clerk, "777").current.state == CardState.ACTIVE
    cards.steps.approve(supervisor, request.id)
    cards.steps.issue(clerk, request.id, ["778"])
    states = {c.number: c.state for c in cards.register.of_room(clerk, home.room_id)}
    assert states == {"0000000777": "damaged_returned", "0000000778": "active"}


def test_the_id_number_is_checked_and_masked_for_the_desk(cards, clerk, supervisor, home):
    with pytest.raises(ValidationError) as wrong:
        cards.requests.submit(clerk, draft(home, id_number="110105198506151235"))
    assert wrong.value.field == "id_number"
    request = cards.requests.submit(clerk, draft(home))
    assert cards.requests.get(clerk, request.id).id_number == ID_MASKED
    assert cards.requests.get(supervisor, request.id).id_number == ID_NUMBER


def test_fee_from_the_price_list_or_waived_with_a_reason(services, cards, admin, clerk, home):
    services.settings.update(admin, {"cards.fee.additional": 25})
    request = cards.requests.submit(clerk, draft(home, kind="additional", card_count=2))
    assert str(request.amount) == "50.00"
    with pytest.raises(ValidationError) as no_reason:
        cards.requests.submit(clerk, draft(home, kind="additional", card_count=1, fee_waived=True))
    assert no_reason.value.field == "waive_reason"
    waived = cards.requests.submit(
        clerk,
        draft(home, kind="additional", card_count=1, fee_waived=True, waive_reason="老人优待"),
    )
    assert str(waived.amount) == "0.00" and str(waived.fee) == "25.00"
    with pytest.raises(ValidationError):
        cards.papers.receipt(clerk, waived.id)
    receipt = PdfReader(io.BytesIO(cards.papers.receipt(clerk, request.id)))
    words = receipt.pages[0].extract_text()
    assert "50.00" in words and "伍拾元整" in words


def _pdf_text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_the_form_fits_one_page_with_long_names_and_masks_the_id(
    services, cards, admin, clerk, supervisor, home
):
    services.settings.update(admin, {"center.address": "某某省某某市某某区某某街道" * 4})
    long_name = "欧阳" + "长" * 38
    request = cards.requests.submit(
        clerk,
        draft(
            home,
            applicant=long_name,
            relation="tenant",
            consent="written",
            consent_note="业主书面同意书一份" * 5,
            reason="家中老人需要出入，" * 20,
        ),
    )
    words, pages = _pdf_text(cards.papers.form(clerk, request.id))
    assert pages == 1
    assert "IC住户卡增办/补办申请表" in words
    assert ID_MASKED in words and ID_NUMBER not in words
    assert "长长长长" in words and "申请人签字" in words and "审批主管签字" in words
    again, _ = _pdf_text(cards.papers.form(clerk, request.id))
    assert "补打" in again and "补打" not in words
    # a supervisor's copy carries the number in full
    full, _ = _pdf_text(cards.papers.form(supervisor, request.id))
    assert ID_NUMBER in full


def test_requests_are_listed_and_filtered(cards, clerk, supervisor, home):
    first = cards.requests.submit(clerk, draft(home))
    cards.requests.submit(clerk, draft(home, kind="additional", card_count=1))
    cards.steps.approve(supervisor, first.id)
    rows = cards.requests.page(clerk, CardRequestFilter(status="approved"))
    assert [r.serial for r in rows] == [first.serial]
    rows = cards.requests.page(clerk, CardRequestFilter(kind="additional"))
    assert [r.kind for r in rows] == ["additional"]
    assert len(cards.requests.page(clerk, CardRequestFilter(room_id=home.room_id))) == 2


def test_export_is_audited_masked_and_safe(services, cards, clerk, supervisor, home, tmp_path):
    cards.requests.submit(clerk, draft(home, applicant="=cmd|' /C calc'!A0"))
    path = tmp_path / "cards.csv"
    with pytest.raises(PermissionDenied):
        cards.export(clerk, services.ctx.today(), services.ctx.today(), "csv", path)
    count = cards.export(supervisor, services.ctx.today(), services.ctx.today(), "csv", path)
    assert count == 1
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0][0] == "编号" and rows[1][5] == "'=cmd|' /C calc'!A0"
    assert rows[1][8] == ID_MASKED


def test_the_room_history_shows_the_homes_requests_and_lost_cards(
    services, cards, clerk, supervisor, home
):
    issued(cards, clerk, supervisor, home, ["55"])
    cards.requests.submit(clerk, draft(home, kind="replace_lost", card_count=0, old_cards=("55",)))
    kinds = [item.kind for item in services.room_history.recent(clerk, home.room_id)]
    assert kinds.count("card_request") == 2 and "access_card" in kinds


def test_the_register_search_finds_by_room_and_holder(cards, clerk, supervisor, home):
    issued(cards, clerk, supervisor, home, ["9001"])
    by_holder = cards.register.search(clerk, "张伟强")
    assert [c.number for c in by_holder] == ["0000009001"]
    by_room = cards.register.search(clerk, "1501")
    assert [c.number for c in by_room] == ["0000009001"]


def test_print_and_export_from_the_command_line(
    capsys, services, cards, clerk, supervisor, home, db_url, tmp_path, monkeypatch
):
    from desk_app.cli import main

    request = cards.requests.submit(clerk, draft(home))
    day = services.ctx.local(request.created_at).date().isoformat()
    monkeypatch.setenv("DESK_PASSWORD", "secret-pass")
    pdf = tmp_path / "form.pdf"
    argv = ["print", "card-request", request.serial, "--db", db_url, "--out", str(pdf)]
    assert main([*argv, "--user", "clerk"]) == 0
    words, pages = _pdf_text(pdf.read_bytes())
    assert pages == 1 and request.serial in words and ID_MASKED in words
    assert (
        main(
            [
                "print",
                "card-request",
                "KB-20991231-0009",
                "--db",
                db_url,
                "--out",
                str(pdf),
                "--user",
                "clerk",
            ]
        )
        != 0
    )
    sheet = tmp_path / "cards.xlsx"
    export = [
        "export",
        "card-requests",
        "--db",
        db_url,
        "--from",
        day,
        "--to",
        day,
        "--format",
        "xlsx",
        "--out",
        str(sheet),
    ]
    assert main([*export, "--user", "clerk"]) != 0  # a clerk may not export
    assert main([*export, "--user", "supervisor"]) == 0
    from openpyxl import load_workbook

    rows = list(load_workbook(sheet).active.values)
    assert rows[1][0] == request.serial
    capsys.readouterr()


def test_the_change_history_in_words(cards, clerk, supervisor, home):
    request = cards.requests.submit(clerk, draft(home, card_count=1))
    cards.steps.approve(supervisor, request.id)
    cards.steps.issue(clerk, request.id, ["31415"], signed_by="李秀英")
    lines = cards.history.of_request(clerk, request.id)
    assert [str(line.action) for line in lines] == [
        "Request taken",
        "Approve",
        "Hand over the cards",
    ]
    issued = {str(c.label): c.new for c in lines[2].changes}
    assert issued["New cards"] == "0000031415" and issued["Signed for by"] == "李秀英"
    card = cards.register.find(clerk, "31415").current
    card_lines = cards.history.of_card(clerk, card.id)
    assert [str(line.action) for line in card_lines] == ["Issued"]
    assert {str(c.label): c.new for c in card_lines[0].changes}["Home"] == home.room_label


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"applicant": "张\x00三"}, "applicant"),
        ({"applicant": "张\ud800三"}, "applicant"),
        ({"applicant": "长" * 10_000}, "applicant"),
        ({"reason": "原因" * 10_000}, "reason"),
        ({"phone": "=1+2"}, "phone"),
        ({"kind": "replace_lost", "old_cards": ("12\x0034",)}, "old_cards"),
        ({"kind": "replace_lost", "old_cards": ("'; DROP TABLE access_cards; --",)}, "old_cards"),
        ({"id_number": "1" * 10_000}, "id_number"),
    ],
)
def test_hostile_input_gets_a_clear_message(cards, clerk, home, changes, field):
    with pytest.raises(ValidationError) as refused:
        cards.requests.submit(clerk, draft(home, **changes))
    assert refused.value.field == field
    assert cards.requests.page(clerk, CardRequestFilter()) == []


def test_a_search_for_anything_never_fails(cards, clerk, supervisor, home):
    issued(cards, clerk, supervisor, home, ["4711"])
    for typed in ("\x00", "\ud800", "x" * 10_000, "%", "'; --", "=HYPERLINK()"):
        assert cards.register.search(clerk, typed) == []
    assert [c.number for c in cards.register.search(clerk, "%张伟强%")] == []
    with pytest.raises(ValidationError):
        cards.register.find(clerk, "\ud800")


def test_two_desks_issuing_one_card_at_once_activate_it_once(
    services, cards, clerk, supervisor, home
):
    import threading

    other = services.residents.add_room(supervisor, RoomDraft("6", "0202", "1"))
    requests = []
    for room_id in (home.room_id, other.id):
        request = cards.requests.submit(clerk, draft(home, room_id=room_id, card_count=1))
        cards.steps.approve(supervisor, request.id)
        requests.append(request)
    start = threading.Barrier(2)
    done, refused, failed = [], [], []

    def desk(request_id: int) -> None:
        try:
            start.wait(timeout=30)
            done.append(cards.steps.issue(clerk, request_id, ["8888"]))
        except Conflict as error:
            refused.append(error)
        except BaseException as error:  # reported below
            failed.append(error)

    threads = [threading.Thread(target=desk, args=(r.id,)) for r in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failed == []
    assert (len(done), len(refused)) == (1, 1)
    assert done[0].room in refused[0].message  # whose the card is, whichever desk lost
    states = [c.state for c in cards.register.find(clerk, "8888").cards]
    assert states == ["active"]
    # the refused request is still waiting for its cards, nothing half done
    waiting = next(r for r in requests if r.id != done[0].id)
    assert cards.requests.get(clerk, waiting.id).status == Status.APPROVED


def test_cancelling_cards_marks_them_cancelled_when_handed_in(cards, clerk, supervisor, home):
    issued(cards, clerk, supervisor, home, ["501", "502"])
    request = cards.requests.submit(
        clerk, draft(home, kind="cancel", card_count=5, old_cards=("501", "0000000502"))
    )
    assert request.card_count == 0 and str(request.amount) == "0.00"
    assert cards.register.active_count(clerk, home.room_id) == 2  # until they are handed in
    cards.steps.approve(supervisor, request.id)
    with pytest.raises(ValidationError):
        cards.steps.issue(clerk, request.id, ["503"])  # a cancellation hands out nothing
    cards.steps.issue(clerk, request.id, [])
    states = {c.number: c.state for c in cards.register.of_room(clerk, home.room_id)}
    assert states == {"0000000501": "cancelled", "0000000502": "cancelled"}


def test_a_hexadecimal_reader_is_a_setting(services, cards, admin, clerk, supervisor, home):
    issued(cards, clerk, supervisor, home, ["12345678"])
    # eight digits read by a decimal reader: the number 12345678 itself
    assert cards.register.find(clerk, "12345678").current is not None
    services.settings.update(admin, {"cards.reader": "hex"})
    # the same eight digits from a hexadecimal reader are chip 0x12345678: another card
    assert cards.register.find(clerk, "12345678").number == "0305419896"
    assert cards.register.find(clerk, "00BC614E").current.number == "0012345678"
