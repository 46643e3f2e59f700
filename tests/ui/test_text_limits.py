"""Length limits where the clerk types: one-line fields take no more than their
column holds; free text keeps every character and counts them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain import text_input as limits
from desk_app.domain.roles import Role
from desk_app.services.contacts import ContactFilter
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.kit.feedback import ERROR_STYLE
from desk_app.ui.residents.dialogs import ResidentDialog
from desk_app.ui.work_orders.dialog import WorkOrderDialog
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.keyboard import show_active, type_text


def test_too_long_content_is_counted_kept_and_refused_on_save(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = ContactsPage(services, clerk)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.resize(1300, 800)
    counter = page.content_counter
    assert counter.text() == f"0 / {limits.TEXT}"
    type_text(qtbot, page.ui.content, "漏水")
    assert counter.text() == f"2 / {limits.TEXT}" and counter.styleSheet() != ERROR_STYLE

    # WHEN the clerk pastes a text one character over the limit
    page.ui.content.clear()
    QApplication.clipboard().setText("长" * (limits.TEXT + 1))
    page.ui.content.paste()
    # THEN nothing of it is cut, and the counter says it is over, in red
    assert len(page.ui.content.toPlainText()) == limits.TEXT + 1
    assert counter.text() == f"{limits.TEXT + 1} / {limits.TEXT}"
    assert counter.styleSheet() == ERROR_STYLE
    assert counter.isVisible()
    page.grab().save("/tmp/contacts_counter.png")
    # and saving says what is wrong and keeps the text to shorten
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    status = page.ui.formStatus.text()
    assert str(limits.TEXT) in status and "来电来访内容" in status
    assert len(page.ui.content.toPlainText()) == limits.TEXT + 1
    assert services.contacts.count(clerk, ContactFilter()) == 0


def test_one_line_fields_take_what_their_column_holds(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = ContactsPage(services, clerk)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.ui.callerName, "x" * 60)
    assert page.ui.callerName.text() == "x" * limits.NAME
    assert page.ui.since.maxLength() == limits.SINCE

    dialog = WorkOrderDialog(services, clerk)
    qtbot.addWidget(dialog)
    assert dialog.ui.contactName.maxLength() == limits.NAME
    assert dialog.ui.place.maxLength() == limits.PLACE
    assert dialog.description_counter.text() == f"0 / {limits.TEXT}"

    home = one_home(services, admin)
    resident = ResidentDialog(services, clerk, services.residents.get_room(clerk, home.room_id))
    qtbot.addWidget(resident)
    assert resident.ui.name.maxLength() == limits.NAME
    assert resident.notes_counter.text() == f"0 / {limits.TEXT}"
