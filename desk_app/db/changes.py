"""Which kinds of record a committed transaction wrote: the change feed screens follow.

Every change is audited (``services.kit.audit.record``), so the audit writer notes the
kind (the audited entity type: "contact", "work_order", "setting"...) on the session,
and ``Database.write`` publishes the set once the transaction has committed -- never
for one that rolled back. Pure Python: the UI turns it into a Qt signal
(``desk_app.ui.kit.changes``).

Changes made by another desk are published on the same feed by ``other_desks`` once a
desk watches them (``Database.watch_other_desks``). ``ANY`` ("something changed, of a
kind not known") is taken by every listener as concerning it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

_CHANGED = "desk_app.changed_kinds"
ANY = "*"  # a change of unknown kind (another desk's): everyone reloads

Listener = Callable[[frozenset[str]], None]


def note(session: Session, kind: str) -> None:
    """The transaction of ``session`` writes records of ``kind``."""
    session.info.setdefault(_CHANGED, set()).add(kind)


def noted(session: Session) -> frozenset[str]:
    """The kinds noted on ``session`` so far."""
    return frozenset(session.info.get(_CHANGED, ()))


def taken(session: Session) -> frozenset[str]:
    """The kinds noted on ``session``, forgotten there."""
    return frozenset(session.info.pop(_CHANGED, ()))


def concerns(kinds: frozenset[str], wanted: Iterable[str]) -> bool:
    return ANY in kinds or not kinds.isdisjoint(wanted)


class ChangeFeed:
    """The listeners of one database's committed changes."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the kinds of every committed change; returns the
        function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, kinds: frozenset[str]) -> None:
        if not kinds:
            return
        for listener in list(self._listeners):
            listener(kinds)
