"""The files of an open SQLite database are known as such, under any name, and nothing
but SQLite opens them: a Python open() and close() would drop SQLite's POSIX locks."""

from __future__ import annotations

import os
import shutil

import pytest

from desk_app.cli import main
from desk_app.db.files import is_open_database_file
from desk_app.domain.roles import Role
from desk_app.services.app import open_services
from tests.conftest import PASSWORD, make_user
from tests.posix_locks import database_locks


def test_the_files_of_an_open_database_are_known_under_any_name(tmp_path):
    database = tmp_path / "desk.sqlite3"
    services = open_services(f"sqlite:///{database.as_posix()}")
    try:
        (tmp_path / "link.sqlite3").symlink_to(database)
        os.link(database, tmp_path / "hard-link.sqlite3")
        (tmp_path / "other.sqlite3").touch()
        assert is_open_database_file(database)
        assert is_open_database_file(f"{database}-wal") and is_open_database_file(f"{database}-shm")
        assert is_open_database_file(tmp_path / "link.sqlite3")
        assert is_open_database_file(tmp_path / "hard-link.sqlite3")
        assert is_open_database_file(tmp_path / "sub" / ".." / "desk.sqlite3")
        assert not is_open_database_file(tmp_path / "other.sqlite3")
        assert not is_open_database_file(tmp_path / "desk.sqlite3.pdf")
    finally:
        services.close()
    assert not is_open_database_file(database)  # closed: a file like any other


def test_copying_an_open_database_by_its_file_is_refused(tmp_path):
    database = tmp_path / "desk.sqlite3"
    services = open_services(f"sqlite:///{database.as_posix()}")
    try:
        services.accounts.needs_first_run()
        before = database_locks(os.getpid(), database)
        assert before
        with pytest.raises(PermissionError, match="only SQLite may open it"):
            shutil.copyfile(database, tmp_path / "copy.sqlite3")
        with pytest.raises(PermissionError):
            (tmp_path / "desk.sqlite3-wal").read_bytes()
        assert database_locks(os.getpid(), database) == before
    finally:
        services.close()
    assert shutil.copyfile(database, tmp_path / "copy.sqlite3")  # closed: allowed


@pytest.mark.parametrize(
    "command",
    [
        ("print", "contact-register", "--date", "2026-11-23", "--out", "{db}"),
        (
            "export",
            "contacts",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "csv",
            "--out",
            "{db}",
        ),
        (
            "export",
            "work-orders",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "xlsx",
            "--out",
            "{db}-wal",
        ),
        ("import", "residents", "{db}"),
    ],
    ids=["print", "export-csv", "export-xlsx-over-wal", "import"],
)
def test_a_command_given_the_database_itself_as_its_file_refuses_and_keeps_it(
    tmp_path, capsys, monkeypatch, command
):
    # GIVEN a desk database with a supervisor
    database = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{database.as_posix()}"
    services = open_services(url)
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    make_user(services, admin, Role.SUPERVISOR)
    services.close()
    monkeypatch.setenv("DESK_PASSWORD", PASSWORD)
    # WHEN a command is told to write its output over (or read its input from) the database
    argv = [part.replace("{db}", str(database)) for part in command]
    code = main([*argv, "--user", "supervisor", "--db", url])
    _out, err = capsys.readouterr()
    # THEN it refuses in one line and the database is as it was, and still opens
    assert code == 2 and "是已打开的数据库的文件" in err, err
    assert database.read_bytes()[:16] == b"SQLite format 3\x00"
    assert main(["check", "--db", url]) == 0
    reopened = open_services(url)
    assert reopened.accounts.login("supervisor", PASSWORD).role is Role.SUPERVISOR
    reopened.close()
