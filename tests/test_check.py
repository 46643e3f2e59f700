"""`desk-app check` on damaged files: it says so, exits non-zero, never crashes, never
changes the file, and may run while the program has the database open."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.db import Database
from desk_app.db.migrate import current_revision, upgrade_to
from desk_app.domain.roles import Role
from desk_app.services.app import open_services
from desk_app.services.contacts import ContactDraft, ContactFilter
from tests.conftest import PASSWORD, make_user
from tests.storage_faults import randomize, truncate, zero_pages

PROJECT = Path(__file__).resolve().parent.parent


def check(url: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desk_app", "check", "--db", url],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DESK_DATA_DIR": str(tmp_path / "data")},
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def logged_day(sqlite_url) -> Path:
    """A database with a few calls logged, closed as at the end of a day."""
    services = open_services(sqlite_url)
    admin = services.accounts.create_first_admin("admin", "管理员", PASSWORD)
    clerk = make_user(services, admin, Role.CLERK)
    channel = services.contacts.channels()[0].code
    for number in range(40):
        content = f"第{number}次来电：咨询停车月卡和物业费缴纳方式"
        services.contacts.log(clerk, ContactDraft(content, "consultation", channel))
    path = Path(services.db.sqlite_path)
    services.close()
    return path


@pytest.mark.parametrize(
    ("damage", "verdict"),
    [
        (truncate, "已损坏"),
        (randomize, "不是数据库文件"),
        (lambda path: zero_pages(path, 5, 30), "已损坏"),
    ],
    ids=["truncated", "random bytes", "partly zeroed"],
)
def test_a_damaged_file_is_reported_and_left_as_it_is(logged_day, tmp_path, damage, verdict):
    damage(logged_day)
    before = digest(logged_day)

    result = check(f"sqlite:///{logged_day.as_posix()}", tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"[FAIL] sqlite integrity: {verdict}：" in result.stdout  # in Chinese, the default
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == ""
    assert digest(logged_day) == before  # not repaired, not migrated, not checkpointed


def test_check_runs_while_the_program_writes_to_the_same_file(logged_day, tmp_path):
    url = f"sqlite:///{logged_day.as_posix()}"
    services = open_services(url)
    try:
        clerk = services.accounts.login("clerk", PASSWORD)
        channel = services.contacts.channels()[0].code
        with services.db.read() as session:  # the window has a list open meanwhile
            session.execute(text("SELECT COUNT(*) FROM contact_entries")).scalar_one()
            result = check(url, tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "[ok] sqlite integrity: 正常" in result.stdout
        # and the desk goes on saving, during and after the check
        services.contacts.log(clerk, ContactDraft("检查之后的来电", "consultation", channel))
        assert services.contacts.count(clerk, ContactFilter(text="检查之后")) == 1
    finally:
        services.close()


def test_check_does_not_upgrade_an_older_database(sqlite_url, tmp_path):
    db = Database(sqlite_url)
    upgrade_to(db, "0003")
    db.dispose()
    folder = Path(db.sqlite_path).parent
    files_before = sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3")

    result = check(sqlite_url, tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "数据库版本 0003：程序下次打开时会先备份，再升级到" in result.stdout
    db = Database(sqlite_url)
    try:
        assert current_revision(db) == "0003"  # still: the next start upgrades it, with a backup
    finally:
        db.dispose()
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3") == files_before


def test_check_of_a_missing_file_does_not_create_it(tmp_path):
    path = tmp_path / "typo.sqlite3"

    result = check(f"sqlite:///{path.as_posix()}", tmp_path)

    assert result.returncode == 1
    assert "处没有数据库文件" in result.stdout
    assert not path.exists()
