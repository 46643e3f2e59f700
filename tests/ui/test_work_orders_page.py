"""派工单 driven as the desk would: from a call to a closed order, the step forms and
the callback form filled from the keyboard, the scanner typing a returned slip's serial
and Enter, the preview that is not yet a print."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QFileDialog, QLabel, QWidget

from desk_app.domain.contacts import FollowUp
from desk_app.domain.roles import Role
from desk_app.domain.work_orders import Status
from desk_app.services.contacts import ContactFilter
from desk_app.services.work_orders.views import WorkOrderDraft, WorkOrderFilter
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.work_orders.callback_form import CallbackDialog
from desk_app.ui.work_orders.dialog import WorkOrderDialog
from desk_app.ui.work_orders.history_dialog import HistoryDialog
from desk_app.ui.work_orders.page import WorkOrdersPage
from desk_app.ui.work_orders.step_forms import ReasonDialog, StepDialog
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.dialogs import with_dialog
from tests.ui.file_dialog_driver import ModalWatch
from tests.ui.keyboard import show_active, type_text


@pytest.fixture
def desk(qtbot, services, admin):
    home = one_home(services, admin)
    clerk = make_user(services, admin, Role.CLERK)
    return home, clerk


def _draft(home) -> WorkOrderDraft:
    return WorkOrderDraft(
        description="厨房下水道堵塞",
        category="water",
        room_id=home.room_id,
        contact_name=home.resident,
        contact_phone=home.phone,
    )


def _page(qtbot, services, actor) -> WorkOrdersPage:
    page = WorkOrdersPage(services, actor)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


def _completed(services, clerk, home):
    wo = services.work_orders
    order = wo.orders.create(clerk, _draft(home))
    wo.steps.dispatch(clerk, order.id)
    wo.steps.arrive(clerk, order.id)
    return wo.steps.complete(clerk, order.id, work_done="疏通下水道")


def _key(qtbot, widget: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def _enter(qtbot, dialog) -> None:
    """The clerk presses Enter where the cursor is: the form saves."""
    _key(qtbot, dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def _save(qtbot, widget: QWidget) -> None:
    """Ctrl+Enter: the form saves, from a text box too (shortcuts reach the active
    window only, as on the clerk's screen)."""
    window = widget.window()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    _key(qtbot, widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _log_repair_call(qtbot, contacts: ContactsPage, home) -> None:
    contacts.ui.room.setText(home.query)
    contacts.room_field.refresh()
    contacts.room_field.set_choice(contacts.room_field._choices[0])
    contacts.ui.category.setCurrentIndex(contacts.ui.category.findData("repair"))
    type_text(qtbot, contacts.ui.since, "今天早上")
    type_text(qtbot, contacts.ui.content, "卫生间水管漏水，楼下天花板有水渍")


# -- from a call to a closed order ---------------------------------------------------------


def test_full_life_from_a_call_to_a_closed_order(qtbot, services, desk):
    home, clerk = desk
    wo = services.work_orders
    # GIVEN the work-order page open, and a repair call logged on the contacts page
    page = _page(qtbot, services, clerk)
    contacts = ContactsPage(services, clerk)
    qtbot.addWidget(contacts)
    show_active(qtbot, contacts)
    _log_repair_call(qtbot, contacts, home)

    # WHEN the clerk presses "create work order": the entry is saved, the form opens prefilled
    def fill(dialog):
        assert dialog.ui.room.text() == home.room_label
        assert dialog.ui.contactName.text() == home.resident
        assert "漏水" in dialog.ui.description.toPlainText()
        assert dialog.ui.department.currentText()  # the routing rules chose one
        dialog.accept()

    with_dialog(lambda: contacts.ui.workOrderButton.click(), fill)
    entry = services.contacts.search(clerk, ContactFilter(), limit=10)[0]

    # THEN the work-order page lists it without being told to reload
    assert page.model.rowCount() == 1
    order = page.model.row_at(0)
    assert order.source is not None and order.source.id == entry.id
    assert entry.onward == (order.serial,)  # the list names the order made from it
    # and the entry is handed to it: no longer waiting for a follow-up
    handed = services.contacts.get(clerk, entry.id)
    assert (handed.follow_up_status, handed.follow_up_result) == (FollowUp.HANDED, order.serial)

    # the preview shows three parts with serial and room
    show_active(qtbot, page)
    page.ui.orders.selectRow(0)
    assert page.current.serial == order.serial
    text = PdfReader(io.BytesIO(page.slips_pdf([page.current]))).pages[0].extract_text()
    for label in ("第一联", "第二联", "第三联", order.serial, home.room_label):
        assert label in text

    # dispatch and on site: the step button opens the step form; Enter takes "now"
    for expected in (Status.DISPATCHED, Status.ON_SITE):
        with_dialog(lambda: page.ui.stepButton.click(), lambda d: _enter(qtbot, d))
        assert wo.queries.get(clerk, order.id).status is expected, page.ui.status.text()
    # complete: the clerk tabs to "work done", types it and saves with Ctrl+Enter
    assert page.ui.stepButton.text() == "完工"

    def work_done(dialog: StepDialog):
        assert dialog.focusWidget() is dialog.ui.when
        _key(qtbot, dialog.ui.when, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.ui.workDone, "更换了角阀，试水正常")
        _save(qtbot, dialog.ui.workDone)

    with_dialog(lambda: page.ui.stepButton.click(), work_done)
    done = wo.queries.get(clerk, order.id)
    assert (done.status, done.work_done) == (Status.COMPLETED, "更换了角阀，试水正常")
    # the completion note is in the detail and on the timeline
    assert page.ui.detail.toPlainText().count("更换了角阀，试水正常") == 2

    # the signed slip comes back: the scanner types the serial and Enter, the clerk Enter
    page.ui.scanField.setFocus()
    qtbot.keyClicks(page.ui.scanField, order.serial.lower())
    _key(qtbot, page.ui.scanField, Qt.Key.Key_Return)
    assert page.ui.status.text() == f"{order.serial}：按回车键登记返单。"
    _key(qtbot, page.ui.scanField, Qt.Key.Key_Return)
    assert wo.queries.get(clerk, order.id).status is Status.SLIP_RETURNED

    # the callback: reached, satisfied, a result typed, Enter — and the order is closed
    def callback(dialog: CallbackDialog):
        assert dialog.focusWidget() is dialog.ui.outcome
        assert dialog.ui.closeNote.text()  # says that saving closes the order
        _key(qtbot, dialog.ui.outcome, Qt.Key.Key_Tab)
        _key(qtbot, dialog.ui.satisfaction, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.ui.result, "师傅很及时")
        _key(qtbot, dialog.ui.result, Qt.Key.Key_Return)

    assert page.ui.stepButton.text() == "回访"
    with_dialog(lambda: page.ui.stepButton.click(), callback)
    closed = wo.queries.get(clerk, order.id)
    assert closed.status is Status.CLOSED, page.ui.status.text()
    assert [c.result for c in closed.callbacks] == ["师傅很及时"]
    # and the entry's follow-up is completed with the order's outcome
    entry = services.contacts.get(clerk, entry.id)
    assert entry.follow_up_status is FollowUp.DONE
    assert entry.follow_up_result == f"{order.serial} 更换了角阀，试水正常（满意）"
    assert not entry.overdue


def test_three_unanswered_calls_make_it_unreachable(qtbot, services, desk):
    home, clerk = desk
    order = _completed(services, clerk, home)
    page = _page(qtbot, services, clerk)
    page.ui.orders.selectRow(0)

    def no_answer(dialog: CallbackDialog, presses: int):
        for _ in range(presses):  # down the outcome list: no answer, busy
            _key(qtbot, dialog.ui.outcome, Qt.Key.Key_Down)
        assert not dialog.ui.satisfaction.isVisible()
        _enter(qtbot, dialog)

    for presses in (1, 2, 1):
        with_dialog(lambda: page.ui.callbackButton.click(), lambda d, p=presses: no_answer(d, p))
    row = services.work_orders.queries.get(clerk, order.id)
    assert row.callback_unreachable and row.callback_attempts == 3
    assert [r.id for r in services.work_orders.callbacks.unreachable(clerk)] == [order.id]


def test_a_dissatisfied_callback_does_not_close_and_offers_reopening(qtbot, services, desk, admin):
    home, clerk = desk
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    order = _completed(services, clerk, home)
    services.work_orders.steps.return_slip(clerk, order.id)
    page = _page(qtbot, services, supervisor)
    page.ui.orders.selectRow(0)

    def dissatisfied(dialog: CallbackDialog):
        _key(qtbot, dialog.ui.outcome, Qt.Key.Key_Tab)
        for _ in range(3):
            _key(qtbot, dialog.ui.satisfaction, Qt.Key.Key_Down)
        assert dialog.ui.satisfaction.currentText() == "不满意"
        assert not dialog.ui.closeNote.text()
        _enter(qtbot, dialog)

    with_dialog(lambda: page.ui.callbackButton.click(), dissatisfied)
    assert services.work_orders.queries.get(clerk, order.id).status is Status.CALLBACK_DONE
    assert "重新打开" in page.ui.status.text()
    assert "重新打开…" in [a.text() for a in page._more.actions()]


# -- steps as they really happen -------------------------------------------------------------


def test_a_step_records_the_time_reported_and_refuses_an_impossible_one(
    qtbot, services, desk, clock
):
    home, clerk = desk
    wo = services.work_orders
    order = wo.orders.create(clerk, _draft(home))
    wo.steps.dispatch(clerk, order.id)  # at 09:30
    clock.advance(minutes=55)  # now 10:25
    page = _page(qtbot, services, clerk)
    page.ui.orders.selectRow(0)
    minute, hour = QDateTimeEdit.Section.MinuteSection, QDateTimeEdit.Section.HourSection

    def arrived(dialog: StepDialog, section, steps: int):
        when = dialog.ui.when
        when.setCurrentSection(section)  # the clerk clicks the hours or the minutes
        key = Qt.Key.Key_Down if steps < 0 else Qt.Key.Key_Up
        for _ in range(abs(steps)):
            _key(qtbot, when, key)
        type_text(qtbot, dialog.ui.reason, "师傅电话报到")
        _save(qtbot, dialog.ui.reason)
        if dialog.isVisible():
            seen.append((dialog.ui.errorLabel.text(), dialog.ui.reason.toPlainText()))

    # WHEN the time typed lies half an hour ahead THEN the form says so, keeping the typing
    seen: list = []
    with_dialog(lambda: page.ui.stepButton.click(), lambda d: arrived(d, minute, 30))
    assert seen == [("时间晚于现在。", "师傅电话报到")]
    # ... nor before the dispatch
    seen.clear()
    with_dialog(lambda: page.ui.stepButton.click(), lambda d: arrived(d, hour, -1))
    assert seen == [("时间不能早于上一步（2026-11-23 09:30）。", "师傅电话报到")]
    assert wo.queries.get(clerk, order.id).status is Status.DISPATCHED
    # WHEN the technician reports he arrived 25 minutes ago THEN that time is kept
    with_dialog(lambda: page.ui.stepButton.click(), lambda d: arrived(d, minute, -25))
    arrived_row = wo.queries.get(clerk, order.id)
    assert arrived_row.status is Status.ON_SITE
    assert arrived_row.onsite_at == clock.current - timedelta(minutes=25)
    assert arrived_row.steps[-1].reason == "师傅电话报到"


def test_hold_transfer_and_hand_back_are_small_forms(qtbot, services, desk, clock):
    home, clerk = desk
    wo = services.work_orders
    order = wo.orders.create(clerk, _draft(home))
    wo.steps.dispatch(clerk, order.id)
    page = _page(qtbot, services, clerk)
    page.ui.orders.selectRow(0)

    def menu(text: str):
        return next(a for a in page._more.actions() if a.text() == text)

    # hold: waiting for parts until a day picked on the calendar field, with a note
    def hold(dialog: StepDialog):
        assert dialog.focusWidget() is dialog.ui.holdReason
        assert not dialog.ui.when.isVisible() and dialog.ui.until.isVisible()
        assert dialog.ui.until.calendarPopup()
        _key(qtbot, dialog.ui.holdReason, Qt.Key.Key_Tab)
        until = dialog.ui.until
        until.setCurrentSection(until.Section.DaySection)
        _key(qtbot, until, Qt.Key.Key_Up)  # tomorrow is offered; one day later
        _key(qtbot, until, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.ui.reason, "等角阀到货")
        _save(qtbot, dialog.ui.reason)

    with_dialog(lambda: menu("暂停…").trigger(), hold)
    held = wo.queries.get(clerk, order.id)
    assert held.status is Status.ON_HOLD and held.hold_reason.value == "parts"
    assert held.hold_until == services.ctx.today() + timedelta(days=2)
    assert held.hold_note == "等角阀到货"
    # resume is at once; the big button offers it
    assert page.ui.stepButton.text() == "恢复处理"
    page.ui.stepButton.click()
    assert wo.queries.get(clerk, order.id).status is Status.DISPATCHED

    # transfer: another department and the reason; an empty reason is named, typing kept
    def transfer(dialog: StepDialog):
        _key(qtbot, dialog.ui.department, Qt.Key.Key_Down)
        _key(qtbot, dialog.ui.department, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.ui.technician, "wang")
        _enter(qtbot, dialog)
        assert dialog.isVisible() and dialog.focusWidget() is dialog.ui.reason
        assert dialog.ui.technician.text() == "wang"
        type_text(qtbot, dialog.ui.reason, "需要电工")
        _save(qtbot, dialog.ui.reason)

    before = wo.queries.get(clerk, order.id).department
    with_dialog(lambda: menu("转单…").trigger(), transfer)
    moved = wo.queries.get(clerk, order.id)
    assert moved.department != before and moved.technician == "wang"
    assert moved.transfer_count == 1

    def hand_back(dialog: StepDialog):
        assert [w.isVisible() for w in (dialog.ui.when, dialog.ui.department)] == [False] * 2
        type_text(qtbot, dialog.ui.reason, "不属本部门")
        _save(qtbot, dialog.ui.reason)

    with_dialog(lambda: menu("退单…").trigger(), hand_back)
    back = wo.queries.get(clerk, order.id)
    assert back.status is Status.CREATED and back.handback_count == 1


def test_the_timeline_is_in_the_order_things_happened(qtbot, services, desk, clock):
    home, clerk = desk
    wo = services.work_orders
    order = wo.orders.create(clerk, _draft(home))
    clock.advance(minutes=5)
    wo.slips.print(clerk, [order.id])
    clock.advance(minutes=5)
    wo.steps.dispatch(clerk, order.id, at=clock.current - timedelta(minutes=2))
    clock.advance(minutes=30)
    wo.steps.arrive(clerk, order.id)
    wo.steps.complete(clerk, order.id, work_done="疏通")
    clock.advance(hours=1)
    wo.callbacks.record(clerk, order.id, "satisfied", result="好")
    clock.advance(hours=1)
    wo.slips.print(clerk, [order.id], reason="派工联丢失")
    page = _page(qtbot, services, clerk)
    page.ui.orders.selectRow(0)
    lines = page.ui.detail.toPlainText().splitlines()
    timeline = [line for line in lines if line[:4] == "2026"]
    assert ["开单" in timeline[0], "打印" in timeline[1], "派工" in timeline[2]] == [True] * 3
    assert "回访" in timeline[-2] and "派工联丢失" in timeline[-1]
    assert timeline == sorted(timeline)  # each line begins with its local time


# -- the scanner ---------------------------------------------------------------------------


def test_a_second_scan_of_the_same_slip_says_so_and_changes_nothing(qtbot, services, desk):
    home, clerk = desk
    order = _completed(services, clerk, home)
    page = _page(qtbot, services, clerk)
    scan = page.ui.scanField
    for _ in range(2):
        scan.setFocus()
        qtbot.keyClicks(scan, order.serial)
        _key(qtbot, scan, Qt.Key.Key_Return)
        _key(qtbot, scan, Qt.Key.Key_Return)
    assert page.ui.status.text() == f"{order.serial}: 派工单已经返回。"
    assert page.focusWidget() is scan  # ready for the next slip
    steps = services.work_orders.queries.get(clerk, order.id).steps
    assert [s.action for s in steps].count("return_slip") == 1


# -- preview is not printing -------------------------------------------------------------------


def test_a_preview_is_not_a_print_and_a_reprint_gives_its_reason(qtbot, services, desk, tmp_path):
    home, clerk = desk
    wo = services.work_orders
    order = wo.orders.create(clerk, _draft(home))
    page = _page(qtbot, services, clerk)
    page.ui.orders.selectRow(0)

    def look(dialog: PdfPreviewDialog):
        assert isinstance(dialog, PdfPreviewDialog)
        dialog.close_button.click()

    # WHEN the clerk previews the slip twice and closes the preview
    for _ in range(2):
        show_active(qtbot, page)  # back at the page, whose Ctrl+P opens the preview
        with_dialog(
            lambda: qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier), look
        )
    # THEN nothing is printed
    assert wo.queries.get(clerk, order.id).print_count == 0

    def save_as(path):
        def act(dialog: PdfPreviewDialog):
            watch = ModalWatch(QFileDialog, lambda d: (d.selectFile(str(path)), d.accept()))
            dialog.save_button.click()
            watch.check()
            seen.append(dialog.status.text())
            dialog.close_button.click()

        return act

    # WHEN it is saved from the preview THEN that is the first print
    seen: list[str] = []
    first = tmp_path / "first.pdf"
    with_dialog(lambda: page.ui.printButton.click(), save_as(first))
    text = PdfReader(str(first)).pages[0].extract_text()
    assert "第 1 次打印" in text and "补打" not in text
    assert wo.queries.get(clerk, order.id).print_count == 1

    # WHEN it is saved again THEN the reason is asked first and kept with the reprint
    def reprint(dialog: PdfPreviewDialog):
        def reason(asked: ReasonDialog):
            assert order.serial in asked.ui.question.text()
            type_text(qtbot, asked.ui.reason, "派工联被水浸湿")
            _key(qtbot, asked.ui.reason, Qt.Key.Key_Return)

        again = tmp_path / "again.pdf"
        files = ModalWatch(QFileDialog, lambda d: (d.selectFile(str(again)), d.accept()))
        asked = ModalWatch(ReasonDialog, reason)
        dialog.save_button.click()
        files.check()
        asked.check()
        dialog.close_button.click()

    with_dialog(lambda: page.ui.printButton.click(), reprint)
    again = PdfReader(str(tmp_path / "again.pdf")).pages[0].extract_text()
    assert "补打" in again and "第 2 次打印" in again
    prints = wo.queries.get(clerk, order.id).prints
    assert [(p.copy_no, p.reason) for p in prints] == [(1, ""), (2, "派工联被水浸湿")]
    assert "派工联被水浸湿" in page.ui.detail.toPlainText()


# -- reading the history --------------------------------------------------------------------


def test_the_change_history_reads_in_words(qtbot, services, desk, admin):
    home, clerk = desk
    wo = services.work_orders
    order = wo.orders.create(clerk, _draft(home))
    wo.orders.update(clerk, order.id, WorkOrderDraft(**{**_draft(home).__dict__, "place": "厨房"}))
    engineering = next(d for d in services.accounts.list_departments() if d.name == "工程部")
    wo.steps.dispatch(clerk, order.id, engineering.id, "李师傅")
    wo.steps.arrive(clerk, order.id)
    page = _page(qtbot, services, clerk)
    page.ui.orders.selectRow(0)

    shown: list[list[list[str]]] = []

    def read(dialog: HistoryDialog):
        shown.append(dialog.texts())
        dialog.reject()

    with_dialog(lambda: page.ui.historyButton.click(), read)
    rows = shown[0]
    text = "\n".join("  ".join(row) for row in rows)
    assert rows[0][0] == "2026-11-23 09:30" and rows[0][1] == "clerk-名"  # local time, a name
    assert rows[0][2] == "开单" and f"房号：{home.room_label}" in rows[0][3]
    assert "紧急程度：一般" in rows[0][3] and "类别：给排水" in rows[0][3]
    assert "地点：厨房" in rows[1][3]
    dispatch = next(row for row in rows if row[2] == "派工")
    assert "状态：待派工 → 已派工" in dispatch[3] and "派工部门：客服助理 → 工程部" in dispatch[3]
    assert "维修人员：李师傅" in dispatch[3]
    assert "到场超时：否" in text or "到场时间：2026-11-23 09:30" in text
    for raw in ("occurred_at", "_id", "None", "False", "True", "T01:30", "+00:00", "work_order"):
        assert raw not in text, raw


def test_the_change_history_in_english(qtbot, services, desk, qapp):
    from desk_app.ui.i18n import install_language

    home, clerk = desk
    order = services.work_orders.orders.create(clerk, _draft(home))
    install_language(qapp, "en")
    changes = services.work_orders.history.changes(clerk, order.id)
    dialog = HistoryDialog("history", changes, services.ctx.zone)
    qtbot.addWidget(dialog)
    first = dialog.texts()[0]
    assert first[2] == "Opened" and "Urgency: Normal" in first[3] and "Room: " in first[3]


# -- changes made elsewhere ------------------------------------------------------------------


def test_a_category_added_in_the_settings_appears_in_the_open_form(qtbot, services, desk, admin):
    _home, clerk = desk
    dialog = WorkOrderDialog(services, clerk)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    categories = [dialog.ui.category.itemText(i) for i in range(dialog.ui.category.count())]
    assert "消杀" not in categories
    dialog.ui.category.setCurrentIndex(dialog.ui.category.findData("lift"))
    # WHEN the administrator adds a category (on another screen)
    services.work_orders.categories.save(admin, "pests", "消杀")
    # THEN the open form offers it, and the clerk's choice stays
    categories = [dialog.ui.category.itemText(i) for i in range(dialog.ui.category.count())]
    assert "消杀" in categories and dialog.ui.category.currentData() == "lift"


def test_a_hidden_page_catches_up_when_shown(qtbot, services, desk):
    home, clerk = desk
    page = WorkOrdersPage(services, clerk)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    services.work_orders.orders.create(clerk, _draft(home))
    assert page.model.rowCount() == 0  # hidden: no work for nothing
    show_active(qtbot, page)
    assert page.model.rowCount() == 1


def test_selecting_an_order_reads_it_once(qtbot, services, desk):
    from sqlalchemy import event

    home, clerk = desk
    order = _completed(services, clerk, home)
    page = _page(qtbot, services, clerk)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        services.work_orders.queries.get(clerk, order.id)
        one_read = len(statements)
        statements.clear()
        page.ui.orders.selectRow(0)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count)
    assert page.current.id == order.id
    assert len(statements) == one_read


def test_supervisor_amends_a_locked_callback_result_with_a_reason(qtbot, services, desk, admin):
    home, clerk = desk
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    wo = services.work_orders
    order = _completed(services, clerk, home)
    wo.callbacks.record(clerk, order.id, "dissatisfied", remarks="还是堵")
    # the clerk's page offers no amendment; the supervisor's does
    page = _page(qtbot, services, clerk)
    page.ui.orders.selectRow(0)
    assert "修改回访结果…" not in [a.text() for a in page._more.actions()]
    boss = _page(qtbot, services, supervisor)
    boss.ui.orders.selectRow(0)
    amend = next(a for a in boss._more.actions() if a.text() == "修改回访结果…")

    def correct(dialog: CallbackDialog):
        assert not dialog.ui.outcome.isVisible() and dialog.ui.reason.isVisible()
        _key(qtbot, dialog.ui.satisfaction, Qt.Key.Key_Up)  # dissatisfied → fair
        _key(qtbot, dialog.ui.satisfaction, Qt.Key.Key_Up)  # → satisfied
        dialog.ui.reason.setFocus()
        type_text(qtbot, dialog.ui.reason, "业主来电更正")
        _key(qtbot, dialog.ui.reason, Qt.Key.Key_Return)

    with_dialog(amend.trigger, correct)
    assert boss.ui.status.text().startswith("回访结果已修改。")
    call = wo.queries.get(clerk, order.id).callbacks[-1]
    assert call.satisfaction.value == "satisfied" and call.amended_by


def test_outstanding_slip_shows_its_age(qtbot, services, desk, clock):
    home, clerk = desk
    _completed(services, clerk, home)
    clock.advance(hours=50)
    page = _page(qtbot, services, clerk)
    page.ui.view.setCurrentIndex(3)  # slips not returned
    assert page.model.rowCount() == 1
    assert page.model.index(0, 8).data() == "2 天"


def test_pages_of_the_list_follow_on_by_key(qtbot, services, desk):
    home, clerk = desk
    for _ in range(7):
        services.work_orders.orders.create(clerk, _draft(home))
    page = _page(qtbot, services, clerk)
    page.model.PAGE_SIZE = 3
    page.reload()
    while page.model.canFetchMore():
        page.model.fetchMore()
    serials = [page.model.row_at(r).serial for r in range(page.model.rowCount())]
    assert serials == sorted(serials, reverse=True) and len(set(serials)) == 7
    every = services.work_orders.queries.page(clerk, WorkOrderFilter(), None, 100)
    assert [r.serial for r in every] == serials


# -- the forms' keyboard -------------------------------------------------------------------


@pytest.mark.parametrize("form", [StepDialog, CallbackDialog, ReasonDialog, WorkOrderDialog])
def test_alt_letters_are_unique_in_each_form(qtbot, services, desk, form):
    home, clerk = desk
    order = _completed(services, clerk, home)
    if form is StepDialog:
        from desk_app.domain.work_orders import Action

        window = StepDialog(services, clerk, order, Action.TRANSFER)
    elif form is CallbackDialog:
        window = CallbackDialog(services, clerk, order)
    elif form is ReasonDialog:
        window = ReasonDialog([order.serial])
    else:
        window = WorkOrderDialog(services, clerk)
    qtbot.addWidget(window)
    assert _mnemonics_unique(window)


def test_alt_letters_are_unique_on_the_page(qtbot, services, desk):
    _home, clerk = desk
    assert _mnemonics_unique(_page(qtbot, services, clerk))


def _mnemonics_unique(window: QWidget) -> bool:
    letters: list[str] = []
    for widget in window.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel) or hasattr(widget, "text") else ""
        if not isinstance(text, str) or "&" not in text.replace("&&", ""):
            continue
        index = text.replace("&&", "").index("&")
        letters.append(text.replace("&&", "")[index + 1].lower())
    assert len(letters) == len(set(letters)), sorted(letters)
    return bool(letters)
