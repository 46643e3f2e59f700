"""The headless commands: demo, check, print test-page, --version."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desk_app import __version__
from desk_app.cli import main
from desk_app.db import Database
from desk_app.db.migrate import head_revision
from desk_app.demo.build import DEFAULT_PASSWORD, DEMO_SETTINGS
from desk_app.domain.roles import Role
from desk_app.services.app import open_services

PROJECT = Path(__file__).resolve().parent.parent
# A small estate and two days of activity keep these tests quick.
SMALL = ("--rooms", "40", "--days", "2")
DEPARTMENTS = ["客服助理", "工程部", "安全部", "环境部", "财务部"]
DEMO_ROLES = {
    "admin": Role.ADMIN,
    "clerk": Role.CLERK,
    "supervisor": Role.SUPERVISOR,
    "manager": Role.MANAGER,
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def printed_password(out: str) -> str:
    match = re.search(r"密码：(\S+)", out)
    assert match, out
    return match.group(1)


def demo_people(url: str) -> dict[str, tuple[str, Role]]:
    services = open_services(url)
    try:
        admin = services.accounts.login("admin", "demo1234")
        return {u.username: (u.display_name, u.role) for u in services.accounts.list_users(admin)}
    finally:
        services.close()


def test_version_as_a_subprocess():
    result = subprocess.run(
        [sys.executable, "-m", "desk_app", "--version"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"desk-app {__version__}"


def test_demo_creates_users_departments_and_settings(capsys, db_url):
    code, out, err = run(capsys, "demo", *SMALL, "--db", db_url, "--seed", "3")

    assert code == 0, err
    password = printed_password(out)
    assert "admin, clerk, supervisor, manager" in out
    services = open_services(db_url)
    try:
        for username, role in DEMO_ROLES.items():
            assert services.accounts.login(username, password).role == role
        names = [d.name for d in services.accounts.list_departments()]
        assert names == DEPARTMENTS
        settings = services.settings.all()
        assert {key: settings[key] for key in DEMO_SETTINGS} == DEMO_SETTINGS
        assert settings["center.name"] == "阳光花园物业服务中心"
    finally:
        services.close()


def test_same_seed_gives_the_same_people(capsys, tmp_path):
    urls = [f"sqlite:///{(tmp_path / f'demo{i}.sqlite3').as_posix()}" for i in range(2)]
    for url in urls:
        assert run(capsys, "demo", *SMALL, "--db", url, "--seed", "42")[0] == 0

    first, second = (demo_people(url) for url in urls)

    assert first == second
    assert set(first) == set(DEMO_ROLES)
    assert all(name for name, _role in first.values())


def test_custom_demo_password(capsys, sqlite_url):
    code, out, _err = run(capsys, "demo", *SMALL, "--db", sqlite_url, "--password", "other-pass")
    assert code == 0
    assert printed_password(out) == "other-pass"
    services = open_services(sqlite_url)
    try:
        assert services.accounts.login("clerk", "other-pass").role == Role.CLERK
    finally:
        services.close()


def test_demo_refuses_a_database_that_has_users(capsys, db_url):
    assert run(capsys, "demo", *SMALL, "--db", db_url)[0] == 0

    code, out, err = run(capsys, "demo", *SMALL, "--db", db_url, "--seed", "2")

    assert code != 0
    assert "该数据库已有用户" in err  # in the demo's language, Chinese
    assert "Traceback" not in err
    assert "演示数据库已就绪" not in out


def test_demo_takes_the_database_from_the_environment(capsys, monkeypatch, sqlite_url):
    monkeypatch.setenv("DESK_DB_URL", sqlite_url)
    assert run(capsys, "demo", *SMALL)[0] == 0
    assert set(demo_people(sqlite_url)) == set(DEMO_ROLES)


def test_check_reports_ok_and_the_schema_version(capsys, db_url):
    open_services(db_url).close()

    code, out, err = run(capsys, "check", "--db", db_url)

    assert code == 0, out + err
    assert f"[ok] schema: 数据库版本 {head_revision()}" in out
    assert "FAIL" not in out
    password = make_url(db_url).password
    if password:  # the database is named, but never with its password
        assert f":{password}@" not in out and ":***@" in out


def test_check_refuses_a_newer_database(capsys, db_url):
    services = open_services(db_url)
    services.settings.seed({"ui.language": "zh_CN"})
    services.close()
    db = Database(db_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    db.dispose()

    code, _out, err = run(capsys, "check", "--db", db_url)

    assert code != 0
    assert "ffff9999" in err and "更新版本的程序" in err


def fonts_of(page) -> list:
    fonts = []
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        fonts.append(font)
        fonts.extend(d.get_object() for d in font.get("/DescendantFonts", []))
    return fonts


def test_print_test_page(capsys, db_url, tmp_path):
    assert run(capsys, "demo", *SMALL, "--db", db_url)[0] == 0
    out_file = tmp_path / "test-page.pdf"

    code, out, err = run(capsys, "print", "test-page", "--db", db_url, "--out", str(out_file))

    assert code == 0, err
    assert str(out_file) in out
    reader = PdfReader(out_file)
    page_text = "".join(page.extract_text() for page in reader.pages)
    assert "阳光花园物业服务中心" in page_text  # the center name from the settings
    assert "打印测试页" in page_text
    assert "卫生间漏水" in page_text
    assert "第 1 页 / 共 1 页" in page_text
    # The Chinese font travels inside the PDF: it prints on a PC without it.
    cjk = [f for f in fonts_of(reader.pages[0]) if "WenQuanYi" in str(f.get("/BaseFont", ""))]
    assert cjk
    for font in cjk:
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_print_test_page_on_a_new_database_uses_the_default_name(capsys, sqlite_url, tmp_path):
    out_file = tmp_path / "page.pdf"
    assert run(capsys, "print", "test-page", "--db", sqlite_url, "--out", str(out_file))[0] == 0
    assert "物业服务中心" in PdfReader(out_file).pages[0].extract_text()


def test_demo_activity_is_realistic(capsys, sqlite_url):
    from datetime import timedelta

    from desk_app.services.contacts import ContactFilter

    assert run(capsys, "demo", "--db", sqlite_url, "--rooms", "60", "--days", "4")[0] == 0
    services = open_services(sqlite_url)
    try:
        today = services.ctx.today()
        contacts = services.contacts
        reader = services.accounts.login("supervisor", DEFAULT_PASSWORD)
        past = [today - timedelta(days=n) for n in (1, 2, 3)]
        for day in past:
            status = contacts.day_status(reader, day)
            assert 30 <= status.entries <= 120 and status.signed
        flt = ContactFilter(date_from=past[-1], date_to=past[0])
        rows = contacts.search(reader, flt, limit=1000)
        assert {r.channel for r in rows} >= {"call_in", "visit"}
        assert {r.category.value for r in rows} >= {"repair", "consultation", "complaint"}
        assert sum(1 for r in rows if r.room_id is not None) > len(rows) / 2
    finally:
        services.close()


def test_demo_append_adds_activity_and_keeps_the_register(capsys, sqlite_url):
    from desk_app.services.contacts import ContactFilter

    # GIVEN a demo database without activity (whatever the time of day)
    assert run(capsys, "demo", "--db", sqlite_url, "--rooms", "60", "--days", "0")[0] == 0
    services = open_services(sqlite_url)
    try:
        reader = services.accounts.login("supervisor", DEFAULT_PASSWORD)
        assert services.contacts.count(reader, ContactFilter()) == 0
        rooms = services.residents.count_rooms(reader)
    finally:
        services.close()
    # WHEN activity is appended for the last two days
    code, out, _ = run(capsys, "demo", "--db", sqlite_url, "--append", "--days", "2")
    assert code == 0 and "已向 " in out and "张派工单" in out
    # THEN yesterday at least is there, and the register is as it was
    services = open_services(sqlite_url)
    try:
        reader = services.accounts.login("supervisor", DEFAULT_PASSWORD)
        assert services.contacts.count(reader, ContactFilter()) >= 30
        assert services.residents.count_rooms(reader) == rooms
    finally:
        services.close()


def test_demo_append_over_a_demo_with_printed_slips(capsys, sqlite_url):
    # GIVEN a demo database whose slips were printed (the demo prints some)
    assert run(capsys, "demo", "--db", sqlite_url, "--rooms", "60", "--days", "2")[0] == 0
    # WHEN activity is appended, the desk printing slips again: new ones, no reprints
    code, out, err = run(capsys, "demo", "--db", sqlite_url, "--append", "--days", "4")
    # THEN it succeeds (a reprint without its reason was refused here)
    assert code == 0, err
    assert "已向 " in out


def test_export_and_print_contacts_from_the_command_line(capsys, sqlite_url, tmp_path, monkeypatch):
    import csv as csv_module

    from desk_app.services.contacts import ContactDraft

    services = open_services(sqlite_url)
    try:
        admin = services.accounts.create_first_admin("admin", "管理员", "secret-pass")
        for name, role in (("clerk", Role.CLERK), ("boss", Role.SUPERVISOR)):
            services.accounts.create_user(
                admin, username=name, display_name=name, role=role, password="secret-pass"
            )
        clerk = services.accounts.login("clerk", "secret-pass")
        row = services.contacts.log(clerk, ContactDraft(content="咨询停车月卡"))
        day = row.day.isoformat()
    finally:
        services.close()
    monkeypatch.setenv("DESK_PASSWORD", "secret-pass")
    out = tmp_path / "contacts.csv"
    args = ("export", "contacts", "--db", sqlite_url, "--from", day, "--to", day, "--out", str(out))
    # a clerk may not export; a supervisor may
    assert run(capsys, *args, "--user", "clerk")[0] != 0
    code, printed, _ = run(capsys, *args, "--user", "boss")
    assert code == 0 and "：1 行" in printed
    rows = list(csv_module.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][0] == "编号" and rows[1][0] == row.serial
    pdf = tmp_path / "register.pdf"
    code, _, _ = run(
        capsys,
        "print",
        "contact-register",
        "--db",
        sqlite_url,
        "--date",
        day,
        "--out",
        str(pdf),
        "--user",
        "clerk",
    )
    assert code == 0
    assert row.serial in PdfReader(str(pdf)).pages[0].extract_text()


def test_the_command_line_speaks_the_interface_language(capsys, sqlite_url, tmp_path):
    # GIVEN a database in the default language (Chinese)
    services = open_services(sqlite_url)
    admin = services.accounts.create_first_admin("admin", "管理员", "secret-pass")
    services.close()
    page = tmp_path / "test-page.pdf"
    # WHEN a command writes its file THEN it says so in Chinese, the path as it is
    code, out, _err = run(capsys, "print", "test-page", "--out", str(page), "--db", sqlite_url)
    assert code == 0 and out.strip() == f"已写入 {page}"
    # WHEN the administrator switches the interface to English THEN the command follows
    services = open_services(sqlite_url)
    services.settings.update(admin, {"ui.language": "en"})
    services.close()
    code, out, _err = run(capsys, "print", "test-page", "--out", str(page), "--db", sqlite_url)
    assert code == 0 and out.strip() == f"Written {page}"
    code, out, _err = run(capsys, "check", "--db", sqlite_url)
    assert f"[ok] schema: schema version {head_revision()} (program expects" in out
