"""Closing a month into the archive: a register for each day with entries and the
overview, a manifest that verifies, the closing in the audit trail, and a second
closing that keeps the first."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from desk_app.cli import main
from desk_app.demo.build import build_demo
from desk_app.domain.errors import Conflict, PermissionDenied, ValidationError
from desk_app.services.app import open_services
from desk_app.services.archive import verify
from tests.conftest import BACKENDS, PG_URL, ZONE, FakeClock, reset_postgres

DEMO_PASSWORD = "demo1234"
NOW = datetime(2026, 11, 3, 1, 30, tzinfo=UTC)


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{(tmp_path_factory.mktemp('archive') / 'demo.sqlite3').as_posix()}"
    else:
        reset_postgres(PG_URL)
        url = PG_URL
    services = open_services(url, clock=FakeClock(NOW), zone=ZONE)
    build_demo(services, rooms=40, days=12, password=DEMO_PASSWORD)
    yield services
    services.close()


@pytest.fixture
def archive_dir(demo, tmp_path):
    admin = demo.accounts.login("admin", DEMO_PASSWORD)
    folder = tmp_path / "归档"
    demo.settings.update(admin, {"archive.folder": str(folder)})
    return folder


@pytest.fixture(scope="module")
def boss(demo):
    return demo.accounts.login("supervisor", DEMO_PASSWORD)


def _days_with_entries(demo) -> list[str]:
    query = text(
        "SELECT DISTINCT day FROM contact_entries "
        "WHERE day >= '2026-10-01' AND day < '2026-11-01' ORDER BY day"
    )
    with demo.db.read() as session:
        return [str(day)[:10] for (day,) in session.execute(query)]


def test_closing_a_month_writes_every_day_register_the_overview_and_a_manifest(
    demo, boss, archive_dir
):
    bundle = demo.archive.close_month(boss, "2026-10")
    assert bundle.folder == archive_dir / "2026-10" / "v1"
    days = _days_with_entries(demo)
    assert len(days) >= 8  # 24-31 October
    names = sorted(path.name for path in bundle.folder.iterdir())
    expected = (
        [f"来电来访登记表-{day}.pdf" for day in days]
        + [f"日报-{day}.pdf" for day in days]
        + ["manifest.json", "月度概览-2026-10.pdf", "客户月投诉统计表-2026-10.pdf"]
    )
    assert names == sorted(expected)
    manifest = json.loads((bundle.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["month"] == "2026-10" and manifest["closed_by"] == "supervisor"
    for item in manifest["files"]:
        data = (bundle.folder / item["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        reader = PdfReader(io.BytesIO(data))
        assert len(reader.pages) == item["pages"]
        if item["kind"] == "contact_register":
            day = item["name"].removeprefix("来电来访登记表-").removesuffix(".pdf")
            assert "来电来访登记表" in reader.pages[0].extract_text()
            assert f"{day[:4]}年{day[5:7]}月{day[8:]}日" in reader.pages[0].extract_text()
    assert verify(bundle.folder) == []
    with demo.db.read() as session:
        closing = session.execute(
            text(
                "SELECT actor_name, at, new_values FROM audit_events "
                "WHERE action = 'close_month' AND entity_type = 'month' AND entity_id = '2026-10'"
            )
        ).all()
    assert [row.actor_name for row in closing][-1:] == ["supervisor"]
    recorded = closing[-1].new_values
    recorded = json.loads(recorded) if isinstance(recorded, str) else recorded
    assert (
        recorded["version"] == 1 and recorded["files"] == 2 * len(days) + 2
    )  # registers, summaries, two monthly papers
    manifest_hash = hashlib.sha256((bundle.folder / "manifest.json").read_bytes()).hexdigest()
    assert recorded["manifest_sha256"] == manifest_hash


def test_closing_again_makes_a_new_version_and_keeps_the_first(demo, boss, archive_dir):
    first = demo.archive.close_month(boss, "2026-10")
    before = {p.name: p.read_bytes() for p in first.folder.iterdir()}
    second = demo.archive.close_month(boss, "2026-10")
    assert (first.version, second.version) == (1, 2)
    assert second.folder == archive_dir / "2026-10" / "v2"
    assert {p.name: p.read_bytes() for p in first.folder.iterdir()} == before
    assert verify(first.folder) == [] and verify(second.folder) == []
    assert demo.archive.versions("2026-10") == [1, 2]
    assert not [p for p in (archive_dir / "2026-10").iterdir() if p.name.startswith(".")]


def test_a_changed_or_missing_file_fails_verification(demo, boss, archive_dir):
    bundle = demo.archive.close_month(boss, "2026-10")
    register = next(bundle.folder.glob("来电来访登记表-*.pdf"))
    register.write_bytes(register.read_bytes() + b"%")
    (bundle.folder / "月度概览-2026-10.pdf").unlink()
    problems = verify(bundle.folder)
    assert f"changed: {register.name}" in problems
    assert "missing: 月度概览-2026-10.pdf" in problems


def test_a_clerk_may_not_close_a_month_nor_anyone_a_month_not_over(demo, boss, archive_dir):
    clerk = demo.accounts.login("clerk", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied) as refused:
        demo.archive.close_month(clerk, "2026-10")
    assert refused.value.params["action"] == "close a month into the archive"
    with pytest.raises(Conflict):
        demo.archive.close_month(boss, "2026-11")
    assert not archive_dir.exists() or not any(archive_dir.rglob("*.pdf"))


def test_the_command_line_prints_the_overview_and_closes_a_month(demo, tmp_path, monkeypatch):
    url = demo.db.engine.url.render_as_string(hide_password=False).replace("+psycopg", "")
    monkeypatch.setenv("DESK_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "概览.pdf"
    code = main(
        [
            "report",
            "monthly",
            "--month",
            "2026-10",
            "--out",
            str(out),
            "--db",
            url,
            "--user",
            "manager",
        ]
    )
    assert code == 0
    assert "2026年10月月度概览" in PdfReader(out).pages[0].extract_text()
    admin = demo.accounts.login("admin", DEMO_PASSWORD)
    demo.settings.update(admin, {"archive.folder": str(tmp_path / "arch")})
    code = main(["archive", "month", "--month", "2026-10", "--db", url, "--user", "supervisor"])
    assert code == 0
    assert verify(tmp_path / "arch" / "2026-10" / "v1") == []
    assert main(["archive", "month", "--month", "2026-10", "--db", url, "--user", "clerk"]) == 2
    assert not (tmp_path / "arch" / "2026-10" / "v2").exists()


def test_a_bad_month_on_the_command_line_is_one_clear_line(demo, tmp_path, monkeypatch, capsys):
    url = demo.db.engine.url.render_as_string(hide_password=False).replace("+psycopg", "")
    monkeypatch.setenv("DESK_PASSWORD", DEMO_PASSWORD)
    code = main(
        [
            "report",
            "monthly",
            "--month",
            "2026-13",
            "--out",
            str(tmp_path / "x.pdf"),
            "--db",
            url,
            "--user",
            "manager",
        ]
    )
    assert code == 2
    error = capsys.readouterr().err
    assert "2026-13" in error and "Traceback" not in error
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(ValidationError):
        demo.monthly.overview(demo.accounts.login("manager", DEMO_PASSWORD), "2026-13")


def test_an_archive_folder_that_cannot_be_made_records_no_closing(demo, boss, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    admin = demo.accounts.login("admin", DEMO_PASSWORD)
    demo.settings.update(admin, {"archive.folder": str(blocker)})
    count = "SELECT COUNT(*) FROM audit_events WHERE action = 'close_month'"
    with demo.db.read() as session:
        before = session.execute(text(count)).scalar()
    with pytest.raises(OSError):
        demo.archive.close_month(boss, "2026-10")
    with demo.db.read() as session:
        assert session.execute(text(count)).scalar() == before
    assert blocker.read_text() == "not a folder"


def test_another_kind_adds_its_papers_to_the_archive(demo, boss, archive_dir):
    """The registry: a provider built on a service with ``pdf(actor, day)`` (as the
    daily summary has) puts one paper per open day into the bundle and the manifest."""
    from reportlab.platypus import Paragraph

    from desk_app.printing.layout import Letterhead, build_document, plain, style
    from desk_app.services.archive import ArchiveService
    from desk_app.services.archive.papers import daily_summaries

    class Summaries:  # a kind of record's paper: one page naming its day
        def pdf(self, actor, day):
            story = [Paragraph(plain(f"交接班表 {day.isoformat()}"), style(12))]
            return build_document(story, letterhead=Letterhead("中心"), title="日报")

    service = ArchiveService(demo.ctx, [daily_summaries(demo.ctx, Summaries())])
    bundle = service.close_month(boss, "2026-10")
    days = _days_with_entries(demo)
    assert [f.name for f in bundle.files] == [f"日报-{day}.pdf" for day in days]
    assert verify(bundle.folder) == []
    first = PdfReader(bundle.folder / f"日报-{days[0]}.pdf").pages[0].extract_text()
    assert f"交接班表 {days[0]}" in first


def test_an_archive_folder_set_to_the_database_file_writes_nothing_there(sqlite_url, tmp_path):
    from desk_app.db.files import sqlite_file_of
    from desk_app.domain.roles import Role
    from tests.conftest import make_user

    services = open_services(sqlite_url, clock=FakeClock(NOW), zone=ZONE)
    try:
        admin = services.accounts.create_first_admin("admin", "管理员", "secret-pass")
        supervisor = make_user(services, admin, Role.SUPERVISOR)
        database = sqlite_file_of(sqlite_url)
        services.settings.update(admin, {"archive.folder": str(database)})
        with pytest.raises(OSError):
            services.archive.close_month(supervisor, "2026-10")
        assert sorted(p.name for p in database.parent.iterdir() if p.is_dir()) == []
        with services.db.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        services.close()
