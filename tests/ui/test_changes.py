"""Screens follow the change feed: on screen they reload at once, hidden ones when
next shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.db.changes import ANY, ChangeFeed
from desk_app.ui.kit.changes import follow


def test_a_visible_screen_reloads_and_a_hidden_one_when_shown(qtbot):
    feed = ChangeFeed()
    shown, hidden = QWidget(), QWidget()
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    loads = {"shown": 0, "hidden": 0}
    follow(shown, feed, {"work_order"}, lambda: loads.__setitem__("shown", loads["shown"] + 1))
    follow(hidden, feed, {"work_order"}, lambda: loads.__setitem__("hidden", loads["hidden"] + 1))
    shown.show()
    qtbot.waitExposed(shown)

    feed.publish(frozenset({"contact"}))  # not what they show
    assert loads == {"shown": 0, "hidden": 0}
    feed.publish(frozenset({"work_order", "contact"}))
    feed.publish(frozenset({ANY}))  # another desk changed something
    assert loads == {"shown": 2, "hidden": 0}

    hidden.show()
    qtbot.waitExposed(hidden)
    assert loads == {"shown": 2, "hidden": 1}  # once, however many changes it missed


def test_the_work_order_list_shows_an_order_another_desk_made(qtbot, services, admin, sqlite_url):
    from desk_app.domain.roles import Role
    from desk_app.services.app import open_services
    from desk_app.services.work_orders.views import WorkOrderDraft
    from desk_app.ui.work_orders.page import WorkOrdersPage
    from tests.conftest import PASSWORD, ZONE, make_user

    clerk = make_user(services, admin, Role.CLERK)
    services.db.watch_other_desks(poll_seconds=0.05)
    page = WorkOrdersPage(services, clerk)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 0
    # WHEN the desk at the other counter makes a work order on the same database
    other = open_services(sqlite_url, clock=services.ctx.clock, zone=ZONE)
    try:
        other.work_orders.orders.create(
            other.accounts.login("clerk", PASSWORD),
            WorkOrderDraft(description="大堂灯不亮", location="public_area", place="大堂"),
        )
    finally:
        other.close()
    # THEN this desk's list shows it without anybody refreshing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
