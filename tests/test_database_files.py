"""The files of an open SQLite database are known as such, under any name, and nothing
but SQLite opens them: a Python open() and close() would drop SQLite's POSIX locks."""

from __future__ import annotations

import os
import shutil

import pytest

from desk_app.db.files import is_open_database_file
from desk_app.services.app import open_services
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
