"""来电来访 driven as a clerk on the phone would: keyboard only, Ctrl+Enter to save."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desk_app.domain.roles import Role
from desk_app.services.contacts import ContactDraft, ContactFilter
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.i18n import install_language
from desk_app.ui.kit.record_history import RecordHistoryDialog
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


# -- intake that catches mistakes (issue 9, item 13) --------------------------------------


def test_a_room_typed_and_not_picked_is_linked_when_the_clerk_tabs_on(
    qtbot, services, admin, homes
):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    # WHEN the clerk types the room as said and tabs on without picking a match
    qtbot.keyClicks(page.ui.room, homes.query)
    _tab(qtbot, page)
    # THEN it is linked: the register's label, the owner and phone filled, the history on
    qtbot.waitUntil(lambda: page.room_field.choice is not None)
    assert page.room_field.choice.room_id == homes.room_id
    assert page.ui.room.text() == homes.room_label
    assert (page.ui.callerName.text(), page.ui.phone.text()) == (homes.resident, homes.phone)
    assert page.history.room_id == homes.room_id
    assert not page.room_field.unlinked_mark.isVisible()


def test_a_room_the_register_lacks_shows_unlinked_and_a_repair_to_it_is_refused(
    qtbot, services, admin, homes
):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    qtbot.keyClicks(page.ui.room, "99-9-9999")
    _tab(qtbot, page)
    # THEN the field says plainly that no room of the register is linked
    qtbot.waitUntil(page.room_field.unlinked_mark.isVisible)
    assert page.room_field.choice is None and not page.room_field.linked
    assert page.ui.room.property("unlinked") is True
    # and a repair to it is refused, naming the place, with everything typed kept
    type_text(qtbot, page.ui.callerName, "王先生")
    type_text(qtbot, page.ui.phone, "13900001111")
    page.ui.category.setCurrentIndex(page.ui.category.findData("repair"))
    type_text(qtbot, page.ui.since, "今天")
    type_text(qtbot, page.ui.content, "厨房漏水")
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "99-9-9999" in page.ui.formStatus.text() and "住户档案" in page.ui.formStatus.text()
    assert page.focusWidget() is page.ui.room
    assert page.ui.content.toPlainText() == "厨房漏水" and page.ui.room.text() == "99-9-9999"
    assert services.contacts.count(clerk, ContactFilter()) == 0
    # a public place is accepted as it is
    page.ui.room.setFocus()
    page.ui.room.selectAll()
    type_text(qtbot, page.ui.room, "3栋大堂")
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.formStatus.text() == "已登记 LF-20261123-0001。"
    assert page.model.row_at(0).where == "3栋大堂"


def test_the_form_takes_the_desk_s_clock_not_the_pc_s(qtbot, services, admin, clock):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    # the service center's time (Beijing), whatever the PC's clock or zone says
    assert page.ui.occurredAt.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-23 09:30"
    clock.advance(minutes=20)  # the form sat open while the clerk was away
    type_text(qtbot, page.ui.content, "咨询物业费")
    page.save()
    assert services.contacts.get(clerk, page.model.row_at(0).id).occurred_at == clock.current
    assert page.ui.occurredAt.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-23 09:50"


def test_the_contact_screens_never_read_the_wall_clock():
    from pathlib import Path

    import desk_app.ui

    ui = Path(desk_app.ui.__file__).parent
    files = [*(ui / "contacts").glob("*.py"), *(ui / "residents").glob("*.py")]
    files += [ui / "kit" / "history_panel.py", ui / "kit" / "room_field.py"]
    for path in files:
        text = path.read_text(encoding="utf-8")
        for clock in ("datetime.now", "date.today", "currentDateTime", "currentDate", "time.time"):
            assert clock not in text, (path.name, clock)


def test_alt_w_goes_to_the_content_and_keeps_what_was_typed(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    type_text(qtbot, page.ui.callerName, "王女士")
    # WHEN the clerk presses Alt+W (内容) — it used to open 转派工单 and lose the typing
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert page.focusWidget() is page.ui.content
    type_text(qtbot, page.ui.content, "咨询物业费")
    assert page.ui.callerName.text() == "王女士"
    assert QApplication.activeModalWidget() is None  # no work-order form opened
    assert services.contacts.count(clerk, ContactFilter()) == 0


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_content_column_takes_the_spare_width(qtbot, qapp, services, admin, language):
    install_language(qapp, language)  # "Category" was cut to "ategor" in English
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    page.resize(1366, 768)
    qtbot.waitUntil(lambda: page.ui.entries.viewport().width() > 1000)
    header = page.ui.entries.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert max(widths) == widths[7]  # 内容
    for column in range(header.count()):  # no header is cut short
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(title) < widths[column]


# -- reading history (item 14) ---------------------------------------------------------------


def test_the_history_shows_labels_names_and_local_times(qtbot, services, admin, monkeypatch, homes):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    qtbot.keyClicks(page.ui.room, homes.query)
    _tab(qtbot, page)
    qtbot.waitUntil(lambda: page.room_field.choice is not None)
    type_text(qtbot, page.ui.content, "咨询停车月卡")
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # the clerk amends it: a repair after all, forwarded to engineering
    page.ui.entries.selectRow(0)
    page.edit_selected()
    page.ui.category.setCurrentIndex(page.ui.category.findData("repair"))
    page.ui.department.setCurrentIndex(page.ui.department.findText("工程部"))
    type_text(qtbot, page.ui.since, "上周")
    page.save()
    assert page.ui.formStatus.text() == "已保存 LF-20261123-0001。"
    shown: list[str] = []
    monkeypatch.setattr(
        RecordHistoryDialog, "exec", lambda dialog: shown.append(dialog.text()) or 0
    )
    page.ui.entries.selectRow(0)
    qtbot.mouseClick(page.ui.historyButton, Qt.MouseButton.LeftButton)
    [text] = shown
    assert "2026-11-23 09:30" in text  # Beijing time, as logged
    assert "登记" in text and "修改" in text and "clerk-名" in text
    assert "房号：3栋2单元1501" in text and "方式：来电" in text
    assert "类别：咨询 → 报修" in text and "流转部门：（空） → 工程部" in text
    for raw in ("occurred_at", "channel_code", "room_id", "call_in", "None", "False", "True"):
        assert raw not in text


# -- signing the day (item 15) ---------------------------------------------------------------


def test_the_supervisor_reviews_several_entries_at_once(qtbot, services, admin, monkeypatch):
    clerk = make_user(services, admin, Role.CLERK)
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    for text in ("咨询物业费", "咨询停车", "咨询装修"):
        services.contacts.log(clerk, ContactDraft(content=text))
    page = _page(qtbot, services, supervisor)
    # WHEN the supervisor selects every entry of the day and marks them reviewed
    page.ui.entries.setFocus()
    qtbot.keyClick(page.ui.entries, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_rows()) == 3
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("已核对", True)))
    qtbot.keyClick(page.ui.entries, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # THEN all three are reviewed, with the remark, and the list says so
    qtbot.waitUntil(lambda: page.ui.formStatus.text() == "已审核 3 条登记。")  # an animated click
    assert _column(page, 11) == ["✓", "✓", "✓"]
    assert services.contacts.day_status(supervisor, services.ctx.today()).reviewed == 3


def test_a_day_changed_after_signing_shows_on_the_supervisor_s_home_screen(
    qtbot, services, admin, monkeypatch, clock
):
    from desk_app.ui.home.page import DashboardPage

    clerk = make_user(services, admin, Role.CLERK)
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    entry = services.contacts.log(clerk, ContactDraft(content="咨询物业费"))
    services.contacts.sign_day(supervisor, services.ctx.today())
    home = DashboardPage(services, supervisor)
    qtbot.addWidget(home)
    assert home.changed.count() == 0 and not home.changed_box.isVisibleTo(home)
    # WHEN the supervisor amends the signed entry the next day (with a reason)
    clock.advance(days=1)
    page = _page(qtbot, services, supervisor)
    page.ui.dateFrom.setDate(page.ui.dateFrom.date().addDays(-1))
    page.ui.dateTo.setDate(page.ui.dateTo.date().addDays(-1))
    page.ui.entries.selectRow(0)
    page.edit_selected()
    assert page.focusWidget() is page.ui.content
    type_text(qtbot, page.ui.content, "（已回电）")  # the cursor waits at the end
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("补充", True)))
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert services.contacts.get(clerk, entry.id).content == "咨询物业费（已回电）"
    # THEN the day no longer passes for signed: the list and the home screen ask again
    assert "签字后有改动" in page.ui.listStatus.text()
    home.refresh()
    assert home.changed_box.isVisibleTo(home)
    assert [home.changed.item(i).text() for i in range(home.changed.count())] == [
        "2026-11-23：supervisor-名 签字后有 1 条登记被补登、修改或作废"
    ]
    # and signing it again clears it
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(page.ui.signButton, Qt.MouseButton.LeftButton)
    assert "已签字" in page.ui.formStatus.text() and "签字后有改动" not in page.ui.listStatus.text()
    home.refresh()
    assert home.changed.count() == 0


# -- change notices ----------------------------------------------------------------------------


def test_a_channel_added_in_the_settings_appears_in_the_form_at_once(qtbot, services, admin):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    type_text(qtbot, page.ui.content, "业主在APP上留言")
    assert page.ui.channel.findText("物业APP") < 0
    # WHEN the administrator adds a channel (another screen, the same program)
    services.contacts.save_channel(admin, "app", "物业APP", False)
    # THEN the open form offers it without a restart, and the typing stays
    assert page.ui.channel.findText("物业APP") >= 0
    assert page.ui.filterChannel.findText("物业APP") >= 0
    assert page.ui.content.toPlainText() == "业主在APP上留言"
    page.ui.channel.setCurrentIndex(page.ui.channel.findText("物业APP"))
    page.save()
    assert page.model.row_at(0).channel_label == "物业APP"


def test_another_screen_s_entry_shows_in_the_list_and_a_row_s_detail_loads_once(
    qtbot, services, admin, monkeypatch
):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    services.contacts.log(clerk, ContactDraft(content="咨询物业费"))
    assert _column(page, 7) == ["咨询物业费"]  # no reload asked for: the feed brought it
    loads = []
    real_get = services.contacts.get
    monkeypatch.setattr(
        services.contacts,
        "get",
        lambda actor, entry_id: loads.append(entry_id) or real_get(actor, entry_id),
    )
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda dialog: 0)
    page.ui.entries.setFocus()
    qtbot.keyClick(page.ui.entries, Qt.Key.Key_Down)
    assert loads == [page.model.row_at(0).id]
    qtbot.mouseClick(page.ui.historyButton, Qt.MouseButton.LeftButton)
    page.edit_selected()
    assert len(loads) == 1 and page.ui.content.toPlainText() == "咨询物业费"
