"""住户卡 driven as the desk would: the card reader typing a number and Enter, the
request form filled from the keyboard (a lost card swiped into it), the step forms
of the life cycle, a tenant's request refused without the owner's consent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.card_requests import CardState, Status
from desk_app.domain.roles import Role
from desk_app.services.cards.views import CardRequestDraft, CardRequestFilter
from desk_app.ui.cards.page import CardsPage
from desk_app.ui.cards.request_dialog import CardRequestDialog
from desk_app.ui.cards.step_form import CardStepDialog
from desk_app.ui.kit.room_lookup import room_lookup
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import show_active, type_text

ID_NUMBER = "110105198506151236"


@pytest.fixture
def desk(qtbot, services, admin):
    home = one_home(services, admin)
    clerk = make_user(services, admin, Role.CLERK)
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    return home, clerk, supervisor


def _page(qtbot, services, actor) -> CardsPage:
    page = CardsPage(services, actor)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _issued(services, clerk, supervisor, home, numbers):
    cards = services.cards
    request = cards.requests.submit(
        clerk,
        CardRequestDraft(
            kind="first_issue",
            room_id=home.room_id,
            applicant=home.resident,
            relation="owner",
            phone=home.phone,
            id_number=ID_NUMBER,
            card_count=len(numbers),
        ),
    )
    cards.steps.approve(supervisor, request.id)
    return cards.steps.issue(clerk, request.id, numbers)


def _swipe(qtbot, field, number: str) -> None:
    """A USB reader: the digits, then Enter."""
    field.setFocus()
    qtbot.keyClicks(field, number)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_swiped_card_is_found_at_once(qtbot, services, desk):
    home, clerk, supervisor = desk
    _issued(services, clerk, supervisor, home, ["0012345678"])
    page = _page(qtbot, services, clerk)
    _swipe(qtbot, page.ui.cardSearch, "0012345678")
    found = page.ui.foundLabel.text()
    assert "0012345678" in found and home.room_label in found and "有效" in found
    assert page.card_model.rowCount() == 1
    assert page.card_model.row_at(0).state == CardState.ACTIVE
    # the field is ready for the next swipe: typing replaces what is there; a hexadecimal
    # reader's form of the same chip finds the same card
    assert page.ui.cardSearch.selectedText() == "0012345678"
    _swipe(qtbot, page.ui.cardSearch, "00BC614E")
    assert page.ui.cardSearch.text() == "00BC614E"
    assert "0012345678" in page.ui.foundLabel.text()


def test_a_lost_card_request_from_the_keyboard_blocks_the_card(qtbot, services, desk):
    home, clerk, supervisor = desk
    _issued(services, clerk, supervisor, home, ["0012345678"])
    page = _page(qtbot, services, clerk)

    def fill(dialog: CardRequestDialog):
        ui = dialog.ui
        ui.kind.setCurrentIndex(ui.kind.findData("replace_lost"))
        dialog.room_field.set_choice(room_lookup(services, clerk).exact(home.query))
        assert ui.applicant.text() == home.resident  # filled from the register
        type_text(qtbot, ui.idNumber, ID_NUMBER)
        assert ui.homeCards.count() == 1  # the home's active card, to tick
        _swipe(qtbot, ui.oldCards, "188,24910")  # the number printed on the card
        assert dialog.isVisible()  # the reader's Enter added the card, nothing more
        assert dialog.ticked_cards() == ["0012345678"]  # found among the home's cards
        assert ui.cardCount.value() == 1
        dialog.document_boxes[0].setChecked(True)
        dialog.accept()

    with_dialog(lambda: page.new_request(), fill)
    rows = services.cards.requests.page(clerk, CardRequestFilter())
    assert [r.kind for r in rows] == ["replace_lost", "first_issue"]
    found = services.cards.register.find(clerk, "0012345678")
    assert found.current.state == CardState.LOST_BLOCKED
    assert page.model.rowCount() == 2  # the list followed the change
    assert page.current is not None and page.current.documents == ["身份证"]


def test_a_tenant_without_consent_is_refused_in_the_form(qtbot, services, desk):
    home, clerk, _supervisor = desk
    page = _page(qtbot, services, clerk)
    seen = {}

    def fill(dialog: CardRequestDialog):
        ui = dialog.ui
        dialog.room_field.set_choice(room_lookup(services, clerk).exact(home.query))
        ui.applicant.clear()
        type_text(qtbot, ui.applicant, "王租户")
        ui.relation.setCurrentIndex(ui.relation.findData("tenant"))
        assert ui.consent.isEnabled() and ui.consent.currentData() == ""
        type_text(qtbot, ui.idNumber, ID_NUMBER)
        dialog.accept()
        seen["error"] = ui.errorLabel.text()
        seen["open"] = dialog.isVisible()
        seen["focus"] = dialog.focusWidget() is ui.consent
        seen["typed"] = ui.applicant.text()
        dialog.reject()

    with_dialog(lambda: page.new_request(), fill)
    assert seen["open"] and seen["focus"] and seen["typed"] == "王租户"
    assert "业主" in seen["error"]
    assert services.cards.requests.page(clerk, CardRequestFilter()) == []


def test_approval_and_handing_over_through_the_step_forms(qtbot, services, desk):
    home, clerk, supervisor = desk
    _issued(services, clerk, supervisor, home, ["0000000001"])
    cards = services.cards
    request = cards.requests.submit(
        clerk,
        CardRequestDraft(
            kind="additional",
            room_id=home.room_id,
            applicant=home.resident,
            relation="owner",
            phone=home.phone,
            id_number=ID_NUMBER,
            card_count=1,
        ),
    )
    page = _page(qtbot, services, supervisor)
    page._show(cards.requests.get(supervisor, request.id))
    assert page.ui.stepButton.isEnabled()
    with_dialog(lambda: page.ui.stepButton.click(), lambda d: d.accept())
    assert cards.requests.get(clerk, request.id).status == Status.APPROVED

    clerk_page = _page(qtbot, services, clerk)
    clerk_page._show(cards.requests.get(clerk, request.id))
    seen = {}

    def hand_over(dialog: CardStepDialog):
        ui = dialog.ui
        assert dialog.focusWidget() is ui.newCard
        _swipe(qtbot, ui.newCard, "1")  # active for this very home already
        seen["refused"] = ui.errorLabel.text()
        assert ui.cardList.count() == 0
        ui.newCard.clear()
        _swipe(qtbot, ui.newCard, "0000000002")
        assert ui.cardList.count() == 1
        dialog.accept()

    with_dialog(lambda: clerk_page.ui.stepButton.click(), hand_over)
    assert home.room_label in seen["refused"]
    done = cards.requests.get(clerk, request.id)
    assert done.status == Status.ISSUED and done.new_cards == ["0000000002"]
    states = {c.number: c.state for c in cards.register.of_room(clerk, home.room_id)}
    assert states == {"0000000001": "active", "0000000002": "active"}


def test_one_step_from_a_contact_entry_to_a_card_request(qtbot, services, desk):
    from desk_app.services.contacts import ContactFilter
    from desk_app.ui.contacts.page import ContactsPage

    home, clerk, _supervisor = desk
    contacts = ContactsPage(services, clerk)
    qtbot.addWidget(contacts)
    show_active(qtbot, contacts)
    contacts.ui.room.setText(home.query)
    contacts.room_field.refresh()
    contacts.room_field.set_choice(contacts.room_field._choices[0])
    type_text(qtbot, contacts.ui.content, "门禁卡丢了，要补办一张")

    def fill(dialog: CardRequestDialog):
        ui = dialog.ui
        assert ui.room.text() == home.room_label
        assert ui.applicant.text() == home.resident and ui.phone.text() == home.phone
        ui.kind.setCurrentIndex(ui.kind.findData("additional"))
        type_text(qtbot, ui.idNumber, ID_NUMBER)
        dialog.accept()

    with_dialog(lambda: contacts.ui.cardRequestButton.click(), fill)
    entry = services.contacts.search(clerk, ContactFilter(), limit=10)[0]
    request = services.cards.requests.page(clerk, CardRequestFilter())[0]
    assert entry.onward == (request.serial,)  # the entry names the request made from it
    assert "KB-" in contacts.ui.formStatus.text()


def test_a_supervisor_exports_the_requests_of_the_dates_shown(qtbot, services, desk, tmp_path):
    from openpyxl import load_workbook

    home, clerk, supervisor = desk
    made = _issued(services, clerk, supervisor, home, ["77"])
    assert not _page(qtbot, services, clerk).ui.exportButton.isVisible()
    page = _page(qtbot, services, supervisor)
    assert page.ui.exportButton.isVisible()
    target = tmp_path / "住户卡.xlsx"

    def save(dialog):
        dialog.selectFile(str(target))
        dialog.accept()

    with_dialog(lambda: page.ui.exportButton.click(), save)
    rows = list(load_workbook(target).active.values)
    assert [row[0] for row in rows] == ["编号", made.serial]
    assert str(target) in page.ui.status.text()


def test_choosing_a_home_shows_its_cards_and_requests(qtbot, services, desk, admin):
    from desk_app.services.register import RoomDraft

    home, clerk, supervisor = desk
    _issued(services, clerk, supervisor, home, ["11", "12"])
    other = services.residents.add_room(supervisor, RoomDraft("9", "0909", "1"))
    services.cards.requests.submit(
        clerk,
        CardRequestDraft(
            kind="first_issue",
            room_id=other.id,
            applicant="赵六",
            relation="owner",
            phone="13900001111",
            id_number=ID_NUMBER,
        ),
    )
    page = _page(qtbot, services, clerk)
    assert page.model.rowCount() == 2 and not page.ui.homeOnly.isEnabled()
    page.room_field.set_choice(room_lookup(services, clerk).exact(home.query))
    assert page.ui.homeOnly.isChecked()
    assert [page.model.row_at(i).room for i in range(page.model.rowCount())] == [home.room_label]
    assert [page.card_model.row_at(i).number for i in range(2)] == ["0000000011", "0000000012"]
    page.ui.roomField.setFocus()
    page.ui.roomField.selectAll()
    qtbot.keyClick(page.ui.roomField, Qt.Key.Key_Backspace)  # the clerk erases the home
    assert page.model.rowCount() == 2 and not page.ui.homeOnly.isChecked()


def test_a_lost_card_not_at_hand_is_ticked_among_the_homes_cards(qtbot, services, desk):
    home, clerk, supervisor = desk
    _issued(services, clerk, supervisor, home, ["0000000101", "0000000102"])
    page = _page(qtbot, services, clerk)
    page.room_field.set_choice(room_lookup(services, clerk).exact(home.query))

    def fill(dialog: CardRequestDialog):
        ui = dialog.ui
        ui.kind.setCurrentIndex(ui.kind.findData("replace_lost"))
        assert ui.room.text() == home.room_label  # the home chosen on the page
        assert ui.homeCards.count() == 2
        ui.homeCards.item(1).setCheckState(Qt.CheckState.Checked)
        assert ui.cardCount.value() == 1
        type_text(qtbot, ui.idNumber, ID_NUMBER)
        dialog.accept()

    with_dialog(lambda: page.new_request(), fill)
    states = {c.number: c.state for c in services.cards.register.of_room(clerk, home.room_id)}
    assert states == {"0000000101": "active", "0000000102": "lost_blocked"}
