"""The search field at the top of the window: Ctrl+K, results grouped by kind, the
keyboard all the way to the record; a scanned serial opens its record at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.domain.roles import Role
from desk_app.services.contacts import ContactDraft
from desk_app.services.work_orders.views import WorkOrderDraft
from desk_app.ui.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.keyboard import show_active, type_text


def _window(qtbot, services, actor):
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    show_active(qtbot, window)  # shortcuts reach the active window only
    return window


def _order(services, clerk, text):
    return services.work_orders.orders.create(
        clerk,
        WorkOrderDraft(description=text, urgency="normal", location="public_area", place="大堂"),
    )


def test_a_scanned_serial_and_enter_open_the_order(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    _order(services, clerk, "楼道灯不亮")
    wanted = _order(services, clerk, "电梯异响")
    window = _window(qtbot, services, clerk)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.ui.searchField
    assert window.focusWidget() is field
    type_text(qtbot, field, wanted.serial)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current_page_key() == "work_orders"
    assert window.page("work_orders").current.id == wanted.id
    assert not window.search.frame.isVisible()


def test_results_are_grouped_and_reached_with_the_keyboard(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    order = _order(services, clerk, "卫生间漏水，楼下天花板有水渍")
    entry = services.contacts.log(clerk, ContactDraft(content="阳台漏水", caller_name="住户"))
    services.contacts.log(clerk, ContactDraft(content="咨询物业费", caller_name="住户"))
    window = _window(qtbot, services, clerk)
    field = window.ui.searchField
    field.setFocus()
    type_text(qtbot, field, "漏水")
    window.search.run()  # the pause after typing
    results = window.search.results
    assert window.search.frame.isVisible()
    assert results.records() == [
        ("work_orders", order.serial, order.id),
        ("contacts", entry.serial, entry.id),
    ]
    assert results.topLevelItem(0).text(0) == "派工单（1）"
    assert results.topLevelItem(1).text(0) == "来电来访（1）"
    # Down into the results, Down to the contact entry, Enter opens it
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert results.hasFocus()
    qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.current_page_key() == "contacts"
    assert window.page("contacts").selected().id == entry.id
    # Esc closes the results without going anywhere
    field.setFocus()
    window.search.run()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not window.search.frame.isVisible()


def test_nothing_found_says_so(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    window = _window(qtbot, services, clerk)
    type_text(qtbot, window.ui.searchField, "没有这种事")
    window.search.run()
    assert window.search.status.text() == "没有找到。"
