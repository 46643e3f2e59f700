"""Card requests, cards and visits one keystroke from the record: a card number swiped
into the search field (Ctrl+K) and Enter opens the card; Enter on the workbench's
lists opens the request or the visit on its page."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desk_app.domain.roles import Role
from desk_app.services.cards.views import CardRequestDraft
from desk_app.services.visitors import VisitDraft
from desk_app.ui.main_window import MainWindow
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.keyboard import show_active, type_text


def _window(qtbot, services, actor):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    show_active(qtbot, window)  # shortcuts reach the active window only
    return window


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


def _enter_on(qtbot, window, page: str, record_id: int) -> None:
    lists = window.page("dashboard").lists
    lists.setFocus()
    assert lists.select_record(page, record_id)
    qtbot.keyClick(lists, Qt.Key.Key_Return)


def test_a_swiped_card_number_and_enter_open_the_card(qtbot, services, admin, clerk):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    home = one_home(services, admin)
    request = _request(services, clerk, home, card_count=2)
    services.cards.steps.approve(supervisor, request.id)
    services.cards.steps.issue(clerk, request.id, ["0012345678", "0012345679"], signed_by="张伟强")
    window = _window(qtbot, services, clerk)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.ui.searchField
    assert window.focusWidget() is field
    type_text(qtbot, field, "188,24911")  # the printed form of 0012345679
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current_page_key() == "cards"
    page = window.page("cards")
    assert page.ui.cardSearch.text() == "0012345679"
    shown = page.card_model.row_at(page.ui.cards.currentIndex().row())
    assert (shown.number, shown.room, shown.holder) == ("0012345679", home.room_label, "张伟强")
    assert "0012345679" in page.ui.foundLabel.text()
    assert not window.search.frame.isVisible()


def test_enter_on_a_waiting_request_opens_it_for_the_supervisor(
    qtbot, services, admin, clerk, clock
):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    home = one_home(services, admin)
    old = _request(services, clerk, home)
    clock.advance(days=40)  # older than the page's 30 days of requests
    _request(services, clerk, home, applicant="李秀英", relation="family")
    window = _window(qtbot, services, supervisor)
    _enter_on(qtbot, window, "cards", old.id)
    assert window.current_page_key() == "cards"
    page = window.page("cards")
    assert page.current is not None and page.current.id == old.id
    selected = page.ui.requests.selectionModel().selectedRows()
    assert [page.model.row_at(i.row()).id for i in selected] == [old.id]
    assert page.ui.stepButton.isEnabled()  # the approval is one more keystroke


def test_enter_on_a_visitor_past_closing_opens_the_visit(qtbot, services, admin, clerk, clock):
    home = one_home(services, admin)
    visits = services.visitors.visits
    stays = visits.sign_in(clerk, VisitDraft("张三", room_id=home.room_id)).visit
    visits.sign_in(clerk, VisitDraft("李四", room_id=home.room_id))
    clock.advance(hours=13)  # 22:30
    window = _window(qtbot, services, clerk)
    lists = window.page("dashboard").lists
    keys = [key for key, _serial, _id in lists.records()]
    assert keys.index("visitors.after_closing") < keys.index("visitors.on_site")
    _enter_on(qtbot, window, "visitors", stays.id)
    assert window.current_page_key() == "visitors"
    page = window.page("visitors")
    assert page.ui.lists.currentIndex() == 0  # on site now
    assert page.model.row_at(page.table.currentIndex().row()).id == stays.id
    # a visit of an earlier day, signed out, is found in the register filtered to its day
    visits.sign_out(clerk, stays.id)
    clock.advance(days=2)
    window.show_record("visitors", stays.id)
    assert page.ui.lists.currentIndex() == 2
    assert page.model.row_at(page.table.currentIndex().row()).id == stays.id
    assert page.ui.dateFrom.date().toPython() == stays.day
    assert stays.day < services.ctx.today() - timedelta(days=1)
