"""Reading complaints: list pages (filtered, sorted and paged by key in SQL), one
complaint's detail with its timeline, the home screen's numbers, the room history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk_app.domain.complaints import (
    END_STATUSES,
    ENTITY,
    Category,
    Channel,
    Complaint,
    ComplaintSla,
    ComplaintStep,
    DuePhase,
    Level,
    Nature,
    NoteChannel,
    Satisfaction,
    Status,
    Tier,
    WorkingDayOverride,
    next_deadline,
    signs_of,
)
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import Department
from desk_app.domain.roles import Permission
from desk_app.domain.working_days import Overrides
from desk_app.services.complaints.views import (
    ComplaintCounts,
    ComplaintDetail,
    ComplaintFilter,
    ComplaintRow,
    Sort,
    TimelineRow,
)
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.kit import inputs, links
from desk_app.services.kit.keyset import SortKey, after, ordered
from desk_app.services.kit.names import user_names
from desk_app.services.kit.room_history import HistoryItem
from desk_app.services.kit.steps import StepStore, load
from desk_app.services.register.labels import room_labels
from desk_app.services.settings import setting_values


def refresh_due(complaint: Complaint) -> None:
    """The running deadline kept on the row, so that lists filter and sort by it."""
    found = next_deadline(complaint)
    complaint.due_phase, complaint.due_at = (found[0].value, found[1]) if found else ("", None)


STORE = StepStore(
    record=Complaint,
    history=ComplaintStep,
    owner="complaint_id",
    not_found=QT_TRANSLATE_NOOP("Errors", "No complaint with number {id}."),
    refresh=refresh_due,
)

SORT_KEYS: dict[str, tuple[SortKey, ...]] = {
    Sort.CREATED: (SortKey(Complaint.created_at, True), SortKey(Complaint.id, True)),
    Sort.DEADLINE: (SortKey(Complaint.due_at, nulls_last=True), SortKey(Complaint.id)),
}
_SORT_VALUES = {
    Sort.CREATED: lambda row: (row.created_at, row.id),
    Sort.DEADLINE: lambda row: (row.due_at, row.id),
}


def sla(session: Session) -> ComplaintSla:
    found = session.info.get("complaint_sla")
    if found is None:
        found = session.info["complaint_sla"] = ComplaintSla.from_values(
            setting_values(session, ComplaintSla.KEYS)
        )
    return found


def overrides(session: Session) -> Overrides:
    """The administrator's working-day overrides, read once per session."""
    found = session.info.get("working_day_overrides")
    if found is None:
        found = session.info["working_day_overrides"] = dict(
            session.execute(select(WorkingDayOverride.day, WorkingDayOverride.working)).all()
        )
    return found


def load_complaint(session: Session, complaint_id: int, *, lock: bool = False) -> Complaint:
    return load(session, STORE, complaint_id, lock=lock)


def _aware(moment: datetime | None) -> datetime | None:
    from datetime import UTC

    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def is_overdue(c: Complaint, now: datetime) -> bool:
    due = _aware(c.due_at)
    return due is not None and due < now


class Queries:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def get(self, actor: Actor, complaint_id: int) -> ComplaintDetail:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            return detail_of(session, self.ctx, load_complaint(session, complaint_id))

    def by_serial(self, actor: Actor, serial: str) -> ComplaintDetail:
        require(actor, Permission.VIEW_RECORDS)
        text = inputs.line(serial, "serial", 40).upper()
        with self.ctx.db.read() as session:
            found = session.scalar(select(Complaint).where(Complaint.serial == text))
            if found is None:
                from desk_app.domain.errors import NotFound

                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "No complaint with the serial {serial}."),
                    field="serial",
                    serial=text,
                )
            return detail_of(session, self.ctx, found)

    def page(
        self,
        actor: Actor,
        flt: ComplaintFilter,
        after_row: ComplaintRow | None = None,
        limit: int = 200,
    ) -> list[ComplaintRow]:
        require(actor, Permission.VIEW_RECORDS)
        sort = Sort(flt.sort)
        with self.ctx.db.read() as session:
            query = ordered(filtered(self.ctx, flt), SORT_KEYS[sort])
            if after_row is not None:
                query = after(query, SORT_KEYS[sort], _SORT_VALUES[sort](after_row))
            return rows_of(session, self.ctx, list(session.scalars(query.limit(limit))))

    def count(self, actor: Actor, flt: ComplaintFilter) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            ids = filtered(self.ctx, flt).with_only_columns(Complaint.id).subquery()
            return session.scalar(select(func.count()).select_from(ids)) or 0

    def counts(self, actor: Actor) -> ComplaintCounts:
        require(actor, Permission.VIEW_RECORDS)
        now = self.ctx.now()
        with self.ctx.db.read() as session:

            def number(*conditions) -> int:
                return session.scalar(select(func.count(Complaint.id)).where(*conditions)) or 0

            still_open = Complaint.status.not_in([s.value for s in END_STATUSES])
            return ComplaintCounts(
                open=number(still_open),
                overdue=number(still_open, Complaint.due_at < now),
                major_unacknowledged=number(
                    Complaint.level == Level.MAJOR.value,
                    Complaint.acknowledged_at.is_(None),
                    Complaint.status != Status.VOIDED.value,
                ),
            )

    def unacknowledged_major(self, actor: Actor) -> list[ComplaintRow]:
        """The major complaints nobody has acknowledged yet: the banner's list."""
        return self.page(actor, ComplaintFilter(unacknowledged_only=True), None, 50)


def filtered(ctx: ServiceContext, flt: ComplaintFilter) -> Select:
    query = select(Complaint)
    if flt.date_from:
        query = query.where(Complaint.day >= flt.date_from)
    if flt.date_to:
        query = query.where(Complaint.day <= flt.date_to)
    still_open = Complaint.status.not_in([s.value for s in END_STATUSES])
    if flt.open_only:
        query = query.where(still_open)
    if flt.overdue_only:
        query = query.where(still_open, Complaint.due_at < ctx.now())
    if flt.major_only:
        query = query.where(Complaint.level == Level.MAJOR.value)
    if flt.unacknowledged_only:
        query = query.where(
            Complaint.level == Level.MAJOR.value,
            Complaint.acknowledged_at.is_(None),
            Complaint.status != Status.VOIDED.value,
        )
    if flt.due_within is not None:
        now = ctx.now()
        query = query.where(
            still_open, Complaint.due_at >= now, Complaint.due_at <= now + flt.due_within
        )
    if flt.status:
        query = query.where(Complaint.status == flt.status)
    if flt.level:
        query = query.where(Complaint.level == flt.level)
    if flt.category:
        query = query.where(Complaint.category == flt.category)
    if flt.room_id is not None:
        query = query.where(Complaint.room_id == flt.room_id)
    if flt.room_ids is not None:
        query = query.where(Complaint.room_id.in_(flt.room_ids))
    words = inputs.search(flt.text)
    if words:
        escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Complaint.content.like(f"%{escaped}%", escape="\\"))
    return query


def rows_of(
    session: Session, ctx: ServiceContext, found: Sequence[Complaint]
) -> list[ComplaintRow]:
    if not found:
        return []
    now = ctx.now()
    rooms = room_labels(session, {c.room_id for c in found if c.room_id is not None})
    return [
        ComplaintRow(
            id=c.id,
            serial=c.serial,
            created_at=c.created_at,
            received_at=c.received_at,
            channel=Channel(c.channel),
            complainant=c.complainant,
            room_label=rooms.get(c.room_id, "") if c.room_id else "",
            place=c.place,
            content=c.content,
            nature=Nature(c.nature),
            category=Category(c.category),
            level=Level(c.level),
            tier=Tier(c.tier),
            status=Status(c.status),
            due_phase=DuePhase(c.due_phase) if c.due_phase else None,
            due_at=c.due_at,
            overdue=is_overdue(c, now),
            acknowledged=c.acknowledged_at is not None,
        )
        for c in found
    ]


def timeline_of(
    session: Session, complaint_id: int, users: dict[int | None, str]
) -> list[TimelineRow]:
    steps = session.scalars(
        select(ComplaintStep)
        .where(ComplaintStep.complaint_id == complaint_id)
        .order_by(ComplaintStep.at, ComplaintStep.id)
    )
    return [
        TimelineRow(
            at=s.at,
            actor=users.get(s.actor_id, ""),
            action=s.action,
            from_status=Status(s.from_status) if s.from_status else None,
            to_status=Status(s.to_status),
            reason=s.reason,
            channel=NoteChannel(s.channel) if s.channel else None,
            tier=Tier(s.tier) if s.tier is not None else None,
        )
        for s in steps
    ]


def detail_of(
    session: Session, ctx: ServiceContext, c: Complaint, notices: tuple[str, ...] = ()
) -> ComplaintDetail:
    session.flush()
    users = user_names(session)
    department = session.get(Department, c.department_id) if c.department_id else None
    repeat_of = session.get(Complaint, c.repeat_of_id) if c.repeat_of_id else None
    linked = links.linked(session, links.RecordRef(ENTITY, c.id))
    serials = links.serials(session, linked)
    return ComplaintDetail(
        id=c.id,
        serial=c.serial,
        day=c.day,
        created_at=c.created_at,
        created_by=users.get(c.created_by_id, ""),
        received_at=c.received_at,
        channel=Channel(c.channel),
        complainant=c.complainant,
        room_id=c.room_id,
        room_label=room_labels(session, [c.room_id]).get(c.room_id, "") if c.room_id else "",
        place=c.place,
        phone=c.phone,
        households=c.households,
        content=c.content,
        written=c.written,
        solved_on_spot=c.solved_on_spot,
        nature=Nature(c.nature),
        category=Category(c.category),
        level=Level(c.level),
        signs=tuple(signs_of(c.major_signs)),
        department_id=c.department_id,
        department=department.name if department else "",
        status=Status(c.status),
        tier=Tier(c.tier),
        repeat_of=repeat_of.serial if repeat_of else "",
        manager_notified_at=c.manager_notified_at,
        acknowledged_at=c.acknowledged_at,
        acknowledged_by=users.get(c.acknowledged_by_id, "") if c.acknowledged_by_id else "",
        reply_due_at=c.reply_due_at,
        replied_at=c.replied_at,
        written_reply_at=c.written_reply_at,
        resolve_due_at=c.resolve_due_at,
        due_phase=DuePhase(c.due_phase) if c.due_phase else None,
        due_at=c.due_at,
        overdue=is_overdue(c, ctx.now()),
        assessment=c.assessment,
        cause=c.cause,
        responsible=c.responsible,
        resolution=c.resolution,
        approved_at=c.approved_at,
        approved_by=users.get(c.approved_by_id, "") if c.approved_by_id else "",
        carried_out=c.carried_out,
        confirmation=c.confirmation,
        resolved_at=c.resolved_at,
        resolved_late=c.resolved_late,
        satisfaction=Satisfaction(c.satisfaction) if c.satisfaction else None,
        callback_note=c.callback_note,
        callback_at=c.callback_at,
        summary_cause=c.summary_cause,
        summary_lesson=c.summary_lesson,
        summary_prevention=c.summary_prevention,
        closed_at=c.closed_at,
        end_reason=c.end_reason,
        print_count=c.print_count,
        links=tuple(linked),
        link_serials=tuple(serials.get(ref, "") for ref in linked),
        timeline=tuple(timeline_of(session, c.id, users)),
        notices=notices,
    )


def room_history_provider(session: Session, room_id: int, limit: int) -> list[HistoryItem]:
    """A home's recent complaints, for the history panel of every intake form."""
    found = session.scalars(
        select(Complaint)
        .where(Complaint.room_id == room_id)
        .order_by(Complaint.created_at.desc())
        .limit(limit)
    )
    return [
        HistoryItem(
            kind=ENTITY,
            record_id=c.id,
            serial=c.serial,
            at=c.created_at,
            summary=c.content,
            state=c.status,
            voided=c.status == Status.VOIDED,
        )
        for c in found
    ]
