"""住户档案 as the desk uses it: browse or search to a room, see who lives there, keep
the register up to date — with the keyboard and with the mouse."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QInputDialog

from desk_app.domain.personal import id_check_character
from desk_app.domain.register import Relation
from desk_app.domain.roles import Role
from desk_app.services.register import ResidentDraft, RoomDraft
from desk_app.ui.residents.dialogs import MoveOutDialog, ResidentDialog, RoomDialog
from desk_app.ui.residents.page import ResidentsPage
from desk_app.ui.residents.room_view import FORMER_COLOR
from tests.conftest import PASSWORD, make_user
from tests.register_fixtures import REGISTRAR, Home, one_home
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import show_active, type_text

ID_WANG = "33010219850315002" + id_check_character("33010219850315002")


@pytest.fixture
def estate(services, admin) -> Home:
    """阳光花园: 3栋2单元1501 (张伟强 and family), 3栋2单元1502 (王芳, with her ID
    number) and 5栋1201 in a building without units."""
    home = one_home(services, admin)
    actor = services.accounts.login(REGISTRAR, PASSWORD)
    room = services.residents.add_room(actor, RoomDraft("3", "1502", "2"))
    services.residents.add_resident(
        actor, room.id, ResidentDraft("王芳", Relation.TENANT, ["13600001111"], ID_WANG)
    )
    services.residents.add_room(actor, RoomDraft("5", "1201"))
    return home


@pytest.fixture
def clerk(services, admin):
    return make_user(services, admin, Role.CLERK)


@pytest.fixture
def supervisor(services, admin):
    return make_user(services, admin, Role.SUPERVISOR)


def _page(qtbot, services, actor) -> ResidentsPage:
    page = ResidentsPage(services, actor)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    show_active(qtbot, page)
    return page


def _names(model) -> list[str]:
    return [model.row_at(row).name for row in range(model.rowCount())]


def _rooms(page: ResidentsPage) -> list[str]:
    return [page.model.row_at(row).room.label for row in range(page.model.rowCount())]


def _key(qtbot, page: ResidentsPage, key: Qt.Key) -> None:
    qtbot.keyClick(page.focusWidget(), key)


def test_browse_to_a_room_by_keyboard(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    assert page.focusWidget() is page.ui.search
    assert page.ui.roomTitle.text() == "请选择房间"
    # the whole community is listed to begin with
    assert _rooms(page) == ["3栋2单元1501", "3栋2单元1502", "5栋1201"]
    # WHEN the clerk tabs into the estate and walks down to 3栋 → 2单元
    _key(qtbot, page, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.ui.estate
    assert page.ui.estate.currentItem().text(0) == "阳光花园"
    _key(qtbot, page, Qt.Key.Key_Down)
    assert page.ui.estate.currentItem().text(0) == "3栋"
    _key(qtbot, page, Qt.Key.Key_Right)  # opens the building
    _key(qtbot, page, Qt.Key.Key_Down)
    assert page.ui.estate.currentItem().text(0) == "2单元"
    assert _rooms(page) == ["3栋2单元1501", "3栋2单元1502"]
    # and tabs into the rooms and goes down to the second one
    _key(qtbot, page, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.ui.rooms
    _key(qtbot, page, Qt.Key.Key_Down)
    # THEN the room view shows 1502 and who lives there
    assert page.ui.roomTitle.text() == "3栋2单元1502"
    assert _names(page.current) == ["王芳"]
    assert page.current.index(0, 1).data() == "租户"
    assert page.current.index(0, 2).data() == "13600001111"
    assert "出租" not in page.ui.roomFacts.text() and "阳光花园" in page.ui.roomFacts.text()


def test_browse_to_a_room_with_the_mouse(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    tree = page.ui.estate
    building = tree.topLevelItem(0).child(1)
    assert (building.text(0), building.text(1)) == ("5栋", "1")
    assert building.childCount() == 0  # no units: the building is the last level
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(building).center()
    )
    assert _rooms(page) == ["5栋1201"]
    assert page.ui.listStatus.text() == "共 1 间"
    table = page.ui.rooms
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(page.model.index(0, 0)).center(),
    )
    assert page.ui.roomTitle.text() == "5栋1201"
    assert _names(page.current) == []
    assert page.ui.addResidentButton.isEnabled()
    assert not page.ui.editResidentButton.isEnabled()


@pytest.mark.parametrize("typed", ["3-2-1501", "5678", "zwq", "张伟"])
def test_find_a_room_by_keyboard_alone(qtbot, services, clerk, estate, typed):
    page = _page(qtbot, services, clerk)
    # WHEN the clerk types what the caller says, waits for the matches and picks one
    type_text(qtbot, page.ui.search, typed)
    popup = page.room_field.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    # THEN the room is shown where it is in the estate, with its residents
    assert page.ui.roomTitle.text() == estate.room_label
    assert _names(page.current) == ["张伟强", "李秀英"]
    assert page.ui.estate.currentItem().text(0) == "2单元"
    assert page.ui.estate.currentItem().parent().text(0) == "3栋"
    selected = page.ui.rooms.selectionModel().selectedRows()
    assert [page.model.row_at(i.row()).room.label for i in selected] == [estate.room_label]
    qtbot.waitUntil(lambda: page.ui.search.text() == estate.room_label)
    assert page.focusWidget() is page.ui.search  # ready for the next caller
    assert page.ui.search.selectedText() == estate.room_label  # typing starts afresh
    qtbot.waitUntil(lambda: not page._search_timer.isActive())  # no search pending
    assert _rooms(page) == ["3栋2单元1501", "3栋2单元1502"]  # the unit, not a search


def test_enter_without_picking_lists_what_the_search_finds(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    type_text(qtbot, page.ui.search, "3栋")
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.focusWidget() is page.ui.rooms)
    assert _rooms(page) == ["3栋2单元1501", "3栋2单元1502"]
    assert page.ui.listStatus.text() == "找到 2 间房"
    assert page.ui.roomTitle.text() == "3栋2单元1501"
    _key(qtbot, page, Qt.Key.Key_Down)
    assert page.ui.roomTitle.text() == "3栋2单元1502"
    # clearing the search goes back to the estate as browsed
    page.ui.search.clear()
    qtbot.waitUntil(lambda: len(_rooms(page)) == 3)


def test_id_numbers_are_masked_for_the_clerk_and_full_for_the_supervisor(
    qtbot, services, clerk, supervisor, estate
):
    room = services.residents.list_rooms(clerk)[1]
    assert room.label == "3栋2单元1502"
    desk = _page(qtbot, services, clerk)
    desk.go_to_room(room.id)
    assert desk.current.index(0, 3).data() == "3301**********" + ID_WANG[-4:]
    assert not desk.ui.voidButton.isVisible()
    assert not desk.ui.importButton.isVisible()

    boss = _page(qtbot, services, supervisor)
    boss.go_to_room(room.id)
    assert boss.current.index(0, 3).data() == ID_WANG
    assert boss.ui.voidButton.isVisible() and boss.ui.importButton.isVisible()


def test_add_a_resident_by_keyboard_a_bad_phone_is_named_and_typing_kept(
    qtbot, services, clerk, estate
):
    page = _page(qtbot, services, clerk)
    page.go_to_room(estate.room_id)
    seen: dict[str, str] = {}

    def fill(dialog: ResidentDialog) -> None:
        ui = dialog.ui
        qtbot.waitUntil(lambda: dialog.focusWidget() is ui.name)
        type_text(qtbot, ui.name, "王小明")
        qtbot.keyClick(ui.name, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is ui.relation
        qtbot.keyClick(ui.relation, Qt.Key.Key_Down)  # owner → family
        qtbot.keyClick(ui.relation, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is ui.phones
        qtbot.keyClicks(ui.phones, "1381234567")  # one digit short
        qtbot.keyClick(ui.phones, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is ui.idNumber
        qtbot.keyClick(ui.idNumber, Qt.Key.Key_Return)  # Save is the default button
        # THEN the dialog stays, says what is wrong with which field, keeps the typing
        assert dialog.isVisible()
        seen["error"] = ui.errorLabel.text()
        assert dialog.focusWidget() is ui.phones
        assert (ui.name.text(), ui.relation.currentData()) == ("王小明", "family")
        assert ui.phones.selectedText() == "1381234567"
        # WHEN the clerk types the number again (it is selected) and saves
        qtbot.keyClicks(ui.phones, "13812345670")
        qtbot.keyClick(ui.phones, Qt.Key.Key_Return)

    with_dialog(
        lambda: qtbot.mouseClick(page.ui.addResidentButton, Qt.MouseButton.LeftButton), fill
    )

    assert "手机号应为 11 位" in seen["error"] and "10 位" in seen["error"]
    assert _names(page.current) == ["张伟强", "李秀英", "王小明"]
    added = page.current.row_at(2)
    assert (added.relation, added.phones) == (Relation.FAMILY, ("13812345670",))
    assert page.selected_resident().name == "王小明"
    assert "王小明" in page.ui.statusLabel.text()
    assert page.model.row_at(0).names == ("张伟强", "李秀英", "王小明")


def test_edit_keeps_the_masked_id_number(qtbot, services, clerk, supervisor, estate):
    room = services.residents.list_rooms(clerk)[1]
    page = _page(qtbot, services, clerk)
    page.go_to_room(room.id)

    def change_notes(dialog: ResidentDialog) -> None:
        assert dialog.ui.idNumber.text().startswith("3301****")
        type_text(qtbot, dialog.ui.notes, "养了一只狗")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()

    with_dialog(
        lambda: qtbot.mouseClick(page.ui.editResidentButton, Qt.MouseButton.LeftButton),
        change_notes,
    )

    resident = services.residents.get_resident(supervisor, page.current.row_at(0).id)
    assert (resident.id_number, resident.notes) == (ID_WANG, "养了一只狗")
    assert "养了一只狗" in page.ui.residentDetail.text()


def test_a_clerk_cannot_blank_or_overwrite_a_masked_id_number(
    qtbot, services, clerk, supervisor, estate
):
    room = services.residents.list_rooms(clerk)[1]
    page = _page(qtbot, services, clerk)
    page.go_to_room(room.id)
    seen: dict[str, object] = {}

    def try_to_change(dialog: ResidentDialog) -> None:
        ui = dialog.ui
        # WHEN the clerk clicks into the masked number, deletes it and types another
        qtbot.mouseClick(ui.idNumber, Qt.MouseButton.LeftButton)
        qtbot.keyClick(ui.idNumber, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(ui.idNumber, Qt.Key.Key_Backspace)
        qtbot.keyClicks(ui.idNumber, "110101199001010011")
        seen["shown"] = ui.idNumber.text()
        seen["tip"] = ui.idNumber.toolTip()
        type_text(qtbot, ui.notes, "租期到明年")
        ui.buttons.button(ui.buttons.StandardButton.Save).click()

    with_dialog(
        lambda: qtbot.mouseClick(page.ui.editResidentButton, Qt.MouseButton.LeftButton),
        try_to_change,
    )

    # THEN the field kept the mask, says who can correct it, and the number is stored as it was
    assert seen["shown"] == "3301**********" + ID_WANG[-4:]
    assert "主管" in seen["tip"]
    resident = services.residents.get_resident(supervisor, page.current.row_at(0).id)
    assert (resident.id_number, resident.notes) == (ID_WANG, "租期到明年")


def test_moving_out_keeps_the_resident_under_former_residents(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    page.go_to_room(estate.room_id)
    page.ui.residents.selectRow(1)
    assert page.selected_resident().name == "李秀英"

    def move(dialog: MoveOutDialog) -> None:
        assert dialog.focusWidget() is dialog.ui.date
        qtbot.keyClick(dialog.ui.date, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.ui.note, "搬去外地")
        qtbot.keyClick(dialog.ui.note, Qt.Key.Key_Return)

    with_dialog(lambda: qtbot.mouseClick(page.ui.moveOutButton, Qt.MouseButton.LeftButton), move)

    assert _names(page.current) == ["张伟强"]
    assert _names(page.former) == ["李秀英"]
    assert page.former.index(0, 3).data() == services.ctx.today().isoformat()
    colour = page.former.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color() == FORMER_COLOR
    assert page.ui.formerBox.title().endswith("（1）")
    assert not page.ui.moveOutButton.isEnabled()  # she is selected and has moved out
    assert page.model.row_at(0).names == ("张伟强",)
    # the register still has her, and the service agrees
    detail = services.residents.room_detail(clerk, estate.room_id)
    assert [r.name for r in detail.former] == ["李秀英"]


def test_move_out_before_move_in_is_refused_in_the_dialog(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    page.go_to_room(estate.room_id)
    resident = page.current.row_at(0)
    services.residents.update_resident(
        clerk,
        resident.id,
        ResidentDraft("张伟强", Relation.OWNER, "13812345678", None, date.today()),
    )
    page.go_to_room(estate.room_id)
    dialog = MoveOutDialog(services, clerk, page.current.row_at(0), page)
    qtbot.addWidget(dialog)
    dialog.ui.date.setDate(dialog.ui.date.date().addYears(-30))
    dialog.accept()
    assert dialog.ui.errorLabel.text() == "迁出日期早于入住日期。"
    assert page.current.row_at(0).current


def test_a_supervisor_voids_a_wrong_record_which_stays_visible(
    qtbot, services, supervisor, estate, monkeypatch
):
    page = _page(qtbot, services, supervisor)
    page.go_to_room(estate.room_id)
    page.ui.residents.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("重复登记", True)))
    qtbot.mouseClick(page.ui.voidButton, Qt.MouseButton.LeftButton)
    assert _names(page.current) == ["张伟强"]
    assert _names(page.former) == ["李秀英"]
    assert page.former.row_at(0).voided and page.former.index(0, 3).data()  # "voided"
    font = page.former.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert "重复登记" in page.former.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not page.ui.editResidentButton.isEnabled()


def test_add_a_room_in_the_unit_being_browsed(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    page.go_to_room(estate.room_id)  # browsing 3栋 2单元

    def fill(dialog: RoomDialog) -> None:
        ui = dialog.ui
        assert (ui.building.text(), ui.unit.text()) == ("3", "2")
        assert not ui.community.isVisible()  # the only community
        assert dialog.focusWidget() is ui.number
        qtbot.keyClicks(ui.number, "1601")
        qtbot.keyClick(ui.number, Qt.Key.Key_Return)

    with_dialog(lambda: qtbot.mouseClick(page.ui.addRoomButton, Qt.MouseButton.LeftButton), fill)

    assert page.ui.roomTitle.text() == "3栋2单元1601"
    assert _rooms(page) == ["3栋2单元1501", "3栋2单元1502", "3栋2单元1601"]
    assert page.ui.estate.currentItem().text(1) == "3"  # the unit's count went up
    assert services.residents.get_room(clerk, page.detail.room.id).floor == 16


def test_the_page_models_are_sound(qtbot, qtmodeltester, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    page.go_to_room(estate.room_id)
    for model in (page.model, page.current, page.former):
        qtmodeltester.check(model, force_py=True)


def test_a_click_in_the_estate_ends_a_search(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    tree = page.ui.estate
    type_text(qtbot, page.ui.search, "5栋")
    page.apply_search()
    assert _rooms(page) == ["5栋1201"]
    assert tree.selectedItems() == []  # the list is no longer the tree's choice
    community = tree.topLevelItem(0)
    assert tree.currentItem() is community
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(community).center()
    )
    assert _rooms(page) == ["3栋2单元1501", "3栋2单元1502", "5栋1201"]
    assert page.ui.search.text() == "" and tree.selectedItems() == [community]


def test_tab_goes_through_the_page_in_reading_order(qtbot, services, supervisor, estate):
    page = _page(qtbot, services, supervisor)
    page.go_to_room(estate.room_id)
    page.ui.search.setFocus()
    seen = []
    for _ in range(13):
        seen.append(page.focusWidget().objectName())
        _key(qtbot, page, Qt.Key.Key_Tab)
    assert seen == [
        "search",
        "estate",
        "rooms",
        "residents",
        "addResidentButton",
        "editResidentButton",
        "moveOutButton",
        "voidButton",
        "historyButton",
        "former",
        "editRoomButton",
        "addRoomButton",
        "importButton",
    ]


def test_changes_made_elsewhere_show_at_once(qtbot, services, clerk, estate):
    page = _page(qtbot, services, clerk)
    page.go_to_room(estate.room_id)
    tree = page.ui.estate
    three = next(
        tree.topLevelItem(0).child(i)
        for i in range(tree.topLevelItem(0).childCount())
        if tree.topLevelItem(0).child(i).text(0) == "3栋"
    )
    assert three.text(1) == "2"
    # WHEN another screen (or desk) registers a resident here and a room in 3栋
    services.residents.add_resident(
        clerk, estate.room_id, ResidentDraft("赵敏", Relation.TENANT, ["13700002222"])
    )
    services.residents.add_room(clerk, RoomDraft("3", "1503", "2"))
    # THEN the page shows them without being asked: the resident, the counts, the list
    assert "赵敏" in _names(page.current)
    assert page.ui.roomTitle.text() == "3栋2单元1501"  # the room on view stays on view
    three = next(
        tree.topLevelItem(0).child(i)
        for i in range(tree.topLevelItem(0).childCount())
        if tree.topLevelItem(0).child(i).text(0) == "3栋"
    )
    assert three.text(1) == "3"
    assert "3栋2单元1503" in _rooms(page)


def test_the_history_of_a_resident_reads_in_words(qtbot, services, supervisor, estate, monkeypatch):
    from desk_app.ui.kit.record_history import RecordHistoryDialog

    page = _page(qtbot, services, supervisor)
    page.go_to_room(estate.room_id)
    zhang = next(r for r in page.current._rows if r.name == "张伟强")
    services.residents.update_resident(
        supervisor,
        zhang.id,
        ResidentDraft("张伟强", Relation.OWNER, ["13812345678", "13987650000"], notes="常住"),
    )
    page.room_view.select_resident(zhang.id)
    shown = []
    monkeypatch.setattr(
        RecordHistoryDialog, "exec", lambda dialog: shown.append(dialog.text()) or 0
    )
    qtbot.mouseClick(page.ui.historyButton, Qt.MouseButton.LeftButton)
    [text] = shown
    assert "登记" in text and "身份：业主" in text and "房号：3栋2单元1501" in text
    assert "电话：13812345678 → 13812345678 / 13987650000" in text
    assert "备注：（空） → 常住" in text
    for raw in ("room_id", "relation", "owner", "phones", "None"):
        assert raw not in text
