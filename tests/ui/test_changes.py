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
