"""The monthly overview widget on a demo database: the tables show what the database
holds, the month picker changes them, charts are drawn, the PDF is saved and the
month closed from the widget."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from desk_app.demo.build import build_demo
from desk_app.domain.monthly import Month
from desk_app.services.app import open_services
from desk_app.services.archive import verify
from desk_app.ui.reports.monthly import MonthlyOverviewWidget
from tests.conftest import ZONE, FakeClock

PASSWORD = "demo1234"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    url = f"sqlite:///{(tmp_path_factory.mktemp('mw') / 'demo.sqlite3').as_posix()}"
    services = open_services(
        url, clock=FakeClock(datetime(2026, 11, 3, 1, 30, tzinfo=UTC)), zone=ZONE
    )
    build_demo(services, rooms=40, days=12, password=PASSWORD)
    yield services
    services.close()


@pytest.fixture
def widget(qtbot, demo):
    w = MonthlyOverviewWidget(demo, demo.accounts.login("supervisor", PASSWORD))
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    return w


def _entries(demo, first: str, end: str) -> int:
    query = text(
        f"SELECT COUNT(*) FROM contact_entries WHERE day >= '{first}' AND day < '{end}' "
        "AND voided = false"
    )
    with demo.db.read() as session:
        return session.execute(query).scalar()


def _cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_it_opens_on_last_month_and_shows_the_database_counts(widget, demo):
    assert widget.month() == Month(2026, 10)
    widget.set_month(Month(2026, 11))
    table = widget.tables[("contacts", 0)]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:3] == ["2026-11", "2026-10"]
    total = _cells(table, table.rowCount() - 1)
    now, before = (
        _entries(demo, "2026-11-01", "2026-12-01"),
        _entries(demo, "2026-10-01", "2026-11-01"),
    )
    assert total[:3] == ["合计", str(now), str(before)]
    assert total[3] == f"{now - before:+d}"
    assert total[4] == f"{(now - before) / before * 100:+.1f}%"
    assert "来电" in [table.item(r, 0).text() for r in range(table.rowCount())]


def test_rates_show_per_cent_and_the_counts_and_charts_are_drawn(widget):
    widget.set_month(Month(2026, 11))
    urgency = widget.tables[("work_orders", 1)]
    labels = [urgency.item(r, 0).text() for r in range(urgency.rowCount())]
    assert labels[:3] == ["急修", "一般", "重大"]
    assert any(
        "%" in urgency.item(r, 1).text() and "/" in urgency.item(r, 1).text()
        for r in range(urgency.rowCount())
    )
    for key in (("contacts", 0), ("contacts", 1), ("work_orders", 1), ("work_orders", 2)):
        pixmap = widget.charts[key].pixmap()
        assert not pixmap.isNull() and pixmap.width() > 300


def test_save_as_pdf_writes_the_overview_and_logs_the_print(widget, demo, tmp_path):
    widget.set_month(Month(2026, 11))
    path = tmp_path / "概览.pdf"
    assert widget.save_to(path)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert "2026年11月月度概览" in reader.pages[0].extract_text()
    assert "概览.pdf" in widget.status.text()
    dialog = widget._dialog()
    assert dialog.document.pageCount() == len(reader.pages)
    dialog.deleteLater()


def test_the_supervisor_closes_a_month_from_the_widget(widget, demo, tmp_path):
    admin = demo.accounts.login("admin", PASSWORD)
    demo.settings.update(admin, {"archive.folder": str(tmp_path / "archive")})
    assert widget.close_button.isVisibleTo(widget)
    bundle = widget.close_month_now(Month(2026, 10))
    assert bundle is not None and verify(bundle.folder) == []
    assert "2026-10" in widget.status.text()
    assert widget.month() == Month(2026, 10)
    assert "第 1 版" in widget.heading.text()


def test_a_clerk_sees_the_refusal_not_a_traceback(qtbot, demo):
    w = MonthlyOverviewWidget(demo, demo.accounts.login("clerk", PASSWORD))
    qtbot.addWidget(w)
    assert not w.close_button.isVisibleTo(w)
    assert w.status.text() and not w.tables


def test_a_call_logged_at_another_screen_shows_in_the_figures(widget, demo, qtbot):
    from desk_app.services.contacts import ContactDraft

    widget.set_month(Month(2026, 11))
    qtbot.waitExposed(widget)
    table = widget.tables[("contacts", 0)]
    before = int(_cells(table, table.rowCount() - 1)[1])
    clerk = demo.accounts.login("clerk", PASSWORD)
    demo.contacts.log(clerk, ContactDraft(content="问物业费缴费时间", channel="call_in"))

    def counted() -> int:
        table = widget.tables[("contacts", 0)]
        return int(_cells(table, table.rowCount() - 1)[1])

    qtbot.waitUntil(lambda: counted() == before + 1, timeout=3000)
