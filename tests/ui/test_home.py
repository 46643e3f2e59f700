"""The workbench: lists of records ordered by urgency, one click or Enter from the
record, following changes and the clock; the backup warning."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk_app.domain.roles import Role
from desk_app.services.contacts import ContactFilter
from desk_app.services.work_orders.views import WorkOrderDraft
from desk_app.ui.main_window import MainWindow
from tests.conftest import make_user


@pytest.fixture
def clerk(services, admin):
    return make_user(services, admin, Role.CLERK)


def _window(qtbot, services, actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    return window


def _emergency(services, actor, place: str):
    return services.work_orders.orders.create(
        actor,
        WorkOrderDraft(
            description="水管爆裂", urgency="emergency", location="public_area", place=place
        ),
    )


def _lists(window) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, serial, _id in window.page("dashboard").lists.records():
        found.setdefault(key, []).append(serial)
    return found


def test_a_deadline_passing_moves_an_order_to_the_top_list(qtbot, services, clerk, clock):
    window = _window(qtbot, services, clerk)
    # GIVEN an emergency order made elsewhere while the workbench is on screen
    order = _emergency(services, clerk, "大堂")
    # THEN it is listed at once among the orders due soon (20 minutes to be on site)
    assert _lists(window).get("work_orders.due_soon") == [order.serial]
    assert "work_orders.overdue" not in _lists(window)
    # WHEN half an hour passes with nobody touching anything, and the minute's refresh runs
    clock.advance(minutes=30)
    window.page("dashboard").timer.timeout.emit()
    # THEN it is past its deadline, in the first list, and says how late it is
    lists = window.page("dashboard").lists
    assert list(_lists(window))[0] == "work_orders.overdue"
    assert _lists(window)["work_orders.overdue"] == [order.serial]
    head = lists.topLevelItem(0)
    assert head.text(0).startswith("派工单已超时")
    assert head.child(0).text(2) == "超时 10 分钟"


def test_enter_on_a_listed_order_opens_it_on_the_work_orders_page(qtbot, services, clerk):
    first = _emergency(services, clerk, "大堂")
    second = _emergency(services, clerk, "地下车库")
    window = _window(qtbot, services, clerk)
    lists = window.page("dashboard").lists
    assert _lists(window)["work_orders.due_soon"] == [first.serial, second.serial]
    # WHEN the clerk moves down to the second order with the keyboard and presses Enter
    lists.setFocus()
    lists.setCurrentItem(lists.first_record())
    qtbot.keyClick(lists, Qt.Key.Key_Down)
    qtbot.keyClick(lists, Qt.Key.Key_Return)
    # THEN the work orders page shows that order
    assert window.current_page_key() == "work_orders"
    page = window.page("work_orders")
    assert page.current is not None and page.current.id == second.id
    assert [row.id for row in page.selected_rows()] == [second.id]


def test_a_click_on_an_overdue_follow_up_opens_the_entry(qtbot, services, clerk, clock):
    from desk_app.services.contacts import ContactDraft

    entry = services.contacts.log(
        clerk, ContactDraft(content="楼道灯不亮", caller_name="住户", follow_up_status="open")
    )
    clock.advance(days=2)
    window = _window(qtbot, services, clerk)
    assert _lists(window)["contacts.followups_overdue"] == [entry.serial]
    lists = window.page("dashboard").lists
    item = lists.first_record()
    rect = lists.visualItemRect(item)
    qtbot.mouseClick(lists.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "contacts"
    contacts = window.page("contacts")
    assert contacts.selected().id == entry.id


def test_the_workbench_warns_when_there_is_no_recent_backup(qtbot, services, admin, clock):
    window = _window(qtbot, services, admin)
    warning = window.page("dashboard").findChild(QLabel, "backupWarning")
    assert warning.isVisible() and "从未备份" in warning.text()
    services.backups.backup()
    assert not warning.isVisible()  # the change feed said "backup"
    clock.advance(days=2, hours=1)
    window.page("dashboard").timer.timeout.emit()
    assert warning.isVisible() and "2 天前" in warning.text()
    # the administrator goes to the backups from there
    qtbot.mouseClick(window.page("dashboard").backup_button, Qt.MouseButton.LeftButton)
    settings = window.page("settings")
    assert settings.ui.tabs.currentWidget() is settings.backup_panel
    assert "备份" in settings.backup_panel.last.text()


def test_the_administrator_sees_no_records(qtbot, services, admin, clerk):
    _emergency(services, clerk, "大堂")
    window = _window(qtbot, services, admin)
    assert not window.page("dashboard").lists.isVisible()
    assert window.page("dashboard").lists.records() == []


def test_back_up_now_and_restore_from_the_settings(qtbot, services, admin, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desk_app.services.contacts import ContactDraft

    clerk = make_user(services, admin, Role.CLERK)
    window = _window(qtbot, services, admin)
    window.go_to("settings:backups")
    panel = window.page("settings").backup_panel
    assert "还没有做过备份" in panel.last.text()
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    backup = services.backups.last()
    assert backup is not None and "已备份到" in panel.status.text()
    assert "最近一次备份" in panel.last.text()
    services.contacts.log(clerk, ContactDraft(content="备份后的登记", caller_name="住户"))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    assert panel.restore(backup.path)
    assert "已恢复" in panel.status.text()
    assert services.contacts.count(clerk, ContactFilter()) == 0


def test_handover_notes_typed_on_the_screen_reach_the_summary(qtbot, services, clerk):
    from pypdf import PdfReader

    from desk_app.ui.home.daily_dialog import DailySummaryDialog

    dialog = DailySummaryDialog(services, clerk)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("5栋停水，自来水公司预计18点恢复。")
    pdf = dialog.summary_pdf()
    assert pdf is not None and "已保存" in dialog.status.text()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "5栋停水" in text.replace(" ", "").replace("\n", "")
    assert services.daily.notes(clerk, services.ctx.today()) == "5栋停水，自来水公司预计18点恢复。"
    # a NUL typed in is refused with a message, and the clerk's text stays
    dialog.notes.setPlainText("坏\x00字")
    assert dialog.summary_pdf() is None
    assert dialog.notes.toPlainText() == "坏\x00字"
    assert "空字符" in dialog.status.text()
    assert services.daily.notes(clerk, services.ctx.today()) == "5栋停水，自来水公司预计18点恢复。"


def test_the_supervisor_and_the_manager_see_what_waits_for_them(qtbot, services, admin, clerk):
    from desk_app.services.contacts import ContactDraft

    entry = services.contacts.log(clerk, ContactDraft(content="咨询物业费", caller_name="住户"))
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    window = _window(qtbot, services, supervisor)
    assert _lists(window)["contacts.to_review"] == [entry.serial]
    assert "contacts.to_review" not in [
        key
        for key, _serial, _id in _window(qtbot, services, clerk).page("dashboard").lists.records()
    ]
    # reviewing it takes it off the list, through the change feed
    services.contacts.review(supervisor, entry.id)
    assert "contacts.to_review" not in _lists(window)
    # a major order notifies the managers: it waits on the manager's workbench
    manager = make_user(services, admin, Role.MANAGER)
    major = services.work_orders.orders.create(
        clerk,
        WorkOrderDraft(
            description="主供水管爆裂，整栋停水",
            urgency="major",
            location="public_area",
            place="3栋",
        ),
    )
    window = _window(qtbot, services, manager)
    assert major.serial in _lists(window).get("notices.unread", [])
