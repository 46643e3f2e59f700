"""A kind of record's life cycle as one value: its states, the steps between them,
who may take each step, their labels, and the step a screen offers next.

Pure data and functions. Each kind of record (work orders now; complaints, card
requests and visitors later) declares one ``Lifecycle``; the services take every step
through ``desk_app.services.kit.steps.run_step``, which asks it whether the step is
allowed, and the screens build their step buttons and menus from it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from desk_app.domain.errors import IllegalTransition
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.roles import Permission

S = TypeVar("S", bound=enum.StrEnum)
A = TypeVar("A", bound=enum.StrEnum)

Can = Callable[[Permission], bool]
# What a refused step lacks: the permission, and the words naming the step (None: the
# permission's own label).
Refusal = tuple[Permission, str | None]
# A kind's own role rules, beyond one permission per step (e.g. a clerk withdrawing an
# order of their own): the refusal, or None when the actor may take the step.
RoleRule = Callable[[Any, Any, int, Can], Refusal | None]

# A time typed in for a step (from a slip, as the technician reported it) may run a
# little ahead of the PC's clock.
CLOCK_SLACK = timedelta(minutes=5)
# A form offers "now" for the time of a step; a time still within this window of the
# moment of saving is taken as left untouched: the step happened when it was saved.
UNTOUCHED_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class Guard:
    """A condition on a step beyond the state (``allows(record)``), and the words
    refusing it (``refusal``, context "Errors", with ``{record}``)."""

    allows: Callable[[Any], bool]
    refusal: str


@dataclass(frozen=True)
class Lifecycle(Generic[S, A]):
    """``transitions[action][state]`` is where ``action`` leads from ``state``; None
    there means "back to the state the record was put on hold from" (``held_from``).

    ``guards[action]`` adds what the state alone does not say (a slip already back
    cannot come back again). ``next_steps[state]`` lists the steps the main
    button offers there, the first possible one winning; ``menu`` the other steps in
    the order a menu shows them. Labels are English source text of ``context``."""

    kind: str  # the audited entity type, also the change feed's kind
    context: str
    record_word: str  # names a record without a serial in messages
    states: type[S]
    actions: type[A]
    transitions: Mapping[A, Mapping[S, S | None]]
    permissions: Mapping[A, Permission]
    state_labels: Mapping[S, str]
    action_labels: Mapping[A, str]
    next_steps: Mapping[S, tuple[A, ...]]
    menu: tuple[A, ...]
    guards: Mapping[A, Guard] = field(default_factory=dict)
    role_rule: RoleRule | None = None
    # where an action leads "in general", for the message refusing it; by default the
    # one target of its transitions when it has only one
    nominal_targets: Mapping[A, S] = field(default_factory=dict)

    # -- the state machine --------------------------------------------------------

    def state_of(self, record: Any) -> S:
        return self.states(record.status)

    def possible(self, record: Any) -> frozenset[A]:
        """The steps the record's state (and the kind's guards) allow now."""
        state = self.state_of(record)
        return frozenset(
            action
            for action, targets in self.transitions.items()
            if state in targets and self._guarded(action, record)
        )

    def target(self, record: Any, action: A | str, *, name: str = "") -> S:
        """Where ``action`` takes ``record``; IllegalTransition naming both states
        (and ``name``, the record's serial) when it is not possible now."""
        action = self.actions(action)
        state = self.state_of(record)
        targets = self.transitions[action]
        if state not in targets:
            raise self._illegal(state, action, name)
        if not self._guarded(action, record):
            requested = self.nominal_target(action)
            raise IllegalTransition(
                self.guards[action].refusal,
                current_state=state.value,
                requested_state=requested.value if requested else "",
                record=name or Tr(self.context, self.record_word),
            )
        target = targets[state]
        if target is None:
            held_from = getattr(record, "held_from", None)
            if not held_from:
                raise ValueError("a record on hold remembers the state it was held from")
            target = self.states(held_from)
        return target

    def _guarded(self, action: A, record: Any) -> bool:
        guard = self.guards.get(action)
        return guard is None or guard.allows(record)

    def _illegal(self, state: S, action: A, name: str) -> IllegalTransition:
        record = name or Tr(self.context, self.record_word)
        current = Tr(self.context, self.state_labels[state])
        words = Tr(self.context, self.action_labels[action])
        requested = self.nominal_target(action)
        if requested is None:
            return IllegalTransition(
                QT_TRANSLATE_NOOP("Errors", "{record} is {current}; “{action}” is not possible."),
                current_state=state.value,
                requested_state="",
                record=record,
                current=current,
                action=words,
            )
        return IllegalTransition(
            current_state=state.value,
            requested_state=requested.value,
            record=record,
            current=current,
            requested=Tr(self.context, self.state_labels[requested]),
            action=words,
        )

    def nominal_target(self, action: A) -> S | None:
        if action in self.nominal_targets:
            return self.nominal_targets[action]
        targets = set(self.transitions[action].values())
        return next(iter(targets)) if len(targets) == 1 and None not in targets else None

    # -- roles ---------------------------------------------------------------------

    def refusal(self, action: A | str, record: Any, actor_id: int, can: Can) -> Refusal | None:
        """None if the actor (``can``: their permission test) may take ``action`` on
        ``record`` as far as roles go; else what they lack, for PermissionDenied."""
        action = self.actions(action)
        if self.role_rule is not None:
            return self.role_rule(action, record, actor_id, can)
        needed = self.permissions[action]
        return None if can(needed) else (needed, None)

    def allows(self, record: Any, action: A | str, actor_id: int, can: Can) -> bool:
        """Whether the actor may take ``action`` now: state, guards and role."""
        action = self.actions(action)
        return action in self.possible(record) and (
            self.refusal(action, record, actor_id, can) is None
        )

    # -- what a screen offers --------------------------------------------------------

    def next_step(self, record: Any) -> A | None:
        """The step the main button offers: the record's next one on its way."""
        possible = self.possible(record)
        candidates = self.next_steps.get(self.state_of(record), ())
        return next((action for action in candidates if action in possible), None)

    def other_steps(self, record: Any, actor_id: int, can: Can) -> list[A]:
        """The steps a "more" menu offers the actor, besides the next one."""
        step = self.next_step(record)
        return [
            action
            for action in self.menu
            if action is not step and self.allows(record, action, actor_id, can)
        ]

    def label(self, item: S | A) -> str:
        """The English source label of a state or an action (translate with ``context``)."""
        if isinstance(item, self.states):
            return self.state_labels[item]
        return self.action_labels[self.actions(item)]


def reported_time(
    typed: datetime, now: datetime, offered: datetime | None = None
) -> datetime | None:
    """The moment a clerk gave for a step or a call, or None for "when it is saved".

    A form offers the time it was opened at. Left as offered (to the minute), the
    clerk meant "now"; without the offered time known, a time within
    UNTOUCHED_WINDOW of ``now`` counts as left untouched."""
    if offered is not None:
        return None if _minute(typed) == _minute(offered) else typed
    return None if abs(now - typed) < UNTOUCHED_WINDOW else typed


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
