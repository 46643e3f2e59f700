"""设置: the administrator edits settings, users and departments from the screen."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPushButton

from desk_app.domain.errors import AccountDisabled, AccountLocked, AuthenticationFailed
from desk_app.domain.roles import Role
from desk_app.services.kit import audit
from desk_app.ui.residents.import_wizard import ImportWizard
from desk_app.ui.settings.page import SettingsPage
from tests.conftest import PASSWORD, make_user
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import type_text


@pytest.fixture
def page(qtbot, services, admin) -> SettingsPage:
    page = SettingsPage(services, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _users_column(page: SettingsPage, column: int) -> list[str]:
    model = page.users
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _select_user(page: SettingsPage, username: str) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.usersTab)
    page.ui.usersTable.selectRow(_users_column(page, 0).index(username))


def test_saving_settings_stores_them_and_audits(qtbot, page, services):
    # WHEN the admin types a new center phone and emergency limit and saves
    phone = page.editors["center.phone"]
    phone.clear()
    qtbot.keyClicks(phone, "0571-86001234")
    onsite = page.editors["sla.emergency_onsite_minutes"]
    onsite.selectAll()
    qtbot.keyClicks(onsite, "15")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    # THEN they are stored, the screen says so, and the change is in the audit trail
    assert services.settings.get("center.phone") == "0571-86001234"
    assert services.settings.get("sla.emergency_onsite_minutes") == 15
    assert "设置已保存" in page.ui.statusLabel.text()
    events = audit.history(services.ctx, "setting", "sla.emergency_onsite_minutes")
    assert [(e.old_values, e.new_values) for e in events] == [({"value": 20}, {"value": 15})]


def test_saving_without_changes_says_nothing_changed(qtbot, page):
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "没有需要保存的修改。"


def test_new_user_dialog_by_keyboard(qtbot, page, services):
    # GIVEN the users tab
    page.ui.tabs.setCurrentWidget(page.ui.usersTab)

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert dialog.focusWidget() is dialog.ui.username
        for text in ("lixia", "李霞"):
            type_text(qtbot, dialog.focusWidget(), text)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        # role: one step down from 前台 is 主管
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # first department
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "lixia-pass")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    # WHEN the admin clicks 新建用户 and fills the dialog from the keyboard
    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(page.ui.newUserButton, Qt.MouseButton.LeftButton)
    # THEN the user is listed and can log in with the role chosen
    assert "lixia" in _users_column(page, 0)
    row = _users_column(page, 0).index("lixia")
    assert page.users.index(row, 1).data() == "李霞"
    assert page.users.index(row, 2).data() == "主管"
    assert page.users.index(row, 3).data() == "客服助理"
    assert services.accounts.login("lixia", "lixia-pass").role == Role.SUPERVISOR


def test_duplicate_user_name_keeps_the_dialog_and_the_typing(qtbot, page, services, admin):
    from desk_app.ui.settings.admin_dialogs import UserDialog

    dialog = UserDialog(services, admin, services.accounts.list_departments(), None, page)
    qtbot.addWidget(dialog)
    dialog.ui.username.setText("admin")
    dialog.ui.displayName.setText("重名的人")
    dialog.ui.password.setText("another-pass")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text() == "用户名 admin 已被使用。"
    assert dialog.ui.displayName.text() == "重名的人"
    assert dialog.focusWidget() in (dialog.ui.username, None)


def test_disable_and_enable_a_user(qtbot, page, services, admin):
    make_user(services, admin, Role.CLERK, "xiaowang")
    page.refresh_lists()
    _select_user(page, "xiaowang")
    qtbot.mouseClick(page.ui.toggleUserButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "用户已停用。"
    assert page.users.index(_users_column(page, 0).index("xiaowang"), 4).data() == "已停用"
    with pytest.raises(AccountDisabled):
        services.accounts.login("xiaowang", PASSWORD)
    _select_user(page, "xiaowang")
    qtbot.mouseClick(page.ui.toggleUserButton, Qt.MouseButton.LeftButton)
    assert services.accounts.login("xiaowang", PASSWORD).username == "xiaowang"


def test_admin_cannot_disable_themself(qtbot, page):
    _select_user(page, "admin")
    qtbot.mouseClick(page.ui.toggleUserButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "不能停用自己的账号。"


def test_reset_password_unlocks(qtbot, page, services, admin, monkeypatch):
    make_user(services, admin, Role.CLERK, "xiaowang")
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.accounts.login("xiaowang", "wrong")
    page.refresh_lists()
    assert page.users.index(_users_column(page, 0).index("xiaowang"), 4).data().startswith("锁定至")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("fresh-pass", True)))
    _select_user(page, "xiaowang")
    qtbot.mouseClick(page.ui.resetPasswordButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "密码已重置，账号已解锁。"
    assert services.accounts.login("xiaowang", "fresh-pass").username == "xiaowang"


def test_a_button_without_a_selection_asks_for_one(qtbot, page):
    page.ui.tabs.setCurrentWidget(page.ui.usersTab)
    page.ui.usersTable.clearSelection()
    qtbot.mouseClick(page.ui.unlockUserButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "请先选择一行。"


def test_departments_are_seeded_and_can_be_added(qtbot, page, services):
    page.ui.tabs.setCurrentWidget(page.ui.departmentsTab)
    names = [page.departments.index(r, 0).data() for r in range(page.departments.rowCount())]
    assert names == ["客服助理", "工程部", "安全部", "环境部", "财务部"]

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        type_text(qtbot, dialog.ui.name, "绿化部")
        qtbot.keyClick(dialog.ui.name, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.ui.phone, "8001")
        qtbot.keyClick(dialog.ui.phone, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(page.ui.newDepartmentButton, Qt.MouseButton.LeftButton)
    assert [d.name for d in services.accounts.list_departments()][-1] == "绿化部"
    assert page.departments.rowCount() == 6


def test_clerk_sees_settings_read_only_without_user_lists(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = SettingsPage(services, clerk)
    qtbot.addWidget(page)
    assert page.ui.readOnlyNotice.isVisibleTo(page)
    assert not page.ui.saveButton.isEnabled()
    assert all(not editor.isEnabled() for editor in page.editors.values())
    tab_titles = [page.ui.tabs.tabText(i) for i in range(page.ui.tabs.count())]
    assert "用户" not in tab_titles and "部门" not in tab_titles
    assert isinstance(page.editors["center.name"], QLineEdit)


def test_the_admin_sets_up_a_new_site_by_importing_its_roster(qtbot, page, services, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("楼号,单元号,室号,业主姓名,手机号码\n3,2,1501,张伟强,13812345678\n", "utf-8")
    seen: dict[str, object] = {}

    def run(wizard: ImportWizard) -> None:
        ui = wizard.ui
        ui.community.setEditText("阳光花园")  # a new site: no community yet
        ui.path.setText(str(roster))
        qtbot.mouseClick(ui.previewButton, Qt.MouseButton.LeftButton)
        seen["preview error"] = ui.errorLabel.text()
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
        seen["written"] = wizard.result_of_import
        qtbot.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)

    button = page.findChild(QPushButton, "importRegisterButton")
    with_dialog(lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton), run)

    assert seen["preview error"] == ""
    assert (seen["written"].residents_created, seen["written"].rooms_created) == (1, 1)
    assert "已导入" in page.ui.statusLabel.text()
    desk = make_user(services, page.actor, Role.SUPERVISOR)
    assert [room.label for room in services.residents.list_rooms(desk)] == ["3栋2单元1501"]


def test_only_the_admin_imports_from_the_settings(qtbot, services, admin):
    supervisor = make_user(services, admin, Role.SUPERVISOR)  # imports on the residents page
    page = SettingsPage(services, supervisor)
    qtbot.addWidget(page)
    assert page.findChild(QPushButton, "importRegisterButton") is None


def test_test_page_button_writes_a_pdf(qtbot, page, tmp_path):
    target = tmp_path / "test.pdf"
    page.write_test_page(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.ui.statusLabel.text()


def test_admin_adds_renames_and_disables_a_contact_channel(qtbot, page, services, monkeypatch):
    # GIVEN the lists tab with the seeded channels
    page.ui.tabs.setCurrentWidget(page.ui.listsTab)
    labels = [page.channels.index(r, 0).data() for r in range(page.channels.rowCount())]
    assert labels == ["来电", "致电客户", "来访", "来信", "网络/微信"]
    answers = iter([("物业APP", True), ("物业 App", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    # WHEN the admin adds one, renames it and disables it
    qtbot.mouseClick(page.ui.newChannelButton, Qt.MouseButton.LeftButton)
    page.ui.channelsTable.selectRow(5)
    qtbot.mouseClick(page.ui.renameChannelButton, Qt.MouseButton.LeftButton)
    assert [c.label for c in services.contacts.channels()][-1] == "物业 App"
    page.ui.channelsTable.selectRow(5)
    qtbot.mouseClick(page.ui.toggleChannelButton, Qt.MouseButton.LeftButton)
    # THEN the intake forms no longer offer it, but it is kept
    assert "物业 App" not in [c.label for c in services.contacts.channels()]
    assert page.channels.index(5, 1).data() == "已停用"


def test_admin_adds_a_work_order_category(qtbot, page, services, monkeypatch):
    page.ui.tabs.setCurrentWidget(page.ui.listsTab)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("消防设施", True)))
    qtbot.mouseClick(page.ui.newCategoryButton, Qt.MouseButton.LeftButton)
    assert "消防设施" in [c.label for c in services.work_orders.categories.list()]


def test_calibration_page_uses_the_offset_on_screen(page):
    from pypdf import PdfReader

    page.editors["print.offset_x_mm"].setValue(2.5)
    text = PdfReader(io.BytesIO(page.calibration_pdf())).pages[0].extract_text()
    assert "2.5" in text


def test_a_clerk_prints_test_and_calibration_pages_on_either_paper(
    qtbot, services, admin, tmp_path
):
    from pypdf import PdfReader

    # GIVEN a clerk, who may not change the settings, on a desk set to A4
    clerk = make_user(services, admin, Role.CLERK)
    page = SettingsPage(services, clerk)
    qtbot.addWidget(page)
    combo = page.ui.testPaperCombo
    assert combo.isEnabled() and combo.currentData() == "a4"
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "A4 纸，一张三联",
        "241 mm 连续纸（针式打印机）",
    ]
    widths = {}
    for paper in ("a4", "continuous"):
        # WHEN the clerk picks a paper and saves a test page and a calibration page
        combo.setCurrentIndex(combo.findData(paper))
        target = tmp_path / f"{paper}.pdf"
        page.write_test_page(target)
        test_page = PdfReader(target).pages[0]
        calibration = PdfReader(io.BytesIO(page.calibration_pdf())).pages[0]
        widths[paper] = (float(test_page.mediabox.width), float(calibration.mediabox.width))
    # THEN each is on the paper picked
    assert widths["a4"] == pytest.approx((595.3, 595.3), abs=1)
    assert widths["continuous"] == pytest.approx((683.1, 683.1), abs=1)


def test_the_phone_masking_setting_is_offered_in_chinese(page):
    editor = page.editors["print.mask_phone_parts"]
    assert editor.currentData() == "receipt"
    assert [editor.itemText(n) for n in range(editor.count())] == [
        "仅业主回执联",
        "派工联和业主回执联",
        "都不隐藏（各联显示完整号码）",
    ]


def test_the_lists_follow_changes_made_elsewhere(qtbot, page, services, admin):
    # GIVEN the settings screen open on the users tab
    page.ui.tabs.setCurrentWidget(page.ui.usersTab)
    assert _users_column(page, 0) == ["admin"]
    # WHEN another screen (or desk) adds a user, a department and a work-order category
    services.accounts.create_user(
        admin, username="lixia", display_name="李霞", role=Role.CLERK, password=PASSWORD
    )
    services.accounts.save_department(admin, None, name="绿化组", phone="8006")
    services.work_orders.categories.save(admin, "custom1", "消防设施", active=True)
    # THEN the lists show them without a refresh, the new user as still to choose a password
    assert _users_column(page, 0) == ["admin", "lixia"]
    assert _users_column(page, 4)[1] == "正常，待本人设置密码"
    departments = [page.departments.index(r, 0).data() for r in range(page.departments.rowCount())]
    assert "绿化组" in departments
    categories = [page.categories.index(r, 0).data() for r in range(page.categories.rowCount())]
    assert "消防设施" in categories
