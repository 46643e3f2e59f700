"""First-run setup and login, driven from the keyboard as a clerk would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.errors import AuthenticationFailed
from desk_app.domain.roles import Role
from desk_app.ui.login import FirstRunDialog, LoginDialog, PasswordChangeDialog
from tests.conftest import make_user
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import type_text

PASSWORD = "secret-pass"


def _type_and_tab(qtbot, dialog, text: str) -> None:
    type_text(qtbot, dialog.focusWidget(), text)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)


def test_first_run_names_the_center_and_creates_the_administrator_by_keyboard(qtbot, services):
    # GIVEN a new database and the first-run dialog, cursor in the name field
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.centerName.setFocus()
    # WHEN the administrator fills it in field by field with Tab and presses Enter:
    # the center's name, address, service phone and supervision phone, then the account
    dialog.ui.centerName.clear()
    _type_and_tab(qtbot, dialog, "绿城物业服务中心")
    _type_and_tab(qtbot, dialog, "杭州市西湖区文三路 88 号")
    _type_and_tab(qtbot, dialog, "0571-86001234")
    _type_and_tab(qtbot, dialog, "0571-86005678")
    assert dialog.focusWidget() is dialog.ui.username  # keeps the suggested "admin"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    _type_and_tab(qtbot, dialog, "王经理")
    _type_and_tab(qtbot, dialog, PASSWORD)
    qtbot.keyClicks(dialog.focusWidget(), PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    # THEN the account exists with the admin role and the center is described
    assert dialog.actor.role == Role.ADMIN
    assert services.accounts.login("admin", PASSWORD).display_name == "王经理"
    settings = services.settings.all()
    assert settings["center.name"] == "绿城物业服务中心"
    assert settings["center.address"] == "杭州市西湖区文三路 88 号"
    assert settings["center.phone"] == "0571-86001234"
    assert settings["center.supervision_phone"] == "0571-86005678"
    assert not services.accounts.needs_first_run()


def test_first_run_with_a_mistyped_phone_makes_no_account(qtbot, services):
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.ui.supervisionPhone.setText("12")
    dialog.ui.displayName.setText("王经理")
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.repeatPassword.setText(PASSWORD)
    dialog.accept()
    # THEN the phone is pointed at, the typing stays, and the site is still new
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text()
    assert dialog.focusWidget() is dialog.ui.supervisionPhone
    assert dialog.ui.displayName.text() == "王经理"
    assert services.accounts.needs_first_run()


def test_first_run_keeps_the_typing_when_passwords_differ(qtbot, services):
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.ui.displayName.setText("王经理")
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.repeatPassword.setText("other-pass")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "不一致" in dialog.ui.errorLabel.text()
    assert dialog.ui.displayName.text() == "王经理"
    assert services.accounts.needs_first_run()


def test_first_run_short_password_is_explained_in_chinese(qtbot, services):
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.ui.displayName.setText("王经理")
    dialog.ui.password.setText("abc")
    dialog.ui.repeatPassword.setText("abc")
    dialog.accept()
    assert "密码至少需要 6 个字符" in dialog.ui.errorLabel.text()
    assert services.accounts.needs_first_run()


def _login_dialog(qtbot, services) -> LoginDialog:
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.ui.username.clear()
    dialog.ui.username.setFocus()
    qtbot.keyClicks(dialog.ui.username, username)
    qtbot.keyClick(dialog.ui.username, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.password
    qtbot.keyClicks(dialog.ui.password, password)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)


def test_login_with_the_right_password_opens(qtbot, services, admin):
    dialog = _login_dialog(qtbot, services)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _attempt(qtbot, dialog, "admin", PASSWORD)
    assert dialog.actor.username == "admin"


def test_wrong_password_says_so_and_keeps_the_user_name(qtbot, services, admin):
    dialog = _login_dialog(qtbot, services)
    _attempt(qtbot, dialog, "admin", "not-it")
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "用户名或密码错误。"
    assert dialog.ui.username.text() == "admin"
    assert dialog.ui.password.text() == ""
    assert dialog.focusWidget() is dialog.ui.password


def test_five_failures_lock_the_account_for_five_minutes(qtbot, services, admin, clock):
    dialog = _login_dialog(qtbot, services)
    for _ in range(4):
        _attempt(qtbot, dialog, "admin", "not-it")
        assert dialog.ui.errorLabel.text() == "用户名或密码错误。"
    _attempt(qtbot, dialog, "admin", "not-it")
    assert "账号已锁定" in dialog.ui.errorLabel.text()
    # the right password does not help while the lock holds
    clock.advance(minutes=4, seconds=59)
    _attempt(qtbot, dialog, "admin", PASSWORD)
    assert dialog.isVisible() and "账号已锁定" in dialog.ui.errorLabel.text()
    # five minutes after the lock it opens again
    clock.advance(seconds=2)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _attempt(qtbot, dialog, "admin", PASSWORD)


def test_a_new_user_chooses_their_own_password_at_the_first_login(qtbot, services, admin):
    # GIVEN a clerk whose account the administrator just made, with a password they gave
    make_user(services, admin, Role.CLERK)
    dialog = _login_dialog(qtbot, services)
    chosen = "only-i-know"

    def choose(change) -> None:
        # THEN before the window opens they are asked for a password of their own
        assert isinstance(change, PasswordChangeDialog)
        assert change.focusWidget() is change.ui.newPassword
        qtbot.keyClicks(change.ui.newPassword, chosen)
        qtbot.keyClick(change.ui.newPassword, Qt.Key.Key_Tab)
        qtbot.keyClicks(change.focusWidget(), chosen)
        qtbot.keyClick(change.focusWidget(), Qt.Key.Key_Return)

    # WHEN the clerk logs in with the given password
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        with_dialog(lambda: _attempt(qtbot, dialog, "clerk", PASSWORD), choose)
    # THEN they are in, their own password opens the door next time, the given one not
    assert dialog.actor.username == "clerk"
    assert services.accounts.login("clerk", chosen).username == "clerk"
    assert not services.accounts.must_change_password(dialog.actor)
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("clerk", PASSWORD)


def test_without_a_password_of_their_own_the_user_stays_at_the_login(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    services.accounts.change_own_password(clerk, PASSWORD, "clerk-own-pass")
    # GIVEN the administrator reset the clerk's password
    services.accounts.reset_password(admin, clerk.user_id, "given-again")
    dialog = _login_dialog(qtbot, services)

    def same_again(change) -> None:
        # WHEN the clerk types the given password as the new one THEN it is refused
        change.ui.newPassword.setText("given-again")
        change.ui.repeatPassword.setText("given-again")
        change.accept()
        assert change.isVisible() and change.ui.errorLabel.text()
        change.reject()  # and gives up

    with_dialog(lambda: _attempt(qtbot, dialog, "clerk", "given-again"), same_again)
    # THEN the login stays, says why, and the window does not open
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ui.errorLabel.text() == "请先设置您自己的密码再开始使用。"
    assert services.accounts.must_change_password(clerk)
