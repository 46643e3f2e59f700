"""投诉 driven as the desk would: the intake form by keyboard (a major one confirmed),
every step's form to closed, the banner the project manager acknowledges, overdue rows
in red, the 报表 screen's figures and chart, one step from a contact entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desk_app.domain.complaints import Status
from desk_app.domain.contacts import FollowUp
from desk_app.domain.roles import Role
from desk_app.services.complaints.views import ComplaintDraft
from desk_app.ui.complaints.intake import ComplaintDialog
from desk_app.ui.complaints.page import RED, ComplaintsPage
from desk_app.ui.complaints.step_forms import StepDialog
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.reports.page import ReportsPage
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import show_active, type_text


@pytest.fixture
def desk(qtbot, services, admin):
    home = one_home(services, admin)
    clerk = make_user(services, admin, Role.CLERK)
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    manager = make_user(services, admin, Role.MANAGER)
    return home, clerk, supervisor, manager


def _page(qtbot, services, actor) -> ComplaintsPage:
    page = ComplaintsPage(services, actor)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _save(qtbot, widget: QWidget) -> None:
    window = widget.window()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _fill_step(qtbot, texts: dict[str, str]):
    """A step form: type into its text boxes by their field names, Ctrl+Enter."""

    def act(dialog: StepDialog) -> None:
        for key, text in texts.items():
            widget = dialog.inputs[key]
            widget.setFocus()
            type_text(qtbot, widget, text)
        _save(qtbot, next(iter(dialog.inputs.values())))
        assert dialog.result() == StepDialog.DialogCode.Accepted, dialog.error.text()

    return act


def test_the_whole_way_from_intake_to_closed_through_the_screen(qtbot, services, desk):
    home, clerk, supervisor, _manager = desk
    page = _page(qtbot, services, supervisor)

    def intake(dialog: ComplaintDialog) -> None:
        dialog.room.setFocus()
        type_text(qtbot, dialog.room, home.query)
        dialog.room_field.refresh()
        dialog.room_field.set_choice(dialog.room_field._choices[0])
        dialog.room_field.completer.popup().hide()
        assert dialog.complainant.text() == home.resident  # filled from the room
        dialog.content.setFocus()
        type_text(qtbot, dialog.content, "楼上装修噪音太大，晚上十一点还在施工")
        assert dialog.category.currentData() == "neighbours"  # suggested from the words
        _save(qtbot, dialog.content)

    with_dialog(lambda: page.new_button.click(), intake)
    made = services.complaints.queries.page(clerk, page.current_filter())[0]
    assert page.current.id == made.id and made.serial in page.status.text()
    steps = [
        ("评估", {"assessment": "情况属实"}),
        ("调查", {"cause": "装修超时施工", "responsible": "装修住户"}),
        ("处理方案", {"resolution": "约谈装修户，限定施工时间"}),
        ("批准", {}),
        ("投诉人确认", {"done": "已约谈装修户", "confirmation": "业主电话确认"}),
        ("回访", {"note": "晚上已安静"}),
        ("总结", {"cause": "装修管理", "lesson": "加强巡查", "prevention": "装修晚间巡查"}),
    ]
    for label, texts in steps:
        button = page.step_button
        assert label in button.text() and button.isEnabled(), button.text()
        with_dialog(button.click, _fill_step(qtbot, texts))
    assert "结案" in page.step_button.text()
    page.step_button.click()  # closing asks nothing more
    closed = services.complaints.queries.get(clerk, made.id)
    assert closed.status is Status.CLOSED
    assert [t.action for t in closed.timeline][-1] == "close"
    assert "已结案" in page.detail.toPlainText()


def test_a_clerk_is_not_offered_the_approval(qtbot, services, desk):
    home, clerk, _supervisor, _manager = desk
    cp = services.complaints
    made = cp.intake.create(
        clerk, ComplaintDraft(room_id=home.room_id, content="物业费多收了", category="fees")
    )
    cp.steps.assess(clerk, made.id, nature="valid", category="fees")
    cp.steps.investigate(clerk, made.id, cause="账单错误", responsible="财务部")
    cp.steps.propose(clerk, made.id, "退还多收费用")
    page = _page(qtbot, services, clerk)
    page.select_row(0)
    assert "批准" in page.step_button.text() and not page.step_button.isEnabled()


def test_a_major_complaint_is_confirmed_at_intake_and_its_banner_acknowledged(
    qtbot, services, desk
):
    home, clerk, _supervisor, manager = desk
    page = _page(qtbot, services, clerk)
    assert not page.banner.isVisible()

    def intake(dialog: ComplaintDialog) -> None:
        dialog.place.setFocus()
        type_text(qtbot, dialog.place, "地下车库")
        dialog.content.setFocus()
        type_text(qtbot, dialog.content, "地下车库水浸，好几辆车被泡")
        assert dialog.signs[next(s for s in dialog.signs if s.value == "flooding")].isChecked()
        _save(qtbot, dialog.content)  # refused once: confirm the level
        assert dialog.isVisible()
        assert dialog.error.text() and dialog.focusWidget() is dialog.level
        dialog.level.setCurrentIndex(dialog.level.findData("major"))
        _save(qtbot, dialog.content)

    with_dialog(lambda: page.new_button.click(), intake)
    assert "项目经理" in page.status.text()
    assert page.banner.isVisible() and page.current.serial in page.banner.text()
    assert not page.ack_button.isVisible()  # the clerk cannot acknowledge
    boss = _page(qtbot, services, manager)
    boss.select_row(0)
    boss.ack_button.click()
    assert not boss.banner.isVisible()
    assert services.complaints.queries.unacknowledged_major(clerk) == []


def test_an_overdue_complaint_is_red_in_the_list(qtbot, services, desk, clock):
    home, clerk, _supervisor, _manager = desk
    services.complaints.intake.create(
        clerk, ComplaintDraft(room_id=home.room_id, content="门禁坏了", category="facilities")
    )
    clock.advance(days=3)
    page = _page(qtbot, services, clerk)
    index = page.model.index(0, 7)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole).color() == RED
    assert "逾期" in page.model.data(index, Qt.ItemDataRole.DisplayRole)


def test_one_step_from_a_contact_entry(qtbot, services, desk):
    home, clerk, _supervisor, _manager = desk
    contacts = ContactsPage(services, clerk)
    qtbot.addWidget(contacts)
    show_active(qtbot, contacts)
    contacts.ui.room.setText(home.query)
    contacts.room_field.refresh()
    contacts.room_field.set_choice(contacts.room_field._choices[0])
    contacts.ui.category.setCurrentIndex(contacts.ui.category.findData("complaint"))
    type_text(qtbot, contacts.ui.since, "今天")
    type_text(qtbot, contacts.ui.content, "投诉保安态度差")

    def complaint(dialog: ComplaintDialog) -> None:
        assert dialog.content.toPlainText() == "投诉保安态度差"
        assert dialog.category.currentData() == "attitude"
        _save(qtbot, dialog.content)

    with_dialog(lambda: contacts.ui.complaintButton.click(), complaint)
    entry = services.contacts.search(clerk, contacts.current_filter())[0]
    assert entry.follow_up_status == FollowUp.HANDED
    assert entry.follow_up_result.startswith("TS-")


def test_the_reports_screen_shows_the_month_and_its_chart(qtbot, services, desk):
    home, clerk, _supervisor, _manager = desk
    for text, category in (("电梯坏了", "facilities"), ("垃圾没清", "quality")):
        services.complaints.intake.create(
            clerk, ComplaintDraft(room_id=home.room_id, content=text, category=category)
        )
    page = ReportsPage(services, clerk)
    qtbot.addWidget(page)
    page.resize(1400, 850)
    show_active(qtbot, page)
    assert "2 " in page.summary.text() or "2宗" in page.summary.text()
    totals = page.by_category.rowCount() - 1
    assert page.by_category.item(totals, page.by_category.columnCount() - 1).text() == "2"
    assert page.chart.values[-1] == ("2026-11", 2) and len(page.chart.values) == 12
    assert isinstance(page.chart.grab().width(), int)


def test_the_administrator_enters_a_working_day_in_the_settings(qtbot, services, admin):
    from datetime import date

    from PySide6.QtCore import QDate

    from desk_app.ui.complaints.calendar_tab import WorkingDaysTab
    from desk_app.ui.settings.page import SettingsPage

    page = SettingsPage(services, admin)
    qtbot.addWidget(page)
    tab = page.findChild(WorkingDaysTab)
    assert tab is not None
    page.ui.tabs.setCurrentWidget(tab)
    show_active(qtbot, page)
    tab.day.setDate(QDate(2026, 10, 12))
    tab.kind.setCurrentIndex(tab.kind.findData(False))
    type_text(qtbot, tab.note, "typhoon")
    tab.save_button.click()
    assert "2026-10-12" in tab.status.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)  # the change feed reloads the list
    assert (tab.model.row_at(0).day, tab.model.row_at(0).working) == (date(2026, 10, 12), False)
    assert not services.complaints.calendar.is_working_day(date(2026, 10, 12))
    tab.table.selectRow(0)
    tab.remove_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert services.complaints.calendar.is_working_day(date(2026, 10, 12))
