"""访客 driven as the desk does: a visitor signed in from the keyboard with Ctrl+Enter,
a block-list hit let in with a reason, the pass printed (the PDF read back), and the
visitor signed out by typing the pass's serial and Enter."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desk_app.domain.roles import Role
from desk_app.domain.visitors import Status
from desk_app.services.visitors import BlockDraft, VisitDraft, VisitFilter
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.visitors.page import VisitorsPage
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import show_active, type_text


@pytest.fixture
def desk(qtbot, services, admin):
    home = one_home(services, admin)
    clerk = make_user(services, admin, Role.CLERK)
    page = VisitorsPage(services, clerk)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return home, clerk, page


def fill_in(qtbot, page, home, *, plate: str = "") -> None:
    ui = page.ui
    ui.room.setFocus()
    type_text(qtbot, ui.room, home.query)
    qtbot.keyClick(ui.room, Qt.Key.Key_Tab)  # leaving the field links the room typed
    qtbot.waitUntil(lambda: page.room_field.choice is not None)
    assert ui.hostName.text() == home.resident  # the host filled from the register
    ui.visitorName.setFocus()
    type_text(qtbot, ui.visitorName, "王小明")
    ui.phone.setFocus()
    type_text(qtbot, ui.phone, "13911112222")
    ui.purpose.setFocus()
    type_text(qtbot, ui.purpose, "探望父母")
    if plate:
        ui.plate.setFocus()
        type_text(qtbot, ui.plate, plate)


def test_a_visitor_is_signed_in_by_keyboard_and_listed_on_site(qtbot, services, desk):
    home, clerk, page = desk
    page.ui.printPass.setChecked(False)
    fill_in(qtbot, page, home)
    qtbot.keyClick(page.ui.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    rows = services.visitors.visits.search(clerk, VisitFilter(on_site_only=True))
    assert [(r.serial, r.visitor_name, r.room_id) for r in rows] == [
        ("FK-20261123-0001", "王小明", home.room_id)
    ]
    assert "FK-20261123-0001" in page.ui.formStatus.text()
    assert page.ui.visitorName.text() == ""  # ready for the next visitor
    assert page.model.rowCount() == 1 and page.ui.lists.currentIndex() == 0
    assert "0 min" in page.model.data(page.model.index(0, 10)) or "分钟" in page.model.data(
        page.model.index(0, 10)
    )


def test_a_block_list_hit_is_let_in_with_a_reason(qtbot, services, admin, desk):
    home, clerk, page = desk
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    block = BlockDraft(plate="粤B12345", reason="乱停车堵消防通道")
    services.visitors.blocks.add(supervisor, block)
    page.ui.printPass.setChecked(False)
    fill_in(qtbot, page, home, plate="粤B12345")
    seen = []

    def give_reason(dialog):
        seen.append(dialog.findChild(QPlainTextEdit) is not None)
        assert "乱停车堵消防通道" in " ".join(
            label.text() for label in dialog.findChildren(type(page.ui.listStatus))
        )
        dialog.findChild(QPlainTextEdit).setPlainText("业主电话确认，临时放行")
        dialog.accept()

    with_dialog(
        lambda: qtbot.keyClick(
            page.ui.plate, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        ),
        give_reason,
    )
    assert seen == [True]
    visit = services.visitors.visits.search(clerk, VisitFilter())[0]
    assert (visit.plate, visit.block_reason) == ("粤B12345", "业主电话确认，临时放行")


def test_a_block_list_hit_cancelled_signs_nobody_in_and_keeps_the_typing(
    qtbot, services, admin, desk
):
    home, clerk, page = desk
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    services.visitors.blocks.add(
        supervisor, BlockDraft(name="王小明", phone="13911112222", reason="推销骚扰")
    )
    fill_in(qtbot, page, home)
    with_dialog(page.sign_in, lambda dialog: dialog.reject())
    assert services.visitors.visits.count(clerk, VisitFilter()) == 0
    assert page.ui.visitorName.text() == "王小明"
    assert "推销骚扰" in page.ui.formStatus.text()


def test_the_pass_is_printed_from_its_preview(qtbot, services, desk, tmp_path):
    home, clerk, page = desk
    fill_in(qtbot, page, home)
    printed = {}

    def keep(dialog):
        assert isinstance(dialog, PdfPreviewDialog)
        assert dialog.committed()  # printing or saving is the print, logged once
        printed["pdf"] = dialog.pdf
        dialog.accept()

    with_dialog(page.sign_in, keep)  # "print a pass" is ticked by default
    text = PdfReader(io.BytesIO(printed["pdf"])).pages[0].extract_text().replace("\n", "")
    for words in ("访客通行证", "FK-20261123-0001", "王小明", home.room_label):
        assert words in text
    assert services.visitors.visits.find(clerk, "FK-20261123-0001").print_count == 1


def test_signing_out_by_typing_the_serial_and_enter(qtbot, services, clock, desk):
    home, clerk, page = desk
    services.visitors.visits.sign_in(
        clerk, VisitDraft("王小明", room_id=home.room_id, host_name=home.resident)
    )
    clock.advance(minutes=80)
    page.ui.scanSerial.setFocus()
    type_text(qtbot, page.ui.scanSerial, "fk-20261123-0001")
    qtbot.keyClick(page.ui.scanSerial, Qt.Key.Key_Return)

    row = services.visitors.visits.find(clerk, "FK-20261123-0001")
    assert row.status is Status.SIGNED_OUT
    assert "FK-20261123-0001" in page.ui.scanStatus.text()
    assert page.ui.scanSerial.text() == ""  # ready for the next scan
    assert page.model.rowCount() == 0  # no longer on site

    # the same pass scanned again says what happened instead of failing silently
    type_text(qtbot, page.ui.scanSerial, "FK-20261123-0001")
    qtbot.keyClick(page.ui.scanSerial, Qt.Key.Key_Return)
    assert page.ui.scanStatus.text() and "FK-20261123-0001" in page.ui.scanStatus.text()


def test_the_administrator_adds_a_kind_of_visitor_and_the_form_offers_it(
    qtbot, services, admin, desk
):
    from desk_app.ui.settings.page import SettingsPage

    _home, _clerk, page = desk
    settings = SettingsPage(services, admin)
    qtbot.addWidget(settings)

    def name_it(dialog):
        dialog.setTextValue("调研人员")
        dialog.accept()

    with_dialog(settings.ui.newVisitorKindButton.click, name_it)
    labels = [page.ui.kind.itemText(i) for i in range(page.ui.kind.count())]
    assert labels[-1] == "调研人员"  # the open form's list followed the change


def test_a_visit_is_corrected_from_the_list_with_a_reason(qtbot, services, clock, desk):
    home, clerk, page = desk
    visit = services.visitors.visits.sign_in(
        clerk, VisitDraft("王小明", room_id=home.room_id, host_name=home.resident, purpose="送东西")
    ).visit
    clock.advance(minutes=30)
    page.reload()
    page.ui.onSiteTable.setCurrentIndex(page.model.index(0, 0))
    page.correct_selected()
    assert page.ui.visitorName.text() == "王小明" and page.ui.purpose.text() == "送东西"
    page.ui.purpose.selectAll()
    type_text(qtbot, page.ui.purpose, "探望父母")

    def why(dialog):
        dialog.setTextValue("事由登记错了")
        dialog.accept()

    with_dialog(
        lambda: qtbot.keyClick(
            page.ui.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        ),
        why,
    )
    row = services.visitors.visits.get(clerk, visit.id)
    assert row.purpose == "探望父母"
    assert row.arrived_at == visit.arrived_at  # the arrival untouched stays as it was
    assert services.visitors.visits.count(clerk, VisitFilter()) == 1  # no second visit
    lines = services.visitors.visits.history(clerk, visit.id)
    assert [str(line.action) for line in lines][-1] == "Corrected"


def test_the_administrator_keeps_the_block_list_from_the_settings(qtbot, services, admin):
    from desk_app.ui.settings.page import SettingsPage
    from desk_app.ui.visitors.block_list import BlockListDialog

    settings = SettingsPage(services, admin)
    qtbot.addWidget(settings)

    def add_a_car(dialog):
        assert isinstance(dialog, BlockListDialog)
        type_text(qtbot, dialog.ui.plate, "浙A8K8K8")
        type_text(qtbot, dialog.ui.reason, "多次占用消防通道")
        dialog.ui.addButton.click()
        assert dialog.model.rowCount() == 1
        dialog.accept()

    with_dialog(settings.ui.visitorBlockListButton.click, add_a_car)
    [entry] = services.visitors.blocks.entries(admin)
    assert (entry.plate, entry.reason, entry.until) == ("浙A8K8K8", "多次占用消防通道", None)


def test_a_supervisor_blanks_old_personal_data_after_confirming(
    qtbot, services, admin, clock, desk
):
    from PySide6.QtWidgets import QMessageBox

    home, clerk, _page = desk
    visit = services.visitors.visits.sign_in(
        clerk, VisitDraft("王小明", phone="13911112222", room_id=home.room_id)
    ).visit
    clock.advance(days=200)
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    page = VisitorsPage(services, supervisor)
    qtbot.addWidget(page)
    assert page.ui.purgeButton.isVisibleTo(page) and not _page.ui.purgeButton.isVisibleTo(_page)

    def yes(box):
        assert isinstance(box, QMessageBox) and "1" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    with_dialog(page.ui.purgeButton.click, yes)
    row = services.visitors.visits.get(supervisor, visit.id)
    assert (row.phone, row.purged, row.visitor_name) == ("", True, "王小明")
    assert "1" in page.ui.listStatus.text()


def test_a_visitor_still_on_site_at_closing_time_turns_highlighted(qtbot, services, clock, desk):
    from datetime import datetime

    from tests.conftest import ZONE

    home, clerk, page = desk
    services.visitors.visits.sign_in(clerk, VisitDraft("王小明", room_id=home.room_id))
    page.reload()
    background = Qt.ItemDataRole.BackgroundRole
    assert page.model.data(page.model.index(0, 0), background) is None
    clock.current = datetime(2026, 11, 23, 22, 1, tzinfo=ZONE)  # the closing time is 22:00
    page._refresh_durations()  # the page's minute tick
    assert page.model.data(page.model.index(0, 0), background) is not None
    assert page.model.data(page.model.index(0, 10)) == "12 小时 31 分钟"
