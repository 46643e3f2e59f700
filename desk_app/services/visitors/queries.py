"""Reading the visitor register: list pages by key, one visit, a visit by its serial,
a home's visits for the room-history panel.

A list page is one query for its visits and one each for the rooms, kinds and users
they name — for that page only, however long the register.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk_app.domain.errors import NotFound, ValidationError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import User
from desk_app.domain.personal import mask_id_number
from desk_app.domain.plates import normalize_plate
from desk_app.domain.visitors import (
    ENTITY,
    Status,
    Visit,
    VisitorKind,
    closing_time,
    still_on_site_after_closing,
)
from desk_app.services.context import ServiceContext
from desk_app.services.kit import inputs
from desk_app.services.kit.room_history import HistoryItem
from desk_app.services.register.labels import room_labels
from desk_app.services.settings import setting_value
from desk_app.services.visitors.views import VisitFilter, VisitRow


def get_visit(session: Session, visit_id: int, *, lock: bool = False) -> Visit:
    visit = session.get(Visit, visit_id, with_for_update=lock or None)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No visit with number {id}."), id=visit_id)
    return visit


def by_serial(session: Session, serial: str) -> Visit:
    """The visit a typed or scanned serial names (a scanner may add blanks or lower case)."""
    wanted = "".join(serial.split()).upper()
    visit = session.scalar(select(Visit).where(Visit.serial == wanted))
    if visit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No visit has the serial {serial}."),
            field="serial",
            serial=wanted,
        )
    return visit


def filtered(session: Session, ctx: ServiceContext, flt: VisitFilter) -> Select:
    query = select(Visit)
    if flt.on_site_only:
        query = query.where(Visit.status == Status.ON_SITE.value)
    if flt.date_from:
        query = query.where(Visit.day >= flt.date_from)
    if flt.date_to:
        query = query.where(Visit.day <= flt.date_to)
    if flt.kind:
        query = query.where(Visit.kind_code == flt.kind)
    if flt.room_ids is not None:
        query = query.where(Visit.room_id.in_(flt.room_ids))
    plate = inputs.search(flt.plate)
    if plate:
        try:
            query = query.where(Visit.plate == normalize_plate(plate))
        except ValidationError:  # part of a plate: search by what was typed
            query = query.where(Visit.plate.contains(plate.upper().replace(" ", "")))
    name = inputs.search(flt.name)
    if name:
        query = query.where(Visit.visitor_name.contains(name))
    if not flt.include_voided:
        query = query.where(Visit.status != Status.VOIDED.value)
    return query


def page(
    session: Session, ctx: ServiceContext, flt: VisitFilter, *, after: int | None, limit: int
) -> list[Visit]:
    """Newest first (as the serials run), the page after the visit ``after``."""
    query = filtered(session, ctx, flt)
    if after is not None:
        query = query.where(Visit.id < after)
    return list(session.scalars(query.order_by(Visit.id.desc()).limit(limit)))


def count(session: Session, ctx: ServiceContext, flt: VisitFilter) -> int:
    ids = filtered(session, ctx, flt).with_only_columns(Visit.id).subquery()
    return session.scalar(select(func.count()).select_from(ids)) or 0


def closing(session: Session) -> time:
    return closing_time(str(setting_value(session, "visitors.closing_time")))


def _names(session: Session, key, name, ids: set) -> dict:
    ids.discard(None)
    return dict(session.execute(select(key, name).where(key.in_(ids))).all()) if ids else {}


def rows_of(
    session: Session, ctx: ServiceContext, visits: Sequence[Visit], *, full_id: bool
) -> list[VisitRow]:
    if not visits:
        return []
    kinds = dict(session.execute(select(VisitorKind.code, VisitorKind.label)).all())
    users = _names(
        session,
        User.id,
        User.display_name,
        {v.signed_in_by_id for v in visits} | {v.signed_out_by_id for v in visits},
    )
    rooms = room_labels(session, {v.room_id for v in visits if v.room_id is not None})
    shut = closing(session)
    now = ctx.local(ctx.now())
    return [
        VisitRow(
            id=v.id,
            serial=v.serial,
            day=v.day,
            status=Status(v.status),
            visitor_name=v.visitor_name,
            phone=v.phone,
            id_number=v.id_number if full_id else mask_id_number(v.id_number),
            kind=v.kind_code,
            kind_label=kinds.get(v.kind_code, v.kind_code),
            room_id=v.room_id,
            room_label=rooms.get(v.room_id, "") if v.room_id else "",
            place=v.place,
            host_name=v.host_name,
            purpose=v.purpose,
            companions=v.companions,
            plate=v.plate,
            permit_no=v.permit_no,
            arrived_at=v.arrived_at,
            expected_until=v.expected_until,
            departed_at=v.departed_at,
            signed_in_by=users.get(v.signed_in_by_id, ""),
            signed_out_by=users.get(v.signed_out_by_id, ""),
            block_reason=v.block_reason,
            void_reason=v.void_reason,
            after_closing=still_on_site_after_closing(v.status, ctx.local(v.arrived_at), now, shut),
            purged=v.personal_purged_at is not None,
            print_count=v.print_count,
        )
        for v in visits
    ]


def room_history_provider(session: Session, room_id: int, limit: int) -> list[HistoryItem]:
    visits = session.scalars(
        select(Visit).where(Visit.room_id == room_id).order_by(Visit.arrived_at.desc()).limit(limit)
    )
    return [
        HistoryItem(
            kind=ENTITY,
            record_id=v.id,
            serial=v.serial,
            at=v.arrived_at,
            summary=f"{v.visitor_name} {v.purpose}".strip(),
            state=v.status,
            voided=v.status == Status.VOIDED,
        )
        for v in visits
    ]
