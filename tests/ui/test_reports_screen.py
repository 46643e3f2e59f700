"""The 报表 screen: the supervisor gets the monthly overview and the complaint
statistics; a clerk only the statistics (the overview is the supervisor's)."""

from __future__ import annotations

from desk_app.domain.roles import Role
from desk_app.ui.reports.tabs import ReportsScreen
from tests.conftest import make_user


def _tabs(screen: ReportsScreen) -> list[str]:
    return [screen.tabText(i) for i in range(screen.count())]


def test_the_supervisor_has_the_overview_and_the_statistics(qtbot, services, admin):
    screen = ReportsScreen(services, make_user(services, admin, Role.SUPERVISOR))
    qtbot.addWidget(screen)
    assert _tabs(screen) == ["月度概览(&O)", "投诉统计(&C)"]


def test_a_clerk_has_the_statistics_only(qtbot, services, admin):
    screen = ReportsScreen(services, make_user(services, admin, Role.CLERK))
    qtbot.addWidget(screen)
    assert _tabs(screen) == ["投诉统计(&C)"] and screen.monthly is None
