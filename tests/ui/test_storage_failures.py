"""Failures below the program, met at the desk: the clerk reads what failed and that
nothing saved was lost, the form keeps what was typed, and the next try works."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from desk_app.domain.errors import DatabaseBusy
from desk_app.domain.roles import Role
from desk_app.logs import configure_logging
from desk_app.services.app import open_services
from desk_app.services.contacts import ContactFilter
from desk_app.ui.app import install_error_reporter, open_database
from desk_app.ui.contacts.page import ContactsPage
from desk_app.ui.kit.pdf_preview import PdfPreviewDialog
from desk_app.ui.settings.page import SettingsPage
from tests.conftest import BACKENDS, PASSWORD, PG_URL, ZONE, make_user, reset_postgres
from tests.storage_faults import foreign_write_lock, full_database, randomize, read_only_file
from tests.ui.keyboard import show_active, type_text

NOTHING_LOST = "已保存的内容没有丢失"
CALLER, PHONE, CONTENT = "王女士", "13900001111", "电梯停在12楼不动，里面没有人"
ID_NUMBER = "110101199003077777"


def _page(qtbot, services, actor) -> ContactsPage:
    page = ContactsPage(services, actor)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    return page


# A long account of what happened: saving it needs new pages in the file, whose
# index entries alone outgrow what the last pages hold free.
LONG_CONTENT = "".join(
    random.Random(8).choice("电梯停在楼不动里面没有人请尽快派维修卫生间漏水下天花板有渍咨询车月卡")
    for _ in range(500)
)


def _type_a_call(qtbot, page: ContactsPage, content: str = CONTENT) -> None:
    type_text(qtbot, page.ui.callerName, CALLER)
    type_text(qtbot, page.ui.phone, PHONE)
    type_text(qtbot, page.ui.content, content)


def _save(qtbot, page: ContactsPage) -> None:
    qtbot.keyClick(page.ui.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _typing_is_kept(page: ContactsPage, content: str = CONTENT) -> bool:
    ui = page.ui
    return (ui.callerName.text(), ui.phone.text(), ui.content.toPlainText()) == (
        CALLER,
        PHONE,
        content,
    )


def test_a_save_behind_another_programs_write_lock_says_busy_and_keeps_the_typing(
    qtbot, services, admin
):
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    _type_a_call(qtbot, page)

    # WHEN another program holds the write lock while the clerk saves
    with foreign_write_lock(services.db.sqlite_path):
        started = time.monotonic()
        _save(qtbot, page)
        waited = time.monotonic() - started
        # THEN after a short wait (it froze for 30 s and then did nothing) the clerk
        # reads that the database is busy and nothing was lost; the form is as typed
        assert "数据库正忙" in page.ui.formStatus.text()
        assert NOTHING_LOST in page.ui.formStatus.text()
        assert waited < 10
        assert _typing_is_kept(page)
        assert services.contacts.count(clerk, ContactFilter()) == 0

    # AND once the other program lets go, saving the same form again goes through
    _save(qtbot, page)
    assert page.ui.formStatus.text() == "已登记 LF-20261123-0001。"
    assert services.contacts.get(clerk, page.model.row_at(0).id).content == CONTENT


def test_a_read_only_database_says_so_and_keeps_the_typing(qtbot, sqlite_url, clock):
    services = open_services(sqlite_url, clock=clock, zone=ZONE)
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    clerk = make_user(services, admin, Role.CLERK)
    services.close()

    # WHEN the program is started on a file the system will not let it write
    with read_only_file(Path(make_url(sqlite_url).database)) as url:
        services = open_services(url, clock=clock, zone=ZONE)
        try:
            page = _page(qtbot, services, clerk)
            _type_a_call(qtbot, page)
            _save(qtbot, page)
            # THEN the clerk reads why the entry was not saved, and keeps it
            assert "数据库处于只读状态" in page.ui.formStatus.text()
            assert NOTHING_LOST in page.ui.formStatus.text()
            assert _typing_is_kept(page)
            assert services.contacts.count(clerk, ContactFilter()) == 0
        finally:
            services.close()


def test_a_full_disk_says_so_keeps_the_typing_and_logs_no_personal_data(
    qtbot, services, admin, tmp_path
):
    log_path = configure_logging(tmp_path / "logs" / "desk_app.log")
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    _type_a_call(qtbot, page, LONG_CONTENT)

    with full_database(services.db.engine):
        _save(qtbot, page)

    assert "磁盘已满" in page.ui.formStatus.text()
    assert NOTHING_LOST in page.ui.formStatus.text()
    assert _typing_is_kept(page, LONG_CONTENT)
    assert services.contacts.count(clerk, ContactFilter()) == 0
    # the log says what failed, in which statement, and nothing of the caller
    logged = log_path.read_text(encoding="utf-8")
    assert "DiskFull" in logged and "SQLITE_FULL" in logged and "INSERT INTO" in logged
    for personal in (CALLER, PHONE, LONG_CONTENT[:10]):
        assert personal not in logged
    # once there is room again, the same form is saved
    _save(qtbot, page)
    assert page.ui.formStatus.text() == "已登记 LF-20261123-0001。"


@pytest.fixture(params=[backend for backend in BACKENDS if backend == "postgresql"])
def pg_services(request, clock):
    """The desk on the PostgreSQL server (a service center with several desks)."""
    reset_postgres(PG_URL)
    services = open_services(PG_URL, clock=clock, zone=ZONE)
    yield services
    services.close()


@pytest.mark.pg
def test_a_lost_server_connection_says_so_and_the_next_save_works(qtbot, pg_services):
    services = pg_services
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    clerk = make_user(services, admin, Role.CLERK)
    page = _page(qtbot, services, clerk)
    _type_a_call(qtbot, page)

    # WHEN the server drops the desk's connection in the middle of the save (a restart,
    # an administrator ending the session, a network cut)
    admin_engine = create_engine(services.db.url, isolation_level="AUTOCOMMIT")
    dropped: list[int] = []

    def drop_connection(connection, _cursor, statement, *_args) -> None:
        if not dropped and statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            pid = connection.connection.dbapi_connection.info.backend_pid
            with admin_engine.connect() as other:
                # the second argument waits until the backend is really gone
                other.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
            dropped.append(pid)

    event.listen(services.db.engine, "before_cursor_execute", drop_connection)
    try:
        _save(qtbot, page)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", drop_connection)
        admin_engine.dispose()

    # THEN the clerk reads that the connection was lost and nothing saved was lost
    assert dropped
    assert "连接已断开" in page.ui.formStatus.text()
    assert NOTHING_LOST in page.ui.formStatus.text()
    assert _typing_is_kept(page)
    assert services.contacts.count(clerk, ContactFilter()) == 0
    # AND the next save reconnects by itself and goes through
    _save(qtbot, page)
    assert page.ui.formStatus.text() == "已登记 LF-20261123-0001。"


@pytest.mark.parametrize(
    "target",
    ["missing-folder/test-page.pdf"] + (["/dev/full"] if Path("/dev/full").exists() else []),
)
def test_a_file_the_system_refuses_is_named_in_the_page(qtbot, services, admin, tmp_path, target):
    # a folder that vanished (a USB stick pulled out), or a device that is always full
    path = Path(target) if target.startswith("/") else tmp_path / target
    settings = SettingsPage(services, admin)
    qtbot.addWidget(settings)

    settings.write_test_page(path)

    status = settings.ui.statusLabel.text()
    assert str(path) in status and "数据库中的内容没有丢失" in status
    assert ("磁盘已满" if target == "/dev/full" else "不存在") in status

    preview = PdfPreviewDialog(b"%PDF-1.4\n%%EOF\n", "test", "test.pdf")
    qtbot.addWidget(preview)
    assert not preview.save_to(path)
    assert str(path) in preview.status.text()


@pytest.fixture
def reporter(qapp, monkeypatch):
    """The start-up's error hook, taken back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    reporter = install_error_reporter(qapp)
    yield reporter
    if reporter.dialog is not None:
        reporter.dialog.done(0)


def _error_dialogs() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_an_unforeseen_error_shows_one_calm_dialog_and_its_traceback_is_logged(
    qtbot, reporter, tmp_path
):
    log_path = configure_logging(tmp_path / "logs" / "desk_app.log")
    button = QPushButton("打印")
    qtbot.addWidget(button)

    def broken_handler() -> None:  # a mistake in a handler, with a resident's data at hand
        raise ValueError(f"no slip layout for {CALLER} {PHONE} id {ID_NUMBER}")

    button.clicked.connect(broken_handler)
    # WHEN the clerk, seeing nothing happen, clicks four times
    for _ in range(4):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # THEN one dialog says something went wrong, that nothing was lost, and where the log is
    dialogs = _error_dialogs()
    assert len(dialogs) == 1
    assert "发生了意外错误" in dialogs[0].text() and NOTHING_LOST in dialogs[0].text()
    assert str(log_path) in dialogs[0].text()
    assert "3 次" in dialogs[0].informativeText()
    # AND the log holds each traceback, down to the handler, without the resident's data
    logged = log_path.read_text(encoding="utf-8")
    assert logged.count("Traceback (most recent call last)") == 4
    assert "in broken_handler" in logged and "ValueError: no slip layout for" in logged
    for personal in (CALLER, PHONE, ID_NUMBER):
        assert personal not in logged
    # closing it leaves the program running; a later, different failure gets its dialog
    dialogs[0].done(0)
    assert _error_dialogs() == []
    button.clicked.disconnect(broken_handler)
    button.clicked.connect(lambda: (_ for _ in ()).throw(DatabaseBusy()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = _error_dialogs()
    assert len(dialogs) == 1 and "数据库正忙" in dialogs[0].text()


def test_starting_on_a_damaged_file_says_so_in_plain_words(qapp, sqlite_url, monkeypatch):
    open_services(sqlite_url).close()
    path = Path(make_url(sqlite_url).database)
    randomize(path)
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text))
    )

    assert open_database(qapp, sqlite_url) is None

    # one plain message, not the driver's text with its SQL
    assert len(shown) == 1 and "数据库文件已损坏" in shown[0] and "desk-app check" in shown[0]
    assert "SQL" not in shown[0] and "sqlite3" not in shown[0]
    assert path.read_bytes() == before
