"""The main window: navigation in Chinese, keyboard shortcuts, status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from desk_app.db import Database
from desk_app.domain.roles import Role
from desk_app.services.contacts import ContactDraft
from desk_app.services.work_orders.views import WorkOrderDraft
from desk_app.ui.app import open_database
from desk_app.ui.i18n import install_language
from desk_app.ui.main_window import MainWindow
from tests.conftest import make_user
from tests.register_fixtures import one_home

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


def _work_line(window) -> str:
    label = window.ui.pages.widget(0).findChild(QLabel, "workOrderSummary")
    return label.text().replace("\u2060", "")  # without the invisible word joiners


def test_a_work_order_made_elsewhere_shows_on_the_workbench_at_once(qtbot, window, services):
    # GIVEN the clerk's workbench on screen, no work order yet
    assert window.current_page_key() == "dashboard"
    assert "即将到期：0" in _work_line(window)
    # WHEN an emergency order is made through the services (another screen, a dialog)
    services.work_orders.orders.create(
        window.actor,
        WorkOrderDraft(
            description="水管爆裂", urgency="emergency", location="public_area", place="大堂"
        ),
    )
    # THEN the workbench counts it without anybody refreshing
    assert "即将到期：1" in _work_line(window)
    assert "待派工：1" in _work_line(window)


def test_the_workbench_never_breaks_a_label_from_its_number(qtbot, window):
    # GIVEN the workbench's line of figures in a label so narrow that it must wrap
    label = window.page("dashboard").findChild(QLabel, "workOrderSummary")
    width = label.fontMetrics().horizontalAdvance("派工单超时：0　待派工：0")
    document = QTextDocument()
    document.setDefaultFont(label.font())
    if label.textFormat() == Qt.TextFormat.RichText:
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    document.size()  # lays it out
    # THEN it wraps only between figures: each "label：number" stays on one line
    block = document.firstBlock()
    text, layout = block.text(), block.layout()
    lines = [
        text[layout.lineAt(i).textStart() :][: layout.lineAt(i).textLength()]
        .replace("\u2060", "")  # the invisible word joiner
        .strip("　 ")
        for i in range(layout.lineCount())
    ]
    figures = set(text.replace("\u2060", "").split("　"))
    assert len(lines) > 1 and len(figures) >= 4
    for line in lines:
        assert set(line.split("　")) <= figures, (line, lines)


def _checklist(page) -> dict[str, tuple[str, str]]:
    return {key: (mark.text(), text.text()) for key, (mark, text) in page.checklist.items()}


def test_the_administrator_s_checklist_sets_up_a_new_site(qtbot, services, admin, tmp_path):
    # GIVEN the administrator's first login on a new site
    window = MainWindow(services, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("dashboard")
    # THEN the workbench lists what is left to set up, none of it done
    assert page.findChild(QWidget, "setupChecklist").isVisible()
    assert {key: mark for key, (mark, _) in _checklist(page).items()} == {
        "users": "○",
        "departments": "○",
        "rooms": "○",
        "paper": "○",
        "calibration": "○",
    }
    assert _checklist(page)["departments"][1] == "部门及其电话：5 个部门还没有电话"
    # WHEN they click the users item THEN the users tab of the settings is open
    qtbot.mouseClick(page.findChild(QPushButton, "setup_users_button"), Qt.MouseButton.LeftButton)
    settings = window.page("settings")
    assert window.current_page_key() == "settings"
    assert settings.ui.tabs.currentWidget() is settings.ui.usersTab
    # WHEN the site is set up (here through the services, as the screens would)
    make_user(services, admin, Role.CLERK)
    for dept in services.accounts.list_departments():
        services.accounts.save_department(admin, dept.id, name=dept.name, phone="8001")
    one_home(services, admin)  # a supervisor registers a room (the import does many)
    services.settings.update(admin, {"print.paper": "a4"})
    services.work_orders.slips.calibration(admin)
    # THEN back on the workbench every item is ticked, without a refresh
    qtbot.mouseClick(page.findChild(QPushButton, "setup_paper_button"), Qt.MouseButton.LeftButton)
    assert settings.ui.tabs.currentWidget() is settings.ui.printTab
    window.show_page("dashboard")
    assert {mark for mark, _ in _checklist(page).values()} == {"✔"}
    assert _checklist(page)["users"][1] == "用户：除管理员外有 2 个前台用户"  # and the registrar


def test_the_first_start_is_maximised_and_the_layout_is_remembered(
    qtbot, services, admin, _private_qsettings
):
    clerk = make_user(services, admin, Role.CLERK)
    # GIVEN a PC where the app never ran: the window opens maximised
    first = MainWindow(services, clerk)
    qtbot.addWidget(first)
    first.show_as_remembered()
    qtbot.waitExposed(first)
    assert first.isMaximized()
    # WHEN the clerk makes it smaller, drags the work-order splitter and widens a column,
    # then closes it
    first.showNormal()
    first.setGeometry(40, 50, 720, 520)
    first.show_page("work_orders")
    orders = first.page("work_orders")
    orders.ui.listAndDetail.setSizes([260, 120])
    sizes = orders.ui.listAndDetail.sizes()
    orders.ui.orders.setColumnWidth(7, 333)
    first.close()
    # THEN the next start puts it all back, in a config file of QSettings
    second = MainWindow(services, clerk)
    qtbot.addWidget(second)
    second.show_as_remembered()
    qtbot.waitExposed(second)
    assert not second.isMaximized()
    # (the offscreen screen is 800 px wide: the width is the screen's either way)
    assert (second.y(), second.height()) == (first.y(), first.height())
    assert second.height() < second.screen().availableGeometry().height()
    second.show_page("work_orders")
    again = second.page("work_orders")
    assert again.ui.listAndDetail.sizes() == sizes
    assert again.ui.orders.columnWidth(7) == 333
    assert list(Path(_private_qsettings).rglob("*.conf"))


def test_with_english_selected_no_list_header_is_clipped(qtbot, qapp, services, admin):
    # GIVEN the English interface and a supervisor's window (every list is theirs)
    install_language(qapp, "en")
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    window = MainWindow(services, supervisor)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    clipped = []
    for key in ("contacts", "work_orders", "residents", "settings"):
        window.show_page(key)
        for view in window.page(key).findChildren(QTableView):
            header = view.horizontalHeader()
            for section in range(header.count()):
                if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
                    continue  # takes the width the window leaves
                title = view.model().headerData(section, Qt.Orientation.Horizontal)
                if header.sectionSize(section) < header.fontMetrics().horizontalAdvance(title):
                    clipped.append((key, title, header.sectionSize(section)))
    # THEN every header shows its whole word ("Urgency", not "Jrgency")
    assert clipped == []
