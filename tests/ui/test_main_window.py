"""The main window: navigation in Chinese, keyboard shortcuts, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desk_app.db import Database
from desk_app.domain.roles import Role
from desk_app.services.contacts.service import ContactDraft
from desk_app.services.work_orders.views import WorkOrderDraft
from desk_app.ui.app import open_database
from desk_app.ui.main_window import MainWindow
from tests.conftest import make_user

NAVIGATION = ["工作台", "来电来访", "访客", "派工单", "投诉", "门禁卡", "住户档案", "报表", "设置"]


@pytest.fixture
def window(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    window = MainWindow(services, clerk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_navigation_lists_every_desk_in_chinese(window):
    nav = window.ui.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == NAVIGATION
    assert window.current_page_key() == "dashboard"


def test_ctrl_number_switches_pages_and_ctrl_f_goes_to_search(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"
    assert window.ui.navigation.currentItem().text() == "设置"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "contacts"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.ui.searchField


def test_status_bar_shows_user_role_and_database(window, services):
    user = window.statusBar().findChild(QLabel, "statusUser").text()
    database = window.statusBar().findChild(QLabel, "statusDatabase").text()
    assert user == "用户：clerk-名（前台）"
    assert database == f"数据库：{services.db.display_url}"


def test_a_database_from_a_newer_version_is_refused_with_a_message(qapp, sqlite_url, monkeypatch):
    # GIVEN a database stamped by a future version of the program
    from desk_app.services.app import open_services

    open_services(sqlite_url).close()
    db = Database(sqlite_url)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    # WHEN the app opens it THEN it refuses, says why, and leaves the file alone
    assert open_database(qapp, sqlite_url) is None
    assert shown and "9999" in shown[0]
    db = Database(sqlite_url)
    with db.engine.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999"
        )
    db.dispose()


def test_the_admin_s_workbench_shows_no_desk_records(qtbot, services, admin, clock):
    # GIVEN a day of desk work, with an overdue work order
    clerk = make_user(services, admin, Role.CLERK)
    services.contacts.log(clerk, ContactDraft(content="咨询物业费缴纳方式"))
    services.work_orders.orders.create(
        clerk, WorkOrderDraft(description="大堂灯不亮", location="public_area", place="大堂")
    )
    clock.advance(days=2)
    # WHEN the administrator logs in
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # THEN the workbench points to the settings and shows none of the desk's figures
    page = window.ui.pages.widget(0)
    assert (
        page.findChild(QLabel, "todaySummary").text() == "用户、部门和系统设置请到“设置”页面办理。"
    )
    assert not page.findChild(QLabel, "workOrderSummary").text()
    assert not page.findChild(QLabel, "overdueSummary").text()
