"""Complaints from the workbench and the search field: a major complaint at the top of
the list, Enter opens it on the complaints page; Ctrl+K and a TS- serial open it too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.domain.roles import Role
from desk_app.services.complaints.views import ComplaintDraft
from desk_app.ui.main_window import MainWindow
from tests.conftest import make_user
from tests.ui.keyboard import show_active, type_text


def _window(qtbot, services, actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    show_active(qtbot, window)  # shortcuts reach the active window only
    return window


def _complaint(services, clerk, content, **more):
    draft = ComplaintDraft(complainant="王女士", place="地下车库", content=content, **more)
    return services.complaints.intake.create(clerk, draft)


def test_enter_on_a_major_complaint_of_the_workbench_opens_it(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    window = _window(qtbot, services, clerk)
    # made while the workbench is on screen: the change feed lists it at once, on top
    other = _complaint(services, clerk, "保洁不到位", category="quality")
    major = _complaint(services, clerk, "车库进水，车被泡", category="incident", major=True)
    lists = window.page("dashboard").lists
    records = lists.records()
    assert records[0] == ("complaints.major_unacknowledged", major.serial, major.id)
    assert lists.topLevelItem(0).text(0).startswith("重大投诉未确认")
    lists.setFocus()
    lists.setCurrentItem(lists.first_record())
    qtbot.keyClick(lists, Qt.Key.Key_Return)
    assert window.current_page_key() == "complaints"
    page = window.page("complaints")
    assert page.current is not None and page.current.id == major.id
    assert other.id != major.id


def test_ctrl_k_and_a_serial_open_the_complaint(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    _complaint(services, clerk, "保洁不到位", category="quality")
    wanted = _complaint(services, clerk, "门岗保安态度恶劣", category="attitude")
    window = _window(qtbot, services, clerk)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.ui.searchField
    assert window.focusWidget() is field
    type_text(qtbot, field, "态度")
    window.search.run()
    assert window.search.results.records() == [("complaints", wanted.serial, wanted.id)]
    assert window.search.results.topLevelItem(0).text(0) == "投诉（1）"
    field.selectAll()
    type_text(qtbot, field, wanted.serial)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.current_page_key() == "complaints"
    assert window.page("complaints").current.id == wanted.id
