"""The command line when something below it fails: one line on stderr in the interface
language, a non-zero exit code, the traceback (if any) in the log file only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app import cli
from desk_app.cli import EXIT_ERROR, main
from desk_app.domain.roles import Role
from desk_app.paths import log_file
from desk_app.services.app import open_services
from tests.conftest import PASSWORD, make_user
from tests.storage_faults import foreign_write_lock, randomize

PROJECT = Path(__file__).resolve().parent.parent


def desk_app(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DESK_DATA_DIR": str(tmp_path / "data"),
        "DESK_PASSWORD": PASSWORD,
        "LC_ALL": "C.UTF-8",  # a PC without a language of its own: Chinese by default
    }
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *argv],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desk-app: ")
    return lines[0]


def test_a_damaged_database_is_one_line_in_chinese(tmp_path, sqlite_url):
    open_services(sqlite_url).close()
    randomize(Path(sqlite_url.removeprefix("sqlite:///")))

    result = desk_app(
        tmp_path, "print", "test-page", "--db", sqlite_url, "--out", str(tmp_path / "p.pdf")
    )

    assert result.returncode == EXIT_ERROR
    line = one_line(result)
    assert "数据库文件已损坏" in line and "desk-app check" in line
    assert result.stdout == ""
    assert not (tmp_path / "p.pdf").exists()
    logged = (tmp_path / "data" / "logs" / "desk_app.log").read_text(encoding="utf-8")
    assert "DatabaseDamaged" in logged and "SQLITE_NOTADB" in logged


def test_a_busy_database_is_one_line_in_the_language_of_the_settings(tmp_path, sqlite_url):
    services = open_services(sqlite_url)
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    make_user(services, admin, Role.SUPERVISOR)
    services.settings.update(admin, {"ui.language": "en"})
    path = services.db.sqlite_path
    services.close()
    out = tmp_path / "contacts.csv"
    export = ("export", "contacts", "--from", "2026-11-01", "--to", "2026-11-30")

    with foreign_write_lock(path):  # another desk holds the write lock throughout
        result = desk_app(
            tmp_path, *export, "--db", sqlite_url, "--out", str(out), "--user", "supervisor"
        )

    assert result.returncode == EXIT_ERROR
    line = one_line(result)
    assert "The database is busy" in line and "Nothing already saved was lost" in line


@pytest.mark.parametrize(
    "target",
    ["no-such-folder/page.pdf"] + (["/dev/full"] if Path("/dev/full").exists() else []),
)
def test_a_file_the_system_refuses_is_one_line_that_names_it(tmp_path, sqlite_url, target):
    open_services(sqlite_url).close()
    out = target if target.startswith("/") else str(tmp_path / target)

    result = desk_app(tmp_path, "print", "test-page", "--db", sqlite_url, "--out", out)

    assert result.returncode == EXIT_ERROR
    line = one_line(result)
    assert out in line and "数据库中的内容没有丢失" in line
    assert ("磁盘已满" if target == "/dev/full" else "不存在") in line


def test_an_unforeseen_error_is_one_line_and_its_traceback_goes_to_the_log(
    capsys, monkeypatch, sqlite_url
):
    id_number = "110101199003077777"

    def broken_command(_args) -> int:
        raise KeyError(f"resident {id_number}")

    monkeypatch.setitem(cli._COMMANDS, "check", broken_command)

    code = main(["check", "--db", sqlite_url])

    out, err = capsys.readouterr()
    assert code == EXIT_ERROR and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "发生了意外错误" in err and str(log_file()) in err
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "in broken_command" in logged
    assert "KeyError" in logged and id_number not in logged
