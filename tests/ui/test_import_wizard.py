"""Importing the register from a clerk's messy spreadsheet: every bad row shown with its
spreadsheet row number, column and reason in Chinese; the valid rows imported in one
go; the same file again imports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from desk_app.domain.personal import id_check_character
from desk_app.domain.roles import Role
from desk_app.ui.kit import file_dialogs
from desk_app.ui.residents.import_wizard import ImportWizard
from desk_app.ui.residents.page import ResidentsPage
from tests.conftest import make_user
from tests.ui.dialogs import with_dialog
from tests.ui.keyboard import show_active

ID_OK = "11010119800101003" + id_check_character("11010119800101003")
ID_BAD = ID_OK[:-1] + ("0" if ID_OK[-1] != "0" else "1")  # wrong check digit


def messy_register(path: Path) -> Path:
    """A register as clerks keep them: a title above the header, header words of their
    own, full-width digits, a mistyped ID number and a phone one digit short."""
    book = Workbook()
    sheet = book.active
    sheet.title = "住户"
    for row in (
        ["阳光花园小区住户信息登记表（2026年11月）"],  # 1
        [],  # 2
        ["序号", "楼号", "单元号", "室号", "业主姓名", "手机号码", "与业主关系", "身份证号码"],  # 3
        [1, "3栋", "2单元", "１５０１", "张伟强", "１３８ １２３４ ５６７８", "业主", ID_OK],  # 4
        [2, "3", "2", "1502", "李娜", "+86 139-8765-4321", "租户", ""],  # 5
        [3, "5号楼", "", "1201", "王芳", "13611112222", "家属", ID_BAD],  # 6: ID
        [4, "12#", "1", "301", "赵敏", "1381234567", "", ""],  # 7: phone
        [5, "12#", "1", "302", "钱多多", "１３７２２２２３３３３", "业主", ""],  # 8
    ):
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def supervisor(services, admin):
    return make_user(services, admin, Role.SUPERVISOR)


@pytest.fixture
def community(services, supervisor):
    return services.residents.add_community(supervisor, "阳光花园")


def _column(model, column: int) -> list:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _counts(wizard: ImportWizard) -> tuple[str, ...]:
    ui = wizard.ui
    return tuple(
        label.text()
        for label in (ui.newCount, ui.updateCount, ui.unchangedCount, ui.roomsCount, ui.badCount)
    )


def test_import_a_messy_register_from_the_page(
    qtbot, services, supervisor, community, tmp_path, monkeypatch
):
    path = messy_register(tmp_path / "register.xlsx")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: path)
    page = ResidentsPage(services, supervisor)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    assert page.ui.importButton.isVisible()
    seen: dict[str, object] = {}

    def run(wizard: ImportWizard) -> None:
        ui = wizard.ui
        assert not ui.community.isVisible()  # one community: the rows go there
        qtbot.mouseClick(ui.browseButton, Qt.MouseButton.LeftButton)
        assert ui.path.text() == str(path)
        qtbot.mouseClick(ui.previewButton, Qt.MouseButton.LeftButton)
        # THEN the preview counts the rows and lists every bad one by its row number
        assert ui.steps.currentWidget() is ui.previewStep
        seen["counts"] = _counts(wizard)
        problems = wizard.problem_model
        seen["rows"] = _column(problems, 0)
        seen["columns"] = _column(problems, 2)
        seen["reasons"] = _column(problems, 3)
        seen["sheet hidden"] = ui.problems.isColumnHidden(1)
        seen["to import"] = _column(wizard.row_model, 2)
        seen["header"] = ui.sourceLabel.text()
        assert ui.previewTabs.currentIndex() == 0  # problems first
        assert ui.importButton.isEnabled()
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
        assert ui.steps.currentWidget() is ui.resultStep
        seen["result"] = ui.resultText.text()
        seen["written"] = wizard.result_of_import
        seen["left out"] = (ui.resultProblems.isVisible(), _column(wizard.problem_model, 0))
        qtbot.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)

    with_dialog(lambda: qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton), run)

    assert seen["counts"] == ("3", "0", "0", "3", "2")
    assert seen["rows"] == [6, 7]
    assert seen["columns"] == ["身份证号码", "手机号码"]
    assert "校验位不符" in seen["reasons"][0]
    assert "手机号应为 11 位，这里是 10 位" in seen["reasons"][1]
    assert seen["sheet hidden"]
    assert seen["to import"] == ["3栋2单元1501", "3栋2单元1502", "12栋1单元302"]
    assert "register.xlsx" in seen["header"] and "3" in seen["header"]
    written = seen["written"]
    assert (written.residents_created, written.rooms_created, written.bad_rows) == (3, 3, [6, 7])
    assert "register.xlsx" in seen["result"]
    assert seen["left out"] == (True, [6, 7])  # still there to correct in the file
    # the register now has the rooms, the page shows them
    tree = page.ui.estate.topLevelItem(0)
    assert (tree.text(0), tree.text(1)) == ("阳光花园", "3")
    assert page.model.rowCount() == 3
    detail = services.residents.room_detail(supervisor, page.model.row_at(0).room.id)
    assert [(r.name, r.phones) for r in detail.residents] == [("张伟强", ("13812345678",))]
    assert detail.residents[0].id_number == ID_OK
    assert page.ui.statusLabel.text()


def test_the_same_file_again_shows_nothing_new(qtbot, services, supervisor, community, tmp_path):
    path = messy_register(tmp_path / "register.xlsx")
    first = services.resident_import.preview(supervisor, path)
    services.resident_import.commit(supervisor, first)

    wizard = ImportWizard(services, supervisor)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    assert wizard.focusWidget() is wizard.ui.path
    qtbot.keyClicks(wizard.ui.path, str(path))
    qtbot.keyClick(wizard.ui.path, Qt.Key.Key_Return)  # the preview is the default button

    assert wizard.ui.steps.currentWidget() is wizard.ui.previewStep
    assert _counts(wizard) == ("0", "0", "3", "0", "2")
    assert _column(wizard.problem_model, 0) == [6, 7]
    assert not wizard.ui.importButton.isEnabled()
    assert wizard.writable() == 0
    assert set(_column(wizard.row_model, 7)) == {"已登记"}
    # back to the first step keeps the file chosen
    qtbot.mouseClick(wizard.ui.backButton, Qt.MouseButton.LeftButton)
    assert wizard.ui.path.text() == str(path)


def test_a_file_that_cannot_be_read_is_named_in_the_wizard(
    qtbot, services, supervisor, community, tmp_path
):
    wizard = ImportWizard(services, supervisor)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    qtbot.mouseClick(wizard.ui.previewButton, Qt.MouseButton.LeftButton)
    assert wizard.ui.errorLabel.text()  # no file chosen yet
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard.ui.path.setText(str(old))
    qtbot.mouseClick(wizard.ui.previewButton, Qt.MouseButton.LeftButton)
    assert wizard.ui.steps.currentWidget() is wizard.ui.chooseStep
    assert "old.xls" in wizard.ui.errorLabel.text() and ".xlsx" in wizard.ui.errorLabel.text()
    assert wizard.focusWidget() is wizard.ui.path
    assert wizard.ui.path.text() == str(old)  # kept as typed


def test_the_community_is_asked_for_when_there_are_several(
    qtbot, services, supervisor, community, tmp_path
):
    other = services.residents.add_community(supervisor, "翠湖苑")
    path = messy_register(tmp_path / "register.xlsx")
    wizard = ImportWizard(services, supervisor)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    combo = wizard.ui.community
    assert combo.isVisible()
    combo.setCurrentIndex(combo.findData(other.name))
    wizard.ui.path.setText(str(path))
    qtbot.mouseClick(wizard.ui.previewButton, Qt.MouseButton.LeftButton)
    assert {row.community for row in wizard.preview.rows} == {"翠湖苑"}


def test_a_clerk_may_not_import(qtbot, services, admin, community, tmp_path):
    clerk = make_user(services, admin, Role.CLERK)
    page = ResidentsPage(services, clerk)
    qtbot.addWidget(page)
    assert not page.ui.importButton.isVisibleTo(page)
    # and the service refuses even if the wizard were reached
    wizard = ImportWizard(services, clerk)
    qtbot.addWidget(wizard)
    wizard.ui.path.setText(str(messy_register(tmp_path / "register.xlsx")))
    wizard.run_preview()
    assert wizard.ui.steps.currentWidget() is wizard.ui.chooseStep
    assert "前台" in wizard.ui.errorLabel.text()


def test_a_conflict_with_the_register_names_the_relations_in_chinese(
    qtbot, services, supervisor, community, tmp_path
):
    path = messy_register(tmp_path / "register.xlsx")
    services.resident_import.commit(supervisor, services.resident_import.preview(supervisor, path))
    book = Workbook()
    book.active.append(["房号", "姓名", "身份"])
    book.active.append(["3-2-1501", "张伟强", "租户"])  # registered as the owner
    book.save(tmp_path / "again.xlsx")
    wizard = ImportWizard(services, supervisor)
    qtbot.addWidget(wizard)
    wizard.ui.path.setText(str(tmp_path / "again.xlsx"))
    wizard.run_preview()
    (reason,) = _column(wizard.problem_model, 3)
    assert "业主" in reason and "租户" in reason and "owner" not in reason
