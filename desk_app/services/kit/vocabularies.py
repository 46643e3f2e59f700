"""The code lists an administrator keeps: contact channels, work-order categories and,
as their issues land, complaint types. One way to list and save them for every kind.

A code list is a table with a ``code`` (its key, what records store), a ``label``
(what the desk reads), a ``sort_order`` and an ``active`` flag, and maybe attributes
of its own (a channel's ``outgoing``, a category's ``complete_hours``). An entry in
use is disabled, never removed, and keeps its code: old records still read right.
Every save is audited under the list's ``entity`` type, which is also the kind the
change feed publishes, so an open form's combo box reloads when an entry is added.

A kind describes its list once and calls the two functions::

    CHANNELS = Vocabulary(
        ContactChannel,
        entity="contact_channel",
        attributes=("outgoing",),
        incomplete=QT_TRANSLATE_NOOP(
            "Errors", "A channel needs a code and a name of at most 20 characters."
        ),
    )
    entries(ctx, CHANNELS, info=channel_info, include_inactive=True)
    save(ctx, actor, CHANNELS, code, label, active=True, info=channel_info, outgoing=False)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select

from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Permission
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import audit, inputs

T = TypeVar("T")


@dataclass(frozen=True)
class Vocabulary:
    """One admin-editable code list; ``model`` is its ORM class (see the module's text)."""

    model: type[Any]  # an ORM class with code, label, active and sort_order columns
    entity: str  # audit entity type, and the kind of record the change feed names
    incomplete: str  # the error (context "Errors") for a missing code or label
    attributes: tuple[str, ...] = ()  # the kind's own columns, saved with label and active


def entries(
    ctx: ServiceContext,
    vocabulary: Vocabulary,
    info: Callable[[Any], T],
    *,
    include_inactive: bool = False,
) -> list[T]:
    """The list in its order, each entry as ``info(row)`` makes it; only active entries
    unless ``include_inactive`` (the settings screen, a filter over old records)."""
    model = vocabulary.model
    with ctx.db.read() as session:
        query = select(model).order_by(model.sort_order, model.code)
        if not include_inactive:
            query = query.where(model.active.is_(True))
        return [info(row) for row in session.scalars(query)]


def save(
    ctx: ServiceContext,
    actor: Actor,
    vocabulary: Vocabulary,
    code: str,
    label: str,
    *,
    info: Callable[[Any], T],
    active: bool = True,
    **attributes: Any,
) -> T:
    """Add an entry (at the end of the list) or change one (administrator); audited
    when anything changed. ``attributes`` are the list's own columns, already checked
    by the caller; those not given keep their value."""
    require(actor, Permission.ADMINISTER)
    unknown = set(attributes) - set(vocabulary.attributes)
    if unknown:
        raise TypeError(f"{vocabulary.entity} has no attribute {sorted(unknown)}")
    code = inputs.line(code, "code", inputs.limits.LABEL)
    label = inputs.line(label, "label", inputs.limits.LABEL)
    if not code or not label:
        raise ValidationError(vocabulary.incomplete, field="label")
    model = vocabulary.model
    with ctx.db.write() as session:
        row = session.get(model, code)
        new = {"label": label, "active": active, **attributes}
        if row is None:
            order = session.scalar(select(func.max(model.sort_order))) or 0
            row = model(code=code, sort_order=order + 1, **new)
            session.add(row)
            audit.record(session, ctx, actor, "create", vocabulary.entity, code, new=new)
        else:
            before = {key: getattr(row, key) for key in new}
            old, changed = audit.changed_fields(before, new)
            if changed:
                for key, value in new.items():
                    setattr(row, key, value)
                audit.record(
                    session, ctx, actor, "update", vocabulary.entity, code, old=old, new=changed
                )
        session.flush()
        return info(row)
