"""The visitor register on the command line: the pass printed (and logged, 补打 the
second time), the export for supervisors only, and a demo with visits in every state."""

from __future__ import annotations

import csv

from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.domain.models import AuditEvent
from desk_app.domain.roles import Role
from desk_app.domain.visitors import Visit
from desk_app.services.app import open_services
from desk_app.services.visitors import VisitDraft
from tests.test_cli import run


def _one_visit(sqlite_url: str) -> str:
    services = open_services(sqlite_url)
    try:
        admin = services.accounts.create_first_admin("admin", "管理员", "secret-pass")
        for name, role in (("clerk", Role.CLERK), ("boss", Role.SUPERVISOR)):
            services.accounts.create_user(
                admin, username=name, display_name=name, role=role, password="secret-pass"
            )
        clerk = services.accounts.login("clerk", "secret-pass")
        draft = VisitDraft("王小明", place="3栋大堂", purpose="送文件")
        return services.visitors.visits.sign_in(clerk, draft).visit.serial
    finally:
        services.close()


def test_the_command_line_offers_the_papers_of_the_pass():
    from desk_app.cli import visitors as cli
    from desk_app.domain import visitors as domain
    from desk_app.printing.visitor_pass import PASS_PAPERS as printable

    assert cli.PASS_PAPERS == domain.PASS_PAPERS == tuple(printable)


def test_print_a_visitor_pass_from_the_command_line(capsys, sqlite_url, tmp_path, monkeypatch):
    serial = _one_visit(sqlite_url)
    monkeypatch.setenv("DESK_PASSWORD", "secret-pass")
    out = tmp_path / "pass.pdf"
    args = ("print", "visitor-pass", serial, "--db", sqlite_url, "--out", str(out))
    code, printed, _ = run(capsys, *args, "--user", "clerk")
    assert code == 0 and serial in printed
    first = PdfReader(str(out)).pages[0].extract_text()
    assert serial in first and "王小明" in first and "补打" not in first
    code, _, _ = run(capsys, *args, "--user", "clerk", "--paper", "receipt80")
    assert code == 0 and "补打" in PdfReader(str(out)).pages[0].extract_text()
    # an unknown serial is one clear line, no traceback, and no file
    missing = tmp_path / "none.pdf"
    code, _, err = run(
        capsys,
        "print",
        "visitor-pass",
        "FK-20000101-0001",
        "--db",
        sqlite_url,
        "--out",
        str(missing),
        "--user",
        "clerk",
    )
    assert code == 2 and "FK-20000101-0001" in err and "Traceback" not in err
    assert not missing.exists()


def test_export_visitors_from_the_command_line(capsys, sqlite_url, tmp_path, monkeypatch):
    serial = _one_visit(sqlite_url)
    day = f"{serial[3:7]}-{serial[7:9]}-{serial[9:11]}"
    monkeypatch.setenv("DESK_PASSWORD", "secret-pass")
    out = tmp_path / "visitors.csv"
    args = ("export", "visitors", "--db", sqlite_url, "--from", day, "--to", day, "--out", str(out))
    assert run(capsys, *args, "--user", "clerk")[0] != 0
    code, printed, _ = run(capsys, *args, "--user", "boss")
    assert code == 0 and "：1 行" in printed
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][0] == "编号" and rows[1][0] == serial and rows[1][2] == "王小明"


def test_the_demo_has_visits_on_site_signed_out_and_blocked_attempts(capsys, sqlite_url):
    code, _, _ = run(capsys, "demo", "--db", sqlite_url, "--rooms", "60", "--days", "3")
    assert code == 0
    services = open_services(sqlite_url)
    try:
        with services.db.read() as session:
            states = dict(
                session.execute(select(Visit.status, func.count()).group_by(Visit.status)).all()
            )
            refusals = session.scalar(
                select(func.count()).where(
                    AuditEvent.entity_type == "visitor_block", AuditEvent.action == "turned_away"
                )
            )
            let_in = session.scalar(select(func.count()).where(Visit.block_reason != ""))
    finally:
        services.close()
    assert states.get("on_site", 0) >= 1 and states.get("signed_out", 0) >= 5
    assert refusals == 2 and let_in == 1
