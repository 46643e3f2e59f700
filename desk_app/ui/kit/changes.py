"""The change feed as a Qt signal, and screens that follow it.

A screen names the kinds of record it shows; after any commit that wrote one of them
it reloads at once if it is on screen, or when it is next shown (a hidden page does
no work for nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from desk_app.db.changes import ChangeFeed, concerns


class ChangeBus(QObject):
    """One database's change feed as a signal. A change published from another thread
    (a worker, a listener on another desk's notices) reaches the slots in the GUI
    thread: Qt queues signals across threads."""

    changed = Signal(frozenset)

    _buses: WeakKeyDictionary[ChangeFeed, ChangeBus] = WeakKeyDictionary()

    def __init__(self, feed: ChangeFeed):
        super().__init__()
        self._unsubscribe = feed.subscribe(self.changed.emit)

    @classmethod
    def of(cls, feed: ChangeFeed) -> ChangeBus:
        """The one bus of ``feed``: every screen of a window hears the same signal."""
        bus = cls._buses.get(feed)
        if bus is None:
            bus = cls._buses[feed] = cls(feed)
        return bus


class _Follower(QObject):
    def __init__(self, widget: QWidget, kinds: frozenset[str], reload: Callable[[], None]):
        super().__init__(widget)
        self.widget, self.kinds, self.reload = widget, kinds, reload
        self.stale = False
        widget.installEventFilter(self)

    def heard(self, kinds: frozenset[str]) -> None:
        if not concerns(kinds, self.kinds):
            return
        if self.widget.isVisible():
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False


def follow(
    widget: QWidget, feed: ChangeFeed, kinds: Iterable[str], reload: Callable[[], None]
) -> None:
    """Call ``reload`` whenever a committed change wrote one of ``kinds``: now if
    ``widget`` is visible, else when it is next shown. Ends with the widget."""
    follower = _Follower(widget, frozenset(kinds), reload)
    ChangeBus.of(feed).changed.connect(follower.heard)
