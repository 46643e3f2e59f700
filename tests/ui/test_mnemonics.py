"""Every window's Alt-mnemonics are unique, in Chinese and in English.

Two widgets of one window sharing a letter make Alt+letter go to the first of them
(or cycle): an Alt+W meant for 内容 pressed 转派工单 instead and the typing was lost.
Checked on every Designer form as loaded, and on the windows as the program builds
them (texts set in code, the pages inside the main window, dialogs built in code).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desk_app.domain.roles import Role
from desk_app.paths import FORMS
from desk_app.ui.i18n import install_language
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.kit.record_history import RecordHistoryDialog
from desk_app.ui.main_window import MainWindow
from desk_app.ui.residents.import_wizard import ImportWizard
from tests.conftest import make_user

LANGUAGES = ["zh_CN", "en"]
_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(text, name) of every widget with a mnemonic that is on show when ``window`` is."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            yield widget.text(), widget.objectName()
        elif isinstance(widget, QGroupBox):
            yield widget.title(), widget.objectName()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield widget.tabText(index), f"{widget.objectName()}[{index}]"


def _clashes_now(window: QWidget) -> set[str]:
    by_letter: dict[str, list[str]] = {}
    for text, name in _texts(window):
        letter = mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(f"{name} {text!r}")
    return {
        f"{letter}: {' / '.join(names)}" for letter, names in by_letter.items() if len(names) > 1
    }


def _show(stack: QStackedWidget, index: int) -> None:
    """Turn to page ``index`` as the user would (a tab through its tab widget, so the
    screen's own reaction to the change runs)."""
    owner = stack.parentWidget()
    if isinstance(owner, QTabWidget):
        owner.setCurrentIndex(index)
    else:
        stack.setCurrentIndex(index)


def _show_path(widget: QWidget, window: QWidget) -> None:
    """Turn every stack above ``widget`` to the page holding it."""
    node = widget
    while node is not None and node is not window:
        parent = node.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.indexOf(node) >= 0:
            _show(parent, parent.indexOf(node))
        node = parent


def duplicates(window: QWidget) -> list[str]:
    """'X: a / b' for each letter that widgets on show together share, page by page of
    every tab widget and stack (the main window's pages)."""
    found = _clashes_now(window)
    for stack in window.findChildren(QStackedWidget):
        _show_path(stack, window)
        for index in range(stack.count()):
            _show(stack, index)
            found |= _clashes_now(window)
    return sorted(found)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    install_language(qapp, request.param)
    return request.param


def _load(name: str, host: QWidget) -> QWidget:
    file = QFile(str(FORMS / name))
    assert file.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        return QUiLoader().load(file, host)
    finally:
        file.close()


def test_every_form_has_unique_mnemonics(qtbot, language):
    clashes = {}
    for path in sorted(FORMS.rglob("*.ui")):
        host = QWidget()
        qtbot.addWidget(host)
        form = _load(path.relative_to(FORMS).as_posix(), host)
        found = duplicates(form)
        if found:
            clashes[path.relative_to(FORMS).as_posix()] = found
    assert clashes == {}


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN], ids=["supervisor", "admin"])
def test_the_main_window_and_its_pages_have_unique_mnemonics(
    qtbot, services, admin, language, role
):
    actor = admin if role is Role.ADMIN else make_user(services, admin, role)
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    assert duplicates(window) == []


def test_dialogs_built_in_code_have_unique_mnemonics(qtbot, services, admin, language):
    supervisor = make_user(services, admin, Role.SUPERVISOR)
    dialogs = [
        PdfPreviewDialog(b"%PDF-1.4\n", "title", "x.pdf"),
        ImportWizard(services, supervisor),
        RecordHistoryDialog("title", []),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert duplicates(dialog) == [], type(dialog).__name__
