"""来电来访 driven as a clerk on the phone would: keyboard only, Ctrl+Enter to save."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desk_app.domain.roles import Role
from desk_app.services.contacts import ContactFilter
from desk_app.ui.contacts.page import ContactsPage
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.keyboard import show_active, type_text


def _page(qtbot, services, actor) -> ContactsPage:
    page = ContactsPage(services, actor)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _tab(qtbot, page) -> None:
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)


def _column(page: ContactsPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_log_a_repair_call_by_keyboard(qtbot, services, admin, homes):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    assert page.focusWidget() is page.ui.room
    # WHEN the clerk types the room, picks the match with the arrow key and Enter
    qtbot.keyClicks(page.ui.room, homes.query)
    page.room_field.refresh()
    popup = page.room_field.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    # THEN name and phone are filled from the register and the home's history shows
    assert page.room_field.choice.room_id == homes.room_id
    assert page.ui.callerName.text() == homes.resident
    assert page.ui.phone.text() == homes.phone
    # and the clerk tabs on: name, phone, category (repair is two steps down), since, content
    page.ui.room.setFocus()
    _tab(qtbot, page)
    _tab(qtbot, page)
    _tab(qtbot, page)
    assert page.focusWidget() is page.ui.category
    qtbot.keyClick(page.ui.category, Qt.Key.Key_Down)
    assert page.ui.category.currentData() == "repair"
    assert page.ui.sinceLabel.text().endswith("*")  # repairs need "since when"
    _tab(qtbot, page)
    type_text(qtbot, page.ui.since, "昨天晚上")
    _tab(qtbot, page)
    assert page.focusWidget() is page.ui.content
    type_text(qtbot, page.ui.content, "卫生间漏水，楼下天花板有水渍")
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # THEN it is saved, the form is empty again and the entry tops today's list
    assert page.ui.formStatus.text() == "已登记 LF-20261123-0001。"
    assert page.ui.content.toPlainText() == "" and page.ui.room.text() == ""
    assert page.focusWidget() is page.ui.room
    assert _column(page, 0)[0] == "LF-20261123-0001"
    assert page.history.items.count() == 0  # the form is empty: no room chosen
    saved = services.contacts.get(clerk, page.model.row_at(0).id)
    assert (saved.room_id, saved.since, saved.category.value) == (
        homes.room_id,
        "昨天晚上",
        "repair",
    )


def test_missing_point_is_named_and_typing_is_kept(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    page.ui.category.setCurrentIndex(page.ui.category.findData("repair"))
    type_text(qtbot, page.ui.content, "厨房下水道堵塞")
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "请填写" in page.ui.formStatus.text() and "姓名" in page.ui.formStatus.text()
    assert page.focusWidget() is page.ui.callerName
    assert page.ui.content.toPlainText() == "厨房下水道堵塞"
    assert services.contacts.count(clerk, ContactFilter()) == 0


def test_search_void_sign_and_then_no_edit(qtbot, services, admin, monkeypatch):
    clerk = make_user(services, admin, Role.CLERK)
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    page = _page(qtbot, services, clerk)
    for text in ("卫生间漏水", "咨询停车月卡", "楼上漏水到我家"):
        type_text(qtbot, page.ui.content, text)
        qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # the clerk finds the leaks by a two-character search
    type_text(qtbot, page.ui.filterText, "漏水")
    page.reload()
    assert sorted(_column(page, 7)) == ["卫生间漏水", "楼上漏水到我家"]
    assert page.ui.listStatus.text().startswith("共 2 条")

    # the supervisor voids one with a reason and signs the day
    boss = _page(qtbot, services, supervisor)
    boss.ui.filterText.setText("停车")
    boss.reload()
    boss.ui.entries.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("重复登记", True)))
    qtbot.mouseClick(boss.ui.voidButton, Qt.MouseButton.LeftButton)
    assert boss.ui.formStatus.text() == "LF-20261123-0002 已作废。"
    voided = boss.model.row_at(0)
    assert voided.voided
    font = boss.model.index(0, 7).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(boss.ui.signButton, Qt.MouseButton.LeftButton)
    assert "已签字" in boss.ui.formStatus.text()
    assert "签字" in boss.ui.listStatus.text()

    # the clerk can no longer amend the day
    page.ui.filterText.clear()
    page.reload()
    page.ui.entries.selectRow(page.model.rowCount() - 1)
    page.edit_selected()
    assert page.ui.intakeBox.title().startswith("修改")
    page.ui.content.setPlainText("想改一下")
    page.save()
    assert "只有主管" in page.ui.formStatus.text()
    assert page.ui.content.toPlainText() == "想改一下"  # the typing stays
    assert services.contacts.get(clerk, page.editing.id).content == "卫生间漏水"


def test_clerk_does_not_see_supervisor_buttons(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    assert not page.ui.voidButton.isVisible()
    assert not page.ui.signButton.isVisible()
    assert not page.ui.exportButton.isVisible()
    assert page.ui.printButton.isVisible()


def test_print_register_from_the_page(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    type_text(qtbot, page.ui.content, "咨询物业费")
    page.save()
    pdf = page.register_pdf(services.ctx.today())
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "来电来访登记表" in text and "LF-20261123-0001" in text


@pytest.fixture
def homes(services, admin):
    """One home in the register, found by typing its room."""
    return one_home(services, admin)
