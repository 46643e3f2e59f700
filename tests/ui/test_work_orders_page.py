"""派工单 driven as the desk would: from a call to a closed order, with the scanner
typing a returned slip's serial and Enter."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desk_app.domain.roles import Role
from desk_app.domain.work_orders import Status
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.work_orders.page import WorkOrdersPage
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import show_active, type_text


@pytest.fixture
def desk(qtbot, services, admin):
    home = one_home(services, admin)
    clerk = make_user(services, admin, Role.CLERK)
    return home, clerk


def _answers(monkeypatch, *answers):
    """The clerk's answers to the small questions (work done, outcome…), in order."""
    queue = list(answers)

    def next_answer(*_args, **_kwargs):
        return queue.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(next_answer))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(next_answer))
    return queue


def test_full_life_from_a_call_to_a_closed_order(qtbot, services, desk, monkeypatch):
    home, clerk = desk
    # GIVEN a repair call logged on the contacts page
    contacts = ContactsPage(services, clerk)
    qtbot.addWidget(contacts)
    show_active(qtbot, contacts)
    contacts.ui.room.setText(home.query)
    contacts.room_field.refresh()
    contacts.room_field.set_choice(contacts.room_field._choices[0])
    contacts.ui.category.setCurrentIndex(contacts.ui.category.findData("repair"))
    type_text(qtbot, contacts.ui.since, "今天早上")
    type_text(qtbot, contacts.ui.content, "卫生间水管漏水，楼下天花板有水渍")

    # WHEN the clerk presses "create work order": the entry is saved and the form opens prefilled
    def fill(dialog):
        assert dialog.ui.room.text() == home.room_label
        assert dialog.ui.contactName.text() == home.resident
        assert "漏水" in dialog.ui.description.toPlainText()
        assert dialog.ui.department.currentText()  # the routing rules chose one
        dialog.accept()

    with_dialog(lambda: contacts.ui.workOrderButton.click(), fill)
    assert "派工单" in contacts.ui.formStatus.text() or "PG-" in contacts.ui.formStatus.text()
    order = services.work_orders.search(clerk, _all(), 0, 10)[0]
    entry = services.contacts.search(clerk, _contact_all(), limit=10)[0]
    assert order.source is not None and order.source.id == entry.id
    assert entry.onward == (order.serial,)  # the list names the order made from it

    # THEN the work-order page shows it; it prints three parts with serial and room
    page = WorkOrdersPage(services, clerk)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.ui.orders.selectRow(0)
    assert page.current.serial == order.serial
    pdf = PdfReader(io.BytesIO(page.slips_pdf([page.current])))
    text = pdf.pages[0].extract_text()
    for label in ("第一联", "第二联", "第三联", order.serial, home.room_label):
        assert label in text

    # dispatch, on site, complete — each with the big step button
    _answers(monkeypatch, "更换了角阀")
    for expected in (Status.DISPATCHED, Status.ON_SITE, Status.COMPLETED):
        qtbot.mouseClick(page.ui.stepButton, Qt.MouseButton.LeftButton)
        assert services.work_orders.get(clerk, order.id).status is expected, page.ui.status.text()

    # the signed slip comes back: the scanner types the serial and Enter
    page.ui.scanField.setFocus()
    qtbot.keyClicks(page.ui.scanField, order.serial.lower())
    qtbot.keyClick(page.ui.scanField, Qt.Key.Key_Return)
    assert page.focusWidget() is page.ui.stepButton
    qtbot.keyClick(page.ui.stepButton, Qt.Key.Key_Space)
    assert services.work_orders.get(clerk, order.id).status is Status.SLIP_RETURNED

    # three calls nobody answers make it unreachable, shown to the supervisor
    for outcome in ("无人接听", "占线", "无人接听"):
        _answers(monkeypatch, outcome)
        qtbot.mouseClick(page.ui.callbackButton, Qt.MouseButton.LeftButton)
    row = services.work_orders.get(clerk, order.id)
    assert row.callback_unreachable and row.callback_attempts == 3
    assert [r.id for r in services.work_orders.unreachable_callbacks(clerk)] == [order.id]


def test_successful_callback_then_close_and_refused_steps(qtbot, services, desk, monkeypatch):
    home, clerk = desk
    order = services.work_orders.create(clerk, _draft(services, clerk, home))
    wo = services.work_orders
    wo.dispatch(clerk, order.id)
    wo.arrive(clerk, order.id)
    wo.complete(clerk, order.id, work_done="疏通")
    page = WorkOrdersPage(services, clerk)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.ui.orders.selectRow(0)
    # a step the state does not allow is refused with a clear message
    from desk_app.domain.errors import DeskError

    with pytest.raises(DeskError) as refused:
        wo.dispatch(clerk, order.id)
    assert order.serial in str(refused.value) or "completed" in str(refused.value).lower()
    # the clerk calls back: reached, satisfied
    _answers(monkeypatch, "已接通，记录结果", "满意", "师傅很快")
    qtbot.mouseClick(page.ui.callbackButton, Qt.MouseButton.LeftButton)
    assert wo.get(clerk, order.id).status is Status.CALLBACK_DONE, page.ui.status.text()
    # the paper slip is still out: the next step is to take it back, then to close
    assert page.ui.stepButton.text() == "已返单"
    qtbot.mouseClick(page.ui.stepButton, Qt.MouseButton.LeftButton)
    assert wo.get(clerk, order.id).slip_returned_at is not None
    assert page.ui.stepButton.text() == "关闭"
    qtbot.mouseClick(page.ui.stepButton, Qt.MouseButton.LeftButton)
    assert wo.get(clerk, order.id).status is Status.CLOSED


def _draft(services, clerk, home):
    from desk_app.services.work_orders.service import WorkOrderDraft

    return WorkOrderDraft(
        description="厨房下水道堵塞",
        category="water",
        room_id=home.room_id,
        contact_name=home.resident,
        contact_phone=home.phone,
    )


def _all():
    from desk_app.services.work_orders.service import WorkOrderFilter

    return WorkOrderFilter()


def _contact_all():
    from desk_app.services.contacts import ContactFilter

    return ContactFilter()


def test_supervisor_amends_a_locked_callback_result_with_a_reason(
    qtbot, services, desk, admin, monkeypatch
):
    home, clerk = desk
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    wo = services.work_orders
    order = wo.create(clerk, _draft(services, clerk, home))
    wo.dispatch(clerk, order.id)
    wo.arrive(clerk, order.id)
    wo.complete(clerk, order.id, work_done="疏通")
    wo.record_callback(clerk, order.id, "dissatisfied", remarks="还是堵")
    # the clerk's page offers no amendment; the supervisor's does
    page = WorkOrdersPage(services, clerk)
    qtbot.addWidget(page)
    page.ui.orders.selectRow(0)
    assert "修改回访结果…" not in [a.text() for a in page._more.actions()]
    boss = WorkOrdersPage(services, supervisor)
    qtbot.addWidget(boss)
    boss.ui.orders.selectRow(0)
    amend = next(a for a in boss._more.actions() if a.text() == "修改回访结果…")
    _answers(monkeypatch, "满意", "业主来电更正")
    amend.trigger()
    assert boss.ui.status.text().startswith("回访结果已修改。")
    call = wo.detail(clerk, order.id).callbacks[-1]
    assert call.satisfaction.value == "satisfied" and call.amended_by


def test_outstanding_slip_shows_its_age(qtbot, services, desk, clock):
    home, clerk = desk
    wo = services.work_orders
    order = wo.create(clerk, _draft(services, clerk, home))
    wo.dispatch(clerk, order.id)
    wo.arrive(clerk, order.id)
    wo.complete(clerk, order.id, work_done="疏通")
    clock.advance(hours=50)
    page = WorkOrdersPage(services, clerk)
    qtbot.addWidget(page)
    page.ui.view.setCurrentIndex(3)  # slips not returned
    assert page.model.rowCount() == 1
    assert page.model.index(0, 8).data() == "2 天"
