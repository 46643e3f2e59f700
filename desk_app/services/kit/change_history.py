"""A record's audit trail as a clerk reads it (修改记录): field names as labels in the
interface language, values as words — a category's label, a room's or a user's name
for an id, local times, 是/否 — never ``occurred_at``, ``room_id``, ``None`` or
``False → True``.

Each kind of record describes its fields once, in its own package, and its service's
``history`` words its audit events with that description::

    CONTACT_FIELDS = RecordFields(
        "Contacts",  # the translation context of the labels below
        {
            "occurred_at": Field(QT_TRANSLATE_NOOP("Contacts", "Time"), MOMENT),
            "category": Field(QT_TRANSLATE_NOOP("Contacts", "Category"),
                              Choice("Contacts", CATEGORY_LABELS)),
            "room_id": Field(QT_TRANSLATE_NOOP("Contacts", "Room"), Names(Room.id, Room.label)),
            "content": Field(QT_TRANSLATE_NOOP("Contacts", "What")),  # text as it is
        },
        actions={"create": QT_TRANSLATE_NOOP("Contacts", "Logged")},
    )

    def history(self, actor, entry_id) -> list[HistoryLine]:
        require(actor, Permission.VIEW_RECORDS)
        return read_history(self.ctx, CONTACT_FIELDS, "contact", entry_id)

Values: ``TEXT`` (as stored), ``Choice`` (an enum's labels), ``Names`` (an id read as
the name in another table, looked up once for all events), ``MOMENT`` (a stored
instant in local time), ``DAY``, ``FLAG`` (yes/no), ``PHONES`` (a comma-separated
list). A key the description leaves out is not shown: derived values such as a
search index. Links to other records (``services.kit.links``) are worded here for
every kind, as the kind and serial of the record linked.

Labels, choice words and the action come back as ``Tr`` (translated by the UI,
English in logs); ``desk_app.ui.kit.record_history`` shows the lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, Tr
from desk_app.domain.models import AuditEvent, User
from desk_app.services.context import ServiceContext
from desk_app.services.kit import links

CONTEXT = "History"
EMPTY = Tr(CONTEXT, QT_TRANSLATE_NOOP("History", "(empty)"))
YES = Tr(CONTEXT, QT_TRANSLATE_NOOP("History", "Yes"))
NO = Tr(CONTEXT, QT_TRANSLATE_NOOP("History", "No"))

# What the actions every kind shares are called; a kind words its own in ``actions``.
ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("History", "Created"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "void": QT_TRANSLATE_NOOP("History", "Voided"),
    "link": QT_TRANSLATE_NOOP("History", "Linked"),
    "print": QT_TRANSLATE_NOOP("History", "Printed"),
    "export": QT_TRANSLATE_NOOP("History", "Exported"),
}


class Show:
    """How a stored value reads. ``lookup`` fetches, once for a whole history, what
    ``word`` needs; ``word`` is given a value that is not empty."""

    def lookup(self, session: Session, values: set[Any]) -> Mapping[Any, str]:
        return {}

    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        return str(value)


class _Text(Show):
    pass


@dataclass(frozen=True)
class Choice(Show):
    """A code shown as its label (an enum's ``*_LABELS``, English source in ``context``)."""

    context: str
    labels: Mapping[Any, str]  # keyed by StrEnum members, which equal their stored codes

    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        label = self.labels.get(value)
        return Tr(self.context, label) if label is not None else str(value)


@dataclass(frozen=True)
class Names(Show):
    """An id (or code) shown as the name another table gives it: ``Names(Room.id,
    Room.label)``. One query for every value of the history."""

    key: InstrumentedAttribute
    name: InstrumentedAttribute

    def lookup(self, session: Session, values: set[Any]) -> Mapping[Any, str]:
        rows = session.execute(select(self.key, self.name).where(self.key.in_(values)))
        return {key: name for key, name in rows}

    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        return found.get(value) or f"#{value}"


class _Moment(Show):
    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return ctx.local(moment).strftime("%Y-%m-%d %H:%M")


class _Day(Show):
    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        return value.isoformat() if isinstance(value, date) else str(value)


class _Flag(Show):
    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        return YES if value else NO


class _Phones(Show):
    def word(self, value: Any, found: Mapping[Any, str], ctx: ServiceContext) -> str:
        return " / ".join(part for part in str(value).split(",") if part)


TEXT: Show = _Text()
MOMENT: Show = _Moment()
DAY: Show = _Day()
FLAG: Show = _Flag()
PHONES: Show = _Phones()


@dataclass(frozen=True)
class Field:
    label: str  # English source text in the context of its RecordFields
    show: Show = TEXT


@dataclass(frozen=True)
class RecordFields:
    """The fields of one kind of record as its history shows them, in this order."""

    context: str
    fields: Mapping[str, Field]
    actions: Mapping[str, str] = field(default_factory=dict)  # English, in ``context``

    def action(self, name: str) -> str:
        if name in self.actions:
            return Tr(self.context, self.actions[name])
        if name in ACTIONS:
            return Tr(CONTEXT, ACTIONS[name])
        return name


@dataclass(frozen=True)
class FieldChange:
    label: str  # Tr
    old: str | None  # None: the value the record was made with (nothing before it)
    new: str


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # local time
    actor: str  # the user's name as the desk knows them
    action: str  # Tr
    changes: tuple[FieldChange, ...]
    reason: str


def read_history(
    ctx: ServiceContext, described: RecordFields, entity_type: str, entity_id: Any
) -> list[HistoryLine]:
    """Every audit event of one record, oldest first, worded by ``described``."""
    with ctx.db.read() as session:
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.entity_type == entity_type,
                    AuditEvent.entity_id == str(entity_id),
                )
                .order_by(AuditEvent.at, AuditEvent.id)
            )
        )
        return word_events(session, ctx, described, events)


def word_events(
    session: Session, ctx: ServiceContext, described: RecordFields, events: Iterable[AuditEvent]
) -> list[HistoryLine]:
    events = list(events)
    found = _lookups(session, described, events)
    actor_ids = {e.actor_id for e in events if e.actor_id is not None}
    actors: dict[int | None, str] = {}
    if actor_ids:
        query = select(User.id, User.display_name).where(User.id.in_(actor_ids))
        actors = dict(session.execute(query).all())
    link_refs = [ref for e in events if (ref := _link_target(e)) is not None]
    linked = links.serials(session, link_refs) if link_refs else {}
    lines = []
    for event in events:
        target = _link_target(event)
        if target is not None:
            kind = links.KIND_LABELS.get(target.kind)
            label = Tr("Records", kind) if kind else target.kind
            changes: tuple[FieldChange, ...] = (
                FieldChange(label, None, linked.get(target, f"#{target.id}")),
            )
        else:
            changes = _changes(ctx, described, event, found)
        lines.append(
            HistoryLine(
                at=ctx.local(event.at),
                actor=actors.get(event.actor_id) or event.actor_name,
                action=described.action(event.action),
                changes=changes,
                reason=event.reason,
            )
        )
    return lines


def _link_target(event: AuditEvent) -> links.RecordRef | None:
    new = event.new_values or {}
    if event.action != "link" or "target_type" not in new or "target_id" not in new:
        return None
    return links.RecordRef(str(new["target_type"]), int(new["target_id"]))


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _lookups(
    session: Session, described: RecordFields, events: list[AuditEvent]
) -> dict[str, Mapping[Any, str]]:
    values: dict[str, set[Any]] = {}
    for event in events:
        for side in (event.old_values, event.new_values):
            for key, value in (side or {}).items():
                # a list (card numbers) is worded as it is, never looked up
                if key in described.fields and not _empty(value) and not isinstance(value, list):
                    values.setdefault(key, set()).add(value)
    return {
        key: described.fields[key].show.lookup(session, wanted) for key, wanted in values.items()
    }


def _changes(
    ctx: ServiceContext,
    described: RecordFields,
    event: AuditEvent,
    found: dict[str, Mapping[Any, str]],
) -> tuple[FieldChange, ...]:
    old, new = event.old_values, event.new_values or {}
    out = []
    for key, spec in described.fields.items():
        if key not in new:
            continue

        def word(value: Any, spec: Field = spec, key: str = key) -> str:
            if _empty(value):
                return EMPTY
            return spec.show.word(value, found.get(key, {}), ctx)

        label = Tr(described.context, spec.label)
        if old is None:  # the record as it was made: what was filled in
            if not _empty(new[key]):
                out.append(FieldChange(label, None, word(new[key])))
        else:
            out.append(FieldChange(label, word(old.get(key)), word(new[key])))
    return tuple(out)
