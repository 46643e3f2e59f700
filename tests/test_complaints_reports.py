"""The monthly statistics and the quarterly analysis against the database itself, on
a demo database with a year of complaints (counted here with plain SQL)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.demo.build import build_demo
from desk_app.domain.complaints import Complaint
from desk_app.services.app import open_services
from desk_app.services.complaints.statistics import Month, Quarter
from tests.conftest import ZONE, FakeClock


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One demo database for the module (a year of complaints takes a while to live
    through); SQLite, as the PostgreSQL runs of the other tests cover the queries."""
    url = f"sqlite:///{(tmp_path_factory.mktemp('demo') / 'demo.sqlite3').as_posix()}"
    services = open_services(
        url, clock=FakeClock(datetime(2026, 11, 23, 6, 0, tzinfo=UTC)), zone=ZONE
    )
    build_demo(services, rooms=60, days=3, password="demo-pass")
    yield services
    services.close()


@pytest.fixture
def services(demo_db):
    return demo_db


@pytest.fixture
def demo(services):
    return services.accounts.login("supervisor", "demo-pass")


def _busiest_month(services) -> Month:
    with services.db.read() as session:
        days = session.scalars(select(Complaint.day)).all()
    counts: dict[Month, int] = {}
    for day in days:
        month = Month(day.year, day.month)
        counts[month] = counts.get(month, 0) + 1
    return max(counts, key=lambda m: (counts[m], str(m)))


def test_the_monthly_totals_equal_the_database_s(services, demo):
    month = _busiest_month(services)
    stats = services.complaints.statistics.monthly(demo, month)
    in_month = (
        Complaint.day >= month.first_day,
        Complaint.day < month.next().first_day,
        Complaint.status != "voided",
    )
    with services.db.read() as session:
        total = session.scalar(select(func.count(Complaint.id)).where(*in_month))
        major = session.scalar(
            select(func.count(Complaint.id)).where(*in_month, Complaint.level == "major")
        )
        by_category = dict(
            session.execute(
                select(Complaint.category, func.count(Complaint.id))
                .where(*in_month)
                .group_by(Complaint.category)
            ).all()
        )
        late = session.scalar(
            select(func.count(Complaint.id)).where(*in_month, Complaint.resolved_late.is_(True))
        )
    assert total > 5 and stats.total == total and stats.major == major
    assert {c: sum(n.values()) for c, n in stats.by_category.items() if sum(n.values())} == (
        by_category
    )
    assert sum(stats.by_channel.values()) == total
    assert sum(n for _, n in stats.by_building) == total
    assert stats.resolved_late == late
    parts = stats.resolved_on_time + stats.resolved_late + stats.unresolved + stats.dismissed
    assert parts == total
    assert stats.chart[-1] == (str(month), total)
    pdf = services.complaints.papers.monthly_pdf(demo, month)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert f"本月受理投诉 {total} 宗" in text


def test_the_quarterly_analysis_groups_every_summary(services, demo):
    quarter = Quarter(2026, 3)
    analysis = services.complaints.statistics.quarterly(demo, quarter)
    with services.db.read() as session:
        summarised = dict(
            session.execute(
                select(Complaint.serial, Complaint.category).where(
                    Complaint.day >= quarter.months[0].first_day,
                    Complaint.day < quarter.months[-1].next().first_day,
                    Complaint.summary_prevention != "",
                    Complaint.status != "voided",
                )
            ).all()
        )
    grouped = {
        line.serial: category for category, lines in analysis.summaries.items() for line in lines
    }
    assert len(summarised) > 5 and grouped == summarised
    assert sum(len(lines) for lines in analysis.summaries.values()) == len(summarised)
    pdf = services.complaints.papers.quarterly_pdf(demo, quarter)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert all(serial in text for serial in summarised)
