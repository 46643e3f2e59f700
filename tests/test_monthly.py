"""The monthly overview on a demo database: every figure equals what the test counts
itself in the tables (SQL written here, or the rows read and counted by the rule the
overview's docstring states), for November beside October 2026."""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from desk_app.demo.build import build_demo
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.models import Department
from desk_app.domain.monthly import Month, Rate
from desk_app.domain.work_orders import WorkOrder
from desk_app.services.app import open_services
from tests.conftest import BACKENDS, PG_URL, ZONE, FakeClock, reset_postgres

DEMO_PASSWORD = "demo1234"
NOW = datetime(2026, 11, 3, 1, 30, tzinfo=UTC)  # 09:30 on 3 November in Beijing
MONTHS = {"2026-11": ("2026-11-01", "2026-12-01"), "2026-10": ("2026-10-01", "2026-11-01")}


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request, tmp_path_factory):
    """Twelve demo days up to 3 November: late October and the start of November."""
    if request.param == "sqlite":
        url = f"sqlite:///{(tmp_path_factory.mktemp('monthly') / 'demo.sqlite3').as_posix()}"
    else:
        reset_postgres(PG_URL)
        url = PG_URL
    services = open_services(url, clock=FakeClock(NOW), zone=ZONE)
    build_demo(services, rooms=40, days=12, password=DEMO_PASSWORD)
    yield services
    services.close()


@pytest.fixture(scope="module")
def boss(demo):
    return demo.accounts.login("supervisor", DEMO_PASSWORD)


def _bounds(month: str) -> tuple[datetime, datetime]:
    first, end = (datetime.fromisoformat(day).replace(tzinfo=ZONE) for day in MONTHS[month])
    return first, end


def _sql_counts(services, column: str, month: str) -> dict[str, int]:
    first, end = MONTHS[month]
    query = text(
        f"SELECT {column}, COUNT(*) FROM contact_entries "
        f"WHERE day >= '{first}' AND day < '{end}' AND voided = false GROUP BY {column}"
    )
    with services.db.read() as session:
        return {key: count for key, count in session.execute(query)}


def _orders(services) -> list[WorkOrder]:
    with services.db.read() as session:
        return list(session.scalars(select(WorkOrder)))


def _completed_in(orders, month: str) -> list[WorkOrder]:
    start, end = _bounds(month)
    return [
        o
        for o in orders
        if o.completed_at is not None and start <= o.completed_at < end and o.status != "voided"
    ]


def _on_time(order: WorkOrder) -> bool:
    deadline = order.complete_due_at + timedelta(seconds=order.held_seconds)
    return order.completed_at <= deadline and not order.onsite_late


def _table(overview, section: str, index: int):
    return overview.section(section).tables[index]


def test_the_demo_has_both_months(demo):
    for month in MONTHS:
        assert sum(_sql_counts(demo, "channel_code", month).values()) > 50
        assert len(_completed_in(_orders(demo), month)) > 5


def test_contact_volumes_by_channel_and_category_equal_the_database(demo, boss):
    overview = demo.monthly.overview(boss, "2026-11")
    assert (overview.month, overview.previous) == (Month(2026, 11), Month(2026, 10))
    with demo.db.read() as session:
        labels = dict(session.execute(text("SELECT code, label FROM contact_channels")).all())
    by_channel = _table(overview, "contacts", 0)
    now, before = (_sql_counts(demo, "channel_code", m) for m in ("2026-11", "2026-10"))
    got = {row.label.paper: (row.current, row.previous) for row in by_channel.rows}
    assert got == {labels[c]: (now.get(c, 0), before.get(c, 0)) for c in labels}
    assert (by_channel.total.current, by_channel.total.previous) == (
        sum(now.values()),
        sum(before.values()),
    )
    by_category = _table(overview, "contacts", 1)
    now, before = (_sql_counts(demo, "category", m) for m in ("2026-11", "2026-10"))
    words = {"咨询": "consultation", "报修": "repair", "投诉": "complaint", "建议": "suggestion"}
    words |= {"表扬": "praise", "其他": "other"}
    got = {words[row.label.paper]: (row.current, row.previous) for row in by_category.rows}
    assert got == {code: (now.get(code, 0), before.get(code, 0)) for code in words.values()}


def test_change_is_given_in_numbers_and_per_cent(demo, boss):
    total = _table(demo.monthly.overview(boss, "2026-11"), "contacts", 0).total
    assert total.change.absolute == total.current - total.previous
    assert total.change.percent == pytest.approx(
        (total.current - total.previous) / total.previous * 100
    )


def test_work_order_volumes_and_on_time_rates_equal_the_database(demo, boss):
    overview = demo.monthly.overview(boss, "2026-11")
    orders = _orders(demo)
    start, end = _bounds("2026-11")
    opened = [o for o in orders if start.date() <= o.day < end.date() and o.status != "voided"]
    completed = _completed_in(orders, "2026-11")
    cancelled = [
        o for o in orders if o.status == "cancelled" and o.ended_at and start <= o.ended_at < end
    ]
    volumes = _table(overview, "work_orders", 0).rows
    assert [row.current for row in volumes] == [len(opened), len(completed), len(cancelled)]

    for month, attribute in (("2026-11", "current"), ("2026-10", "previous")):
        done = _completed_in(orders, month)
        by_urgency = {
            row.label.paper: getattr(row, attribute)
            for row in _table(overview, "work_orders", 1).rows
        }
        for urgency, word in (("emergency", "急修"), ("normal", "一般"), ("major", "重大")):
            mine = [o for o in done if o.urgency == urgency]
            assert by_urgency[word] == Rate(sum(map(_on_time, mine)), len(mine))
        with demo.db.read() as session:
            names = dict(session.execute(select(Department.id, Department.name)).all())
        by_department = {
            row.label.paper: getattr(row, attribute)
            for row in _table(overview, "work_orders", 2).rows
        }
        expected = {}
        for department_id in {o.department_id for o in done}:
            mine = [o for o in done if o.department_id == department_id]
            expected[names[department_id]] = Rate(sum(map(_on_time, mine)), len(mine))
        assert {k: v for k, v in by_department.items() if v.whole} == expected
        total = getattr(_table(overview, "work_orders", 1).total, attribute)
        assert total == Rate(sum(map(_on_time, done)), len(done))


def test_the_stored_late_flags_agree_with_the_deadlines(demo):
    """The overview counts by the flags set at completion; they follow the SLA."""
    for order in _completed_in(_orders(demo), "2026-10") + _completed_in(_orders(demo), "2026-11"):
        deadline = order.complete_due_at + timedelta(seconds=order.held_seconds)
        assert order.completed_late == (order.completed_at > deadline)


def test_callback_coverage_and_satisfaction_equal_the_database(demo, boss):
    overview = demo.monthly.overview(boss, "2026-11")
    done = _completed_in(_orders(demo), "2026-11")
    called = [o for o in done if o.callback_done_at and not o.callback_unreachable]
    in_time = [o for o in called if o.callback_done_at <= o.callback_due_at]
    unreachable = [o for o in done if o.callback_unreachable]
    coverage = [row.current for row in _table(overview, "work_orders", 3).rows]
    assert coverage == [Rate(len(rows), len(done)) for rows in (called, in_time, unreachable)]
    satisfaction = Counter(o.satisfaction for o in done if o.satisfaction)
    words = ("very_satisfied", "satisfied", "fair", "dissatisfied")
    got = [row.current for row in _table(overview, "work_orders", 4).rows]
    assert got == [satisfaction.get(level, 0) for level in words]


def test_only_supervisors_and_managers_see_the_overview(demo):
    clerk = demo.accounts.login("clerk", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied) as refused:
        demo.monthly.overview(clerk, "2026-11")
    assert refused.value.params["action"] == "see the monthly overview"
    admin = demo.accounts.login("admin", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        demo.monthly.overview(admin, "2026-11")
    manager = demo.accounts.login("manager", DEMO_PASSWORD)
    assert demo.monthly.overview(manager, "2026-11").sections


@pytest.mark.parametrize("bad", ["2026-13", "11/2026", "", "2026-1\x00", "x" * 10_000])
def test_a_month_that_is_not_one_is_refused_clearly(demo, boss, bad):
    with pytest.raises(ValidationError) as refused:
        demo.monthly.overview(boss, bad)
    assert refused.value.field == "month"


def test_the_pdf_carries_the_tables_and_charts_in_chinese(demo, boss):
    pdf = demo.monthly.print(boss, "2026-11")
    reader = PdfReader(io.BytesIO(pdf))
    words = "".join(page.extract_text() for page in reader.pages)
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4 portrait
    total = _table(demo.monthly.overview(boss, "2026-11"), "contacts", 0).total
    for expected in ("2026年11月月度概览", "按方式", "按紧急程度的及时率", "回访满意度", "环比"):
        assert expected in words
    assert str(total.current) in words and str(total.previous) in words
    with demo.db.read() as session:
        printed = session.execute(
            text(
                "SELECT COUNT(*) FROM audit_events "
                "WHERE entity_type = 'monthly_overview' AND entity_id = '2026-11'"
            )
        ).scalar()
    assert printed >= 1
