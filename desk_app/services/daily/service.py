"""日报 / 交接班表: the day's figures of every kind of record, the handover notes, and
the A4 printout the supervisor signs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select, union

from desk_app.domain.complaints import ComplaintStep
from desk_app.domain.contacts import ContactEntry
from desk_app.domain.daily import HANDOVER_NOTES_MAX, HandoverNote
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.models import User
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import WorkOrder, WorkOrderStep
from desk_app.services.context import Actor, ServiceContext, require
from desk_app.services.daily.views import DailyContext, DailyProvider, DailySummary
from desk_app.services.kit import audit, inputs
from desk_app.services.settings import setting_values

ENTITY = "handover_note"
PRINT_ENTITY = "daily_summary"


class DailySummaryService:
    def __init__(self, ctx: ServiceContext, providers: Iterable[DailyProvider] = ()):
        self.ctx = ctx
        self.providers: list[DailyProvider] = list(providers)

    def add(self, provider: DailyProvider) -> None:
        self.providers.append(provider)

    def summary(self, actor: Actor, day: date) -> DailySummary:
        """The day's summary as it stands now (lists of what is late: as of now)."""
        require(actor, Permission.VIEW_RECORDS)
        start, end = self.ctx.day_bounds(day)
        with self.ctx.db.read() as session:
            d = DailyContext(session, self.ctx, day, start, end, self.ctx.now())
            sections = [section for provider in self.providers for section in provider(d)]
            settings = setting_values(session, ("center.name", "center.address", "center.phone"))
            note = session.get(HandoverNote, day)
            notes_by = session.get_one(User, note.updated_by_id).display_name if note else ""
            on_duty = _on_duty(session, d)
        return DailySummary(
            day=day,
            center=settings["center.name"],
            address=settings["center.address"],
            phone=settings["center.phone"],
            on_duty=on_duty,
            sections=tuple(sorted(sections, key=lambda s: (s.rank, s.key))),
            notes=note.text if note else "",
            notes_by=notes_by,
            printed_at=self.ctx.local(self.ctx.now()).replace(tzinfo=None),
            printed_by=actor.display_name,
        )

    def notes(self, actor: Actor, day: date) -> str:
        require(actor, Permission.VIEW_RECORDS)
        with self.ctx.db.read() as session:
            note = session.get(HandoverNote, day)
            return note.text if note else ""

    def save_notes(self, actor: Actor, day: date, text: str) -> str:
        """Store the day's handover notes (the whole text; audited old → new)."""
        require(actor, Permission.LOG_WORK)
        label = QT_TRANSLATE_NOOP("Daily", "Handover notes")
        clean = inputs.text(text, "notes", HANDOVER_NOTES_MAX, label=label)
        with self.ctx.db.write() as session:
            note = session.get(HandoverNote, day, with_for_update=True)
            old = note.text if note else ""
            if old == clean:
                return clean
            if note is None:
                note = HandoverNote(day=day, text=clean, updated_by_id=actor.user_id)
                session.add(note)
            else:
                note.text, note.updated_by_id = clean, actor.user_id
            note.updated_at = self.ctx.now()
            audit.record(
                session,
                self.ctx,
                actor,
                "update" if old else "create",
                ENTITY,
                day.isoformat(),
                old={"text": old} if old else None,
                new={"text": clean},
            )
        return clean

    def pdf(self, actor: Actor, day: date) -> bytes:
        """The A4 summary with its signature lines; every print is audited."""
        require(actor, Permission.LOG_WORK)
        from desk_app.printing.daily_summary import render_daily_summary

        pdf = render_daily_summary(self.summary(actor, day))
        with self.ctx.db.write() as session:  # only once the PDF exists
            audit.record(session, self.ctx, actor, "print", PRINT_ENTITY, day.isoformat())
        return pdf


def _on_duty(session, d: DailyContext) -> tuple[str, ...]:
    """Who worked the desk that day: logged an entry, opened an order or took a step
    (taking a complaint is its first step)."""
    ids = union(
        select(ContactEntry.received_by_id).where(ContactEntry.day == d.day),
        select(WorkOrder.created_by_id).where(WorkOrder.day == d.day),
        select(WorkOrderStep.actor_id).where(WorkOrderStep.at >= d.start, WorkOrderStep.at < d.end),
        select(ComplaintStep.actor_id).where(ComplaintStep.at >= d.start, ComplaintStep.at < d.end),
    ).subquery()
    names = session.scalars(
        select(User.display_name)
        .distinct()
        .where(User.id.in_(select(ids.c[0])))
        .order_by(User.display_name)
    )
    return tuple(names)
