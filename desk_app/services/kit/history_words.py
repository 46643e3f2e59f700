"""A record's change history (its audit events) in words a clerk reads: each field by
its label, each stored code by its label, ids by the names they stand for, times in
local time; internal fields are left out.

Each kind of record describes its words in a ``Vocabulary`` (the labels are English
source text of the kind's translation context; the screen translates the ``Tr``
values it gets). The names of ids come from ``NAMERS``, one per kind of id, each
looking up a whole history's ids at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.models import AuditEvent
from desk_app.services.context import ServiceContext
from desk_app.services.kit.names import department_names, user_names
from desk_app.services.register.labels import room_labels

CONTEXT = "History"  # the translation context of the words every kind shares
YES = QT_TRANSLATE_NOOP("History", "Yes")
NO = QT_TRANSLATE_NOOP("History", "No")

Namer = Callable[[Session, set[int]], Mapping[int | None, str] | Mapping[int, str]]


NAMERS: dict[str, Namer] = {
    "user": user_names,
    "department": department_names,
    "room": room_labels,
}


@dataclass(frozen=True)
class Vocabulary:
    """How one kind of record's history reads. Only the fields in ``fields`` are shown.
    ``values[field]`` labels its stored codes; ``names[field]`` says which ``NAMERS``
    entry names its ids; ``codes[field]`` names codes looked up in the database
    (e.g. categories), as a function of the session and the codes seen."""

    context: str
    actions: Mapping[str, str]
    fields: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    codes: Mapping[str, Callable[[Session, set[str]], dict[str, str]]] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldChange:
    label: Tr
    old: str  # display text; a Tr is still to be translated
    new: str


@dataclass(frozen=True)
class Change:
    at: datetime
    actor: str
    action: str  # a Tr of the vocabulary's context, or the stored action
    fields: tuple[FieldChange, ...]
    reason: str


def in_words(
    session: Session,
    ctx: ServiceContext,
    events: Iterable[AuditEvent],
    vocabulary: Vocabulary,
) -> list[Change]:
    """``events`` (oldest first) as the screen shows them."""
    events = list(events)
    names = _names(session, events, vocabulary)
    users = user_names(session, {e.actor_id for e in events})
    out = []
    for event in events:
        old, new = event.old_values or {}, event.new_values or {}
        changes = tuple(
            FieldChange(
                Tr(vocabulary.context, vocabulary.fields[key]),
                _text(ctx, vocabulary, names, key, old.get(key)),
                _text(ctx, vocabulary, names, key, new.get(key)),
            )
            for key in dict.fromkeys([*new, *old])
            if key in vocabulary.fields and old.get(key) != new.get(key)
        )
        label = vocabulary.actions.get(event.action)
        out.append(
            Change(
                at=event.at,
                actor=users.get(event.actor_id, event.actor_name)
                if event.actor_id is not None
                else event.actor_name,
                action=Tr(vocabulary.context, label) if label else event.action,
                fields=changes,
                reason=event.reason or "",
            )
        )
    return out


def _names(
    session: Session, events: list[AuditEvent], vocabulary: Vocabulary
) -> dict[str, dict[Any, str]]:
    """{field: {id or code: name}} for every field of ``names`` and ``codes``."""
    seen: dict[str, set] = {key: set() for key in [*vocabulary.names, *vocabulary.codes]}
    for event in events:
        for values in (event.old_values or {}, event.new_values or {}):
            for key, found in seen.items():
                if values.get(key) not in (None, ""):
                    found.add(values[key])
    out: dict[str, dict[Any, str]] = {}
    for key, ids in seen.items():
        if not ids:
            out[key] = {}
        elif key in vocabulary.names:
            out[key] = dict(NAMERS[vocabulary.names[key]](session, {int(i) for i in ids}))
        else:
            out[key] = vocabulary.codes[key](session, {str(i) for i in ids})
    return out


def _text(
    ctx: ServiceContext,
    vocabulary: Vocabulary,
    names: dict[str, dict[Any, str]],
    key: str,
    value: Any,
) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return Tr(CONTEXT, YES if value else NO)
    if key in vocabulary.values:
        label = vocabulary.values[key].get(str(value))
        return Tr(vocabulary.context, label) if label else str(value)
    if key in names:
        lookup = int(value) if key in vocabulary.names else str(value)
        return names[key].get(lookup, str(value))
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if key.endswith("_at") and isinstance(value, str):
        try:
            return ctx.local(datetime.fromisoformat(value)).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return value
    return str(value)
