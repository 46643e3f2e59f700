"""The monthly overview's complaints section counts what the complaint register holds:
by category beside the month before, voided complaints left out, the major ones."""

from __future__ import annotations

from desk_app.domain.roles import Role
from tests.conftest import make_user
from tests.register_fixtures import one_home
from tests.test_complaints import noise


def test_the_overview_counts_the_months_complaints_beside_the_month_before(
    services, admin, clerk, supervisor, clock
):
    home = one_home(services, admin)
    cp = services.complaints
    # October: one fee complaint; November: two about noise, one about fees, one voided
    clock.advance(days=-30)
    cp.intake.create(clerk, noise(home, category="fees", content="物业费账单金额不对"))
    clock.advance(days=30)
    cp.intake.create(clerk, noise(home))
    clock.advance(hours=5)  # past the repeat window
    cp.intake.create(clerk, noise(home, content="楼上又在深夜装修，第二次投诉"))
    cp.intake.create(clerk, noise(home, category="fees", content="停车费收费标准不清楚"))
    voided = cp.intake.create(clerk, noise(home, category="other", content="录错了的投诉"))
    cp.steps.void(supervisor, voided.id, "重复登记")
    manager = make_user(services, admin, Role.MANAGER)

    section = services.monthly.overview(manager, "2026-11").section("complaints")

    by_category = {row.label.paper: (row.current, row.previous) for row in section.tables[0].rows}
    assert by_category["邻里噪音"] == (2, 0)
    assert by_category["收费"] == (1, 1)
    assert by_category["其他"] == (0, 0)  # the voided one is not counted
    assert (section.tables[0].total.current, section.tables[0].total.previous) == (3, 1)
    assert section.tables[1].rows[0].current == 0  # no major complaint
